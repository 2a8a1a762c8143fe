"""Spec/Att re-exports and the addresses holdout32's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["ASC", "BPA", "SUG", "Att", "Spec"]

SUG = "seasideurology.com"
ASC = "coastalasc.com"
BPA = "beaconpath.com"
