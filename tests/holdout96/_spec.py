"""Spec/Att re-exports and the addresses holdout96's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BSA", "MUSD", "OAA", "Att", "Spec"]

BSA = "bluestemallergy.com"
OAA = "openairasthma.org"
MUSD = "millbrookusd.org"
