"""Spec/Att re-exports and the addresses holdout53's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BCH", "NSB", "TCA", "Att", "Spec"]

BCH = "bramblewoodchildrens.org"
NSB = "northgatesbhc.org"
TCA = "tallgrasscac.org"
