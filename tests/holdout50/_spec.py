"""Spec/Att re-exports and the addresses holdout50's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CRM", "HTF", "RCH", "Att", "Spec"]

RCH = "riverbendchc.org"
HTF = "harvesttablefoodrx.org"
CRM = "careroutemobile.org"
