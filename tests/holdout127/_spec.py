"""Spec/Att re-exports and the addresses holdout127's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BRO", "CHL", "LMH", "Att", "Spec"]

LMH = "larkfieldmemorial.org"
BRO = "brightwaterradonc.com"
CHL = "cedarhearthlodge.org"
