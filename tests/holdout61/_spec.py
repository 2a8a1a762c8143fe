"""Spec/Att re-exports and the addresses holdout61's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CBI", "EVS", "LGY", "Att", "Spec"]

LGY = "lindengyn.com"
CBI = "clearviewbreast.org"
EVS = "evensonghealth.com"
