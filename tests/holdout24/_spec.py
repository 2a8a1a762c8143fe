"""Spec/Att re-exports and the addresses holdout24's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CFI", "PSP", "SRR", "Att", "Spec"]

SRR = "summitridgerehab.org"
PSP = "prostridepo.com"
CFI = "careflowinfusion.com"
