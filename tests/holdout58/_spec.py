"""Spec/Att re-exports and the addresses holdout58's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["HIE", "IVR", "SBM", "Att", "Spec"]

HIE = "tririverhie.org"
SBM = "stbrendanmed.org"
IVR = "ironvaleir.com"
