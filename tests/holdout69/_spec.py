"""Spec/Att re-exports and the addresses holdout69's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["AHR", "BSG", "GBP", "Att", "Spec"]

GBP = "granitebaypulm.com"
AHR = "airhavenhrs.com"
BSG = "breathestrongfit.com"
