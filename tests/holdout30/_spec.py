"""Spec/Att re-exports and the addresses holdout30's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CMC", "EAF", "PNS", "Att", "Spec"]

PNS = "pinecrestneuro.com"
CMC = "cascadememory.org"
EAF = "evergreenafh.com"
