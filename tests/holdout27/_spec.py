"""Spec/Att re-exports and the addresses holdout27's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LBS", "MDE", "NW", "Att", "Spec"]

LBS = "lakeviewbariatric.com"
MDE = "midstatediabetes.org"
NW = "nourishwell.com"
