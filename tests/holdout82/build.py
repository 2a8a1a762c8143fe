"""Build holdout82: 120 hand-written outbound messages from an addiction treatment programme
(42 CFR Part 2), a sober-living house operator and a drug court liaison office, each labelled PHI
or not, as NNNN.eml plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout82/build.py [--out DIR]`. Dates,
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
    prefix="h82",
    week_start=dt.datetime(2026, 11, 16, 8, 5, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
    seed=8282828,
    org="cobaltbayrecovery.org",
    day_step=3,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout82|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_cobalt",
    "_msgs_threshold",
    "_msgs_court",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout82 mail set (blind, hand-labelled).")
