"""UserStore: argon2 hashes, TOTP with replay protection, server-side sessions, throttling."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pyotp
import pytest

from gateway.console.roles import MATRIX, Perm, Role, allowed
from gateway.console.users import Expired, Stage, UnknownUserError, UserError, UserStore

from .conftest import PASSWORD, fast_hasher


@pytest.fixture
def users(tmp_path: Path) -> UserStore:
    return UserStore(tmp_path / "users.db", hasher=fast_hasher())


def test_password_is_argon2id_and_verifies(users: UserStore, tmp_path: Path) -> None:
    users.add("alice", "reviewer", PASSWORD)
    (stored,) = sqlite3.connect(tmp_path / "users.db").execute(
        "SELECT pw_hash FROM users WHERE name='alice'").fetchone()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert users.verify_password("alice", PASSWORD) is not None
    assert users.verify_password("Alice", PASSWORD) is not None  # names are case-insensitive
    assert users.verify_password("alice", PASSWORD + "x") is None
    assert users.verify_password("nobody", PASSWORD) is None
    assert (tmp_path / "users.db").stat().st_mode & 0o077 == 0


def test_disabled_user_cannot_log_in(users: UserStore) -> None:
    users.add("bob", "auditor", PASSWORD)
    users.set_disabled("bob")
    assert users.verify_password("bob", PASSWORD) is None


@pytest.mark.parametrize("name,role,password,msg", [
    ("Bad Name", "reviewer", PASSWORD, "user names"),
    ("carol", "root", PASSWORD, "role must be"),
    ("carol", "reviewer", "short", "at least 12"),
])
def test_add_validates(users: UserStore, name: str, role: str, password: str, msg: str) -> None:
    with pytest.raises(UserError, match=msg):
        users.add(name, role, password)


def test_duplicate_and_unknown(users: UserStore) -> None:
    users.add("dave", "admin", PASSWORD)
    with pytest.raises(UserError, match="already exists"):
        users.add("dave", "admin", PASSWORD)
    with pytest.raises(UnknownUserError):
        users.set_disabled("nobody")


def test_totp_accepts_current_code_once(users: UserStore) -> None:
    _, secret = users.add("erin", "reviewer", PASSWORD)
    assert secret is not None
    totp = pyotp.TOTP(secret)
    now = time.time()
    code = totp.at(now)
    assert users.verify_totp("erin", code, now=now)
    assert not users.verify_totp("erin", code, now=now), "a code must not be accepted twice"
    assert users.verify_totp("erin", totp.at(now + 30), now=now + 30)


def test_totp_rejects_wrong_and_far_codes(users: UserStore) -> None:
    _, secret = users.add("frank", "reviewer", PASSWORD)
    assert secret is not None
    totp = pyotp.TOTP(secret)
    now = time.time()
    assert not users.verify_totp("frank", "000000" if totp.at(now) != "000000" else "111111",
                                 now=now)
    assert not users.verify_totp("frank", totp.at(now - 120), now=now)
    assert not users.verify_totp("frank", "12345", now=now)
    assert not users.verify_totp("frank", "abcdef", now=now)
    assert users.verify_totp("frank", totp.at(now - 30), now=now)  # one step of drift


def test_enrolment_sets_secret_only_with_a_right_code(users: UserStore) -> None:
    users.add("gina", "admin", PASSWORD, mfa=False)
    assert not users.get("gina").mfa
    secret = pyotp.random_base32()
    assert users.verify_totp("gina", pyotp.TOTP(secret).now(), secret=secret)
    assert users.get("gina").mfa
    users.reset_mfa("gina")
    assert not users.get("gina").mfa


def test_session_idle_and_absolute_expiry(users: UserStore) -> None:
    users.add("hank", "reviewer", PASSWORD)
    token, _ = users.new_session(name="hank", stage=Stage.OK, ip="127.0.0.1")
    now = time.time()
    found = users.touch_session(token, idle=60, max_age=3600, now=now + 30)
    assert found is not None and found[1] is not None and found[1].name == "hank"
    assert users.touch_session(token, idle=60, max_age=3600, now=now + 85) is not None
    # idle for longer than the timeout: over, and the row is deleted
    assert users.touch_session(token, idle=60, max_age=3600, now=now + 200) == Expired("hank",
                                                                                      "idle")
    assert users.touch_session(token, idle=60, max_age=3600, now=now + 201) is None
    token2, _ = users.new_session(name="hank", stage=Stage.OK, ip="127.0.0.1")
    assert users.touch_session(token2, idle=1e9, max_age=100, now=now + 101) == Expired(
        "hank", "max_age")
    assert users.touch_session("not-a-token", idle=60, max_age=60) is None


def test_disable_deletes_sessions(users: UserStore) -> None:
    users.add("ivy", "reviewer", PASSWORD)
    tokens = [users.new_session(name="ivy", stage=Stage.OK, ip="127.0.0.1")[0] for _ in range(3)]
    assert users.sessions_of("ivy") == 3
    assert users.set_disabled("ivy") == 3
    assert all(users.touch_session(t, idle=60, max_age=60) is None for t in tokens)
    token, _ = users.new_session(name="ivy", stage=Stage.OK, ip="127.0.0.1")
    users.set_disabled("ivy", False)
    assert users.touch_session(token, idle=60, max_age=60) is not None


def test_new_session_replaces_old(users: UserStore) -> None:
    t1, s1 = users.new_session(name=None, stage=Stage.ANON, ip="127.0.0.1")
    t2, s2 = users.new_session(name=None, stage=Stage.TOTP, ip="127.0.0.1",
                               replaces=s1.token_hash)
    assert s1.csrf != s2.csrf
    assert users.touch_session(t1, idle=60, max_age=60) is None
    assert isinstance(users.touch_session(t2, idle=60, max_age=60), tuple)


def test_session_token_is_stored_hashed(users: UserStore, tmp_path: Path) -> None:
    token, _ = users.new_session(name=None, stage=Stage.ANON, ip="127.0.0.1")
    raw = (tmp_path / "users.db").read_bytes()
    wal = tmp_path / "users.db-wal"
    if wal.exists():
        raw += wal.read_bytes()
    assert token.encode() not in raw


def test_failures_counted_per_user_and_ip(users: UserStore) -> None:
    for _ in range(3):
        users.failure(name="jack", ip="127.0.0.9")
    users.failure(name="kim", ip="127.0.0.9")
    assert users.failures(name="jack", ip="127.0.0.9", window=60) == (3, 4)
    assert users.failures(name="kim", ip="127.0.0.8", window=60) == (1, 0)
    users.clear_failures("jack")
    assert users.failures(name="jack", ip="127.0.0.9", window=60) == (0, 4)


def test_roles_matrix() -> None:
    assert allowed(Role.REVIEWER, Perm.UNMASK) and allowed(Role.REVIEWER, Perm.ACT)
    assert not allowed(Role.REVIEWER, Perm.USERS) and not allowed(Role.REVIEWER, Perm.AUDIT)
    for perm in (Perm.CONTENT, Perm.UNMASK, Perm.ACT, Perm.ENVELOPE, Perm.USERS):
        assert not allowed(Role.AUDITOR, perm)
    assert allowed(Role.AUDITOR, Perm.AUDIT)
    for perm in (Perm.CONTENT, Perm.UNMASK, Perm.ACT):
        assert not allowed(Role.ADMIN, perm)
    assert allowed(Role.ADMIN, Perm.USERS)
    assert not allowed("root", Perm.DASHBOARD)
    assert set(MATRIX) == set(Role)
