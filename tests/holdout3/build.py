"""Build the sealed holdout3 evaluation set: NNNN.eml files plus labels.json.

Every message text lives inline in the _msgs_*.py modules next to this file, written by hand for
a fictional organisation (Brightwater Family Medicine & Hospital).
The assembly is shared (tests/mailsets/build.py) and deterministic: rebuilding into another
directory must reproduce the committed bytes exactly. This file holds only the set's parameters.

    .venv/bin/python tests/holdout3/build.py [--out DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.mailsets.build import BuildStyle, main

TZ = dt.timezone(dt.timedelta(hours=-6))
STYLE = BuildStyle(
    prefix="h3",
    week_start=dt.datetime(2026, 11, 23, 6, 30, tzinfo=TZ),  # Monday
    seed=20261123,
    org="brightwaterhealth.org",
    day_step=3,
    minute_step=47,
    minute_span=720,  # 06:30 .. 18:30
    digest_salt="h3|",
    forward_days=2,
    forward_days_per_level=True,
    html_only_when_body_empty=False,  # Spec.html_only instead
    str_attachments_as_text=False,
    boundary_on_rfc822=False,  # the message/rfc822 boundary fix
)
MODULES = (  # concatenated in this order before the seeded shuffle
    "_msgs_clin",
    "_msgs_bill",
    "_msgs_att",
    "_msgs_intl",
    "_msgs_neg",
    "_msgs_neg2",
)

if __name__ == "__main__":
    main(__file__, STYLE, MODULES, description=__doc__.splitlines()[0])
