"""A tiny in-process DNS server (dnslib) for fast unit tests: fixed answers, optional AD bit."""

from __future__ import annotations

from dataclasses import dataclass, field

from dnslib import QTYPE, RCODE, RR, DNSRecord
from dnslib.server import BaseResolver, DNSHandler, DNSLogger, DNSServer


@dataclass
class Entry:
    records: list[str] = field(default_factory=list)  # zone-file lines (dnslib RR.fromZone)
    rcode: int = RCODE.NOERROR
    ad: bool = False


class StubResolver(BaseResolver):  # type: ignore[misc]
    def __init__(self, table: dict[tuple[str, str], Entry]) -> None:
        self.table = table
        self.queries: list[tuple[str, str]] = []

    def resolve(self, request: DNSRecord, handler: DNSHandler) -> DNSRecord:
        reply = request.reply()
        name = str(request.q.qname).rstrip(".").lower()
        qtype = QTYPE[request.q.qtype]
        self.queries.append((name, qtype))
        entry = self.table.get((name, qtype))
        if entry is None:
            known = any(n == name for n, _ in self.table)
            reply.header.rcode = RCODE.NOERROR if known else RCODE.NXDOMAIN
            return reply
        reply.header.rcode = entry.rcode
        reply.header.ad = 1 if entry.ad else 0
        for line in entry.records:
            for rr in RR.fromZone(line):
                reply.add_answer(rr)
        return reply


class StubDns:
    def __init__(self, table: dict[tuple[str, str], Entry]) -> None:
        self.resolver = StubResolver(table)
        self.server = DNSServer(self.resolver, port=0, address="127.0.0.1",
                                logger=DNSLogger(logf=lambda _s: None))

    @property
    def nameserver(self) -> str:
        return f"127.0.0.1:{self.server.server.server_address[1]}"

    def __enter__(self) -> StubDns:
        self.server.start_thread()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()
        self.server.server.server_close()
