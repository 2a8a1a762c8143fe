"""Spec/Att re-exports and the addresses holdout94's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["GFU", "RBL", "STR", "Att", "Spec"]

GFU = "granitefallsurology.com"
STR = "stridemenshealth.com"
RBL = "rockbreaklitho.com"
