"""Spec/Att re-exports and the addresses devset16's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["HHH", "LAD", "SOS", "Att", "Spec"]

SOS = "silveroaksseniorcare.org"
HHH = "homewardhh.com"
LAD = "lakesideadultday.org"
