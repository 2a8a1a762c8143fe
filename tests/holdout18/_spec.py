"""Spec/Att re-exports and the addresses holdout18's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["EMS", "PHH", "RX", "Att", "Spec"]

PHH = "pinehollowhospital.org"
EMS = "tricountyems.org"
RX = "mainstreetrx.com"
