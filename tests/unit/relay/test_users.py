"""SMTP AUTH accounts file and ``phigate smtp-user``."""

from __future__ import annotations

import argparse
import io
import stat
from pathlib import Path

import pytest

from gateway.commands import smtpuser
from gateway.smtp.users import UserStore, load_users, remove_user, set_user
from gateway.yamlcheck import ConfigError


def main(argv: list[str]) -> int:
    """``phigate smtp-user ...`` through the command's own parser (as gateway.cli wires it)."""
    parser = argparse.ArgumentParser(prog="phigate")
    smtpuser.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_add_verify_remove(tmp_path: Path) -> None:
    path = tmp_path / "var" / "smtp-users.yaml"
    assert set_user(path, "relay", "s3cret pass") is True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert "s3cret" not in text and "$argon2id$" in text
    store = UserStore(path)
    assert store.verify("relay", "s3cret pass")
    assert not store.verify("relay", "wrong")
    assert not store.verify("nobody", "s3cret pass")
    assert set_user(path, "relay", "new pass") is False  # password change
    assert store.verify("relay", "new pass")  # picked up without a reload
    assert not store.verify("relay", "s3cret pass")
    assert remove_user(path, "relay") is True
    assert remove_user(path, "relay") is False
    assert not store.verify("relay", "new pass")


def test_missing_file_means_no_users(tmp_path: Path) -> None:
    store = UserStore(tmp_path / "none.yaml")
    assert not store.verify("a", "b")
    assert load_users(tmp_path / "none.yaml") == {}


def test_broken_file_is_refused_with_line_and_running_accounts_kept(tmp_path: Path) -> None:
    path = tmp_path / "u.yaml"
    set_user(path, "relay", "pw")
    store = UserStore(path)
    path.write_text("users:\n  relay: plaintext-password\n")
    with pytest.raises(ConfigError) as exc:
        load_users(path)
    assert "u.yaml:1: users" in exc.value.errors[0] and "argon2" in exc.value.errors[0]
    assert "plaintext-password" not in " ".join(exc.value.errors)
    assert store.verify("relay", "pw")  # the good accounts stay in force


def test_bad_user_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="user name"):
        set_user(tmp_path / "u.yaml", "bad name\nx", "pw")


def test_cli_add_list_remove(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "users.yaml"
    monkeypatch.setattr("sys.stdin", io.StringIO("hunter2 hunter2\n"))
    assert main(["smtp-user", "--file", str(path), "add", "postfix", "--password-stdin"]) == 0
    assert UserStore(path).verify("postfix", "hunter2 hunter2")
    assert main(["smtp-user", "--file", str(path), "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "postfix"
    assert main(["smtp-user", "--file", str(path), "remove", "postfix"]) == 0
    assert main(["smtp-user", "--file", str(path), "remove", "postfix"]) == 1
    assert load_users(path) == {}


def test_cli_reads_users_file_from_config(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "phigate.yaml"
    users = tmp_path / "auth" / "users.yaml"
    cfg.write_text(f"auth:\n  enabled: false\n  users_file: {users}\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert main(["smtp-user", "--config", str(cfg), "add", "a", "--password-stdin"]) == 0
    assert list(load_users(users)) == ["a"]
