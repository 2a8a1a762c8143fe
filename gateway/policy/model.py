"""The policy file's typed model (``policies/*.yaml``) and its JSON Schema.

A policy is named lists, encryption providers, notification settings and an ordered list of
rules. Each rule has a name, a description, conditions (``when``), an action and modifiers.
Semantic checks that span the file (a rule naming an unknown provider or list) are done in
:func:`semantic_errors`, which returns key paths so the loader can report line numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gateway.config import TlsMode
from gateway.delivery.capability import TlsCapability
from gateway.mailboxes import CONSUMER_MAIL_DOMAINS


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


DEFAULT_WEBMAIL: tuple[str, ...] = CONSUMER_MAIL_DOMAINS

# Names recipient_in / recipient_not_in understand besides the policy's own domain lists.
BUILTIN_LISTS: tuple[str, ...] = (
    "internal", "partner", "partner_expired", "webmail", "external", "lookalike", "encryption",
)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(value: str | float | int) -> float:
    """``"14d"``, ``"12h"``, ``"30m"``, ``"90s"`` or a number of seconds."""
    if isinstance(value, int | float):
        if value <= 0:
            raise ValueError("duration must be positive")
        return float(value)
    m = _DURATION.match(value)
    if not m:
        raise ValueError(f"bad duration {value!r}: use e.g. 14d, 12h, 30m")
    seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds <= 0:
        raise ValueError("duration must be positive")
    return seconds


def _domains(values: list[str]) -> list[str]:
    out = []
    for v in values:
        d = v.strip().lower().rstrip(".")
        if not d or "@" in d or " " in d:
            raise ValueError(f"{v!r} is not a domain (e.g. example.org)")
        out.append(d)
    return out


class Mode(StrEnum):
    ENFORCE = "enforce"
    MONITOR = "monitor"


class Partner(_Model):
    """A business associate: PHI may go to its domains while the BAA is in force."""

    name: str
    domains: list[str] = Field(min_length=1)
    baa_expires: dt.date = Field(description="last day the BAA is in force (YYYY-MM-DD)")
    contact: str | None = None

    _dom = field_validator("domains")(classmethod(lambda cls, v: _domains(v)))


class Lists(_Model):
    internal_domains: list[str] = Field(default_factory=list)
    partners: list[Partner] = Field(default_factory=list)
    webmail_domains: list[str] = Field(default_factory=lambda: list(DEFAULT_WEBMAIL))
    encryption_domains: list[str] = Field(
        default_factory=list, description="domains of encryption portals (always TLS)")
    domains: dict[str, list[str]] = Field(
        default_factory=dict, description="custom named domain lists for recipient_in")
    sender_groups: dict[str, list[str]] = Field(
        default_factory=dict,
        description="named groups of senders: addresses, '@domain' or shell patterns")

    _dom = field_validator("internal_domains", "webmail_domains", "encryption_domains")(
        classmethod(lambda cls, v: _domains(v)))

    @field_validator("domains")
    @classmethod
    def _named(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for name in v:
            if name in BUILTIN_LISTS:
                raise ValueError(f"list name {name!r} is reserved (built-in list)")
        return {k: _domains(d) for k, d in v.items()}


class ProviderAuth(_Model):
    username: str
    password_file: str


class Trigger(_Model):
    """How the provider knows to encrypt: a header (``X-Encrypt: yes``) or a subject tag."""

    header: str | None = None
    value: str = "yes"
    subject_tag: str | None = None

    @model_validator(mode="after")
    def _one(self) -> Trigger:
        if (self.header is None) == (self.subject_tag is None):
            raise ValueError("give exactly one of header or subject_tag")
        if self.header is not None and not re.fullmatch(r"[A-Za-z0-9-]+", self.header):
            raise ValueError("header must be a header name such as X-Encrypt")
        return self


class Provider(_Model):
    """An encryption gateway/portal reached over SMTP."""

    host: str
    port: int = Field(25, ge=1, le=65535)
    tls: TlsMode = TlsMode.REQUIRED
    ca_file: str | None = None
    auth: ProviderAuth | None = None
    trigger: Trigger = Trigger(header="X-Encrypt")

    @field_validator("tls")
    @classmethod
    def _tls(cls, v: TlsMode) -> TlsMode:
        if v in (TlsMode.NONE, TlsMode.OPPORTUNISTIC):
            raise ValueError("an encryption provider needs tls: required or verify")
        return v


class NotifySettings(_Model):
    officer: str | None = None
    from_: str | None = Field(None, alias="from")

    @field_validator("officer", "from_")
    @classmethod
    def _addr(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+", v):
            raise ValueError(f"{v!r} is not an address")
        return v


class HeaderMatch(_Model):
    name: str
    present: bool | None = None
    equals: str | None = None
    contains: str | None = None
    matches: str | None = Field(None, description="regular expression (search, ignore case)")

    @field_validator("matches")
    @classmethod
    def _re(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"bad regular expression: {exc}") from None
        return v


Where = Literal["subject", "body", "attachment", "header"]
AttStatus = Literal["encrypted", "unreadable", "unsupported", "bomb", "limit"]


class Conditions(_Model):
    """Every condition given must hold (AND). Use ``any`` for OR and ``not`` for negation."""

    sender: list[str] | None = Field(None, description="addresses or shell patterns")
    sender_domain: list[str] | None = None
    sender_group: list[str] | None = None
    recipient: list[str] | None = Field(None, description="addresses or shell patterns")
    recipient_domain: list[str] | None = Field(None, description="domains or shell patterns")
    recipient_in: list[str] | None = Field(
        None, description="internal, partner, partner_expired, webmail, external, lookalike, "
        "encryption, or a name under lists.domains")
    recipient_not_in: list[str] | None = None
    recipient_tls: list[TlsCapability] | None = None
    lookalike: bool | None = Field(
        None, description="recipient domain imitates an internal or partner domain")
    phi: bool | None = None
    score_at_least: float | None = Field(None, ge=0, le=1)
    score_below: float | None = Field(None, ge=0, le=1)
    entities: list[str] | None = Field(None, description="any of these entity types found")
    entities_all: list[str] | None = None
    found_in: list[Where] | None = None
    attachment_types: list[str] | None = Field(
        None, description="extensions (.pdf) or content types (application/pdf, image/*)")
    attachment_status: list[AttStatus] | None = None
    recipients_at_least: int | None = Field(
        None, ge=1, description="envelope + To/Cc header addresses (bulk mail)")
    header: list[HeaderMatch] | None = None
    subject_tag: list[str] | None = Field(None, description="case-insensitive text in the subject")
    any: list[Conditions] | None = None
    not_: Conditions | None = Field(None, alias="not")

    _lower = field_validator("sender_domain", "recipient_domain")(
        classmethod(lambda cls, v: None if v is None else [d.lower() for d in v]))


class EncryptAction(_Model):
    type: Literal["encrypt"]
    provider: str


class QuarantineAction(_Model):
    type: Literal["quarantine"]
    reason: str = Field(min_length=1)
    expiry: str | float | None = "14d"
    expiry_action: Literal["delete", "release", "reject"] = "delete"

    @field_validator("expiry")
    @classmethod
    def _exp(cls, v: str | float | None) -> str | float | None:
        if v is not None:
            parse_duration(v)
        return v


class DeliverAction(_Model):
    type: Literal["deliver"]
    tls: TlsMode | None = None
    phi_floor: bool = Field(
        True, description="false: phi_min_tls does not lift this rule's tls (e.g. internal mail "
        "handed to a local MTA that enforces TLS itself)")
    fallback: Annotated[EncryptAction | QuarantineAction, Field(discriminator="type")] | None = None


class RejectAction(_Model):
    type: Literal["reject"]
    text: str = Field(min_length=1, description="sender-facing: say what to do")
    code: int = Field(550, ge=500, le=599)
    enhanced: str = Field("5.7.1", pattern=r"^5\.\d{1,3}\.\d{1,3}$")

    @field_validator("text")
    @classmethod
    def _one_line(cls, v: str) -> str:
        if "\r" in v or "\n" in v:
            raise ValueError("the reply text must be one line")
        return v


Action = Annotated[
    DeliverAction | EncryptAction | QuarantineAction | RejectAction, Field(discriminator="type")
]


class RewriteSubjectSpec(_Model):
    subject: str = "Secure message"


class RedactSpec(_Model):
    entities: list[str] = Field(default_factory=list, description="empty: every entity type")


class StripTrackingSpec(_Model):
    hosts: list[str] = Field(default_factory=list)


class BannerSpec(_Model):
    text: str = Field(min_length=1)


class NotifySpec(_Model):
    sender: bool = True
    officer: bool = False
    text: str = ""


class Modifiers(_Model):
    rewrite_subject: RewriteSubjectSpec | None = None
    redact: RedactSpec | None = None
    strip_tracking: bool | StripTrackingSpec = False
    banner: BannerSpec | None = None
    notify: NotifySpec | None = None
    tag: bool = False


class Rule(_Model):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    description: str = Field(min_length=1)
    mode: Mode | None = Field(None, description="monitor: log/audit only (default: the file's)")
    when: Conditions = Field(default_factory=Conditions)
    action: Action | None = None
    modifiers: Modifiers = Field(default_factory=Modifiers)
    continue_: bool = Field(False, alias="continue",
                            description="keep evaluating later rules (modifiers only)")

    @model_validator(mode="after")
    def _shape(self) -> Rule:
        if self.continue_ and self.action is not None:
            raise ValueError("a rule with continue: true adds modifiers only; drop its action")
        if not self.continue_ and self.action is None:
            raise ValueError("a rule needs an action (or continue: true)")
        return self


class Lookalike(_Model):
    max_distance: int = Field(1, ge=0, le=3)
    min_length: int = Field(5, ge=1, description="shorter domains are not compared")


class PolicyFile(_Model):
    """A phigate policy file."""

    version: Literal[1] = 1
    name: str = "policy"
    mode: Mode = Mode.ENFORCE
    phi_min_tls: TlsMode = Field(
        TlsMode.VERIFY, description="minimum TLS for a PHI message that is delivered")
    tls_fallback: Annotated[EncryptAction | QuarantineAction, Field(discriminator="type")] = (
        QuarantineAction(type="quarantine", reason="no secure channel to recipient"))
    lists: Lists = Field(default_factory=Lists)
    providers: dict[str, Provider] = Field(default_factory=dict)
    notify: NotifySettings = Field(default_factory=NotifySettings)
    lookalike: Lookalike = Field(default_factory=Lookalike)
    rules: list[Rule] = Field(default_factory=list)


def semantic_errors(p: PolicyFile) -> list[tuple[tuple[str | int, ...], str]]:
    """Cross-references the field validators cannot see: (key path, message)."""
    errs: list[tuple[tuple[str | int, ...], str]] = []
    lists = set(BUILTIN_LISTS) | set(p.lists.domains)

    def check_action(a: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(a, EncryptAction) and a.provider not in p.providers:
            errs.append(((*path, "provider"),
                         f"unknown provider {a.provider!r} (define it under providers:)"))
        if isinstance(a, DeliverAction) and a.fallback is not None:
            check_action(a.fallback, (*path, "fallback"))

    def check_when(c: Conditions, path: tuple[str | int, ...]) -> None:
        for key in ("recipient_in", "recipient_not_in"):
            for i, name in enumerate(getattr(c, key) or ()):
                if name not in lists:
                    errs.append(((*path, key, i), f"unknown list {name!r} (built-in: "
                                 f"{', '.join(BUILTIN_LISTS)}; or define lists.domains.{name})"))
        for i, g in enumerate(c.sender_group or ()):
            if g not in p.lists.sender_groups:
                errs.append(((*path, "sender_group", i),
                             f"unknown sender group {g!r} (define lists.sender_groups.{g})"))
        for i, sub in enumerate(c.any or ()):
            check_when(sub, (*path, "any", i))
        if c.not_ is not None:
            check_when(c.not_, (*path, "not"))

    check_action(p.tls_fallback, ("tls_fallback",))
    seen: dict[str, int] = {}
    for i, r in enumerate(p.rules):
        if r.name in seen:
            errs.append((("rules", i, "name"), f"duplicate rule name {r.name!r} "
                         f"(first used by rule {seen[r.name] + 1})"))
        seen.setdefault(r.name, i)
        check_when(r.when, ("rules", i, "when"))
        if r.action is not None:
            check_action(r.action, ("rules", i, "action"))
        if r.modifiers.notify is not None and r.modifiers.notify.officer and not p.notify.officer:
            errs.append((("rules", i, "modifiers", "notify", "officer"),
                         "notify.officer needs an officer address under notify: officer:"))
    return errs


def json_schema() -> dict[str, Any]:
    schema = PolicyFile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "phigate policy"
    return schema


def warnings(p: PolicyFile) -> list[str]:
    """Likely mistakes that are still a valid policy (``phigate policy lint`` prints them)."""
    out: list[str] = []
    catch_all: Rule | None = None
    for r in p.rules:
        if catch_all is not None:
            out.append(f"rule {r.name!r} is never reached: rule {catch_all.name!r} above "
                       "matches every message")
            continue
        if (r.when == Conditions() and not r.continue_ and r.mode is not Mode.MONITOR):
            catch_all = r
    used = {x.provider for r in p.rules for x in (r.action, getattr(r.action, "fallback", None))
            if isinstance(x, EncryptAction)}
    if isinstance(p.tls_fallback, EncryptAction):
        used.add(p.tls_fallback.provider)
    out.extend(f"provider {name!r} is not used by any rule" for name in p.providers
               if name not in used)
    return out
