"""Spec/Att re-exports and the addresses holdout120's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KHR", "RHM", "SSD", "Att", "Spec"]

KHR = "keystoneheartrhythm.org"
SSD = "susquehannasleep.com"
RHM = "ridgelinehomemedical.com"
