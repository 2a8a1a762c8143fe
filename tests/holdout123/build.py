"""Build holdout123: 120 hand-written outbound messages from a NICU family support office
(Lanternbrook Children's Hospital), a donor milk bank (Rosewater Mothers' Milk Bank) and an early
intervention programme (Thistle Valley Early Intervention), each labelled PHI or not, as NNNN.eml
plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout123/build.py [--out DIR]`. Dates,
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
    prefix="h123",
    week_start=dt.datetime(2026, 5, 11, 7, 50, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
    seed=1231231,
    org="lanternbrookchildrens.org",
    day_step=2,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout123|",
    forward_days=3,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_lanternbrook",
    "_msgs_rosewater",
    "_msgs_thistle",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout123 mail set (blind, hand-labelled).")
