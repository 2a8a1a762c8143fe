"""Build holdout128: 120 hand-written outbound messages from an endocrinology and diabetes
centre (Cedar Hollow Endocrine & Diabetes Center), a continuous glucose monitor distributor
(GlucoLink Supply) and a diabetes camp for children (Camp Sugarpine), each labelled PHI or not,
as NNNN.eml plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout128/build.py [--out DIR]`. Dates,
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
    prefix="h128",
    week_start=dt.datetime(2026, 5, 11, 8, 10, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    seed=1281281,
    org="cedarhollowendo.org",
    day_step=2,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout128|",
    forward_days=3,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_cedar",
    "_msgs_glucolink",
    "_msgs_sugarpine",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout128 mail set (blind, hand-labelled).")
