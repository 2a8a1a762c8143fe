"""DANE for SMTP (RFC 7672, RFC 7671): TLSA records and authenticating the peer's chain with them.

DANE applies to an MX host only when its TLSA RRset at ``_25._tcp.<host>`` is DNSSEC-secure (AD
bit from the validating resolver in ``delivery.dns``); the MX lookup must be secure too.
Usages DANE-TA(2) and DANE-EE(3) are supported, selectors Cert(0)/SPKI(1), matching types
Full(0)/SHA-256(1)/SHA-512(2); PKIX-TA(0)/PKIX-EE(1) records are unusable for SMTP and ignored.

How the chain is checked. The handshake runs with ``CERT_NONE`` (the DNS, not a CA store, is the
trust anchor) and the chain is checked here afterwards:

* The chain the server sent: Python 3.13 has ``SSLObject.get_unverified_chain()``; 3.10-3.12 have
  the same call on the private ``_sslobj`` (it returns ``_ssl.Certificate`` objects). We use
  whichever exists and, if neither does, fall back to the leaf only (DANE-EE still works,
  DANE-TA then fails closed).
* DANE-EE(3): the leaf matches a record. Names and validity dates are ignored (RFC 7672 3.1.1).
* DANE-TA(2): a certificate sent by the server (or a full certificate in the TLSA record) matches
  a record; the path from the leaf up to it is checked with ``cryptography``
  (``verify_directly_issued_by``: issuer name and signature), every certificate on it must be
  within its validity dates, issuers must be CAs, and the leaf must carry the MX host name
  (RFC 7672 3.2.2; a single leftmost ``*`` label is allowed).

The handshake itself (TLS >= 1.2, the peer proving it holds the leaf's key) is OpenSSL's.
"""

from __future__ import annotations

import datetime
import hashlib
import ssl
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

DANE_TA = 2
DANE_EE = 3
MAX_DEPTH = 10


class DaneError(Exception):
    """The peer could not be authenticated with the TLSA records. ``kind``: TLSRPT result type."""

    def __init__(self, message: str, kind: str = "validation-failure") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Tlsa:
    usage: int
    selector: int
    mtype: int
    data: bytes

    @classmethod
    def from_rdata(cls, rdata: Any) -> Tlsa:
        return cls(int(rdata.usage), int(rdata.selector), int(rdata.mtype), bytes(rdata.cert))

    @property
    def usable(self) -> bool:
        return (self.usage in (DANE_TA, DANE_EE) and self.selector in (0, 1)
                and self.mtype in (0, 1, 2))

    def __str__(self) -> str:
        return f"{self.usage} {self.selector} {self.mtype} {self.data.hex()}"


def usable(records: tuple[Tlsa, ...]) -> tuple[Tlsa, ...]:
    return tuple(r for r in records if r.usable)


def dane_context() -> ssl.SSLContext:
    """TLS >= 1.2 without PKIX checks: the chain is checked against TLSA after the handshake."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def peer_chain(ssl_object: Any) -> list[bytes]:
    """DER certificates the server sent, leaf first."""
    chain: Any = None
    public = getattr(ssl_object, "get_unverified_chain", None)
    if callable(public):  # Python >= 3.13
        chain = public()
    else:
        inner = getattr(ssl_object, "_sslobj", None)
        private = getattr(inner, "get_unverified_chain", None)
        if callable(private):  # Python 3.10 - 3.12
            chain = private()
    if chain:
        return [c if isinstance(c, bytes) else c.public_bytes(ssl._ssl.ENCODING_DER) for c in chain]  # type: ignore[attr-defined]
    leaf = ssl_object.getpeercert(binary_form=True)
    return [leaf] if leaf else []


def selected(cert: x509.Certificate, selector: int) -> bytes:
    if selector == 0:
        return cert.public_bytes(Encoding.DER)
    return cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


def digest(data: bytes, mtype: int) -> bytes:
    if mtype == 1:
        return hashlib.sha256(data).digest()
    if mtype == 2:
        return hashlib.sha512(data).digest()
    return data


def matches(cert: x509.Certificate, record: Tlsa) -> bool:
    return digest(selected(cert, record.selector), record.mtype) == record.data


def name_matches(cert: x509.Certificate, names: tuple[str, ...]) -> bool:
    """The leaf's DNS SANs (or CN when there are none) cover one of ``names``."""
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        presented = [n.lower().rstrip(".") for n in san.value.get_values_for_type(x509.DNSName)]
    except x509.ExtensionNotFound:
        presented = [str(a.value).lower() for a in
                     cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)]
    for ref in (n.lower().rstrip(".") for n in names):
        for pat in presented:
            if pat == ref:
                return True
            if pat.startswith("*.") and "." in ref:
                label, _, rest = ref.partition(".")
                if label and rest == pat[2:]:
                    return True
    return False


def _valid_now(cert: x509.Certificate, now: datetime.datetime) -> bool:
    return cert.not_valid_before_utc <= now <= cert.not_valid_after_utc


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return cert.issuer == cert.subject  # a v1 self-signed root


def _issued_by(child: x509.Certificate, parent: x509.Certificate) -> bool:
    try:
        child.verify_directly_issued_by(parent)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def verify(chain_der: list[bytes], records: tuple[Tlsa, ...], names: tuple[str, ...],
           now: datetime.datetime | None = None) -> str:
    """Authenticate a chain with TLSA ``records``; returns what matched, raises DaneError."""
    recs = usable(records)
    if not recs:
        raise DaneError("no usable TLSA records", "tlsa-invalid")
    if not chain_der:
        raise DaneError("server sent no certificate")
    try:
        chain = [x509.load_der_x509_certificate(d) for d in chain_der]
    except ValueError:
        raise DaneError("server certificate could not be parsed") from None
    leaf = chain[0]
    for rec in recs:
        if rec.usage == DANE_EE and matches(leaf, rec):
            return f"DANE-EE {rec.usage} {rec.selector} {rec.mtype}"
    ta_recs = [r for r in recs if r.usage == DANE_TA]
    if not ta_recs:
        raise DaneError("certificate matches no TLSA record")
    now = now or datetime.datetime.now(datetime.UTC)
    pool = list(chain[1:])
    for rec in ta_recs:  # a full certificate in DNS (2 0 0) may be the anchor the server omits
        if rec.selector == 0 and rec.mtype == 0:
            try:
                pool.append(x509.load_der_x509_certificate(rec.data))
            except ValueError:
                continue
    # Walk up from the leaf; stop at the first certificate that matches a DANE-TA record.
    current = leaf
    path = [leaf]
    for _ in range(MAX_DEPTH):
        issuer = next((c for c in pool if c.subject == current.issuer and c not in path
                       and _issued_by(current, c)), None)
        if issuer is None:
            break
        if not _is_ca(issuer):
            raise DaneError("an issuer in the chain is not a CA")
        path.append(issuer)
        anchor = next((r for r in ta_recs if matches(issuer, r)), None)
        if anchor is not None:
            if not all(_valid_now(c, now) for c in path):
                raise DaneError("certificate expired or not yet valid", "certificate-expired")
            if not name_matches(leaf, names):
                raise DaneError("certificate does not name the MX host",
                                "certificate-host-mismatch")
            return f"DANE-TA {anchor.usage} {anchor.selector} {anchor.mtype}"
        current = issuer
    raise DaneError("no trust anchor in the chain matches a TLSA record")
