"""Spec/Att re-exports and the addresses holdout36's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CLC", "LCH", "QRL", "Att", "Spec"]

LCH = "lakesidecommunityhosp.org"
QRL = "quantumreflabs.com"
CLC = "carelinkcourier.com"
