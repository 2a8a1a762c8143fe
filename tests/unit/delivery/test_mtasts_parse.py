"""MTA-STS: mx pattern matching, TXT discovery record, policy parsing (every broken case)."""

from __future__ import annotations

import pytest

from gateway.delivery.mtasts import StsError, StsMode, mx_matches, parse_policy, parse_txt


@pytest.mark.parametrize(("pattern", "host", "ok"), [
    ("mail.example.com", "mail.example.com", True),
    ("mail.example.com", "MAIL.Example.com.", True),
    ("mail.example.com", "mail2.example.com", False),
    ("*.example.com", "mx1.example.com", True),
    ("*.example.com", "a.b.example.com", False),  # exactly one leftmost label
    ("*.example.com", "example.com", False),
    ("*.example.com", ".example.com", False),
    ("*.example.com", "mx1.example.com.evil.test", False),
    ("*.example.com", "mx1.notexample.com", False),
    ("example.com", "mx.example.com", False),
    ("", "mx.example.com", False),
])
def test_mx_matches(pattern: str, host: str, ok: bool) -> None:
    assert mx_matches(pattern, host) is ok


GOOD = ("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\n"
        "max_age: 604800\r\n")


def test_parse_good_policy() -> None:
    p = parse_policy(GOOD)
    assert p.mode is StsMode.ENFORCE
    assert p.mx == ("mail.example.com", "*.example.net")
    assert p.max_age == 604800
    assert p.matches("mx9.example.net") and not p.matches("a.b.example.net")


def test_parse_lf_only_and_unknown_keys_ignored() -> None:
    p = parse_policy("version: STSv1\nmode: testing\nmx: a.test\nmax_age: 0\nextension: yes\n")
    assert p.mode is StsMode.TESTING and p.max_age == 0


def test_mode_none_needs_no_mx() -> None:
    assert parse_policy("version: STSv1\nmode: none\nmax_age: 86400\n").mx == ()


@pytest.mark.parametrize(("text", "why"), [
    ("mode: enforce\nmx: a.test\nmax_age: 60\n", "version"),
    ("version: STSv2\nmode: enforce\nmx: a.test\nmax_age: 60\n", "version"),
    ("version: STSv1\nmode: strict\nmx: a.test\nmax_age: 60\n", "mode"),
    ("version: STSv1\nmx: a.test\nmax_age: 60\n", "mode"),
    ("version: STSv1\nmode: enforce\nmx: a.test\n", "max_age"),
    ("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: -1\n", "max_age"),
    ("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 31557601\n", "max_age"),
    ("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 1e5\n", "max_age"),
    ("version: STSv1\nmode: enforce\nmax_age: 60\n", "mx"),
    ("version: STSv1\nmode: enforce\nmx: a.*.test\nmax_age: 60\n", "mx"),
    ("version: STSv1\nmode: enforce\nmx: *.\nmax_age: 60\n", "mx"),
    ("version: STSv1\nmode enforce\nmx: a.test\nmax_age: 60\n", "':'"),
])
def test_broken_policies(text: str, why: str) -> None:
    with pytest.raises(StsError) as info:
        parse_policy(text)
    assert why in str(info.value)
    assert info.value.kind == "sts-policy-invalid"


@pytest.mark.parametrize(("records", "expected"), [
    (("v=STSv1; id=20160831085700Z;",), "20160831085700Z"),
    (("v=STSv1;id=abc",), "abc"),
    (("other", "v=STSv1; id=abc"), "abc"),
])
def test_txt_ok(records: tuple[str, ...], expected: str) -> None:
    assert parse_txt(records) == expected


@pytest.mark.parametrize("records", [
    (),
    ("v=spf1 -all",),
    ("v=STSv1; id=a", "v=STSv1; id=b"),  # exactly one
    ("v=STSv1;",),  # no id
    ("v=STSv1; id=has-dash",),
    ("v=STSv1; id=" + "a" * 33,),
    ("v=STSv10; id=abc",),
])
def test_txt_broken(records: tuple[str, ...]) -> None:
    with pytest.raises(StsError):
        parse_txt(records)
