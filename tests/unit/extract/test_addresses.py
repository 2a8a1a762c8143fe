"""``textutil.getaddresses`` splits plain address headers itself and must give exactly what
``email.utils.getaddresses`` gives, for those and for everything it hands to the stdlib."""

from __future__ import annotations

import email.utils

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.extract import textutil
from gateway.extract.textutil import getaddresses

PLAIN = [
    "rcpt5@dest.test",
    "Jane Doe <jane.doe@org.test>",
    "a@b, c@d",
    "Jane <j@x.y>, k@z",
    "x'y+tag@z-1.example",
    "A B C <x@y>",
    "1 <a@b>",
]
NOT_PLAIN = [
    "a..b@c", "a.@c", ".a@c", "a@b.", "a@.b", "Jane  Doe <j@x>", "Jane Doe<j@x>",
    "J. Doe <j@x>", '"Doe, J" <j@x>', "a@b,c@d", "a@b ,c@d", "<a@b>", " a@b", "a@b ",
    "=?utf-8?q?J=C3=B6rg?= <j@x>", "undisclosed-recipients:;", "a@b (Jane)", "",
]


@pytest.mark.parametrize("value", PLAIN + NOT_PLAIN)
def test_same_as_stdlib(value: str) -> None:
    assert getaddresses([value]) == email.utils.getaddresses([value])


def test_plain_values_skip_the_stdlib_parser() -> None:
    for value in PLAIN:
        assert textutil._PLAIN_LIST.fullmatch(value), value
    for value in NOT_PLAIN:
        assert not textutil._PLAIN_LIST.fullmatch(value), value
    assert getaddresses(["Jane Doe <j@x.y>", "k@z"]) == [("Jane Doe", "j@x.y"), ("", "k@z")]


_PIECES = st.sampled_from(
    ["a", "Bo", "x9", "!#$%&'*+/=?^_`{|}~-", ".", "@", " ", "  ", "<", ">", ", ", ",", "\t",
     '"', "(", ")", ";", ":", "Jane", "Doe", "a@b.c", "Jane Doe <j@x.y>", "=?utf-8?q?x?="]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=8).map("".join), min_size=1, max_size=3))
def test_property_same_as_stdlib(values: list[str]) -> None:
    assert getaddresses(values) == email.utils.getaddresses(values)
