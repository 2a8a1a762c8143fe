"""``phigate smtp-user add|remove|list``: accounts for SMTP AUTH (``auth.users_file``).

A running gateway picks changes up by itself (the file's modification time is checked at each
AUTH). Passwords are read from the terminal (twice) or, with ``--password-stdin``, from the
first line of standard input; only their argon2id hashes are stored.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from gateway.config import DEFAULT_CONFIG, load_config
from gateway.smtp.users import UsersFileError, load_users, remove_user, set_user
from gateway.yamlcheck import ConfigError


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("smtp-user", help="manage SMTP AUTH accounts")
    p.add_argument("--config", default=os.environ.get("PHIGATE_CONFIG", DEFAULT_CONFIG),
                   help=f"gateway configuration, for auth.users_file (default {DEFAULT_CONFIG})")
    p.add_argument("--file", type=Path, help="users file to edit (overrides the config)")
    us = p.add_subparsers(dest="smtp_user_cmd", metavar="ACTION")
    us.required = True
    a = us.add_parser("add", help="add a user or set a new password")
    a.add_argument("name")
    a.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of stdin")
    a.set_defaults(func=add)
    r = us.add_parser("remove", help="remove a user")
    r.add_argument("name")
    r.set_defaults(func=remove)
    ls = us.add_parser("list", help="list user names")
    ls.set_defaults(func=list_users)


def _path(args: argparse.Namespace) -> Path:
    if args.file is not None:
        return Path(args.file)
    return load_config(args.config).auth.users_file


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Again: "):
        raise UsersFileError("the passwords differ")
    return first


def _run(args: argparse.Namespace, action: Any) -> int:
    try:
        return int(action(_path(args)))
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return 1
    except (UsersFileError, ValueError, OSError) as exc:
        print(f"phigate smtp-user: {exc}", file=sys.stderr)
        return 1


def add(args: argparse.Namespace) -> int:
    def _do(path: Path) -> int:
        new = set_user(path, args.name, _password(args))
        print(f"{'added' if new else 'updated'} {args.name} in {path}")
        return 0

    return _run(args, _do)


def remove(args: argparse.Namespace) -> int:
    def _do(path: Path) -> int:
        if not remove_user(path, args.name):
            print(f"phigate smtp-user: no user {args.name} in {path}", file=sys.stderr)
            return 1
        print(f"removed {args.name} from {path}")
        return 0

    return _run(args, _do)


def list_users(args: argparse.Namespace) -> int:
    def _do(path: Path) -> int:
        for name in sorted(load_users(path)):
            print(name)
        return 0

    return _run(args, _do)
