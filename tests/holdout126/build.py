"""Build holdout126: 120 hand-written outbound messages from a community mental health centre
(Harborview Community Mental Health Center), a school-based therapy programme (BrightPath School
Therapy Program) and a psychiatric medical records office (Meridian Psychiatric Records Office),
each labelled PHI or not, as NNNN.eml plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout126/build.py [--out DIR]`. Dates,
Message-IDs, boundaries and zip timestamps are fixed, so every rebuild is byte-identical.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.mailsets.build import BuildStyle, main  # noqa: E402

STYLE = BuildStyle(
    prefix="h126",
    week_start=dt.datetime(2026, 4, 20, 8, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    seed=1261261,
    org="harborviewcmhc.org",
    day_step=2,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout126|",
    forward_days=3,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_harborview",
    "_msgs_brightpath",
    "_msgs_meridian",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout126 mail set (blind, hand-labelled).")
