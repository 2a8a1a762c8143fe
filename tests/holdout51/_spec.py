"""Spec/Att re-exports and the addresses holdout51's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KCC", "NUA", "SRO", "Att", "Spec"]

SRO = "summitridgeortho.com"
NUA = "athletics.northfield.edu"
KCC = "keystoneclaimscare.com"
