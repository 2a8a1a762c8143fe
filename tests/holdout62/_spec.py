"""Spec/Att re-exports and the addresses holdout62's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BRH", "SDD", "VTS", "Att", "Spec"]

BRH = "brookhavenrmc.org"
VTS = "veritas340b.com"
SDD = "summitdrugdist.com"
