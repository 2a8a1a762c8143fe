"""``phigate quarantine list|show|release|reject|delete|purge|rotate-key``: the held messages.

Every action is audited under ``cli:<user>`` (``--as USER``, default ``$SUDO_USER``/``$USER``).
``show`` masks matched values (``J*** D**``) unless ``--unmask`` is given, which is itself
audited as an access to PHI. ``release`` is durable: it is queued first; a running gateway
delivers it, otherwise this command delivers it itself and reports the outcome.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from gateway.config import DEFAULT_CONFIG, GatewayConfig, load_config
from gateway.yamlcheck import ConfigError

NOTE_WARNING = ("note: the reviewer's note is sent to the sender in clear; it must not "
                "contain PHI (no names, identifiers or clinical details)")


def _common() -> argparse.ArgumentParser:
    c = argparse.ArgumentParser(add_help=False)
    c.add_argument("--config", default=os.environ.get("PHIGATE_CONFIG", DEFAULT_CONFIG),
                   help=f"gateway configuration (default {DEFAULT_CONFIG}, or $PHIGATE_CONFIG)")
    c.add_argument("--as", dest="actor", default=None, metavar="USER",
                   help="who is acting, for the audit trail (default $SUDO_USER or $USER)")
    return c


def register(sub: Any) -> None:
    common = _common()
    p: argparse.ArgumentParser = sub.add_parser("quarantine", help="review held messages")
    qs = p.add_subparsers(dest="quarantine_cmd", metavar="ACTION")
    qs.required = True

    ls = qs.add_parser("list", parents=[common], help="list held messages (no addresses)")
    ls.add_argument("--status", choices=["held", "releasing", "released", "rejected",
                                         "deleted", "expired"])
    ls.add_argument("--rule")
    ls.add_argument("--sender-domain")
    ls.add_argument("--recipient-domain")
    ls.add_argument("--older-than", type=float, metavar="DAYS")
    ls.add_argument("--limit", type=int, default=200)
    ls.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    ls.set_defaults(func=_run(list_cmd))

    sh = qs.add_parser("show", parents=[common], help="metadata and findings (values masked)")
    sh.add_argument("id")
    sh.add_argument("--unmask", action="store_true",
                    help="show matched values (an audited access to PHI)")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=_run(show_cmd))

    rl = qs.add_parser("release", parents=[common], help="deliver a held message (durable)")
    rl.add_argument("id")
    rl.add_argument("--encrypt", action="store_true",
                    help="send through the policy's encryption provider instead")
    rl.set_defaults(func=_run(release_cmd))

    rj = qs.add_parser("reject", parents=[common],
                       help="do not send; the sender gets a notice with the reference")
    rj.add_argument("id")
    rj.add_argument("--note", help="text for the sender (must not contain PHI)")
    rj.set_defaults(func=_run(reject_cmd))

    dl = qs.add_parser("delete", parents=[common], help="delete the data (the record stays)")
    dl.add_argument("id")
    dl.set_defaults(func=_run(delete_cmd))

    pg = qs.add_parser("purge", parents=[common],
                       help="remove data of finished (released/rejected/expired) messages")
    pg.add_argument("--older-than", type=float, required=True, metavar="DAYS")
    pg.set_defaults(func=_run(purge_cmd))

    rk = qs.add_parser("rotate-key", parents=[common],
                       help="start using a new encryption key (older keys stay for reading)")
    rk.add_argument("--reencrypt", action="store_true",
                    help="also re-encrypt every stored message under the new key")
    rk.set_defaults(func=_run(rotate_cmd))


def actor_name(args: argparse.Namespace) -> str:
    who = args.actor or os.environ.get("SUDO_USER") or os.environ.get("USER")
    if not who:
        try:
            who = getpass.getuser()
        except (KeyError, OSError):
            who = str(os.getuid())
    return f"cli:{who}"


class _Ctx:
    def __init__(self, config: GatewayConfig) -> None:
        from gateway.audit.runtime import open_audit
        from gateway.quarantine.runtime import open_store

        self.config = config
        self.store = open_store(config)
        self.audit = open_audit(config)

    def service(self) -> Any:
        from gateway.app import build_router
        from gateway.quarantine.service import QuarantineService

        return QuarantineService(self.store, build_router(self.config), self.audit, self.config)

    def gateway_running(self) -> bool:
        from gateway.quarantine.service import HEARTBEAT

        return bool(self.store.worker_alive(3 * HEARTBEAT))

    def close(self) -> None:
        self.store.close()
        self.audit.close()


def _run(fn: Callable[[argparse.Namespace, _Ctx], int]) -> Callable[[argparse.Namespace], int]:
    def wrapper(args: argparse.Namespace) -> int:
        from gateway.quarantine.keys import QuarantineKeyError
        from gateway.quarantine.store import QuarantineError

        try:
            config = load_config(args.config)
        except ConfigError as exc:
            for line in exc.errors:
                print(line, file=sys.stderr)
            return 2
        try:
            ctx = _Ctx(config)
        except QuarantineKeyError as exc:
            print(f"phigate: {exc}", file=sys.stderr)
            return 2
        try:
            return fn(args, ctx)
        except QuarantineError as exc:
            print(f"phigate: {exc}", file=sys.stderr)
            return 1
        finally:
            ctx.close()

    return wrapper


def _when(ts: float | None) -> str:
    return "-" if ts is None else time.strftime("%Y-%m-%d %H:%M", time.gmtime(ts))


def _summary(m: Any) -> dict[str, Any]:
    """What ``list`` shows: no addresses, no content."""
    return {"id": m.id, "queue_id": m.queue_id, "held_at": m.held_at,
            "expires_at": m.expires_at, "status": m.status.value, "rule": m.rule,
            "reason": m.reason, "policy_version": m.policy_version,
            "sender_domain": m.sender_domain, "rcpt_domains": list(m.rcpt_domains),
            "rcpts": len(m.rcpts), "phi": m.phi, "score": m.score,
            "entity_counts": dict(m.entity_counts), "size": m.size,
            "expiry_action": m.expiry_action, "attempts": m.attempts,
            "last_error": m.last_error, "data_present": m.data_present}


def list_cmd(args: argparse.Namespace, ctx: _Ctx) -> int:
    items = ctx.store.list(status=args.status, rule=args.rule, sender=args.sender_domain,
                           recipient_domain=args.recipient_domain,
                           older_than=None if args.older_than is None
                           else args.older_than * 86400.0, limit=args.limit)
    if args.json:
        for m in items:
            print(json.dumps(_summary(m), sort_keys=True))
        return 0
    header = f"{'ID':<16}  {'HELD (UTC)':<16}  {'STATUS':<9}  {'RULE':<20}  " \
             f"{'SENDER DOMAIN':<20}  {'RECIPIENT DOMAINS':<24}  {'SCORE':>5}  ENTITIES"
    print(header)
    for m in items:
        ents = ",".join(f"{e}:{c}" for e, c in m.entity_counts) or "-"
        print(f"{m.id:<16}  {_when(m.held_at):<16}  {m.status.value:<9}  {m.rule[:20]:<20}  "
              f"{m.sender_domain[:20]:<20}  {','.join(m.rcpt_domains)[:24]:<24}  "
              f"{m.score:>5.2f}  {ents}")
    counts = ctx.store.counts()
    print(f"({len(items)} shown; " + ", ".join(f"{k} {v}" for k, v in counts.items() if v) + ")")
    return 0


def mask(value: str) -> str:
    """First character of each word, the rest as ``*``: ``Jane Doe`` -> ``J*** D**``."""
    return " ".join(w[:1] + "*" * (len(w) - 1) for w in value.split(" "))


def show_cmd(args: argparse.Namespace, ctx: _Ctx) -> int:
    from gateway.quarantine.store import QuarantineDataGone

    m = ctx.store.get(args.id)
    actor = actor_name(args)
    findings: list[dict[str, Any]] = []
    evidence: tuple[str, ...] = ()
    attachments: list[dict[str, Any]] = []
    data_note = ""
    try:
        ev = ctx.store.open_evidence(m.id)
    except QuarantineDataGone:
        data_note = "(data deleted: findings no longer available)"
    else:
        texts = {s.part: s.text for s in ev.segments}
        for f in ev.findings:
            value = texts.get(f.part, "")[f.start:f.end]
            findings.append({"entity": f.entity, "category": f.category, "part": f.part,
                             "start": f.start, "end": f.end, "score": round(f.score, 2),
                             "value": value if args.unmask else mask(value)})
        evidence = ev.evidence
        attachments = [{"filename": a.filename if args.unmask else mask(a.filename),
                        "content_type": a.content_type, "size": a.size,
                        "status": a.status.value, "detail": a.detail} for a in ev.attachments]
    if args.unmask:
        ctx.audit.record("unmask", actor, id=m.id, what="findings", findings=len(findings),
                         rule=m.rule)
    else:
        ctx.audit.record("view", actor, id=m.id, what="metadata+findings", masked=True)
    info = {**_summary(m), "mail_from": m.mail_from, "rcpts": list(m.rcpts),
            "findings": findings, "evidence": list(evidence), "attachments": attachments}
    if args.json:
        print(json.dumps(info, sort_keys=True, ensure_ascii=False))
        return 0
    rows = [("id", m.id), ("status", m.status.value), ("queue id", m.queue_id),
            ("held", _when(m.held_at) + " UTC"),
            ("expires", "never (held until someone acts)" if m.expires_at is None
             else f"{_when(m.expires_at)} UTC, then {m.expiry_action}"),
            ("from", m.mail_from or "<>"), ("to", ", ".join(m.rcpts)),
            ("rule", m.rule), ("reason", m.reason), ("policy", m.policy_version),
            ("verdict", f"{'PHI' if m.phi else 'no PHI'} score {m.score:.2f}"),
            ("size", f"{m.size} bytes"), ("key id", m.key_id)]
    if m.last_error:
        rows.append(("last error", f"{m.last_error} (attempts {m.attempts})"))
    for k, v in rows:
        print(f"{k + ':':<12} {v}")
    if data_note:
        print(data_note)
    if findings:
        print("findings" + ("" if args.unmask else " (values masked; --unmask to show, audited)")
              + ":")
        for f in findings:
            print(f"  {f['entity']:<14} {f['part']} {f['start']}-{f['end']}  {f['value']}")
    for e in evidence:
        print(f"  why: {e}")
    for a in attachments:
        print(f"  attachment {a['filename']} ({a['content_type']}, {a['size']} bytes): "
              f"{a['status']} {a['detail']}")
    return 0


async def _deliver_now(ctx: _Ctx, msg_id: str, *, notice: bool = False) -> Any:
    svc = ctx.service()
    try:
        if notice:
            return await svc.attempt_notice(msg_id)
        return await svc.attempt_release(msg_id, include_encrypted=False)
    finally:
        await svc.router.close()


def release_cmd(args: argparse.Namespace, ctx: _Ctx) -> int:
    from gateway.quarantine.service import AttemptResult, ReleaseOutcome
    from gateway.quarantine.store import QuarantineStatus

    actor = actor_name(args)

    async def queue() -> ReleaseOutcome:
        svc = ctx.service()
        try:
            outcome: ReleaseOutcome = await svc.release(args.id, actor, encrypt=args.encrypt)
            return outcome
        finally:
            await svc.router.close()

    outcome = asyncio.run(queue())
    if outcome is ReleaseOutcome.ALREADY_RELEASED:
        print(f"{args.id}: {outcome.message}")
        return 0
    if ctx.gateway_running():
        print(f"{args.id}: {outcome.message}; the running gateway delivers it")
        return 0
    if outcome is ReleaseOutcome.ALREADY_RELEASING:
        print(f"{args.id}: already queued for release; no gateway is running, delivering now")
    if ctx.store.get(args.id).release_encrypt:
        print(f"{args.id}: queued for encrypted release; it is delivered when the gateway "
              "runs (the encryption provider comes from the running policy)")
        return 0
    attempt = asyncio.run(_deliver_now(ctx, args.id))
    m = ctx.store.get(args.id)
    if attempt.result is AttemptResult.DELIVERED:
        print(f"{args.id}: released: delivered to {attempt.delivered} recipient(s)"
              + (f", {attempt.failed} refused ({attempt.error})" if attempt.failed else ""))
        return 0
    if attempt.result is AttemptResult.RETRY:
        print(f"{args.id}: next hop unavailable ({attempt.error}); the release stays queued and "
              "is retried by the gateway (or run this command again)")
        return 3
    if m.status is QuarantineStatus.RELEASED:
        print(f"{args.id}: released")
        return 0
    print(f"{args.id}: release failed ({attempt.error or m.last_error}); the message is "
          f"{m.status.value} again")
    return 1


def reject_cmd(args: argparse.Namespace, ctx: _Ctx) -> int:
    actor = actor_name(args)
    if args.note:
        print(NOTE_WARNING, file=sys.stderr)

    async def go() -> bool:
        svc = ctx.service()
        try:
            changed: bool = await svc.reject(args.id, actor, args.note)
            return changed
        finally:
            await svc.router.close()

    if not asyncio.run(go()):
        print(f"{args.id}: already rejected; nothing to do")
        return 0
    m = ctx.store.get(args.id)
    if not m.notice_pending:
        print(f"{args.id}: rejected (null sender: no notice)")
        return 0
    if ctx.gateway_running():
        print(f"{args.id}: rejected; the running gateway sends the notice to the sender")
        return 0
    sent = asyncio.run(_deliver_now(ctx, args.id, notice=True))
    print(f"{args.id}: rejected; notice to the sender "
          + ("sent" if sent else "queued (next hop unavailable; the gateway retries)"))
    return 0


def delete_cmd(args: argparse.Namespace, ctx: _Ctx) -> int:
    actor = actor_name(args)

    async def go() -> bool:
        svc = ctx.service()
        try:
            changed: bool = await svc.delete(args.id, actor)
            return changed
        finally:
            await svc.router.close()

    print(f"{args.id}: " + ("deleted" if asyncio.run(go()) else "already deleted"))
    return 0


def purge_cmd(args: argparse.Namespace, ctx: _Ctx) -> int:
    actor = actor_name(args)

    async def go() -> int:
        svc = ctx.service()
        try:
            n: int = await svc.purge(args.older_than * 86400.0, actor)
            return n
        finally:
            await svc.router.close()

    print(f"purged the data of {asyncio.run(go())} finished message(s)")
    return 0


def rotate_cmd(args: argparse.Namespace, ctx: _Ctx) -> int:
    from gateway.quarantine.keys import append_key
    from gateway.quarantine.runtime import KEY_NAME

    qc = ctx.config.quarantine
    if qc.key_env and os.environ.get(qc.key_env):
        print(f"phigate: keys come from ${qc.key_env}: append '<new-id> <base64 32 bytes>' "
              "there (the last entry is current) and restart", file=sys.stderr)
        return 2
    path = qc.key_file or ctx.config.state_dir / KEY_NAME
    old = ctx.store.keys.current
    new = append_key(path)
    ctx.store.keys.reload()
    count = 0
    if args.reencrypt:
        for msg_id in ctx.store.ids():
            count += int(ctx.store.rekey(msg_id))
    ctx.audit.record("key_rotate", actor_name(args), key_id=new, old_key_id=old,
                     reencrypted=count)
    print(f"new current key {new} (previous {old} kept for reading)"
          + (f"; re-encrypted {count} message(s)" if args.reencrypt else ""))
    print("a running gateway switches to the new key within a few seconds")
    return 0
