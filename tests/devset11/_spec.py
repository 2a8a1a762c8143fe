"""Spec/Att re-exports and the addresses devset11's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CRL", "LFE", "SBT", "Att", "Spec"]

CRL = "cascaderidgelab.com"
SBT = "stbrendanmc.org"
LFE = "larkspurfertility.com"
