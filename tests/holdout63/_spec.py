"""Spec/Att re-exports and the addresses holdout63's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BCM", "HLP", "MPH", "Att", "Spec"]

MPH = "meridianpositivehealth.org"
BCM = "bridgewaycm.org"
HLP = "harvestlantern.org"
