"""The message spec for the hand-written holdout4 message lists (shared: tests/mailsets/spec.py)."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["Att", "Spec"]

HOSP = "pinehollowhospital.org"
HH = "evergreenhh.org"
RX = "mainstreetrx.com"
