"""Spec/Att re-exports, the addresses holdout8's message lists share, and a dedent helper."""

from __future__ import annotations

import textwrap

from tests.mailsets.spec import Att, Spec

__all__ = ["BLT", "MVM", "SRU", "Att", "Spec", "d"]

SRU = "summitridgeuc.com"
MVM = "mercyvalleymc.org"
BLT = "bluelinemedtrans.com"


def d(text: str) -> str:
    """A message body written indented in the source: dedented, leading newline dropped."""
    return textwrap.dedent(text).lstrip("\n")
