"""TLSA matching and chain checks (DANE-EE, DANE-TA) on real certificates from trustme."""

from __future__ import annotations

import datetime
import hashlib

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from gateway.delivery.dane import DaneError, Tlsa, name_matches, usable, verify

HOST = "mx1.example.test"


def _der(pem: bytes) -> bytes:
    return x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)


def _spki(der: bytes) -> bytes:
    return x509.load_der_x509_certificate(der).public_key().public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


@pytest.fixture(scope="module")
def pki() -> dict[str, object]:
    root = trustme.CA()
    inter = root.create_child_ca()
    leaf = inter.issue_cert(HOST)
    chain = [_der(b.bytes()) for b in leaf.cert_chain_pems]  # leaf, intermediate
    now = datetime.datetime.now(datetime.UTC)
    expired = root.issue_cert(HOST, not_before=now - datetime.timedelta(days=9),
                              not_after=now - datetime.timedelta(days=1))
    other = root.issue_cert("other.test")
    return {
        "root": _der(root.cert_pem.bytes()), "inter": chain[1], "leaf": chain[0], "chain": chain,
        "expired": [_der(b.bytes()) for b in expired.cert_chain_pems],
        "other": [_der(b.bytes()) for b in other.cert_chain_pems],
    }


def rec(usage: int, selector: int, mtype: int, der: bytes) -> Tlsa:
    data = der if selector == 0 else _spki(der)
    if mtype == 1:
        data = hashlib.sha256(data).digest()
    elif mtype == 2:
        data = hashlib.sha512(data).digest()
    return Tlsa(usage, selector, mtype, data)


@pytest.mark.parametrize("selector", [0, 1])
@pytest.mark.parametrize("mtype", [0, 1, 2])
def test_dane_ee_all_selectors_and_matching_types(pki: dict, selector: int, mtype: int) -> None:
    assert verify(pki["chain"], (rec(3, selector, mtype, pki["leaf"]),), ("ignored.test",)
                  ).startswith("DANE-EE")


def test_dane_ee_ignores_expiry_and_names(pki: dict) -> None:
    leaf = pki["expired"][0]
    assert verify([leaf], (rec(3, 1, 1, leaf),), ("whatever.test",)).startswith("DANE-EE")


def test_dane_ee_mismatch(pki: dict) -> None:
    with pytest.raises(DaneError):
        verify(pki["chain"], (rec(3, 1, 1, pki["inter"]),), (HOST,))


@pytest.mark.parametrize("anchor", ["inter", "root"])
@pytest.mark.parametrize(("selector", "mtype"), [(0, 1), (1, 1), (0, 2), (1, 0)])
def test_dane_ta(pki: dict, anchor: str, selector: int, mtype: int) -> None:
    chain = pki["chain"] + ([pki["root"]] if anchor == "root" else [])
    assert verify(chain, (rec(2, selector, mtype, pki[anchor]),), (HOST,)).startswith("DANE-TA")


def test_dane_ta_full_cert_in_dns_need_not_be_sent(pki: dict) -> None:
    # 2 0 0: the anchor is in the TLSA record itself; the server omits the root
    assert verify(pki["chain"], (Tlsa(2, 0, 0, pki["root"]),), (HOST,)).startswith("DANE-TA")


def test_dane_ta_anchor_not_in_chain(pki: dict) -> None:
    with pytest.raises(DaneError):  # root hash, but the server does not send the root
        verify(pki["chain"], (rec(2, 0, 1, pki["root"]),), (HOST,))


def test_dane_ta_checks_name(pki: dict) -> None:
    with pytest.raises(DaneError) as info:
        verify(pki["other"] + [pki["root"]], (rec(2, 0, 1, pki["root"]),), (HOST,))
    assert info.value.kind == "certificate-host-mismatch"


def test_dane_ta_checks_expiry(pki: dict) -> None:
    with pytest.raises(DaneError) as info:
        verify(pki["expired"] + [pki["root"]], (rec(2, 0, 1, pki["root"]),), (HOST,))
    assert info.value.kind == "certificate-expired"


def test_dane_ta_rejects_forged_chain(pki: dict) -> None:
    """A leaf from another CA presented with our root: the signature check fails."""
    stranger = trustme.CA().issue_cert(HOST)
    chain = [_der(stranger.cert_chain_pems[0].bytes()), pki["inter"], pki["root"]]
    with pytest.raises(DaneError):
        verify(chain, (rec(2, 0, 1, pki["root"]),), (HOST,))


def test_dane_ta_does_not_match_the_leaf_itself(pki: dict) -> None:
    with pytest.raises(DaneError):
        verify(pki["chain"], (rec(2, 0, 1, pki["leaf"]),), (HOST,))


def test_unusable_records() -> None:
    recs = (Tlsa(0, 0, 1, b"x"), Tlsa(1, 1, 1, b"x"), Tlsa(3, 2, 1, b"x"), Tlsa(3, 1, 3, b"x"))
    assert usable(recs) == ()
    with pytest.raises(DaneError) as info:
        verify([b"x"], recs, (HOST,))
    assert info.value.kind == "tlsa-invalid"


def test_no_certificate() -> None:
    with pytest.raises(DaneError):
        verify([], (Tlsa(3, 1, 1, b"\0" * 32),), (HOST,))


@pytest.mark.parametrize(("names", "ok"), [
    ((HOST,), True), (("MX1.example.test.",), True), (("mx2.example.test",), False)])
def test_name_matches(pki: dict, names: tuple[str, ...], ok: bool) -> None:
    assert name_matches(x509.load_der_x509_certificate(pki["leaf"]), names) is ok


def test_wildcard_name() -> None:
    leaf = trustme.CA().issue_cert("*.example.test")
    cert = x509.load_pem_x509_certificate(leaf.cert_chain_pems[0].bytes())
    assert name_matches(cert, ("mx.example.test",))
    assert not name_matches(cert, ("a.mx.example.test",))
