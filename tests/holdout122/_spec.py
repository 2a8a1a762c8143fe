"""Spec/Att re-exports and the addresses holdout122's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWH", "CRV", "KHH", "Att", "Spec"]

CRV = "cedarridgevascular.com"
BWH = "bellmontwound.org"
KHH = "kestrelhomehealth.com"
