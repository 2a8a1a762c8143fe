"""Spec/Att re-exports and the addresses holdout80's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BOT", "HOL", "MIE", "Att", "Spec"]

BOT = "brightpathot.com"
HOL = "halvorsenokafor.com"
MIE = "meridian-ime.com"
