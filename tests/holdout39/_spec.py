"""Spec/Att re-exports and the addresses holdout39's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["ACD", "MPS", "SSM", "Att", "Spec"]

ACD = "aspencreekderm.com"
MPS = "marloweplastics.com"
SSM = "solsticemedspa.com"
