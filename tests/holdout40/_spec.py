"""Spec/Att re-exports and the addresses holdout40's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BRO", "CHI", "MSP", "Att", "Spec"]

CHI = "cedarhollowinfusion.org"
BRO = "brightwaterradonc.com"
MSP = "meridianspecialtyrx.com"
