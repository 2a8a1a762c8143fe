"""Hand-written devset3 messages."""

from __future__ import annotations

from _spec import Spec

MESSAGES: list[Spec] = []
