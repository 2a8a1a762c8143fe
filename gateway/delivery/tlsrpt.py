"""SMTP TLS Reporting (RFC 8460): record each outbound session's TLS result, build daily reports.

Every MX session attempt records one row (domain, the policy applied, MX host, address, result:
success or a failure type) in ``<state_dir>/tlsrpt.sqlite``. ``phigate tls report --date D`` turns
one UTC day into the RFC 8460 JSON report for each domain that publishes ``_smtp._tls``. Nothing
here holds message content or addresses of people: only domains, MX hosts and IP addresses.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from gateway.sqlite import open_db


class PolicyType(StrEnum):
    STS = "sts"
    TLSA = "tlsa"
    NO_POLICY = "no-policy-found"


class ResultType(StrEnum):
    """RFC 8460 4.3 result types (plus success, stored as NULL)."""

    STARTTLS_NOT_SUPPORTED = "starttls-not-supported"
    CERTIFICATE_HOST_MISMATCH = "certificate-host-mismatch"
    CERTIFICATE_EXPIRED = "certificate-expired"
    CERTIFICATE_NOT_TRUSTED = "certificate-not-trusted"
    VALIDATION_FAILURE = "validation-failure"
    TLSA_INVALID = "tlsa-invalid"
    DNSSEC_INVALID = "dnssec-invalid"
    DANE_REQUIRED = "dane-required"
    STS_POLICY_FETCH_ERROR = "sts-policy-fetch-error"
    STS_POLICY_INVALID = "sts-policy-invalid"
    STS_WEBPKI_INVALID = "sts-webpki-invalid"


@dataclass(frozen=True, slots=True)
class AppliedPolicy:
    """What governed a session, as the report describes it."""

    type: PolicyType
    strings: tuple[str, ...] = ()  # the policy text lines, or TLSA records as text
    mx: tuple[str, ...] = ()  # MTA-STS mx patterns


_SCHEMA = """
CREATE TABLE IF NOT EXISTS tls_session (
    day TEXT NOT NULL,
    domain TEXT NOT NULL,
    policy_type TEXT NOT NULL,
    policy TEXT NOT NULL,
    mx_host TEXT NOT NULL,
    ip TEXT NOT NULL,
    result TEXT,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, domain, policy_type, policy, mx_host, ip, result)
)
"""


class TlsReportStore:
    """Counters per (day, domain, policy, MX, address, result) in SQLite."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = open_db(path, _SCHEMA, durable=False, private=False)

    def record_sync(self, domain: str, policy: AppliedPolicy, mx_host: str, ip: str, *,
                    result: ResultType | None, when: datetime.datetime | None = None) -> None:
        day = (when or datetime.datetime.now(datetime.UTC)).strftime("%Y-%m-%d")
        pol = json.dumps({"strings": list(policy.strings), "mx": list(policy.mx)})
        # NULL never equals NULL in a primary key: store success as the empty string.
        res = result.value if result is not None else ""
        with self._lock:
            self._db.execute(
                "INSERT INTO tls_session VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT DO UPDATE SET count = count + 1",
                (day, domain, policy.type.value, pol, mx_host, ip, res))

    async def record(self, domain: str, policy: AppliedPolicy, mx_host: str, ip: str,
                     result: ResultType | None) -> None:
        await asyncio.to_thread(self.record_sync, domain, policy, mx_host, ip, result=result)

    def domains(self, day: str) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT DISTINCT domain FROM tls_session WHERE day = ? ORDER BY domain", (day,))]

    def report(self, day: str, domain: str, *, organization: str, contact: str,
               sending_ip: str | None = None) -> dict[str, Any]:
        """The RFC 8460 report object for one domain and one UTC day."""
        with self._lock:
            rows = self._db.execute(
                "SELECT policy_type, policy, mx_host, ip, result, count FROM tls_session"
                " WHERE day = ? AND domain = ? ORDER BY policy_type, policy, result, mx_host, ip",
                (day, domain)).fetchall()
        groups: dict[tuple[str, str], list[tuple[str, str, str, int]]] = {}
        for ptype, pol, mx_host, ip, result, count in rows:
            groups.setdefault((ptype, pol), []).append((mx_host, ip, result, count))
        policies: list[dict[str, Any]] = []
        for (ptype, pol), items in groups.items():
            data = json.loads(pol)
            policy: dict[str, Any] = {"policy-type": ptype, "policy-domain": domain}
            if data["strings"]:
                policy["policy-string"] = data["strings"]
            if data["mx"]:
                policy["mx-host"] = data["mx"]
            ok = sum(c for _, _, r, c in items if not r)
            failed = [(m, i, r, c) for m, i, r, c in items if r]
            details: list[dict[str, Any]] = []
            for mx_host, ip, result, count in failed:
                d: dict[str, Any] = {"result-type": result, "receiving-mx-hostname": mx_host,
                                     "receiving-ip": ip, "failed-session-count": count}
                if sending_ip:
                    d["sending-mta-ip"] = sending_ip
                details.append(d)
            entry: dict[str, Any] = {
                "policy": policy,
                "summary": {"total-successful-session-count": ok,
                            "total-failure-session-count": sum(c for *_, c in failed)},
            }
            if details:
                entry["failure-details"] = details
            policies.append(entry)
        return {
            "organization-name": organization,
            "date-range": {"start-datetime": f"{day}T00:00:00Z",
                           "end-datetime": f"{day}T23:59:59Z"},
            "contact-info": contact,
            "report-id": f"{day}.{domain}.{uuid.uuid4().hex[:12]}",
            "policies": policies,
        }

    def close(self) -> None:
        with self._lock:
            self._db.close()


def parse_tlsrpt_txt(records: tuple[str, ...]) -> tuple[str, ...] | None:
    """``rua`` URIs from the ``_smtp._tls`` TXT records, or None unless exactly one is valid."""
    rpt = [r for r in records if r.startswith("v=TLSRPTv1")]
    if len(rpt) != 1:
        return None
    fields = {k.strip(): v.strip() for k, _, v in (p.partition("=") for p in rpt[0].split(";"))}
    if fields.get("v") != "TLSRPTv1" or not fields.get("rua"):
        return None
    uris = tuple(u.strip() for u in fields["rua"].split(",") if u.strip())
    if not all(u.startswith(("mailto:", "https:")) for u in uris):
        return None
    return uris
