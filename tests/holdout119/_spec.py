"""Spec/Att re-exports and the addresses holdout119's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CCD", "HWF", "LVM", "Att", "Spec"]

LVM = "larkspurvalleymed.org"
HWF = "hollisweatherby.com"
CCD = "cascadecrestdonor.org"
