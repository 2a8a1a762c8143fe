"""Build holdout35: 120 hand-written outbound messages from a pediatric dental practice, a
pediatric therapy practice and a county WIC program, each labelled PHI or not, as NNNN.eml
files plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout35/build.py [--out DIR]`. Dates,
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
    prefix="h35",
    week_start=dt.datetime(2026, 11, 9, 7, 55, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    seed=3535353,
    org="sunrisekidsdental.com",
    day_step=2,
    minute_step=41,
    minute_span=610,
    digest_salt="holdout35|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_sunrise",
    "_msgs_littlesteps",
    "_msgs_wic",
    "_msgs_mixed",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout35 mail set (blind, hand-labelled).")
