"""Spec/Att re-exports and the addresses holdout124's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["MTH", "QSU", "WWO", "Att", "Spec"]

QSU = "quickstepurgentcare.com"
MTH = "meridiantravelhealth.com"
WWO = "workwellocc.com"
