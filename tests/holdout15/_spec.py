"""Spec/Att re-exports and the addresses holdout15's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["HCA", "MW", "PKD", "Att", "Spec"]

HCA = "heartlandcardio.com"
PKD = "prairiekidney.org"
MW = "motionworkspt.com"
