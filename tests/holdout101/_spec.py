"""Spec/Att re-exports and the addresses holdout101's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["FOL", "HCA", "MCG", "Att", "Spec"]

MCG = "maplecrestgeri.org"
HCA = "harborlightcare.org"
FOL = "fenwickosei-law.com"
