"""Spec/Att re-exports and the addresses holdout48's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BLA", "CBR", "LRR", "Att", "Spec"]

CBR = "callowaybrandt.com"
LRR = "ledgerlinerecords.com"
BLA = "bellwetherlife.com"
