"""Spec/Att re-exports and the addresses holdout76's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["MCH", "PUSD", "TRTB", "Att", "Spec"]

MCH = "marlowcountyhealth.org"
TRTB = "tririvertb.org"
PUSD = "pinecrestusd.org"
