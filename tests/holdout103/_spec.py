"""Spec/Att re-exports and the addresses holdout103's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["DRS", "HXG", "RRMC", "Att", "Spec"]

RRMC = "riverbendrmc.org"
HXG = "helixpointgenomics.com"
DRS = "drawrightstaffing.com"
