"""Spec/Att re-exports and the addresses holdout64's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BCM", "NWH", "VPD", "Att", "Spec"]

NWH = "northwindhealthplan.com"
VPD = "vitalpathdm.com"
BCM = "bluecrestmembercare.com"
