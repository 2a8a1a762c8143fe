"""Spec/Att re-exports and the addresses holdout14's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["APEX", "CRCC", "ESH", "Att", "Spec"]

CRCC = "cedarridgecancer.org"
ESH = "eveningstarhospice.org"
APEX = "apexspecialtyrx.com"
