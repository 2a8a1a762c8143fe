"""Spec/Att re-exports and the addresses holdout42's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BPH", "CHS", "WML", "Att", "Spec"]

CHS = "cedarhollowsnf.org"
WML = "willowmereliving.com"
BPH = "brightpathhomecare.com"
