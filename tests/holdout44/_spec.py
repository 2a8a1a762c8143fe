"""Spec/Att re-exports and the addresses holdout44's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KIN", "MCW", "SCW", "Att", "Spec"]

KIN = "kinnectcare.com"
MCW = "meridianchartworks.com"
SCW = "scribewellmed.com"
