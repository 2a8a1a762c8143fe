"""Spec/Att re-exports and the addresses holdout87's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BPH", "SWA", "WBT", "Att", "Spec"]

WBT = "willowbrookterrace.com"
BPH = "brightpathhomehealth.com"
SWA = "sunwardadultday.org"
