"""Spec/Att re-exports and the addresses holdout46's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BPA", "NCL", "WED", "Att", "Spec"]

BPA = "brightwaterpsych.com"
NCL = "northstarcrisisline.org"
WED = "willowbrookrecovery.org"
