"""Spec/Att re-exports and the addresses devset12's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["EMS", "MID", "OCC", "Att", "Spec"]

EMS = "tamarackems.org"
MID = "willowbendbirth.com"
OCC = "meridell-ohs.com"
