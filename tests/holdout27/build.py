"""Build holdout27: 120 hand-written outbound messages from a bariatric surgery program, a
diabetes and endocrine center and a nutrition practice, each labelled PHI or not, as NNNN.eml
files plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout27/build.py [--out DIR]`. Dates,
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
    prefix="h27",
    week_start=dt.datetime(2026, 11, 9, 7, 50, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    seed=2727272,
    org="lakeviewbariatric.com",
    day_step=2,
    minute_step=41,
    minute_span=610,
    digest_salt="holdout27|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_lakeview",
    "_msgs_midstate",
    "_msgs_nourish",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout27 mail set (blind, hand-labelled).")
