"""Spec/Att re-exports and the addresses holdout118's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CBH", "LVS", "SBD", "Att", "Spec"]

CBH = "clearbrookhearing.com"
LVS = "littlevoicesspeech.org"
SBD = "signalbridgedeaf.org"
