"""Build holdout15: 120 hand-written outbound messages from a cardiology practice, a nephrology and
dialysis provider and an outpatient physical therapy group, each labelled PHI or not, as NNNN.eml
files plus labels.json. This is a SEALED evaluation set: written blind to the detector.

Run from the repository root: `.venv/bin/python tests/holdout15/build.py [--out DIR]`. Dates,
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
    prefix="h15",
    week_start=dt.datetime(2026, 11, 9, 7, 40, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    seed=1515151,
    org="heartlandcardio.com",
    day_step=3,
    minute_step=41,
    minute_span=610,
    digest_salt="holdout15|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_heart_phi",
    "_msgs_heart_clean",
    "_msgs_kidney",
    "_msgs_motion",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout15 mail set (blind, hand-labelled).")
