"""Spec/Att re-exports and the addresses holdout26's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CM", "HF", "VC", "Att", "Spec"]

HF = "harborfoods.com"
CM = "clearmindeap.com"
VC = "vitalcheckwellness.com"
