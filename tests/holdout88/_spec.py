"""Spec/Att re-exports and the addresses holdout88's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWR", "LPH", "SRE", "Att", "Spec"]

SRE = "summitridgeendo.com"
LPH = "leanpathhealth.com"
BWR = "bellwetherrx.com"
