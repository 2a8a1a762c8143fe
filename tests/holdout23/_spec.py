"""Spec/Att re-exports and the addresses holdout23's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["EID", "MCH", "WTM", "Att", "Spec"]

EID = "eastsideid.com"
MCH = "metrocountyhealth.gov"
WTM = "wayfarertravelmed.com"
