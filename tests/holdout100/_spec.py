"""Spec/Att re-exports and the addresses holdout100's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CHC", "CPH", "RID", "Att", "Spec"]

RID = "riverbendidclinic.org"
CPH = "cobaltcountyph.gov"
CHC = "clearpathhepc.org"
