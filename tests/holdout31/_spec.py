"""Spec/Att re-exports and the addresses holdout31's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["APEX", "IRON", "VVC", "Att", "Spec"]

VVC = "valleyvetsclinic.org"
IRON = "ironwoodchiro.com"
APEX = "apexime.com"
