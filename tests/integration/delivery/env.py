"""The MX delivery test bed: sinks on distinct loopback addresses, an MTA-STS HTTPS server and a
DNSSEC test bed (NSD + unbound) whose zones point at them. Built once per test module."""

from __future__ import annotations

import datetime
import hashlib
import socket
import ssl
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from gateway.config import DeliveryConfig
from tests.integration.delivery import stsserver
from tests.integration.harness.dns import DnsHarness, Zone
from tests.integration.harness.sinkthread import ThreadedSink

NET = "127.0.5"
STS_IP = f"{NET}.100"
DEAD_IP = f"{NET}.50"  # nothing listens here: connection refused
V6_IP = "::1"  # the IPv6 sink (same certificate as "good")

SINKS = ("good", "nostarttls", "unknownca", "wrongname", "expired", "broken")
SINK_IP = {name: f"{NET}.{i + 1}" for i, name in enumerate(SINKS)}

# zone -> how it is published
POLICY_ZONES = ("none", "stse", "ststest", "daneee", "daneta", "bogus")
EXTRA_ZONES = ("stsbad", "multi", "bogusmx")
SIGNED = {"daneee", "daneta", "bogus", "multi", "bogusmx"}

BAD_POLICIES = {
    "d-404": stsserver.raw(404, "nope"),
    "d-redirect": stsserver.raw(302, "", headers={"Location": "https://example.invalid/"}),
    "d-html": stsserver.raw(200, "version: STSv1\nmode: enforce\nmx: *.stsbad.test\nmax_age: 60\n",
                            content_type="text/html"),
    "d-big": stsserver.raw(200, "version: STSv1\nmode: enforce\nmx: *.stsbad.test\nmax_age: 60\n"
                           + "x: " + "y" * 70_000 + "\n"),
    "d-badage": stsserver.policy("enforce", "*.stsbad.test", max_age=99_999_999),
    "d-nomx": stsserver.raw(200, "version: STSv1\nmode: enforce\nmax_age: 60\n"),
    "d-badmode": stsserver.policy("strict", "*.stsbad.test"),
    "d-badversion": stsserver.raw(200, "version: STSv2\nmode: enforce\nmx: *.stsbad.test\n"
                                  "max_age: 60\n"),
    "d-mismatch": stsserver.policy("enforce", "mail.elsewhere.test"),
}


def tlsa_hex(cert_pem: bytes, selector: int) -> str:
    cert = x509.load_pem_x509_certificate(cert_pem)
    data = (cert.public_bytes(Encoding.DER) if selector == 0 else
            cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo))
    return hashlib.sha256(data).hexdigest()


def _port_free_on(ips: list[str]) -> int:
    for _ in range(50):
        with socket.socket() as s:
            s.bind((ips[0], 0))
            port = int(s.getsockname()[1])
        ok = True
        for ip in ips:
            with socket.socket(socket.AF_INET6 if ":" in ip else socket.AF_INET) as t:
                try:
                    t.bind((ip, port))
                except OSError:
                    ok = False
                    break
        if ok:
            return port
    raise RuntimeError("no common free port")


def _server_ctx(leaf: trustme.LeafCert, ca: trustme.CA, tmp: Path, name: str,
                broken: bool = False) -> ssl.SSLContext:
    chain = tmp / f"{name}.chain.pem"
    key = tmp / f"{name}.key.pem"
    chain.write_bytes(b"".join(b.bytes() for b in leaf.cert_chain_pems) + ca.cert_pem.bytes())
    key.write_bytes(leaf.private_key_pem.bytes())
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(chain), str(key))
    if broken:  # advertises STARTTLS, but no handshake a TLS >= 1.2 client accepts
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx.minimum_version = ssl.TLSVersion.TLSv1
            ctx.maximum_version = ssl.TLSVersion.TLSv1
    return ctx


@dataclass
class Env:
    tmp: Path
    test_ca: trustme.CA
    ca_file: Path
    dns: DnsHarness
    sinks: dict[str, ThreadedSink]
    sts: stsserver.StsServer
    smtp_port: int
    https_port: int
    certs: dict[str, bytes] = field(default_factory=dict)

    def delivery(self, **mx: Any) -> DeliveryConfig:
        mxcfg: dict[str, Any] = {"port": self.smtp_port,
                                 "mta_sts": {"https_port": self.https_port, "fetch_timeout": 5},
                                 "breaker": {"failures": 3, "open_seconds": 60}}
        mxcfg.update(mx)
        return DeliveryConfig.model_validate({
            "mode": "mx", "ca_file": str(self.ca_file), "connect_timeout": 3,
            "command_timeout": 10, "dns": {"nameservers": [self.dns.nameserver], "timeout": 3},
            "mx": mxcfg,
        })

    def stop(self) -> None:
        for s in self.sinks.values():
            s.stop()
        self.sts.stop()
        self.dns.stop()


def build(tmp: Path) -> Env:
    test_ca = trustme.CA(organization_name="phigate test CA")
    unknown_ca = trustme.CA(organization_name="unknown CA")
    ca_file = tmp / "ca.pem"
    test_ca.cert_pem.write_to_path(str(ca_file))
    zones = POLICY_ZONES + EXTRA_ZONES
    now = datetime.datetime.now(datetime.UTC)

    def names(sink: str) -> list[str]:
        return [f"mx-{sink}.{z}.test" for z in zones] + (["mx-v6.multi.test"]
                                                          if sink == "good" else [])

    leaves = {
        "good": (test_ca.issue_cert(*names("good")), test_ca),
        "unknownca": (unknown_ca.issue_cert(*names("unknownca")), unknown_ca),
        "wrongname": (test_ca.issue_cert("other.invalid"), test_ca),
        "expired": (test_ca.issue_cert(*names("expired"),
                                       not_before=now - datetime.timedelta(days=30),
                                       not_after=now - datetime.timedelta(days=1)), test_ca),
        "broken": (test_ca.issue_cert(*names("broken")), test_ca),
    }
    certs = {k: v[0].cert_chain_pems[0].bytes() for k, v in leaves.items()}

    smtp_port = _port_free_on([*SINK_IP.values(), DEAD_IP, V6_IP])
    sinks: dict[str, ThreadedSink] = {}
    for name in SINKS:
        ctx = None
        if name in leaves:
            leaf, ca = leaves[name]
            ctx = _server_ctx(leaf, ca, tmp, name, broken=name == "broken")
        sinks[name] = ThreadedSink(tls_context=ctx, host=SINK_IP[name], port=smtp_port).start()
    sinks["good6"] = ThreadedSink(tls_context=_server_ctx(*leaves["good"], tmp, "good6"),
                                  host=V6_IP, port=smtp_port).start()

    sts_domains = {f"d-{s}.stse.test": stsserver.policy("enforce", "*.stse.test") for s in SINKS}
    sts_domains |= {f"d-{s}.ststest.test": stsserver.policy("testing", "*.ststest.test")
                    for s in SINKS}
    sts_domains |= {f"{d}.stsbad.test": r for d, r in BAD_POLICIES.items()}
    https_port = _port_free_on([STS_IP])
    sts_leaf = test_ca.issue_cert(*[f"mta-sts.{d}" for d in sts_domains])
    sts_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sts_leaf.configure_cert(sts_ctx)
    sts = stsserver.StsServer(STS_IP, https_port, sts_ctx,
                              {f"mta-sts.{d}": r for d, r in sts_domains.items()}).start()

    zone_objs: list[Zone] = []
    for z in zones:
        recs: list[str] = []
        for s in SINKS:
            recs += [f"d-{s} MX 10 mx-{s}", f"mx-{s} A {SINK_IP[s]}"]
            if z in ("stse", "ststest"):
                recs += [f'_mta-sts.d-{s} TXT "v=STSv1; id=20261201"', f"mta-sts.d-{s} A {STS_IP}"]
            if z in ("daneee", "bogus"):
                digest = tlsa_hex(certs[s], 1) if s in certs else "00" * 32
                recs.append(f"_25._tcp.mx-{s} TLSA 3 1 1 {digest}")
            if z == "daneta":
                recs.append(f"_25._tcp.mx-{s} TLSA 2 0 1 {tlsa_hex(test_ca.cert_pem.bytes(), 0)}")
        if z == "stsbad":
            for d in BAD_POLICIES:
                recs += [f"{d} MX 10 mx-good", f'_mta-sts.{d} TXT "v=STSv1; id=1"',
                         f"mta-sts.{d} A {STS_IP}"]
            recs += ['d-twotxt MX 10 mx-good', '_mta-sts.d-twotxt TXT "v=STSv1; id=1"',
                     '_mta-sts.d-twotxt TXT "v=STSv1; id=2"']
        if z == "multi":
            good = tlsa_hex(certs["good"], 1)
            recs += [
                f"mx-dead A {DEAD_IP}",
                f"mx-v6 AAAA {V6_IP}", "d-v6 MX 10 mx-v6",
                f"_25._tcp.mx-v6 TLSA 3 1 1 {good}",
                "d-fallback MX 10 mx-dead", "d-fallback MX 20 mx-good",
                "d-deadonly MX 10 mx-dead",
                "d-nullmx MX 0 .",
                f"d-implicit A {SINK_IP['good']}",
                "d-cname CNAME d-fallback",
                # DANE domain where the preferred MX has no TLSA: TLSA on the second only
                "d-mixed MX 10 mx-nostarttls", "d-mixed MX 20 mx-good",
                f"_25._tcp.mx-good TLSA 3 1 1 {good}",
                # unusable TLSA (PKIX-EE): mandatory unauthenticated TLS
                "d-unusable MX 10 mx-unusable", f"mx-unusable A {SINK_IP['nostarttls']}",
                f"_25._tcp.mx-unusable TLSA 1 1 1 {good}",
                "d-unusable2 MX 10 mx-unusable2", f"mx-unusable2 A {SINK_IP['wrongname']}",
                f"_25._tcp.mx-unusable2 TLSA 1 1 1 {good}",
            ]
        tamper = {"bogus": _tamper, "bogusmx": _tamper_mx}.get(z)
        zone_objs.append(Zone(f"{z}.test", recs, signed=z in SIGNED, tamper=tamper))
    dns = DnsHarness(tmp / "dns", zone_objs).start()
    return Env(tmp, test_ca, ca_file, dns, sinks, sts, smtp_port, https_port, certs)


def _tamper_mx(text: str) -> str:
    """Change every MX preference after signing: the MX RRset is bogus."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[3] == "MX":
            parts[4] = str(int(parts[4]) + 1)
            out.append("\t".join(parts))
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def _tamper(text: str) -> str:
    """Flip the data of every TLSA record (its RRSIG no longer verifies: bogus)."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[3] == "TLSA":
            data = parts[7]
            parts[7] = ("1" if data[0] != "1" else "2") + data[1:]
            out.append("\t".join(parts))
        else:
            out.append(line)
    return "\n".join(out) + "\n"
