"""Spec/Att re-exports and the addresses holdout110's message lists share."""

from __future__ import annotations

from tests.mailsets.spec import Att, Spec

__all__ = ["KRC", "MTL", "RRM", "Att", "Spec"]

RRM = "riverbendregional.org"
KRC = "keystonerecordcopy.com"
MTL = "marlowteaguelaw.com"
