"""Spec/Att re-exports and the addresses holdout65's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["MRH", "NCS", "TWC", "Att", "Spec"]

MRH = "meridianridgehospital.org"
TWC = "tidewaterwoundcare.com"
NCS = "northstarclinicalstaffing.com"
