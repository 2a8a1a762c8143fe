"""Spec/Att re-exports and the addresses holdout47's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CCH", "LIR", "TBC", "Att", "Spec"]

CCH = "carrowcountyhealth.org"
TBC = "carrowtbcontrol.org"
LIR = "lanarkiis.org"
