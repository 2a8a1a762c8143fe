"""Spec/Att re-exports and the addresses holdout93's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWH", "MLK", "NFN", "Att", "Spec"]

BWH = "bayviewwomenshealth.org"
MLK = "milkweedlactation.com"
NFN = "northforknutrition.org"
