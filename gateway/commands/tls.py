"""``phigate tls check DOMAIN`` and ``phigate tls report --date D``: outbound TLS, explained.

``check`` resolves the domain exactly as MX delivery would (same resolver, same MTA-STS and DANE
rules, same requirement), then opens one STARTTLS session per MX host without sending mail.
``report`` writes the RFC 8460 JSON report of one UTC day for each domain that publishes
``_smtp._tls`` (or every recorded domain with ``--all-domains``).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import sys
from pathlib import Path
from typing import Any

from gateway.config import DEFAULT_CONFIG, GatewayConfig, TlsMode, load_config
from gateway.delivery.cache import MemoryCache
from gateway.delivery.dns import DnsError, DnsPermanentError, Resolver
from gateway.delivery.mx import MxTransport, Plan
from gateway.delivery.router import helo_name
from gateway.delivery.tlsrpt import TlsReportStore, parse_tlsrpt_txt
from gateway.yamlcheck import ConfigError


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("tls", help="outbound TLS: check a domain, reports")
    ts = p.add_subparsers(dest="tls_cmd", metavar="ACTION")
    ts.required = True
    config_default = os.environ.get("PHIGATE_CONFIG", DEFAULT_CONFIG)
    c = ts.add_parser("check", help="MX, MTA-STS, DANE, requirement and a live STARTTLS probe")
    c.add_argument("domain")
    c.add_argument("--config", default=config_default)
    c.add_argument("--tls", choices=[m.value for m in TlsMode], default=None,
                   help="message requirement to evaluate (default: delivery.tls)")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    c.add_argument("--no-probe", action="store_true", help="DNS and policy only, no SMTP")
    c.set_defaults(func=check)
    r = ts.add_parser("report", help="write RFC 8460 TLS reports for one UTC day")
    r.add_argument("--date", required=True, help="YYYY-MM-DD (UTC)")
    r.add_argument("--config", default=config_default)
    r.add_argument("--out", default=None, help="directory (default <state_dir>/tlsrpt)")
    r.add_argument("--org", default=None, help="organization-name (default: HELO name)")
    r.add_argument("--contact", default=None, help="contact-info (default postmaster@HELO name)")
    r.add_argument("--all-domains", action="store_true",
                   help="also domains without a _smtp._tls record (no DNS lookups)")
    r.set_defaults(func=report)


def _config(path: str) -> GatewayConfig | None:
    if not Path(path).exists() and path == DEFAULT_CONFIG:
        return GatewayConfig.model_validate({})
    try:
        return load_config(path)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return None


def check(args: argparse.Namespace) -> int:
    cfg = _config(args.config)
    if cfg is None:
        return 2
    data = asyncio.run(_check(cfg, args.domain, args.tls, probe=not args.no_probe))
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        _print_check(data)
    return 0 if data.get("deliverable") else 1


async def _check(cfg: GatewayConfig, domain: str, tls: str | None, *,
                 probe: bool) -> dict[str, Any]:
    t = MxTransport(cfg.delivery, helo=helo_name(cfg.delivery), state_dir=None,
                    cache=MemoryCache())
    out: dict[str, Any] = {"domain": domain.lower().rstrip(".")}
    try:
        message_tls = TlsMode(tls) if tls else cfg.delivery.tls
        try:
            plan = await t.plan(domain, message_tls)
        except DnsPermanentError as exc:
            out.update(error=f"permanent: {exc}", deliverable=False)
            return out
        except DnsError as exc:
            out.update(error=f"temporary: {exc}", deliverable=False)
            return out
        out.update(await _describe(t, plan))
        if probe:
            results = await t.probe(plan)
            out["probe"] = [
                {"host": r.host, "ip": r.ip, "requirement": r.mode, "mechanism": r.mechanism,
                 "starttls": r.starttls, "protocol": r.tls.version, "cipher": r.tls.cipher,
                 "verified": r.tls.verified, "authenticated_by": r.tls.mechanism
                 if r.tls.encrypted else None, "error": r.error, "note": r.note}
                for r in results]
            out["deliverable"] = any(r.error is None for r in results)
            out["capability"] = (await t.capability(domain)).value
        else:
            out["deliverable"] = any(not h.skip and not h.temporary for h in plan.hosts)
    finally:
        await t.close()
    return out


async def _describe(t: MxTransport, plan: Plan) -> dict[str, Any]:
    sts = plan.sts
    consulted = "not consulted" if plan.dane else "disabled"
    sts_out: dict[str, Any] = {"state": sts.state.value if sts else consulted}
    if sts is not None:
        if sts.policy is not None:
            sts_out.update(mode=sts.policy.mode.value, mx=list(sts.policy.mx),
                           max_age=sts.policy.max_age, id=sts.policy_id)
        if sts.error:
            sts_out.update(error=sts.error, error_kind=sts.error_kind)
    if plan.dane:
        sts_out["note"] = "DANE outranks MTA-STS"
    hosts: list[dict[str, Any]] = []
    for h in plan.hosts:
        entry: dict[str, Any] = {"host": h.name, "preference": h.preference,
                                 "requirement": h.mode.value, "mechanism": h.mechanism}
        try:
            tlsa = await t.resolver.tlsa(h.name)
            entry["tlsa"] = [r.to_text() for r in tlsa.records]
            entry["tlsa_secure"] = tlsa.secure
        except DnsError as exc:
            entry["tlsa_error"] = str(exc)
        if h.skip:
            entry["unusable"] = h.skip
        if h.temporary:
            entry["temporary"] = h.temporary
        hosts.append(entry)
    return {
        "mx": {"secure": plan.mx.secure, "implicit": plan.mx.implicit,
               "hosts": [f"{h.preference} {h.name}" for h in plan.mx.hosts]},
        "mta_sts": sts_out,
        "dane": {"applies": plan.dane, "mx_secure": plan.mx.secure},
        "requirement": plan.base.value,
        "hosts": hosts,
    }


def _print_check(d: dict[str, Any]) -> None:
    print(f"domain:       {d['domain']}")
    if "error" in d:
        print(f"error:        {d['error']}")
        return
    mx = d["mx"]
    print(f"MX:           {', '.join(mx['hosts'])}"
          f" ({'DNSSEC-secure' if mx['secure'] else 'not DNSSEC-signed'}"
          f"{', implicit' if mx['implicit'] else ''})")
    s = d["mta_sts"]
    line = f"MTA-STS:      {s['state']}"
    if "mode" in s:
        line += f", mode {s['mode']}, mx {' '.join(s['mx'])}, max_age {s['max_age']}"
    if "error" in s:
        line += f" ({s['error_kind']}: {s['error']})"
    if "note" in s:
        line += f" [{s['note']}]"
    print(line)
    print(f"DANE:         {'applies' if d['dane']['applies'] else 'does not apply'}")
    print(f"floor:        {d['requirement']}")
    for h in d["hosts"]:
        tlsa = ""
        if h.get("tlsa"):
            state = "secure" if h["tlsa_secure"] else "INSECURE"
            tlsa = f"; TLSA ({state}): " + ", ".join(h["tlsa"])
        extra = f"; unusable: {h['unusable']}" if "unusable" in h else ""
        extra += f"; temporary: {h['temporary']}" if "temporary" in h else ""
        print(f"  {h['preference']:>3} {h['host']}: requires {h['requirement']}"
              f" ({h['mechanism']}){tlsa}{extra}")
    for p in d.get("probe", []):
        if p["error"]:
            print(f"probe {p['host']} [{p['ip']}]: FAILED {p['error']}")
        else:
            cipher = f" {p['cipher']}" if p["cipher"] else ""
            note = f"; {p['note']}" if p.get("note") else ""
            print(f"probe {p['host']} [{p['ip']}]: {p['protocol'] or 'plaintext'}{cipher}"
                  f" verified={'yes' if p['verified'] else 'no'}"
                  f" ({p['authenticated_by'] or 'none'}){note}")
    if "capability" in d:
        print(f"capability:   {d['capability']}")
    print(f"deliverable:  {'yes' if d['deliverable'] else 'NO'}")


def report(args: argparse.Namespace) -> int:
    cfg = _config(args.config)
    if cfg is None:
        return 2
    try:
        day = datetime.date.fromisoformat(args.date)
    except ValueError:
        print(f"--date {args.date!r}: expected YYYY-MM-DD", file=sys.stderr)
        return 2
    db = cfg.state_dir / "tlsrpt.sqlite"
    if not db.exists():
        print(f"{db}: no TLS results recorded", file=sys.stderr)
        return 1
    out_dir = Path(args.out) if args.out else cfg.state_dir / "tlsrpt"
    out_dir.mkdir(parents=True, exist_ok=True)
    helo = helo_name(cfg.delivery)
    org = args.org or helo
    contact = args.contact or f"postmaster@{helo}"
    store = TlsReportStore(db)
    try:
        written = asyncio.run(_report(cfg, store, day, out_dir, org=org, contact=contact,
                                           all_domains=args.all_domains))
    finally:
        store.close()
    for domain, path, rua in written:
        print(f"{domain}: {path}" + (f" (rua {', '.join(rua)})" if rua else ""))
    if not written:
        print(f"no reportable domains on {day.isoformat()}")
    return 0


async def _report(cfg: GatewayConfig, store: TlsReportStore, day: datetime.date, out_dir: Path,
                  *, org: str, contact: str, all_domains: bool
                  ) -> list[tuple[str, Path, tuple[str, ...]]]:
    resolver = None if all_domains else Resolver(cfg.delivery.dns)
    text = day.isoformat()
    start = int(datetime.datetime.combine(day, datetime.time(), datetime.UTC).timestamp())
    end = start + 86400 - 1
    written: list[tuple[str, Path, tuple[str, ...]]] = []
    for domain in store.domains(text):
        rua: tuple[str, ...] = ()
        if resolver is not None:
            try:
                txt = await resolver.txt(f"_smtp._tls.{domain}")
            except DnsError:
                continue
            found = parse_tlsrpt_txt(txt.records)
            if found is None:
                continue
            rua = found
        data = store.report(text, domain, organization=org, contact=contact)
        path = out_dir / f"{org}!{domain}!{start}!{end}.json"
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        written.append((domain, path, rua))
    return written
