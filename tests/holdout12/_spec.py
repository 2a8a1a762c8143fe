"""Spec/Att re-exports and the addresses holdout12's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BCH", "CPI", "HPC", "Att", "Spec"]

BCH = "bayviewchildrens.org"
HPC = "harborsidepsych.com"
CPI = "clearpathimaging.com"
