"""Build devset8: 120 hand-written outbound messages from a federally qualified health center, a
school-based health program and a community behavioural health / substance-use treatment provider,
each labelled PHI or not, as NNNN.eml files plus labels.json.

Run from the repository root: `.venv/bin/python tests/devset8/build.py [--out DIR]`. Dates,
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
    prefix="d8",
    week_start=dt.datetime(2026, 11, 9, 7, 40, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    seed=80815,
    org="riverbendchc.org",
    day_step=3,
    minute_step=43,
    minute_span=610,
    digest_salt="devset8|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_riverbend_phi",
    "_msgs_riverbend_clean",
    "_msgs_cedargrove",
    "_msgs_northgate",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the devset8 mail set (blind, hand-labelled).")
