"""Spec/Att re-exports and the addresses holdout17's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BCH", "HCS", "LRS", "Att", "Spec"]

LRS = "lakesiderecovery.org"
BCH = "brazoscorrhealth.org"
HCS = "harborcrisis.org"
