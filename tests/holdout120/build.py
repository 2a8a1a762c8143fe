"""Build holdout120: 120 hand-written outbound messages from a cardiac device clinic working with
pacemaker field representatives, a sleep medicine laboratory and a durable medical equipment
(CPAP, oxygen) supplier, each labelled PHI or not, as NNNN.eml plus labels.json.

The organisations are fictional: Keystone Heart Rhythm Center (keystoneheartrhythm.org),
Susquehanna Sleep Diagnostics (susquehannasleep.com) and Ridgeline Home Medical
(ridgelinehomemedical.com), all in central Pennsylvania.

Run from the repository root: `.venv/bin/python tests/holdout120/build.py [--out DIR]`. Dates,
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
    prefix="h120",
    week_start=dt.datetime(2026, 4, 13, 7, 50, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
    seed=1201201,
    org="keystoneheartrhythm.org",
    day_step=2,
    minute_step=47,
    minute_span=590,
    digest_salt="holdout120|",
    forward_days=3,
    forward_days_per_level=True,
    html_only_when_body_empty=True,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_keystone",
    "_msgs_susquehanna",
    "_msgs_ridgeline",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the holdout120 mail set (blind, hand-labelled).")
