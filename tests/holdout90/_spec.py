"""Spec/Att re-exports and the addresses holdout90's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CPS", "RDH", "SAB", "Att", "Spec"]

RDH = "riverbenddigestive.com"
CPS = "clearpathprep.com"
SAB = "summitanesbilling.com"
