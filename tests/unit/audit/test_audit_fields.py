"""The audit field check (`AuditLog.check`) against the straightforward implementation it
replaced: for any value, the same canonical JSON or an AuditFieldError with the same message.

The reference below walks every field with isinstance checks, then converts the whole dict;
the shipped check does both in one walk with a fast path for exact builtin types.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.audit.log import (
    _EMAILISH,
    COMMON_FIELDS,
    KIND_FIELDS,
    WORKFORCE_FIELDS,
    AuditFieldError,
    AuditLog,
    canonical,
)


def _ref_check_value(kind: str, name: str, value: Any) -> None:
    if isinstance(value, str):
        if name not in WORKFORCE_FIELDS and _EMAILISH.search(value):
            raise AuditFieldError(
                f"audit {kind}.{name}: value looks like an e-mail address; use pseudonym()")
        if len(value) > 2000:
            raise AuditFieldError(f"audit {kind}.{name}: value too long")
    elif isinstance(value, Mapping):
        for k, v in value.items():
            if not isinstance(k, str):
                raise AuditFieldError(f"audit {kind}.{name}: keys must be strings")
            _ref_check_value(kind, name, k)
            _ref_check_value(kind, name, v)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            _ref_check_value(kind, name, v)
    elif value is None or isinstance(value, bool | int | float):
        return
    else:
        raise AuditFieldError(f"audit {kind}.{name}: unsupported type {type(value).__name__}")


def _ref_jsonable(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value)
    if isinstance(value, tuple | list):
        return [_ref_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _ref_jsonable(v) for k, v in value.items()}
    return value


def _ref_check(kind: str, actor: str, fields: Mapping[str, Any]) -> str:
    allowed = KIND_FIELDS[kind]
    for name, value in fields.items():
        if name not in COMMON_FIELDS and name not in allowed:
            raise AuditFieldError(f"audit {kind}: field {name!r} is not on the allow-list")
        _ref_check_value(kind, name, value)
    try:
        return canonical(_ref_jsonable(dict(fields)))
    except (TypeError, ValueError):
        raise AuditFieldError(f"audit {kind}: fields are not JSON-serialisable") from None


class _Level(enum.IntEnum):
    LOW = 1


class _Tag(str):
    pass


def _outcome(fn: Any, *args: Any) -> tuple[str, str]:
    try:
        return ("ok", fn(*args))
    except AuditFieldError as exc:
        return ("refused", str(exc))


_TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["a@b.org", "x <y@z.com>", "ps:0a1b2c", "@", "no at", "é@ü.de", "a" * 2001]),
    st.builds(_Tag, st.sampled_from(["tag", "t@x.org"])),
)
_SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.just(_Level.LOW), _TEXT, st.sampled_from([b"bytes", object()]),
)
_VALUE = st.recursive(
    _SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.frozensets(st.one_of(st.integers(), st.text(max_size=4)), max_size=4),
        st.sets(st.sampled_from([1, "a", 2.5]), max_size=3),
        st.dictionaries(st.one_of(_TEXT, st.integers()), inner, max_size=4),
        st.dictionaries(st.text(max_size=4), inner, max_size=3).map(MappingProxyType),
    ),
    max_leaves=12,
)
_NAMES = st.sampled_from(
    [*sorted(KIND_FIELDS["decision"] | COMMON_FIELDS), "user", "not_allowed_field"])


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> AuditLog:
    path: Path = tmp_path_factory.mktemp("audit")
    return AuditLog(path, b"k" * 32)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fields=st.dictionaries(_NAMES, _VALUE, max_size=5))
def test_check_matches_the_reference(audit: AuditLog, fields: dict[str, Any]) -> None:
    assert _outcome(audit.check, "decision", "gateway", fields) == _outcome(
        _ref_check, "decision", "gateway", fields)


@pytest.mark.parametrize("fields", [
    {"entities": {"PERSON": 2, "US_SSN": 1}, "reasons": ("rule a", "rule b"), "score": 0.9},
    {"reasons": ["mail to jane@example.org"]},
    {"user": "reviewer@clinic.org"},
    {"entities": {1: 2}},
    {"reasons": {1, "a"}, "recipients": ["x@y.org"]},  # the address is reported first
    {"score": float("nan")},
    {"reasons": [b"raw"]},
])
def test_known_cases_match_the_reference(audit: AuditLog, fields: dict[str, Any]) -> None:
    assert _outcome(audit.check, "decision", "gateway", fields) == _outcome(
        _ref_check, "decision", "gateway", fields)
