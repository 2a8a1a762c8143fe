"""Build holdout14: 120 hand-written outbound messages from a cancer center, a hospice and a
specialty pharmacy, each labelled PHI or not, as NNNN.eml files plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout14/build.py [--out DIR]`. Dates,
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
    prefix="h14",
    week_start=dt.datetime(2026, 11, 9, 7, 40, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    seed=1414141,
    org="cedarridgecancer.org",
    day_step=3,
    minute_step=41,
    minute_span=610,
    digest_salt="holdout14|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_cedar",
    "_msgs_hospice",
    "_msgs_apex",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout14 mail set (blind, hand-labelled).")
