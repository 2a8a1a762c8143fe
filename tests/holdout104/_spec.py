"""Spec/Att re-exports and the addresses holdout104's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KRX", "MIR", "SCH", "Att", "Spec"]

SCH = "summitcresthealth.com"
KRX = "keystonerxpa.com"
MIR = "meridianreview.org"
