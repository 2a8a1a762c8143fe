"""Spec/Att re-exports and the addresses holdout78's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWF", "HPG", "NSD", "Att", "Spec"]

BWF = "bluewaterfertility.com"
NSD = "northstardonors.org"
HPG = "helixpathgc.com"
