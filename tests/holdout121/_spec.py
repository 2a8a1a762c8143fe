"""Spec/Att re-exports and the addresses holdout121's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["HRI", "KBP", "LLF", "Att", "Spec"]

HRI = "harborviewrheum.com"
KBP = "keystonebiologics.com"
LLF = "lumenlupus.org"
