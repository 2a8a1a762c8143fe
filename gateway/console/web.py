"""The review console as an aiohttp application.

Request path: security headers (every response) -> session lookup (server-side row; disabled
users and idle sessions are gone) -> CSRF check on every POST (synchronizer token per session,
403 without it) -> the handler, which checks the role matrix (:mod:`gateway.console.roles`).

Every view of a held message and every action on one writes an audit record with the
username as actor. Nothing here logs message content; the log lines carry ids and counts.
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import logging
import re
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from aiohttp import web

from gateway.audit.log import AuditLog, register_kind
from gateway.config import GatewayConfig
from gateway.console import render
from gateway.console.roles import Perm, Role, allowed
from gateway.console.users import Expired, Session, Stage, User, UserError, UserStore, totp_uri
from gateway.logs import domain_of
from gateway.quarantine.store import Evidence, QuarantineError, QuarantineStatus, QuarantineStore

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
ACTIONS = ("release", "release_encrypted", "reject", "delete")
STATUSES = ("held", "releasing", "released", "rejected", "deleted", "expired")
AGES: dict[str, tuple[float | None, float | None]] = {  # key -> (min age, max age) seconds
    "1h": (None, 3600.0),
    "24h": (None, 86400.0),
    "gt24h": (86400.0, None),
    "gt3d": (3 * 86400.0, None),
}
MAX_NOTE = 500

# Console record kinds the audit module does not define itself.
register_kind("login_throttled", {"user"})
register_kind("mfa_enrol", {"user"})
register_kind("digest", {"user"})

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Page = Callable[[web.Request, Session, User], Awaitable[web.StreamResponse]]

K_CONSOLE: web.AppKey[Console] = web.AppKey("console")
K_SESSION: web.RequestKey[Session | None] = web.RequestKey("session", Session)
K_USER: web.RequestKey[User | None] = web.RequestKey("user", User)
K_EXPIRED: web.RequestKey[bool] = web.RequestKey("expired", bool)


@dataclass
class Console:
    """What the web layer needs; the gateway or ``phigate console`` builds it."""

    config: GatewayConfig
    users: UserStore
    audit: AuditLog
    store: QuarantineStore | None = None
    service: Any = None  # gateway.quarantine.service.QuarantineService
    idle_timeout: float | None = None  # seconds; default from config (tests shorten it)
    env: jinja2.Environment = field(init=False)

    def __post_init__(self) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["ts"] = lambda t: (
            time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else "\u2014")
        self.env.filters["age"] = lambda t: render.human_age(time.time() - t) if t else "\u2014"
        self.env.filters["domain"] = domain_of
        self.env.globals["allowed"] = allowed
        self.env.globals["Perm"] = Perm

    @property
    def idle(self) -> float:
        if self.idle_timeout is not None:
            return self.idle_timeout
        return self.config.console.idle_timeout_minutes * 60

    @property
    def max_age(self) -> float:
        return self.config.console.session_max_hours * 3600

    @property
    def cookie(self) -> str:
        # __Host- cookies must be Secure, Path=/ and carry no Domain: only over TLS.
        return "__Host-phigate" if self.config.console.tls else "phigate_session"

    async def record(self, kind: str, actor: str, **fields: Any) -> None:
        await asyncio.to_thread(self.audit.record, kind, actor, **fields)


# --------------------------------------------------------------------------- helpers


def _console(request: web.Request) -> Console:
    return request.app[K_CONSOLE]


def _posted_session(request: web.Request) -> Session:
    """The session of a POST: csrf_mw has already refused a POST without one."""
    sess = request[K_SESSION]
    if sess is None:
        raise redirect("/login?expired=1")
    return sess


def _ip(request: web.Request) -> str:
    return request.remote or "-"


def page_response(request: web.Request, template: str, status: int = 200,
                  **ctx: Any) -> web.Response:
    c = _console(request)
    sess: Session | None = request.get(K_SESSION)
    user: User | None = request.get(K_USER)
    text = c.env.get_template(template).render(
        csrf=sess.csrf if sess else "", user=user if sess and sess.stage is Stage.OK else None,
        request_path=request.path, **ctx)
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def redirect(location: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(location)


def set_cookie(request: web.Request, response: web.StreamResponse, token: str) -> None:
    c = _console(request)
    response.set_cookie(c.cookie, token, httponly=True, samesite="Strict",
                        secure=c.config.console.tls, path="/")


def page(perm: Perm | None = None) -> Callable[[Page], Handler]:
    """A handler for a logged-in user (stage OK) holding ``perm``."""

    def deco(fn: Page) -> Handler:
        @functools.wraps(fn)
        async def wrapper(request: web.Request) -> web.StreamResponse:
            sess: Session | None = request.get(K_SESSION)
            user: User | None = request.get(K_USER)
            if sess is None or user is None:
                raise redirect("/login?expired=1" if request.get(K_EXPIRED) else "/login")
            if sess.stage is Stage.TOTP:
                raise redirect("/login/totp")
            if sess.stage is Stage.ENROL:
                raise redirect("/enrol")
            if sess.stage is not Stage.OK:
                raise redirect("/login")
            if perm is not None and not allowed(user.role, perm):
                log.warning("console: %s (%s) refused %s %s", user.name, user.role.value,
                            request.method, request.path)
                return page_response(request, "error.html", status=403,
                                     title="Not allowed",
                                     message="Your role does not allow this.")
            return await fn(request, sess, user)

        return wrapper

    return deco


# --------------------------------------------------------------------------- middlewares


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    h = response.headers
    h["Content-Security-Policy"] = CSP
    h["X-Content-Type-Options"] = "nosniff"
    h["X-Frame-Options"] = "DENY"
    h["Referrer-Policy"] = "no-referrer"
    h["Cross-Origin-Opener-Policy"] = "same-origin"
    h["Cross-Origin-Resource-Policy"] = "same-origin"
    h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
    if request.path.startswith("/static/"):
        h["Cache-Control"] = "private, max-age=300"
    else:
        h["Cache-Control"] = "no-store"
        h["Pragma"] = "no-cache"
    if _console(request).config.console.tls:
        h["Strict-Transport-Security"] = "max-age=31536000"


@web.middleware
async def session_mw(request: web.Request, handler: Handler) -> web.StreamResponse:
    c = _console(request)
    request[K_SESSION] = None
    request[K_USER] = None
    token = request.cookies.get(c.cookie)
    if token and len(token) < 200:
        found = await asyncio.to_thread(c.users.touch_session, token, idle=c.idle,
                                        max_age=c.max_age)
        if isinstance(found, Expired):
            request[K_EXPIRED] = True
            if found.name is not None and found.reason != "disabled":
                await c.record("session_timeout", found.name, user=found.name,
                               reason=found.reason, ip=_ip(request))
                log.info("console: session of %s ended (%s)", found.name, found.reason)
        elif found is not None:
            request[K_SESSION], request[K_USER] = found
    return await handler(request)


@web.middleware
async def csrf_mw(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return await handler(request)
    sess: Session | None = request[K_SESSION]
    if sess is None:
        # No session (expired, or never had one): nothing can be done; go and log in.
        raise redirect("/login?expired=1")
    form = await request.post()
    token = form.get("csrf") or request.headers.get("X-CSRF-Token") or ""
    if not isinstance(token, str) or not hmac.compare_digest(token.encode(), sess.csrf.encode()):
        log.warning("console: POST %s refused: CSRF token missing or wrong", request.path)
        return page_response(request, "error.html", status=403, title="Form expired",
                             message="The form was missing its security token. "
                                     "Reload the page and try again.")
    return await handler(request)


# --------------------------------------------------------------------------- login


async def login_get(request: web.Request) -> web.StreamResponse:
    c = _console(request)
    sess: Session | None = request[K_SESSION]
    if sess is not None and sess.stage is Stage.OK:
        raise redirect("/")
    token = None
    if sess is None or sess.stage is not Stage.ANON:
        # The login form gets its own (anonymous) session so it can carry a CSRF token.
        token, request[K_SESSION] = await asyncio.to_thread(
            c.users.new_session, name=None, stage=Stage.ANON, ip=_ip(request),
            replaces=sess.token_hash if sess else None)
    resp = page_response(request, "login.html", expired=bool(request.query.get("expired")),
                         no_users=(await asyncio.to_thread(c.users.count)) == 0, error=None)
    if token is not None:
        set_cookie(request, resp, token)
    return resp


async def _throttled(request: web.Request, name: str | None) -> bool:
    c = _console(request)
    cc = c.config.console
    by_user, by_ip = await asyncio.to_thread(
        c.users.failures, name=name, ip=_ip(request), window=cc.login_window_minutes * 60)
    if by_user >= cc.login_max_failures or by_ip >= cc.login_max_failures_per_ip:
        await c.record("login_throttled", "console", user=await _user_label(c, name or ""),
                       ip=_ip(request))
        log.warning("console: login throttled (user failures %d, address failures %d)",
                    by_user, by_ip)
        return True
    return False


async def _user_label(c: Console, name: str) -> str:
    """The account name when it exists; otherwise a pseudonym (people type passwords into the
    user name field, and an attacker's guesses are not worth storing verbatim)."""
    name = name.strip().lower()
    try:
        await asyncio.to_thread(c.users.get, name)
    except KeyError:
        return c.audit.pseudonym(name) if name else "-"
    return name


def _too_many(request: web.Request) -> web.Response:
    return page_response(request, "login.html", status=429, expired=False, no_users=False,
                         error="Too many failed attempts. Wait 15 minutes or ask an admin.")


async def login_post(request: web.Request) -> web.StreamResponse:
    c = _console(request)
    sess = _posted_session(request)
    form = await request.post()
    name = str(form.get("username", "")).strip().lower()[:64]
    password = str(form.get("password", ""))
    if await _throttled(request, name):
        return _too_many(request)
    user = await asyncio.to_thread(c.users.verify_password, name, password) if name else None
    if user is None:
        await asyncio.to_thread(c.users.failure, name=name, ip=_ip(request))
        await c.record("login_failed", "console", user=await _user_label(c, name),
                       ip=_ip(request), mfa=False)
        return page_response(request, "login.html", status=401, expired=False, no_users=False,
                             error="Wrong user name or password.")
    if user.mfa:
        stage = Stage.TOTP
    elif user.role.value in c.config.console.mfa_required_roles:
        stage = Stage.ENROL
    else:
        stage = Stage.OK
    token, _new = await asyncio.to_thread(c.users.new_session, name=user.name, stage=stage,
                                          ip=_ip(request), replaces=sess.token_hash)
    if stage is Stage.OK:
        await asyncio.to_thread(c.users.clear_failures, user.name)
        await c.record("login", user.name, user=user.name, ip=_ip(request), mfa=False)
        log.info("console: %s logged in (no MFA)", user.name)
    resp = redirect({Stage.TOTP: "/login/totp", Stage.ENROL: "/enrol", Stage.OK: "/"}[stage])
    set_cookie(request, resp, token)
    raise resp


async def totp_get(request: web.Request) -> web.StreamResponse:
    sess: Session | None = request[K_SESSION]
    if sess is None or sess.stage is not Stage.TOTP:
        raise redirect("/login")
    return page_response(request, "totp.html", error=None)


async def totp_post(request: web.Request) -> web.StreamResponse:
    c = _console(request)
    sess = _posted_session(request)
    if sess.stage is not Stage.TOTP or sess.name is None:
        raise redirect("/login")
    if await _throttled(request, sess.name):
        await asyncio.to_thread(c.users.end_session, sess.token_hash)
        return _too_many(request)
    form = await request.post()
    code = str(form.get("code", ""))[:16]
    if not await asyncio.to_thread(c.users.verify_totp, sess.name, code):
        await asyncio.to_thread(c.users.failure, name=sess.name, ip=_ip(request))
        await c.record("login_failed", "console", user=sess.name, ip=_ip(request), mfa=True)
        return page_response(request, "totp.html", status=401,
                             error="That code is not right (or was already used).")
    token, _new = await asyncio.to_thread(c.users.new_session, name=sess.name, stage=Stage.OK,
                                          ip=_ip(request), replaces=sess.token_hash)
    await asyncio.to_thread(c.users.clear_failures, sess.name)
    await c.record("login", sess.name, user=sess.name, ip=_ip(request), mfa=True)
    log.info("console: %s logged in", sess.name)
    resp = redirect("/")
    set_cookie(request, resp, token)
    raise resp


async def enrol_get(request: web.Request) -> web.StreamResponse:
    import pyotp

    c = _console(request)
    sess: Session | None = request[K_SESSION]
    if sess is None or sess.stage is not Stage.ENROL or sess.name is None:
        raise redirect("/login")
    # A new secret each time the page is shown: it is displayed once and never again.
    secret = pyotp.random_base32()
    await asyncio.to_thread(c.users.set_pending_secret, sess.token_hash, secret)
    return page_response(request, "enrol.html", secret=secret, uri=totp_uri(sess.name, secret),
                         error=None)


async def enrol_post(request: web.Request) -> web.StreamResponse:
    c = _console(request)
    sess = _posted_session(request)
    if sess.stage is not Stage.ENROL or sess.name is None or not sess.pending_secret:
        raise redirect("/login")
    form = await request.post()
    code = str(form.get("code", ""))[:16]
    ok = await asyncio.to_thread(c.users.verify_totp, sess.name, code,
                                 secret=sess.pending_secret)
    if not ok:
        await asyncio.to_thread(c.users.failure, name=sess.name, ip=_ip(request))
        return page_response(request, "enrol.html", status=401, secret=sess.pending_secret,
                             uri=totp_uri(sess.name, sess.pending_secret),
                             error="That code is not right; check the clock of your device.")
    token, _new = await asyncio.to_thread(c.users.new_session, name=sess.name, stage=Stage.OK,
                                          ip=_ip(request), replaces=sess.token_hash)
    await c.record("mfa_enrol", sess.name, user=sess.name, ip=_ip(request))
    await c.record("login", sess.name, user=sess.name, ip=_ip(request), mfa=True)
    resp = redirect("/")
    set_cookie(request, resp, token)
    raise resp


async def logout_post(request: web.Request) -> web.StreamResponse:
    c = _console(request)
    sess = _posted_session(request)
    await asyncio.to_thread(c.users.end_session, sess.token_hash)
    if sess.name:
        await c.record("logout", sess.name, user=sess.name, ip=_ip(request))
    resp = redirect("/login")
    resp.del_cookie(c.cookie, path="/")
    raise resp


# --------------------------------------------------------------------------- dashboard


@page(Perm.DASHBOARD)
async def dashboard(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    c = _console(request)
    now = time.time()
    lt = time.localtime(now)
    day_start = time.mktime((lt.tm_year, lt.tm_mon, lt.tm_mday, 0, 0, 0, 0, 0, -1))
    week_start = day_start - 6 * 86400
    records = await asyncio.to_thread(c.audit.records, kind="decision", from_ts=week_start)
    today: Counter[str] = Counter()
    week: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    domains: Counter[str] = Counter()
    for r in records:
        # Pipeline decision records: "outcome" is what was done (after any TLS fallback),
        # "action" what the rule asked for; "rule"; "recipient_domains".
        f = r.fields
        acts = _as_list(f.get("outcome", f.get("action", f.get("actions"))))
        for a in acts:
            week[a] += 1
            if r.ts >= day_start:
                today[a] += 1
        if any(a != "deliver" for a in acts):
            for rule in _as_list(f.get("rule", f.get("rules"))):
                rules[rule] += 1
        for d in _as_list(f.get("recipient_domains", f.get("rcpt_domains",
                                                            f.get("recipient_domain")))):
            domains[d] += 1
    held: list[Any] = []
    if c.store is not None:
        held = await asyncio.to_thread(c.store.list, status=QuarantineStatus.HELD,
                                       limit=10_000)
    buckets = render.age_buckets(now - h.held_at for h in held)
    charts = {
        "today": render.bar_chart(sorted(today.items()), title="Today, by action"),
        "week": render.bar_chart(sorted(week.items()), title="Last 7 days, by action"),
        "rules": render.bar_chart(rules.most_common(8), title="Top rules holding mail (7 days)",
                                  color="#b7791f"),
        "domains": render.bar_chart(domains.most_common(8),
                                    title="Top recipient domains (7 days)", color="#2f855a"),
        "ages": render.bar_chart(buckets, title="Held messages by age", color="#c53030"),
    }
    return page_response(request, "dashboard.html", charts=charts, held=len(held),
                         decisions=len(records), today_total=sum(today.values()))


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


# --------------------------------------------------------------------------- queue


def _filters(request: web.Request) -> dict[str, Any]:
    q = request.query
    status = q.get("status", "held")
    out: dict[str, Any] = {}
    if status in STATUSES:
        out["status"] = QuarantineStatus(status)
    for key, arg in (("rule", "rule"), ("reason", "reason"), ("sender", "sender"),
                     ("recipient_domain", "rcpt")):
        value = q.get(arg, "").strip()[:200]
        if value:
            out[key] = value.lower() if key in ("sender", "recipient_domain") else value
    lo, hi = AGES.get(q.get("age", ""), (None, None))
    if lo is not None:
        out["older_than"] = lo
    if hi is not None:
        out["newer_than"] = hi
    return out


@page(Perm.QUEUE_LIST)
async def queue(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    c = _console(request)
    if c.store is None:
        return page_response(request, "error.html", status=503, title="No quarantine",
                             message="The quarantine store is not configured.")
    filters = _filters(request)
    try:
        offset = max(0, int(request.query.get("offset", "0")))
    except ValueError:
        offset = 0
    items = await asyncio.to_thread(c.store.list, limit=100, offset=offset, **filters)
    counts_filters = {k: v for k, v in filters.items() if k != "status"}
    counts = await asyncio.to_thread(c.store.counts, **counts_filters)
    return page_response(
        request, "queue.html", items=items, counts=counts, statuses=STATUSES,
        q={k: request.query.get(k, "") for k in ("status", "rule", "reason", "sender", "rcpt",
                                                  "age")} | {"status": request.query.get(
                                                      "status", "held")},
        offset=offset, now=time.time(), done=request.query.get("done", ""),
        done_n=request.query.get("n", ""), failed_n=request.query.get("failed", ""),
        note_refused=bool(request.query.get("note_refused")),
        can_act=allowed(user.role, Perm.ACT), envelope=allowed(user.role, Perm.ENVELOPE),
        next_qs=urlencode({**{k: v for k, v in request.query.items() if k != "offset"},
                           "offset": offset + 100}),
    )


async def _get_held(c: Console, qid: str) -> Any:
    if c.store is None or not qid.isalnum() or len(qid) > 64:
        raise web.HTTPNotFound()
    try:
        return await asyncio.to_thread(c.store.get, qid)
    except LookupError:
        raise web.HTTPNotFound() from None


async def _message_page(request: web.Request, user: User, *, masked: bool) -> web.Response:
    c = _console(request)
    qid = request.match_info["id"]
    held = await _get_held(c, qid)
    segments: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    evidence_notes: tuple[str, ...] = ()
    nfindings = 0
    if allowed(user.role, Perm.CONTENT):
        assert c.store is not None
        try:
            ev = await asyncio.to_thread(c.store.open_evidence, qid)
        except QuarantineError as exc:
            log.warning("console: evidence of %s unavailable (%s)", qid, exc.__class__.__name__)
            ev = Evidence()
        by_part: dict[str, list[Any]] = {}
        for f in ev.findings:
            by_part.setdefault(f.part, []).append(f)
        nfindings = len(ev.findings)
        for seg in ev.segments:
            fs = by_part.get(seg.part, [])
            segments.append({
                "part": seg.part, "source": seg.source, "format": seg.format,
                "html": render.highlight(seg.text, fs, rule=held.rule, masked=masked),
                "findings": len(fs),
                "entities": sorted({f.entity for f in fs}),
            })
        for att in ev.attachments:
            fs = [f for part, lst in by_part.items()
                  if part == att.path or part.startswith(att.path + "/") for f in lst]
            attachments.append({
                "filename": att.filename, "content_type": att.content_type, "size": att.size,
                "status": str(att.status), "detail": att.detail, "findings": len(fs),
                "entities": sorted(Counter(f.entity for f in fs).items()),
            })
        evidence_notes = tuple(ev.evidence)
        await c.record("unmask" if not masked else "view", user.name, id=qid,
                       what="message", **({"findings": nfindings} if not masked
                                          else {"masked": True}))
        log.info("console: %s %s message %s", user.name, "unmasked" if not masked else "viewed",
                 qid)
    else:
        await c.record("view", user.name, id=qid, what="metadata")
        log.info("console: %s viewed metadata of %s", user.name, qid)
    return page_response(
        request, "message.html", held=held, segments=segments, attachments=attachments,
        evidence=evidence_notes, masked=masked, nfindings=nfindings, now=time.time(),
        can_act=allowed(user.role, Perm.ACT) and str(held.status) == "held",
        envelope=allowed(user.role, Perm.ENVELOPE), content=allowed(user.role, Perm.CONTENT),
        can_unmask=allowed(user.role, Perm.UNMASK),
    )


@page(Perm.QUEUE_LIST)
async def message(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    return await _message_page(request, user, masked=True)


@page(Perm.UNMASK)
async def unmask(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    return await _message_page(request, user, masked=False)


async def _act(c: Console, user: User, qid: str, action: str, note: str | None) -> None:
    if c.service is None:
        raise web.HTTPServiceUnavailable()
    if action == "release":
        await c.service.release(qid, user.name, encrypt=False)
    elif action == "release_encrypted":
        await c.service.release(qid, user.name, encrypt=True)
    elif action == "reject":
        await c.service.reject(qid, user.name, note)
    elif action == "delete":
        await c.service.delete(qid, user.name)
    else:
        raise web.HTTPBadRequest()


# A reviewer's note goes to the sender in clear: refuse what looks like an identifier.
_NOTE_IDENTIFIER = re.compile(
    r"\d{3}-?\d{2}-?\d{4}|\d{6,}|[^\s@]+@[^\s@]+|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


class NoteRefusedError(ValueError):
    pass


def _note(form: Any) -> str | None:
    note = str(form.get("note", "")).strip()[:MAX_NOTE]
    if _NOTE_IDENTIFIER.search(note):
        raise NoteRefusedError("note looks like it contains an identifier")
    return note or None


@page(Perm.ACT)
async def act(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    c = _console(request)
    qid = request.match_info["id"]
    await _get_held(c, qid)
    form = await request.post()
    action = str(form.get("action", ""))
    if action not in ACTIONS:
        raise web.HTTPBadRequest(text="unknown action")
    try:
        note = _note(form)
    except NoteRefusedError:
        raise redirect("/queue?" + urlencode({"note_refused": 1})) from None
    failed = 0
    try:
        await _act(c, user, qid, action, note)
    except QuarantineError as exc:
        failed = 1
        log.warning("console: %s %s on %s failed (%s)", user.name, action, qid,
                    exc.__class__.__name__)
    else:
        log.info("console: %s %s %s", user.name, action, qid)
    raise redirect("/queue?" + urlencode({"done": action, "n": 1 - failed, "failed": failed}))


@page(Perm.ACT)
async def bulk(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    c = _console(request)
    form = await request.post()
    action = str(form.get("action", ""))
    if action not in ACTIONS:
        raise web.HTTPBadRequest(text="unknown action")
    ids = [str(i) for i in form.getall("ids", [])][:500]
    try:
        note = _note(form)
    except NoteRefusedError:
        raise redirect("/queue?" + urlencode({"note_refused": 1})) from None
    done = failed = 0
    for qid in ids:
        try:
            await _get_held(c, qid)
            await _act(c, user, qid, action, note)
            done += 1
        except (QuarantineError, web.HTTPNotFound) as exc:
            failed += 1
            log.warning("console: bulk %s on %s failed (%s)", action, qid,
                        exc.__class__.__name__)
    log.info("console: %s bulk %s: %d done, %d failed", user.name, action, done, failed)
    raise redirect("/queue?" + urlencode({"done": action, "n": done, "failed": failed}))


# --------------------------------------------------------------------------- audit


@page(Perm.AUDIT)
async def audit_page(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    c = _console(request)
    kind = request.query.get("kind", "").strip()[:32] or None
    head_seq, _ = await asyncio.to_thread(c.audit.head)
    records = await asyncio.to_thread(c.audit.records, after=max(0, head_seq - 2000), kind=kind)
    records = list(reversed(records))[:300]
    result = await asyncio.to_thread(c.audit.verify)
    return page_response(request, "audit.html", records=records, verify=result, kind=kind or "")


# --------------------------------------------------------------------------- users


@page(Perm.USERS)
async def users_page(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    c = _console(request)
    users = await asyncio.to_thread(c.users.all)
    return page_response(request, "users.html", users=users, roles=[r.value for r in Role],
                         error=request.query.get("error"), done=request.query.get("done"))


@page(Perm.USERS)
async def users_post(request: web.Request, sess: Session, user: User) -> web.StreamResponse:
    c = _console(request)
    form = await request.post()
    op = str(form.get("op", ""))
    name = str(form.get("name", "")).strip().lower()[:64]
    try:
        if op == "add":
            email = str(form.get("email", "")).strip() or None
            role = str(form.get("role", ""))
            await asyncio.to_thread(c.users.add, name, role, str(form.get("password", "")),
                                    email=email, mfa=False)
            await c.record("user_add", user.name, user=name, role=role)
        elif op == "disable":
            if name == user.name:
                raise UserError("you cannot disable your own account")
            await asyncio.to_thread(c.users.set_disabled, name, True)
            await c.record("user_disable", user.name, user=name)
        elif op == "enable":
            await asyncio.to_thread(c.users.set_disabled, name, False)
            await c.record("user_enable", user.name, user=name)
        elif op == "reset_mfa":
            await asyncio.to_thread(c.users.reset_mfa, name)
            await c.record("mfa_reset", user.name, user=name)
        else:
            raise web.HTTPBadRequest()
    except KeyError:
        raise redirect("/users?" + urlencode({"error": "no such user"})) from None
    except UserError as exc:
        raise redirect("/users?" + urlencode({"error": str(exc)})) from None
    raise redirect("/users?" + urlencode({"done": f"{op} {name}"}))


# --------------------------------------------------------------------------- app


async def _not_found(request: web.Request) -> web.StreamResponse:
    raise web.HTTPNotFound()


def build_app(console: Console) -> web.Application:
    app = web.Application(middlewares=[session_mw, csrf_mw], client_max_size=256 * 1024)
    app[K_CONSOLE] = console
    app.on_response_prepare.append(_headers)
    r = app.router
    r.add_get("/login", login_get)
    r.add_post("/login", login_post)
    r.add_get("/login/totp", totp_get)
    r.add_post("/login/totp", totp_post)
    r.add_get("/enrol", enrol_get)
    r.add_post("/enrol", enrol_post)
    r.add_post("/logout", logout_post)
    r.add_get("/", dashboard)
    r.add_get("/queue", queue)
    r.add_post("/queue/bulk", bulk)
    r.add_get("/q/{id}", message)
    r.add_post("/q/{id}/unmask", unmask)
    r.add_post("/q/{id}/act", act)
    r.add_get("/audit", audit_page)
    r.add_get("/users", users_page)
    r.add_post("/users", users_post)
    r.add_static("/static", HERE / "static", show_index=False, follow_symlinks=False)
    return app
