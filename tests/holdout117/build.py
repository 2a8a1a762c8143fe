"""Build holdout117: 120 hand-written outbound messages from a jail and prison health services
contractor (Ironwood Correctional Health), a county public defender's office (Calder County
Public Defender) and a re-entry programme (Second Gate Reentry Network), each labelled PHI or
not, as NNNN.eml plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout117/build.py [--out DIR]`. Dates,
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
    prefix="h117",
    week_start=dt.datetime(2026, 10, 5, 7, 50, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
    seed=1171171,
    org="ironwoodch.com",
    day_step=2,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout117|",
    forward_days=3,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_ironwood",
    "_msgs_calder",
    "_msgs_secondgate",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout117 mail set (blind, hand-labelled).")
