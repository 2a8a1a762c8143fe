"""Spec/Att re-exports and the addresses holdout114's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CHI", "GLH", "NVC", "Att", "Spec"]

CHI = "crestlineinfusion.com"
GLH = "greatlakeshtc.org"
NVC = "norvaneconnect.com"
