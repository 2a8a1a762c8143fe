"""Build holdout122: 120 hand-written outbound messages from a vascular surgery and vein clinic
(Cedar Ridge Vein & Vascular), a wound care centre with hyperbaric oxygen (Bellmont Wound &
Hyperbaric Center) and a home health agency (Kestrel Home Health), each labelled PHI or not, as
NNNN.eml plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout122/build.py [--out DIR]`. Dates,
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
    prefix="h122",
    week_start=dt.datetime(2026, 4, 13, 7, 50, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
    seed=1221221,
    org="cedarridgevascular.com",
    day_step=2,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout122|",
    forward_days=3,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_cedarridge",
    "_msgs_bellmont",
    "_msgs_kestrel",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout122 mail set (blind, hand-labelled).")
