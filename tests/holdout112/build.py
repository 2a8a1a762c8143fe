"""Build holdout112: 120 hand-written outbound messages from a pediatric cardiology practice, a
congenital heart disease family foundation and a school nurse office, each labelled PHI or not,
as NNNN.eml plus labels.json.

Run from the repository root: `.venv/bin/python tests/holdout112/build.py [--out DIR]`. Dates,
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
    prefix="h112",
    week_start=dt.datetime(2026, 3, 16, 7, 50, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    seed=1121121,
    org="brightwaterpedsheart.com",
    day_step=2,
    minute_step=37,
    minute_span=590,
    digest_salt="holdout112|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_brightwater",
    "_msgs_lionhearts",
    "_msgs_maplegrove",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout112 mail set (blind, hand-labelled).")
