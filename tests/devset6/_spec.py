"""Spec/Att re-exports and the addresses devset6's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["APEX", "BPT", "KHP", "Att", "Spec"]

KHP = "keystonehp.com"
APEX = "apexspecialtyrx.com"
BPT = "brightpathtele.com"
