"""Spec/Att re-exports and the addresses holdout102's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LVH", "SRS", "TCY", "Att", "Spec"]

SRS = "summitridgesportsmed.com"
LVH = "lvhsathletics.org"
TCY = "tricountyyouthfootball.org"
