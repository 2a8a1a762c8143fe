"""``tidy`` skips its regexes on text they cannot change: same output as always running them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.extract.textutil import tidy


def _tidy_always(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def test_table() -> None:
    assert tidy("a  \r\nb\t\n\n\n\nc\u00a0\n") == "a\nb\n\nc"
    assert tidy("plain text, one line") == "plain text, one line"
    assert tidy("x\n\n\ny") == "x\n\ny"
    assert tidy(" lead and trail \n") == "lead and trail"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b c", " ", "\t", "\u00a0", "\n", "\r", "\r\n", "."]),
                max_size=40))
def test_same_as_always_running_the_regexes(parts: list[str]) -> None:
    text = "".join(parts)
    assert tidy(text) == _tidy_always(text)
