"""Build holdout121: 120 hand-written outbound messages from a rheumatology practice with an
infusion suite (Harborview Rheumatology & Infusion), a biologics specialty pharmacy (Keystone
Biologics) and a lupus patient foundation (Lumen Lupus Foundation), each labelled PHI or not, as
NNNN.eml plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout121/build.py [--out DIR]`. Dates,
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
    prefix="h121",
    week_start=dt.datetime(2026, 5, 11, 8, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    seed=1211211,
    org="harborviewrheum.com",
    day_step=2,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout121|",
    forward_days=3,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_harborview",
    "_msgs_keystone",
    "_msgs_lumen",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout121 mail set (blind, hand-labelled).")
