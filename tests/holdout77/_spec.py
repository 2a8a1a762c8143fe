"""Spec/Att re-exports and the addresses holdout77's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["AFH", "HMH", "WMH", "Att", "Spec"]

WMH = "willowmerehospice.org"
HMH = "halversonmemorial.org"
AFH = "ashgrovefuneralhome.com"
