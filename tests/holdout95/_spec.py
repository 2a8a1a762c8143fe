"""Spec/Att re-exports and the addresses holdout95's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["GBM", "SLT", "TDW", "Att", "Spec"]

GBM = "granitebaymc.org"
SLT = "scribeline-ts.com"
TDW = "tidemarkhealth.org"
