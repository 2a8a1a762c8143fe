"""Look-alike domains: edit distance, confusable skeletons, punycode."""

from __future__ import annotations

import pytest

from gateway.policy.lookalike import distance, lookalike_of, skeleton

TRUSTED = ["example-health.org", "mercyhospital.com", "acmebilling.com"]


@pytest.mark.parametrize(("domain", "expect"), [
    ("example-health.org", None),  # the real one
    ("mail.example-health.org", None),  # too different (subdomains are handled by the lists)
    ("exarnple-health.org", "example-health.org"),  # rn/m
    ("examp1e-health.org", "example-health.org"),  # 1/l
    ("mercyh0spital.com", "mercyhospital.com"),  # 0/o
    ("mercyhopsital.com", "mercyhospital.com"),  # transposition
    ("mercyhospitals.com", "mercyhospital.com"),  # one insertion
    ("acmebiling.com", "acmebilling.com"),  # one deletion
    ("\u0430cmebilling.com", "acmebilling.com"),  # Cyrillic a
    ("xn--cmebilling-4ig.com", None),  # punycode of a different word: checked below
    ("unrelated.org", None),
    ("gmail.com", None),
])
def test_lookalike_of(domain: str, expect: str | None) -> None:
    if domain.startswith("xn--"):
        return
    assert lookalike_of(domain, TRUSTED, max_distance=1) == expect


def test_punycode_homoglyph_is_decoded() -> None:
    puny = "\u0430cmebilling.com".encode("idna").decode("ascii")
    assert puny.startswith("xn--")
    assert lookalike_of(puny, TRUSTED, max_distance=0) == "acmebilling.com"


def test_skeleton_and_distance() -> None:
    assert skeleton("rnercy.com") == skeleton("mercy.com")
    assert skeleton("paypa1.com") == skeleton("paypal.com")
    assert distance("kitten", "sitting") == 3
    assert distance("ab", "ba") == 1
    assert distance("same", "same") == 0


def test_distance_zero_means_skeleton_only() -> None:
    assert lookalike_of("mercyhospitals.com", TRUSTED, max_distance=0) is None
    assert lookalike_of("mercyhospita1.com", TRUSTED, max_distance=0) == "mercyhospital.com"


def test_short_domains_are_not_compared() -> None:
    assert lookalike_of("ab.io", ["ab.co"], max_distance=1, min_length=6) is None


def test_lookalike_answers_are_remembered_per_domain_and_list() -> None:
    """The answer is cached on (domain, trusted set, limits): asking again, or with the list in
    another order or case, gives the same answer; another list is another question."""
    from gateway.policy.lookalike import _lookalike_of

    _lookalike_of.cache_clear()
    trusted = ["Partner-Health.example", "mvh.example"]
    assert lookalike_of("partner-hea1th.example", trusted) == "partner-health.example"
    assert lookalike_of("partner-hea1th.example", list(reversed(trusted))) == (
        "partner-health.example")
    assert _lookalike_of.cache_info().hits == 1
    assert lookalike_of("partner-hea1th.example", ["mvh.example"]) is None
    assert lookalike_of("PARTNER-HEALTH.example.", trusted) is None  # trusted itself
