"""Build the devset3 development set: NNNN.eml files plus labels.json.

Every message text lives inline in the _msgs_*.py modules next to this file, written by hand.
Label notes start with "Hard positive:" / "Hard negative:" for the deliberately subtle cases, and
non-English messages get a "[lang=xx] " prefix.
The assembly is shared (tests/mailsets/build.py) and deterministic: rebuilding into another
directory must reproduce the committed bytes exactly. This file holds only the set's parameters.

    .venv/bin/python tests/devset3/build.py [--out DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.mailsets.build import BuildStyle, main

TZ = dt.timezone(dt.timedelta(hours=-6))
STYLE = BuildStyle(
    prefix="d3",
    week_start=dt.datetime(2026, 11, 23, 7, 0, tzinfo=TZ),  # Monday
    seed=20261123,
    org="cedarhollowhealth.org",
)
MODULES = (  # concatenated in this order before the seeded shuffle
    "_msgs_clin",
    "_msgs_rev",
    "_msgs_intl",
    "_msgs_neg",
    "_msgs_more",
    "_msgs_neg2",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, description=__doc__.splitlines()[0])
