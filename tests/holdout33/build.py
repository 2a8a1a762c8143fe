"""Build holdout33: hand-written outbound messages from a rural family practice, a hospice
residence and a medical transport company, each labelled PHI or not, as NNNN.eml files plus
labels.json.

Run from the repository root: `.venv/bin/python tests/holdout33/build.py [--out DIR]`. Dates,
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
    prefix="h33",
    week_start=dt.datetime(2026, 11, 9, 7, 40, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
    seed=3333333,
    org="redwoodvalleyfm.com",
    day_step=3,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout33|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_redwood",
    "_msgs_hospice",
    "_msgs_transport",
    "_msgs_lang",
    "_msgs_more",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout33 mail set (blind, hand-labelled).")
