"""Spec/Att re-exports and the addresses devset14's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CVE", "LSE", "SSK", "Att", "Spec"]

SSK = "summitskin.org"
LSE = "lakeshoreent.com"
CVE = "clearvieweye.org"
