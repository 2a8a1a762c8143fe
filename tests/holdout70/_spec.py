"""Spec/Att re-exports and the addresses holdout70's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BHF", "GVR", "TIB", "Att", "Spec"]

GVR = "granitevalleyrheum.com"
TIB = "tallgrassinfusionbilling.com"
BHF = "brightharborfoundation.org"
