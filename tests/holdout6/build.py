"""Build the sealed holdout6 mail set: NNNN.eml files plus labels.json.

Four sender organisations (urgent care with occupational medicine, a women's health practice,
a county EMS agency and a reference laboratory) write hand-labelled outbound mail. The build is
deterministic: rerunning it into another directory reproduces every byte.

    .venv/bin/python tests/holdout6/build.py [--out DIR]
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
    prefix="h6",
    week_start=dt.datetime(2026, 11, 16, 7, 12, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    seed=6606,
    org="holdout6.invalid",
    day_step=3,
    minute_step=47,
    minute_span=610,
    digest_salt="h6:",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=False,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)
MODULES = ("_msgs_northgate", "_msgs_willowcreek", "_msgs_metroems", "_msgs_pinnacle")

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the sealed holdout6 mail set.")
