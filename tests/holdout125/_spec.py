"""Spec/Att re-exports and the addresses holdout125's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["HDH", "KCS", "SPS", "Att", "Spec"]

HDH = "harborviewgi.com"
KCS = "keystonecolorectal.com"
SPS = "stomapathsupply.com"
