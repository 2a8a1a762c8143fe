"""Spec/Att re-exports and the addresses holdout59's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BNF", "LLF", "TPH", "Att", "Spec"]

BNF = "bayviewneofollowup.org"
TPH = "tidewaterpedsheart.com"
LLF = "littlelanternsfamily.org"
