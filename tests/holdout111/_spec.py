"""Spec/Att re-exports and the addresses holdout111's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["PHM", "SKY", "TCE", "Att", "Spec"]

PHM = "pinehollowmemorial.org"
SKY = "skybridgeairmed.com"
TCE = "tamarackcountyems.gov"
