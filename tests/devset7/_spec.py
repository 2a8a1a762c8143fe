"""Spec/Att re-exports and the addresses devset7's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CGH", "HHH", "RKC", "Att", "Spec"]

RKC = "riverbendkidney.com"
HHH = "harborlighthh.com"
CGH = "cedargrovehospice.org"
