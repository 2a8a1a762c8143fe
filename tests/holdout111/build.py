"""Build holdout111: 120 hand-written outbound messages from a rural critical access hospital,
an air ambulance service and a county EMS agency, each labelled PHI or not, as NNNN.eml plus
labels.json.

Run from the repository root: `.venv/bin/python tests/holdout111/build.py [--out DIR]`. Dates,
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
    prefix="h111",
    week_start=dt.datetime(2026, 10, 12, 7, 20, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    seed=1111111,
    org="pinehollowmemorial.org",
    day_step=2,
    minute_step=47,
    minute_span=640,
    digest_salt="holdout111|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_pinehollow",
    "_msgs_skybridge",
    "_msgs_tamarack",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout111 mail set (blind, hand-labelled).")
