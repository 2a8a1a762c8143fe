"""Build the holdout5 sealed evaluation set: NNNN.eml files plus labels.json.

Every message text lives inline in the _msgs_*.py modules next to this file, written by hand.
Label notes start with "Hard positive:" / "Hard negative:" for the deliberately subtle cases, and
non-English messages get a "[lang=xx] " prefix.
The assembly is shared (tests/mailsets/build.py) and deterministic: rebuilding into another
directory must reproduce the committed bytes exactly. This file holds only the set's parameters.

    .venv/bin/python tests/holdout5/build.py [--out DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.mailsets.build import BuildStyle, main

TZ = dt.timezone(dt.timedelta(hours=-8))
STYLE = BuildStyle(
    prefix="h5",
    week_start=dt.datetime(2026, 12, 7, 7, 30, tzinfo=TZ),  # Monday
    seed=20261207,
    org="harborviewchc.org",
    minute_step=47,
    minute_span=600,
    html_only_when_body_empty=False,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)
MODULES = (  # concatenated in this order before the seeded shuffle
    "_msgs_chc",
    "_msgs_img",
    "_msgs_dial",
    "_msgs_intl",
    "_msgs_neg",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, description=__doc__.splitlines()[0])
