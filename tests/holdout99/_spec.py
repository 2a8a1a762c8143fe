"""Spec/Att re-exports and the addresses holdout99's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["HHR", "RMC", "SRH", "Att", "Spec"]

RMC = "riverbendmc.org"
SRH = "streetreachhealth.org"
HHR = "havenhouserespite.org"
