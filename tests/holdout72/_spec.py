"""Spec/Att re-exports and the addresses holdout72's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LHF", "NMC", "SBH", "Att", "Spec"]

LHF = "larkspurfoundation.org"
NMC = "northgatemc.org"
SBH = "stbrendanshospital.org"
