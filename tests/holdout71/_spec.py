"""Spec/Att re-exports and the addresses holdout71's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["HHC", "SCH", "VHA", "Att", "Spec"]

SCH = "summitcresthealth.com"
VHA = "veridianhra.com"
HHC = "hearthsidehousecalls.org"
