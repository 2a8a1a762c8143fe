"""Spec/Att re-exports and the addresses holdout20's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CRB", "MUMC", "RB", "Att", "Spec"]

MUMC = "meridianumc.edu"
CRB = "claimrightbilling.com"
RB = "recordbridge.com"
