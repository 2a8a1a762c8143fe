"""Spec/Att re-exports and the addresses holdout56's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["MGA", "SSC", "WTH", "Att", "Spec"]

WTH = "wayfarertravelhealth.com"
MGA = "meridianglobalassist.com"
SSC = "solaceseas.com"
