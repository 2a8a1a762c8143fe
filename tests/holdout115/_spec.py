"""Spec/Att re-exports and the addresses holdout115's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BFO", "BLV", "CVR", "Att", "Spec"]

CVR = "clearviewretina.com"
BFO = "brightframeoptical.com"
BLV = "beaconlowvision.org"
