"""Spec/Att re-exports and the addresses holdout123's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LBC", "RMB", "TVE", "Att", "Spec"]

LBC = "lanternbrookchildrens.org"
RMB = "rosewatermilkbank.org"
TVE = "thistlevalleyei.org"
