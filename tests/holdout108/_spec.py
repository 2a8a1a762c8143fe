"""Spec/Att re-exports and the addresses holdout108's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["HAL", "IOH", "KCA", "Att", "Spec"]

IOH = "ironbridgeocchealth.com"
HAL = "halvorsenmfg.com"
KCA = "keystoneclaimsadmin.com"
