"""Spec/Att re-exports and the addresses holdout79's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["BDE", "KMS", "SFA", "Att", "Spec"]

SFA = "stonebridgefoot.com"
BDE = "bluewaterdiabetes.org"
KMS = "keystepmedical.com"
