"""A pool with ``summarize``: the worker computes the policy's facts, the gateway unpickles the
full scan result only when something reads it (quarantine evidence, redaction)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from gateway.detect import Detector
from gateway.detect.pool import (
    _REPLY_TABLE,
    LazyScan,
    ScanError,
    ScanPool,
    ScanResult,
    _reply_bytes,
    scan_bytes,
)
from gateway.policy.engine import MessageFacts
from gateway.policy.facts import facts_from_scan

from .conftest import CONFIG

PHI_MAIL = (
    b"From: a@mvh.example\r\nTo: b@partner.example, c@partner.example\r\n"
    b"Subject: Re: Ingrid Solberg\r\n\r\n"
    b"Admitted last night with pneumonia; HbA1c 9.2%. MRN 00482913.\r\n"
)
PLAIN_MAIL = b"From: a@mvh.example\r\nTo: b@mvh.example\r\nSubject: lunch\r\n\r\nPizza at noon?\r\n"


def _same(a: ScanResult, b: ScanResult) -> bool:
    return dataclasses.replace(a, elapsed_ms=0.0) == dataclasses.replace(b, elapsed_ms=0.0)


@pytest.mark.slow
async def test_lazy_pool_gives_the_facts_and_the_same_result(detector: Detector) -> None:
    pool = ScanPool(CONFIG, workers=1, timeout=60.0, summarize=facts_from_scan)
    await pool.start()
    try:
        for raw in (PHI_MAIL, PLAIN_MAIL):
            reply = await pool.scan(raw)
            assert isinstance(reply, LazyScan)
            local = scan_bytes(detector, raw)
            # The facts the worker computed are the ones the gateway would have computed...
            assert reply.summary == facts_from_scan(local)
            assert reply._result is None  # ... and nothing else was unpickled for them
            # Any ScanResult field loads the whole result, once, equal to a local scan.
            assert reply.verdict.phi == (raw is PHI_MAIL)
            assert reply._result is not None and _same(reply.result, local)
            assert reply.segments is reply.result.segments
    finally:
        await pool.close()


def test_reply_table_reduces_facts_to_constructor_calls(detector_no_ner: Detector) -> None:
    result = scan_bytes(detector_no_ner, PHI_MAIL)
    facts = facts_from_scan(result)
    assert facts.phi and facts.entity_counts and facts.header_recipients
    blob = _reply_bytes(("lazy", facts, _reply_bytes(result), False))
    status, back, inner, retire = pickle.loads(blob)
    assert (status, retire) == ("lazy", False)
    assert back == facts and isinstance(back, MessageFacts)
    assert MessageFacts in _REPLY_TABLE
    assert _same(pickle.loads(inner), result)
    # Only frozen slots dataclasses are reduced that way; anything else pickles as usual.
    assert int not in _REPLY_TABLE and dict not in _REPLY_TABLE


def test_a_corrupt_result_is_a_scan_error_when_read() -> None:
    lazy = LazyScan(MessageFacts(), b"not a pickle")
    assert lazy.summary == MessageFacts()
    with pytest.raises(ScanError) as err:
        _ = lazy.verdict
    assert "unreadable" in str(err.value)
    with pytest.raises(ScanError):
        _ = LazyScan(None, pickle.dumps(("not", "a result"))).segments
    with pytest.raises(AttributeError):
        _ = LazyScan(None, b"").__wrapped__


@dataclasses.dataclass(frozen=True, slots=True)
class _NoField:
    pass


@dataclasses.dataclass(frozen=True, slots=True)
class _OneField:
    only: tuple[str, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class _ThreeFields:
    a: int
    b: _OneField
    c: frozenset[str] = frozenset()


def test_constructor_reducers_keep_every_field_whatever_their_number() -> None:
    """The reducers read all the fields at once (attrgetter) or, for one field, by name:
    zero, one and several fields all come back equal, of the same types, and through the
    constructor (a reducer is registered for each class on first sight)."""
    values = [_NoField(), _OneField(("x", "y")), _ThreeFields(3, _OneField(()), frozenset({"z"})),
              ("lazy", _ThreeFields(0, _OneField(("q",))), b"blob", True)]
    for value in values:
        back = pickle.loads(_reply_bytes(value))
        assert back == value and type(back) is type(value)
    for cls in (_NoField, _OneField, _ThreeFields):
        assert cls in _REPLY_TABLE
