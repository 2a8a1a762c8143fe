"""Spec/Att re-exports and the addresses holdout10's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["NHR", "SBC", "WCR", "Att", "Spec"]

SBC = "stbrendan.org"
WCR = "willowcreekrehab.com"
NHR = "newhorizonsrecovery.org"
