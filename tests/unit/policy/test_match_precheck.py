"""``match`` fails fast on the message's own conditions (phi, score, entities, found_in) before
the recipient's list lookups: same decisions and the same reasons as checking them in order."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import gateway.policy.engine as engine
from gateway.delivery.capability import TlsCapability
from gateway.policy.engine import Context, Envelope, match
from tests.unit.policy.helpers import TODAY, facts, policy

ENTITIES = ["MRN", "ICD10CM", "PERSON", "US_SSN"]
PLACES = ["subject", "body", "attachment", "header"]
LISTS = ["internal", "partner", "partner_expired", "webmail", "external", "encryption",
         "lookalike", "insurers"]
RCPTS = ["a@clinic.org", "b@goodlab.com", "c@oldbill.com", "d@gmail.com", "e@payer.example",
         "f@c1inic.org", "g@portal.example", "h@elsewhere.net"]


def _conditions() -> st.SearchStrategy[dict[str, Any]]:
    opt = st.none
    return st.fixed_dictionaries({}, optional={
        "phi": st.booleans(),
        "score_at_least": st.sampled_from([0.0, 0.3, 0.5, 0.9]),
        "score_below": st.sampled_from([0.1, 0.5, 1.0]),
        "entities": st.lists(st.sampled_from(ENTITIES), min_size=1, max_size=2, unique=True),
        "entities_all": st.lists(st.sampled_from(ENTITIES), min_size=1, max_size=2,
                                 unique=True),
        "found_in": st.lists(st.sampled_from(PLACES), min_size=1, max_size=2, unique=True),
        "recipient_in": st.lists(st.sampled_from(LISTS), min_size=1, max_size=2, unique=True),
        "recipient_not_in": st.lists(st.sampled_from(LISTS), min_size=1, max_size=2,
                                     unique=True),
        "lookalike": st.booleans(),
        "any": opt() | st.just([{"phi": True}, {"recipient_in": ["webmail"]}]),
    }).map(lambda d: {k: v for k, v in d.items() if v is not None})


@settings(max_examples=200, deadline=None)
@given(cond=_conditions(), phi=st.booleans(), score=st.sampled_from([0.0, 0.3, 0.5, 0.95]),
       ents=st.dictionaries(st.sampled_from(ENTITIES), st.integers(1, 3), max_size=3),
       places=st.sets(st.sampled_from(PLACES), max_size=2), rcpt=st.sampled_from(RCPTS))
def test_fail_fast_changes_no_match_and_no_reason(
        cond: dict[str, Any], phi: bool, score: float, ents: dict[str, int], places: set[str],
        rcpt: str) -> None:
    pol = policy([{"name": "r", "description": "d", "when": cond,
                   "action": {"type": "deliver"}}])
    rule = pol.model.rules[0]
    f = facts(phi=phi, score=score, entities=ents, found_in=places)
    ctx = Context(pol, f, Envelope("doc@clinic.org", (rcpt,)), rcpt, today=TODAY,
                  tls=TlsCapability.UNKNOWN)
    fast = match(rule.when, ctx)
    saved = engine._message_fails
    engine._message_fails = lambda c, f: False  # the reference: every condition in order
    try:
        slow = match(rule.when, Context(pol, f, Envelope("doc@clinic.org", (rcpt,)), rcpt,
                                        today=TODAY, tls=TlsCapability.UNKNOWN))
    finally:
        engine._message_fails = saved
    assert fast == slow
