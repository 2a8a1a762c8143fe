"""Build devset5: blind hand-labelled outbound mail of Ridgecrest University Medical Center.

Run `.venv/bin/python tests/devset5/build.py [--out DIR]`; the output is byte-for-byte
reproducible (fixed dates, Message-IDs, boundaries and zip timestamps).
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
    prefix="d5",
    week_start=dt.datetime(2026, 11, 16, 7, 40, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
    seed=50_517,
    org="ridgecrestumc.org",
    day_step=3,
    minute_step=47,
    minute_span=610,
    digest_salt="ridgecrest-d5|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=False,
    str_attachments_as_text=False,
    boundary_on_rfc822=False,
)

MODULES = (
    "_msgs_clinical",
    "_msgs_records",
    "_msgs_business",
    "_msgs_systems",
    "_msgs_peds",
    "_msgs_lang",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, "Build the devset5 mail set (Ridgecrest UMC).")
