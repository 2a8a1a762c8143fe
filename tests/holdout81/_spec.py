"""Spec/Att re-exports and the addresses holdout81's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BWH", "KVR", "PHM", "Att", "Spec"]

BWH = "brightwaterheart.com"
KVR = "kestrelvalleyrehab.org"
PHM = "pulseharbor.io"
