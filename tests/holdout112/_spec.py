"""Spec/Att re-exports and the addresses holdout112's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BPH", "LLF", "MGS", "Att", "Spec"]

BPH = "brightwaterpedsheart.com"
LLF = "littlelionhearts.org"
MGS = "maplegroveschools.org"
