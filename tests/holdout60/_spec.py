"""Spec/Att re-exports and the addresses holdout60's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["PVH", "SKY", "SRT", "Att", "Spec"]

PVH = "pinecrestvalleyhosp.org"
SRT = "summitregionaltrauma.org"
SKY = "skywardairmed.com"
