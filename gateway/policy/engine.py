"""Rule evaluation: message facts + one recipient -> a typed :class:`Decision`. Pure, no I/O.

Rules are tried in order; the first that matches decides, unless it says ``continue: true``
(then its modifiers are kept and evaluation goes on). A rule in monitor mode is recorded as
what it would have done and evaluation goes on as if it had not matched. In a monitor-mode
file every recipient is delivered as if there were no policy, carrying the would-be outcome.
Every rule that fires adds a reason naming the rule and the conditions that held (domains,
entity types, counts; never values).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from gateway.config import TlsMode
from gateway.delivery.capability import TlsCapability
from gateway.policy import model as m
from gateway.policy.decisions import (
    Banner,
    Decision,
    Deliver,
    Encrypt,
    EncryptionRoute,
    Fallback,
    Modifier,
    MonitoredOutcome,
    Notify,
    Quarantine,
    Redact,
    Reject,
    RewriteSubject,
    StripTracking,
    Tag,
)
from gateway.policy.lookalike import lookalike_of


@dataclass(frozen=True, slots=True)
class AttachmentFact:
    filename: str
    content_type: str
    status: str  # ok | encrypted | unreadable | unsupported | bomb | limit


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """What the policy may look at, derived from a scan (built by hand in tests)."""

    phi: bool = False
    score: float = 0.0
    entity_counts: tuple[tuple[str, int], ...] = ()
    found_in: frozenset[str] = frozenset()  # subject | body | attachment | header
    attachments: tuple[AttachmentFact, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    subject: str = ""
    header_recipients: tuple[str, ...] = ()  # To + Cc addresses
    evidence: tuple[str, ...] = ()
    second_opinion: str = ""  # the message classifier: "made_phi", "overruled" or ""

    @property
    def entity_types(self) -> frozenset[str]:
        return frozenset(e for e, _ in self.entity_counts)


@dataclass(frozen=True, slots=True)
class Envelope:
    mail_from: str
    rcpts: tuple[str, ...]


@dataclass(frozen=True)
class LoadedPolicy:
    """A validated policy file plus its version (short sha256 of the file bytes)."""

    model: m.PolicyFile
    version: str
    path: str = "<memory>"
    routes: Mapping[str, EncryptionRoute] = field(default_factory=dict)
    uses_tls_capability: bool = False  # some rule looks at recipient_tls (worth a lookup)

    @classmethod
    def build(cls, model: m.PolicyFile, version: str, path: str = "<memory>") -> LoadedPolicy:
        routes = {}
        for name, p in model.providers.items():
            routes[name] = EncryptionRoute(
                name=name, host=p.host, port=p.port, tls=p.tls,
                ca_file=None if p.ca_file is None else Path(p.ca_file),
                username=p.auth.username if p.auth else None,
                password_file=None if p.auth is None else Path(p.auth.password_file),
                trigger_header=p.trigger.header, trigger_value=p.trigger.value,
                trigger_subject_tag=p.trigger.subject_tag,
            )
        return cls(model=model, version=version, path=path, routes=routes,
                   uses_tls_capability=any(_uses_tls(r.when) for r in model.rules))


def _uses_tls(c: m.Conditions) -> bool:
    return (c.recipient_tls is not None or any(_uses_tls(x) for x in c.any or ())
            or (c.not_ is not None and _uses_tls(c.not_)))


def _in(domain: str, domains: Iterable[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


def _glob(value: str, patterns: Iterable[str]) -> bool:
    v = value.lower()
    for pat in patterns:
        p = pat.lower()
        if p.startswith("@"):
            if v.endswith(p) or _in(v.rpartition("@")[2], [p[1:]]):
                return True
        elif fnmatch.fnmatchcase(v, p):
            return True
    return False


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower().rstrip(".")


class Context:
    """One recipient's view of the message, with the named lists resolved at ``today``."""

    def __init__(self, policy: LoadedPolicy, facts: MessageFacts, envelope: Envelope,
                 rcpt: str, *, today: dt.date, tls: TlsCapability) -> None:
        self.policy = policy
        self.facts = facts
        self.envelope = envelope
        self.rcpt = rcpt.lower()
        self.domain = domain_of(rcpt)
        self.sender = envelope.mail_from.lower()
        self.sender_domain = domain_of(envelope.mail_from) if envelope.mail_from else ""
        self.tls = tls
        lists = policy.model.lists
        self.valid_partner = [p for p in lists.partners if p.baa_expires >= today]
        self.expired_partner = [p for p in lists.partners if p.baa_expires < today]
        self._lookalike: str | None = None
        self._lookalike_done = False

    def partner_of(self, partners: list[m.Partner]) -> m.Partner | None:
        for p in partners:
            if _in(self.domain, p.domains):
                return p
        return None

    @property
    def lookalike(self) -> str | None:
        if not self._lookalike_done:
            self._lookalike_done = True
            lists = self.policy.model.lists
            trusted = list(lists.internal_domains)
            for p in lists.partners:
                trusted.extend(p.domains)
            if _in(self.domain, trusted):
                self._lookalike = None
            else:
                cfg = self.policy.model.lookalike
                self._lookalike = lookalike_of(self.domain, trusted, cfg.max_distance,
                                               cfg.min_length)
        return self._lookalike

    def in_list(self, name: str) -> str | None:
        """A short explanation when the recipient is in the named list, else None."""
        lists = self.policy.model.lists
        if name == "internal":
            return "recipient domain is internal" if _in(self.domain, lists.internal_domains) \
                else None
        if name == "partner":
            p = self.partner_of(self.valid_partner)
            return f"recipient is business associate {p.name} (BAA valid to {p.baa_expires})" \
                if p else None
        if name == "partner_expired":
            if self.partner_of(self.valid_partner):
                return None
            p = self.partner_of(self.expired_partner)
            return f"recipient is business associate {p.name} whose BAA expired " \
                f"{p.baa_expires}" if p else None
        if name == "webmail":
            return f"recipient domain {self.domain} is personal webmail" \
                if _in(self.domain, lists.webmail_domains) else None
        if name == "external":
            return f"recipient domain {self.domain} is external" \
                if not _in(self.domain, lists.internal_domains) else None
        if name == "encryption":
            return f"recipient domain {self.domain} is an encryption portal" \
                if _in(self.domain, lists.encryption_domains) else None
        if name == "lookalike":
            t = self.lookalike
            return f"recipient domain {self.domain} looks like {t}" if t else None
        domains = lists.domains.get(name, [])
        return f"recipient domain {self.domain} is in list {name}" \
            if _in(self.domain, domains) else None


def _header_values(facts: MessageFacts, name: str) -> list[str]:
    n = name.lower()
    return [v for k, v in facts.headers if k.lower() == n]


def _attachment_type_match(att: AttachmentFact, patterns: list[str]) -> bool:
    fn = att.filename.lower()
    ct = att.content_type.lower()
    for pat in patterns:
        p = pat.lower()
        if p.startswith("."):
            if fn.endswith(p):
                return True
        elif "/" in p:
            if fnmatch.fnmatchcase(ct, p):
                return True
        elif fn.endswith("." + p):
            return True
    return False


def recipient_count(facts: MessageFacts, envelope: Envelope) -> int:
    """Envelope recipients plus the To/Cc header addresses (the edge splits by domain)."""
    return len({a.lower() for a in (*envelope.rcpts, *facts.header_recipients) if "@" in a})


def _message_fails(c: m.Conditions, f: MessageFacts) -> bool:
    """A condition on the message alone (verdict, score, entity types) that fails: then the
    rule cannot match, whatever the recipient. Checked before the recipient's list lookups,
    which are the costly part; :func:`match` re-checks them in order for its explanations."""
    return ((c.phi is not None and f.phi != c.phi)
            or (c.score_at_least is not None and not f.score >= c.score_at_least)
            or (c.score_below is not None and not f.score < c.score_below)
            or (c.entities is not None and f.entity_types.isdisjoint(c.entities))
            or (c.entities_all is not None and not set(c.entities_all) <= f.entity_types)
            or (c.found_in is not None and f.found_in.isdisjoint(c.found_in)))


def match(c: m.Conditions, ctx: Context) -> list[str] | None:
    """The explanations of the conditions that held, or None if any condition failed."""
    f = ctx.facts
    if _message_fails(c, f):
        return None
    why: list[str] = []

    def need(ok: bool, text: str) -> bool:
        if ok:
            why.append(text)
        return ok

    if c.sender is not None and not need(_glob(ctx.sender, c.sender), "sender matches"):
        return None
    if c.sender_domain is not None and not need(
            _in(ctx.sender_domain, c.sender_domain) or _glob(ctx.sender_domain, c.sender_domain),
            f"sender domain {ctx.sender_domain}"):
        return None
    if c.sender_group is not None:
        groups = ctx.policy.model.lists.sender_groups
        hit = [g for g in c.sender_group if _glob(ctx.sender, groups.get(g, []))]
        if not need(bool(hit), f"sender in group {', '.join(hit)}"):
            return None
    if c.recipient is not None and not need(_glob(ctx.rcpt, c.recipient), "recipient matches"):
        return None
    if c.recipient_domain is not None and not need(
            _in(ctx.domain, c.recipient_domain) or _glob(ctx.domain, c.recipient_domain),
            f"recipient domain {ctx.domain}"):
        return None
    if c.recipient_in is not None:
        hits = [e for e in (ctx.in_list(n) for n in c.recipient_in) if e]
        if not hits:
            return None
        why.append(hits[0])
    if c.recipient_not_in is not None:
        if any(ctx.in_list(n) for n in c.recipient_not_in):
            return None
        why.append(f"recipient not in {', '.join(c.recipient_not_in)}")
    if c.recipient_tls is not None and not need(
            ctx.tls in c.recipient_tls, f"recipient TLS capability {ctx.tls.value}"):
        return None
    if c.lookalike is not None:
        t = ctx.lookalike
        if bool(t) != c.lookalike:
            return None
        why.append(f"recipient domain {ctx.domain} looks like {t}" if t
                   else "recipient domain is no look-alike")
    if c.phi is not None and not need(f.phi == c.phi, "PHI detected" if f.phi else "no PHI"):
        return None
    if c.score_at_least is not None and not need(
            f.score >= c.score_at_least, f"score {f.score:.2f} >= {c.score_at_least}"):
        return None
    if c.score_below is not None and not need(
            f.score < c.score_below, f"score {f.score:.2f} < {c.score_below}"):
        return None
    if c.entities is not None:
        hit = sorted(f.entity_types & set(c.entities))
        if not need(bool(hit), f"entities {', '.join(hit)}"):
            return None
    if c.entities_all is not None and not need(
            set(c.entities_all) <= f.entity_types, f"entities {', '.join(c.entities_all)}"):
        return None
    if c.found_in is not None:
        hit = sorted(f.found_in & set(c.found_in))
        if not need(bool(hit), f"PHI found in {', '.join(hit)}"):
            return None
    if c.attachment_types is not None:
        n = sum(1 for a in f.attachments if _attachment_type_match(a, c.attachment_types))
        if not need(n > 0, f"{n} attachment(s) of type {', '.join(c.attachment_types)}"):
            return None
    if c.attachment_status is not None:
        hit = sorted({a.status for a in f.attachments} & set(c.attachment_status))
        if not need(bool(hit), f"attachment {', '.join(hit)}"):
            return None
    if c.recipients_at_least is not None:
        n = recipient_count(f, ctx.envelope)
        if not need(n >= c.recipients_at_least, f"{n} recipients"):
            return None
    for h in c.header or ():
        values = _header_values(f, h.name)
        ok = True
        if h.present is not None:
            ok = bool(values) == h.present
        if ok and h.equals is not None:
            ok = any(v.strip().lower() == h.equals.lower() for v in values)
        if ok and h.contains is not None:
            ok = any(h.contains.lower() in v.lower() for v in values)
        if ok and h.matches is not None:
            rx = re.compile(h.matches, re.IGNORECASE)
            ok = any(rx.search(v) for v in values)
        if not need(ok, f"header {h.name}"):
            return None
    if c.subject_tag is not None:
        subj = f.subject.lower()
        hit = [t for t in c.subject_tag if t.lower() in subj]
        if not need(bool(hit), f"subject tag {hit[0] if hit else ''}"):
            return None
    if c.any is not None:
        for sub in c.any:
            r = match(sub, ctx)
            if r is not None:
                why.extend(r)
                break
        else:
            return None
    if c.not_ is not None:
        if match(c.not_, ctx) is not None:
            return None
        why.append("negated condition held")
    return why


def build_modifiers(spec: m.Modifiers) -> list[Modifier]:
    out: list[Modifier] = []
    if spec.redact is not None:
        out.append(Redact(tuple(spec.redact.entities)))
    if spec.rewrite_subject is not None:
        out.append(RewriteSubject(spec.rewrite_subject.subject))
    if spec.strip_tracking:
        hosts = spec.strip_tracking.hosts if isinstance(spec.strip_tracking,
                                                        m.StripTrackingSpec) else []
        out.append(StripTracking(tuple(h.lower() for h in hosts)))
    if spec.banner is not None:
        out.append(Banner(spec.banner.text))
    if spec.notify is not None:
        out.append(Notify(spec.notify.sender, spec.notify.officer, spec.notify.text))
    if spec.tag:
        out.append(Tag())
    return out


def _merge(first: list[Modifier], more: list[Modifier]) -> tuple[Modifier, ...]:
    """One modifier of each kind; an earlier rule's wins."""
    seen: dict[str, Modifier] = {}
    for mod in (*first, *more):
        seen.setdefault(mod.name, mod)
    return tuple(seen.values())


def _fallback(policy: LoadedPolicy, a: m.EncryptAction | m.QuarantineAction, rule: str,
              reasons: tuple[str, ...], mods: tuple[Modifier, ...]) -> Fallback:
    if isinstance(a, m.EncryptAction):
        return Encrypt(policy.routes[a.provider], mods, rule, reasons)
    return Quarantine(a.reason, None if a.expiry is None else m.parse_duration(a.expiry),
                      a.expiry_action, mods, rule, reasons)


def _decide(policy: LoadedPolicy, action: m.DeliverAction | m.EncryptAction | m.QuarantineAction
            | m.RejectAction, *, rule: str, reasons: tuple[str, ...],
            mods: tuple[Modifier, ...], facts: MessageFacts) -> Decision:
    if isinstance(action, m.RejectAction):
        return Reject(action.text, action.code, action.enhanced, mods, rule, reasons)
    if isinstance(action, m.EncryptAction | m.QuarantineAction):
        return _fallback(policy, action, rule, reasons, mods)
    return _deliver(policy, action.tls, action.fallback, rule=rule, reasons=reasons, mods=mods,
                    facts=facts, phi_floor=action.phi_floor)


def _deliver(policy: LoadedPolicy, tls: TlsMode | None,
             fallback: m.EncryptAction | m.QuarantineAction | None, *, rule: str,
             reasons: tuple[str, ...], mods: tuple[Modifier, ...],
             facts: MessageFacts, phi_floor: bool = True) -> Deliver:
    if facts.phi:
        floor = policy.model.phi_min_tls
        if phi_floor and (tls is None or tls.rank < floor.rank):
            tls = floor
            reasons = (*reasons, f"PHI: TLS at least {floor.value}")
        if fallback is None:
            fallback = policy.model.tls_fallback
    fb = None
    if fallback is not None:
        fb_reasons = (*reasons, "no channel met the TLS requirement")
        fb = _fallback(policy, fallback, rule, fb_reasons, mods)
    return Deliver(tls, mods, fb, rule, reasons)


def evaluate(policy: LoadedPolicy, facts: MessageFacts, envelope: Envelope, rcpt: str, *,
             today: dt.date, tls: TlsCapability = TlsCapability.UNKNOWN) -> Decision:
    """The decision for one recipient."""
    ctx = Context(policy, facts, envelope, rcpt, today=today, tls=tls)
    file_monitor = policy.model.mode is m.Mode.MONITOR
    mods: list[Modifier] = []
    reasons: list[str] = []
    monitored: list[MonitoredOutcome] = []
    decision: Decision | None = None
    for rule in policy.model.rules:
        why = match(rule.when, ctx)
        if why is None:
            continue
        reason = f"{rule.name}: {rule.description}" + (f" ({'; '.join(why)})" if why else "")
        rule_mods = build_modifiers(rule.modifiers)
        if rule.mode is m.Mode.MONITOR and not file_monitor:
            monitored.append(MonitoredOutcome(
                rule.name, rule.action.type if rule.action else "continue",
                tuple(x.name for x in rule_mods), (reason,)))
            continue
        reasons.append(reason)
        if rule.continue_:
            mods.extend(rule_mods)
            continue
        assert rule.action is not None
        decision = _decide(policy, rule.action, rule=rule.name, reasons=tuple(reasons),
                           mods=_merge(mods, rule_mods), facts=facts)
        break
    if decision is None:
        reasons.append("no rule decided: delivered")
        decision = _deliver(policy, None, None, rule="default", reasons=tuple(reasons),
                            mods=_merge(mods, []), facts=facts)
    if file_monitor:
        would = MonitoredOutcome(decision.rule, decision.action,
                                 tuple(x.name for x in decision.modifiers), decision.reasons)
        return Deliver(None, (), None, decision.rule,
                       ("monitor mode: delivered as if there were no policy",),
                       (*monitored, would))
    if monitored:
        decision = replace(decision, monitored=tuple(monitored))
    return decision


def evaluate_all(policy: LoadedPolicy, facts: MessageFacts, envelope: Envelope,
                 today: dt.date, tls: Mapping[str, TlsCapability] | None = None,
                 ) -> dict[str, Decision]:
    caps = tls or {}
    return {r: evaluate(policy, facts, envelope, r, today=today,
                        tls=caps.get(domain_of(r), TlsCapability.UNKNOWN))
            for r in envelope.rcpts}

