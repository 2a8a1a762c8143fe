"""Spec/Att re-exports and the addresses holdout16's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["QC", "TMD", "UHP", "Att", "Spec"]

UHP = "unityhealthplan.com"
QC = "quickcareuc.com"
TMD = "telemdconnect.com"
