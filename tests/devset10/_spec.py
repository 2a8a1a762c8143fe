"""Spec/Att re-exports and the addresses devset10's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CVI", "MPD", "TCH", "Att", "Spec"]

MPD = "maplewoodpeds.com"
CVI = "clearviewimaging.com"
TCH = "tamarackcountyhealth.gov"
