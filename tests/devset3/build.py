"""Build the devset3 development set: NNNN.eml files plus labels.json.

Every message text lives inline in the _msgs_*.py modules next to this file, written by hand.
Label notes start with "Hard positive:" / "Hard negative:" for the deliberately subtle cases, and
non-English messages get a "[lang=xx] " prefix.
The assembly is shared (tests/mailsets/build.py) and deterministic: rebuilding into another
directory must reproduce the committed bytes exactly. This file holds only the set's parameters.

    .venv/bin/python tests/devset3/build.py [--out DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _path in (HERE, HERE.parents[1]):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import _msgs_clin  # noqa: E402
import _msgs_intl  # noqa: E402
import _msgs_more  # noqa: E402
import _msgs_neg  # noqa: E402
import _msgs_neg2  # noqa: E402
import _msgs_rev  # noqa: E402
from _spec import ORG  # noqa: E402

from tests.mailsets.build import BuildStyle, main  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=-6))
STYLE = BuildStyle(
    prefix="d3",
    week_start=dt.datetime(2026, 11, 23, 7, 0, tzinfo=TZ),  # Monday
    seed=20261123,
    org=ORG,
)
GROUPS = (
    _msgs_clin.MESSAGES,
    _msgs_rev.MESSAGES,
    _msgs_intl.MESSAGES,
    _msgs_neg.MESSAGES,
    _msgs_more.MESSAGES,
    _msgs_neg2.MESSAGES,
)

if __name__ == "__main__":
    main(HERE, STYLE, GROUPS, description=__doc__.splitlines()[0])
