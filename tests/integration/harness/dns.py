"""A real DNSSEC test bed on loopback: NSD (authoritative) + unbound (validating resolver).

Zones are generated per run; signed ones get a fresh key from ``ldns-keygen`` and signatures from
``ldns-signzone`` (signatures expire, so never reuse a signed file). unbound gets each signed
zone's DNSKEY as a trust anchor and a ``stub-zone`` pointing at NSD, so answers from signed zones
carry a real AD bit, unsigned zones are insecure, and a zone whose signed data was tampered with
after signing is bogus (unbound answers SERVFAIL). Both daemons run in the foreground as our own
child processes with every file in a temp dir; ``stop()`` ends exactly those two processes.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.integration.harness.net import free_port

TOOLS = ("nsd", "unbound", "ldns-keygen", "ldns-signzone", "unbound-checkconf")


def unavailable_reason() -> str | None:
    missing = [t for t in TOOLS if shutil.which(t) is None and not Path(f"/usr/sbin/{t}").exists()]
    return f"missing {', '.join(missing)} (deploy/apt/test-packages.txt)" if missing else None


def _tool(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


@dataclass
class Zone:
    """One zone. ``records`` are zone-file lines with names relative to the origin or absolute."""

    name: str
    records: list[str] = field(default_factory=list)
    signed: bool = False
    tamper: Callable[[str], str] | None = None  # edits the signed text: makes data bogus

    def text(self) -> str:
        origin = self.name.rstrip(".") + "."
        head = [
            f"$ORIGIN {origin}",
            "$TTL 30",
            f"@ IN SOA ns.{origin} hostmaster.{origin} 1 3600 600 86400 30",
            f"@ IN NS ns.{origin}",
            "ns IN A 127.0.0.1",
        ]
        return "\n".join(head + self.records) + "\n"


class DnsHarness:
    def __init__(self, workdir: Path, zones: list[Zone]) -> None:
        self.dir = workdir
        self.zones = zones
        self.nsd_port = 0
        self.port = 0
        self._procs: list[subprocess.Popen[bytes]] = []
        self.anchors: dict[str, str] = {}

    @property
    def nameserver(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _run(self, *args: str) -> str:
        res = subprocess.run(args, cwd=self.dir, capture_output=True, text=True, timeout=60,
                             check=False)
        if res.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {res.stderr.strip() or res.stdout.strip()}")
        return res.stdout

    def _zone_file(self, zone: Zone) -> str:
        name = zone.name.rstrip(".")
        plain = self.dir / f"{name}.zone"
        plain.write_text(zone.text(), encoding="utf-8")
        if not zone.signed:
            return plain.name
        keybase = self._run(_tool("ldns-keygen"), "-a", "ECDSAP256SHA256", "-k", name).strip()
        key_text = (self.dir / f"{keybase}.key").read_text(encoding="utf-8").strip()
        self.anchors[name] = " ".join(key_text.split())
        self._run(_tool("ldns-signzone"), "-f", f"{name}.zone.signed", plain.name, keybase)
        signed = self.dir / f"{name}.zone.signed"
        if zone.tamper is not None:
            signed.write_text(zone.tamper(signed.read_text(encoding="utf-8")), encoding="utf-8")
        return signed.name

    def start(self) -> DnsHarness:
        self.dir.mkdir(parents=True, exist_ok=True)
        files = {z.name.rstrip("."): self._zone_file(z) for z in self.zones}
        self.nsd_port = free_port()
        nsd_conf = self.dir / "nsd.conf"
        nsd_conf.write_text("\n".join([
            "server:",
            f"  ip-address: 127.0.0.1@{self.nsd_port}",
            f"  port: {self.nsd_port}",
            '  username: ""',
            '  chroot: ""',
            f'  zonesdir: "{self.dir}"',
            f'  pidfile: "{self.dir}/nsd.pid"',
            f'  xfrdfile: "{self.dir}/xfrd.state"',
            f'  zonelistfile: "{self.dir}/zone.list"',
            f'  logfile: "{self.dir}/nsd.log"',
            "  server-count: 1",
            "  verbosity: 1",
            "  do-ip6: no",
            "remote-control:",
            "  control-enable: no",
            *[line for name, f in files.items()
              for line in ("zone:", f'  name: "{name}"', f'  zonefile: "{f}"')],
        ]) + "\n", encoding="utf-8")
        self._run(_tool("nsd-checkconf"), str(nsd_conf))
        self._spawn([_tool("nsd"), "-d", "-c", str(nsd_conf)], "nsd")
        self.port = free_port()
        ub_conf = self.dir / "unbound.conf"
        lines = [
            "server:",
            "  interface: 127.0.0.1",
            f"  port: {self.port}",
            "  do-ip6: no",
            '  username: ""',
            '  chroot: ""',
            f'  directory: "{self.dir}"',
            f'  pidfile: "{self.dir}/unbound.pid"',
            f'  logfile: "{self.dir}/unbound.log"',
            "  use-syslog: no",
            "  verbosity: 1",
            "  val-log-level: 2",
            "  num-threads: 1",
            "  so-reuseport: no",
            "  do-not-query-localhost: no",
            '  module-config: "validator iterator"',
            "  qname-minimisation: no",
            "  harden-dnssec-stripped: yes",
            "  cache-max-ttl: 30",
            "  cache-max-negative-ttl: 5",
            "  access-control: 127.0.0.0/8 allow",
            '  local-zone: "test." nodefault',
            *[f'  trust-anchor: "{a}"' for a in self.anchors.values()],
            "remote-control:",
            "  control-enable: no",
            *[line for name in files
              for line in ("stub-zone:", f'  name: "{name}"',
                           f"  stub-addr: 127.0.0.1@{self.nsd_port}")],
        ]
        ub_conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self._run(_tool("unbound-checkconf"), str(ub_conf))
        self._spawn([_tool("unbound"), "-d", "-c", str(ub_conf)], "unbound")
        self._wait_ready()
        return self

    def _spawn(self, argv: list[str], name: str) -> None:
        with (self.dir / f"{name}.out").open("wb") as log:
            proc = subprocess.Popen(argv, cwd=self.dir, stdout=log, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL)
        self._procs.append(proc)

    def _wait_ready(self, timeout: float = 15.0) -> None:
        import dns.flags
        import dns.message
        import dns.query

        first = self.zones[0].name.rstrip(".") + "."
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            for proc in self._procs:
                if proc.poll() is not None:
                    raise RuntimeError(f"{proc.args[0]} exited: see {self.dir}")
            try:
                q = dns.message.make_query(first, "SOA", want_dnssec=True)
                r = dns.query.udp(q, "127.0.0.1", port=self.port, timeout=1)
                if r.rcode() == 0 and r.answer:
                    return
            except Exception as exc:
                last = exc
            time.sleep(0.1)
        raise TimeoutError(f"DNS harness not ready ({last}); see {self.dir}")

    def stop(self) -> None:
        for proc in self._procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self._procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        self._procs.clear()

    def __enter__(self) -> DnsHarness:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
