"""Spec/Att re-exports and the addresses holdout22's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BSEI", "CFSD", "LOP", "Att", "Spec"]

LOP = "littleoakspeds.com"
CFSD = "cfsd.k12.us"
BSEI = "brightstartei.org"
