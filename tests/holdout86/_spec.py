"""Spec/Att re-exports and the addresses holdout86's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["ACC", "KVL", "SPT", "Att", "Spec"]

SPT = "stridepointpt.com"
ACC = "aldercreekchiro.com"
KVL = "kesslervancelaw.com"
