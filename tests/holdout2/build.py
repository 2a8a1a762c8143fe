"""Build the sealed holdout2 evaluation set: NNNN.eml files plus labels.json.

Every message text lives inline in the _msgs_*.py modules next to this file, written by hand.
The assembly is shared (tests/mailsets/build.py) and deterministic: rebuilding into another
directory must reproduce the committed bytes exactly. This file holds only the set's parameters.

    .venv/bin/python tests/holdout2/build.py [--out DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.mailsets.build import BuildStyle, main

TZ = dt.timezone(dt.timedelta(hours=-5))
STYLE = BuildStyle(
    prefix="h2",
    week_start=dt.datetime(2026, 11, 16, 7, 0, tzinfo=TZ),  # Monday
    seed=20261116,
    org="marlowvalleyhealth.org",
    html_only_when_body_empty=False,  # an HTML part is always an alternative here
)
MODULES = (  # concatenated in this order before the seeded shuffle
    "_msgs_clinical",
    "_msgs_admin",
    "_msgs_intl",
    "_msgs_neg",
    "_msgs_extra",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, description=__doc__.splitlines()[0])
