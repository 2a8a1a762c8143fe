"""Spec/Att re-exports and the addresses holdout35's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["LST", "SKD", "WIC", "Att", "Spec"]

SKD = "sunrisekidsdental.com"
LST = "littlestepstherapy.org"
WIC = "harborcountywic.gov"
