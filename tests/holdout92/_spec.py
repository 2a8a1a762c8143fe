"""Spec/Att re-exports and the addresses holdout92's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BRM", "KLR", "NCR", "Att", "Spec"]

BRM = "bayviewregionalmed.org"
KLR = "keystonelegalrecords.com"
NCR = "northmoorcancerregistry.gov"
