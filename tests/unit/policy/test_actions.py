"""Table tests of actions, modifiers, rule order, continue, monitor mode and TLS floors."""

from __future__ import annotations

import pytest

from gateway.config import TlsMode
from gateway.policy.decisions import (
    Banner,
    Deliver,
    Encrypt,
    MonitoredOutcome,
    Notify,
    Quarantine,
    Redact,
    Reject,
    RewriteSubject,
    StripTracking,
    Tag,
)
from gateway.policy.engine import Envelope, evaluate_all
from tests.unit.policy.helpers import CLEAN, PHI, TODAY, decide, policy

WEBMAIL_RULE = {"name": "webmail", "description": "PHI to webmail",
                "when": {"phi": True, "recipient_in": ["webmail"]}}


@pytest.mark.parametrize(("action", "check"), [
    ({"type": "deliver", "tls": "required"},
     lambda d: isinstance(d, Deliver) and d.tls is TlsMode.VERIFY),  # PHI floor lifts it
    ({"type": "encrypt", "provider": "portal"},
     lambda d: isinstance(d, Encrypt) and d.provider.name == "portal"
     and d.provider.port == 2525 and d.provider.trigger_header == "X-Encrypt"
     and d.provider.tls is TlsMode.REQUIRED),
    ({"type": "quarantine", "reason": "held", "expiry": "2d", "expiry_action": "reject"},
     lambda d: isinstance(d, Quarantine) and d.reason == "held" and d.expiry == 172800.0
     and d.expiry_action == "reject"),
    ({"type": "quarantine", "reason": "held", "expiry": None},
     lambda d: isinstance(d, Quarantine) and d.expiry is None),
    ({"type": "reject", "text": "Use [secure] in the subject", "code": 554,
      "enhanced": "5.7.0"},
     lambda d: isinstance(d, Reject) and d.reply == "554 5.7.0 Use [secure] in the subject"),
])
def test_actions(action: dict, check) -> None:  # type: ignore[no-untyped-def]
    p = policy([{**WEBMAIL_RULE, "action": action}])
    d = decide(p, PHI, "pat@gmail.com")
    assert check(d), d
    assert d.rule == "webmail"
    assert d.reasons[0].startswith("webmail: PHI to webmail")


def test_modifiers_are_typed_values() -> None:
    p = policy([{**WEBMAIL_RULE, "action": {"type": "encrypt", "provider": "portal"},
                 "modifiers": {
                     "rewrite_subject": {"subject": "Secure"},
                     "redact": {"entities": ["MRN"]},
                     "strip_tracking": True,
                     "banner": {"text": "Confidential"},
                     "notify": {"sender": True, "officer": True, "text": "Use the portal"},
                     "tag": True}}])
    d = decide(p, PHI, "pat@gmail.com")
    assert d.modifiers == (Redact(("MRN",)), RewriteSubject("Secure"), StripTracking(()),
                           Banner("Confidential"), Notify(True, True, "Use the portal"), Tag())
    hash(d)  # the pipeline groups recipients by decision


def test_first_match_wins() -> None:
    p = policy([
        {"name": "one", "description": "first", "when": {"phi": True},
         "action": {"type": "quarantine", "reason": "first"}},
        {"name": "two", "description": "second", "when": {"phi": True},
         "action": {"type": "reject", "text": "second"}},
    ])
    assert decide(p, PHI, "a@x.com").rule == "one"


def test_continue_accumulates_modifiers_and_reasons() -> None:
    p = policy([
        {"name": "subj", "description": "subject", "when": {"phi": True},
         "modifiers": {"rewrite_subject": {"subject": "S"}}, "continue": True},
        {"name": "tag", "description": "tag", "modifiers": {"tag": True}, "continue": True},
        {"name": "wm", "description": "webmail", "when": {"recipient_in": ["webmail"]},
         "action": {"type": "encrypt", "provider": "portal"},
         "modifiers": {"rewrite_subject": {"subject": "later loses"}}},
    ])
    d = decide(p, PHI, "p@gmail.com")
    assert isinstance(d, Encrypt)
    assert d.modifiers == (RewriteSubject("S"), Tag())
    assert [r.split(":")[0] for r in d.reasons] == ["subj", "tag", "wm"]


def test_no_rule_matches_defaults_to_deliver_with_phi_floor_and_fallback() -> None:
    p = policy([{"name": "never", "description": "never", "when": {"sender": ["nobody@x"]},
                 "action": {"type": "reject", "text": "no"}}])
    clean = decide(p, CLEAN, "a@x.com")
    assert isinstance(clean, Deliver) and clean.tls is None and clean.fallback is None
    assert clean.rule == "default"
    phi = decide(p, PHI, "a@x.com")
    assert isinstance(phi, Deliver) and phi.tls is TlsMode.VERIFY
    assert isinstance(phi.fallback, Quarantine)  # the file's tls_fallback: never plaintext
    assert any("TLS at least verify" in r for r in phi.reasons)


def test_deliver_fallback_encrypt_and_phi_floor_configurable() -> None:
    p = policy([{"name": "partner", "description": "partner", "when": {
        "recipient_in": ["partner"]}, "action": {
        "type": "deliver", "tls": "required",
        "fallback": {"type": "encrypt", "provider": "portal"}}}], phi_min_tls="required")
    d = decide(p, PHI, "r@goodlab.com")
    assert isinstance(d, Deliver) and d.tls is TlsMode.REQUIRED
    assert isinstance(d.fallback, Encrypt) and d.fallback.provider.name == "portal"
    assert d.fallback.rule == "partner"


def test_per_recipient_outcomes_differ() -> None:
    p = policy([
        {"name": "internal", "description": "internal", "when": {"recipient_in": ["internal"]},
         "action": {"type": "deliver"}},
        {**WEBMAIL_RULE, "action": {"type": "encrypt", "provider": "portal"}},
    ])
    env = Envelope("doc@clinic.org", ("nurse@clinic.org", "pat@gmail.com"))
    out = evaluate_all(p, PHI, env, TODAY)
    assert isinstance(out["nurse@clinic.org"], Deliver)
    assert isinstance(out["pat@gmail.com"], Encrypt)


def test_rule_in_monitor_mode_is_recorded_not_enforced() -> None:
    p = policy([
        {**WEBMAIL_RULE, "mode": "monitor", "action": {"type": "reject", "text": "no"},
         "modifiers": {"tag": True}},
        {"name": "rest", "description": "rest", "action": {"type": "deliver"}},
    ])
    d = decide(p, PHI, "p@gmail.com")
    assert isinstance(d, Deliver) and d.rule == "rest"
    assert d.monitored == (MonitoredOutcome("webmail", "reject", ("tag",), d.monitored[0].reasons),)
    assert d.monitored[0].reasons[0].startswith("webmail:")


def test_file_in_monitor_mode_delivers_as_if_no_policy() -> None:
    p = policy([{**WEBMAIL_RULE, "action": {"type": "quarantine", "reason": "x"},
                 "modifiers": {"rewrite_subject": {}}}], mode="monitor")
    d = decide(p, PHI, "p@gmail.com")
    assert isinstance(d, Deliver)
    assert d.tls is None and d.modifiers == () and d.fallback is None
    assert d.monitored[-1].rule == "webmail" and d.monitored[-1].action == "quarantine"
    assert d.monitored[-1].modifiers == ("rewrite_subject",)


def test_continue_rule_cannot_carry_an_action_and_rules_need_one() -> None:
    from gateway.yamlcheck import ConfigError

    with pytest.raises(ConfigError, match="continue"):
        policy([{"name": "x", "description": "x", "continue": True,
                 "action": {"type": "deliver"}}])
    with pytest.raises(ConfigError, match="needs an action"):
        policy([{"name": "x", "description": "x"}])


def test_phi_floor_can_be_waived_per_rule() -> None:
    p = policy([{"name": "internal", "description": "local MTA enforces TLS itself",
                 "when": {"recipient_in": ["internal"]},
                 "action": {"type": "deliver", "tls": "opportunistic", "phi_floor": False}}])
    d = decide(p, PHI, "n@clinic.org")
    assert isinstance(d, Deliver) and d.tls is TlsMode.OPPORTUNISTIC
    assert isinstance(d.fallback, Quarantine)  # still never plaintext where TLS is impossible
