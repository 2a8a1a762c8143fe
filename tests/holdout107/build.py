"""Build holdout107: 120 hand-written outbound messages from an FQHC dental service, an oral
surgery practice and a dental billing company, each labelled PHI or not, as NNNN.eml plus
labels.json.

Run from the repository root: `.venv/bin/python tests/holdout107/build.py [--out DIR]`. Dates,
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
    prefix="h107",
    week_start=dt.datetime(2026, 3, 16, 7, 50, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    seed=1071071,
    org="riverbendchc.org",
    day_step=2,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout107|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_riverbend",
    "_msgs_summit",
    "_msgs_keystone",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout107 mail set (blind, hand-labelled).")
