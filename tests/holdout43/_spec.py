"""Spec/Att re-exports and the addresses holdout43's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["CPR", "KBA", "NSX", "Att", "Spec"]

KBA = "keystonebenefitadmin.com"
CPR = "clearpathreview.com"
NSX = "northstarrx.com"
