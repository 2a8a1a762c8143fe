"""``phigate user add|disable|enable|reset-mfa|passwd|list``: console accounts.

Changes take effect at once for a running console: sessions are rows checked on every
request, so ``disable`` (and ``reset-mfa``, ``passwd``) end the user's sessions immediately.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from typing import Any

from gateway.config import DEFAULT_CONFIG, GatewayConfig, load_config
from gateway.yamlcheck import ConfigError


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("user", help="manage review console accounts")
    p.add_argument("--config", default=os.environ.get("PHIGATE_CONFIG", DEFAULT_CONFIG),
                   help=f"gateway configuration (default {DEFAULT_CONFIG})")
    us = p.add_subparsers(dest="user_cmd", metavar="ACTION")
    us.required = True
    a = us.add_parser("add", help="create an account (prints the TOTP secret once)")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=["reviewer", "auditor", "admin"])
    a.add_argument("--email", help="address for the reviewer digest")
    a.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of stdin")
    a.add_argument("--no-mfa", action="store_true",
                   help="do not set up TOTP now; roles that need MFA enrol at first login")
    a.set_defaults(func=add)
    for name, fn, text in (("disable", disable, "disable an account and end its sessions now"),
                           ("enable", enable, "enable a disabled account"),
                           ("reset-mfa", reset_mfa,
                            "forget the TOTP secret (the user enrols again at next login)"),
                           ("passwd", passwd, "set a new password (ends the user's sessions)")):
        s = us.add_parser(name, help=text)
        s.add_argument("name")
        if name == "passwd":
            s.add_argument("--password-stdin", action="store_true")
        s.set_defaults(func=fn)
    e = us.add_parser("email", help="set or clear (empty string) an account's digest address")
    e.add_argument("name")
    e.add_argument("email")
    e.set_defaults(func=email)
    ls = us.add_parser("list", help="list accounts")
    ls.set_defaults(func=list_users)


def _open(args: argparse.Namespace) -> tuple[GatewayConfig, Any, Any] | None:
    from gateway.audit.log import AuditLog
    from gateway.console.server import users_path
    from gateway.console.users import UserStore

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return None
    users = UserStore(users_path(config))
    audit = AuditLog.open(config.state_dir, config.audit.key_file)
    return config, users, audit


def _actor() -> str:
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = str(os.getuid())
    return f"cli:{who}"


def _password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        print("phigate: passwords differ", file=sys.stderr)
        return None
    return first


def add(args: argparse.Namespace) -> int:
    from gateway.console.users import UserError, totp_uri

    opened = _open(args)
    if opened is None:
        return 2
    _config, users, audit = opened
    password = _password(args)
    if password is None:
        return 1
    try:
        user, secret = users.add(args.name, args.role, password, email=args.email,
                                 mfa=not args.no_mfa)
    except UserError as exc:
        print(f"phigate: {exc}", file=sys.stderr)
        return 1
    audit.record("user_add", _actor(), user=user.name, role=user.role.value)
    print(f"user {user.name} added with role {user.role.value}")
    if secret:
        print("Two-factor login (TOTP): add this to the user's authenticator app now;")
        print("it is not shown again.")
        print(f"  secret: {secret}")
        print(f"  uri:    {totp_uri(user.name, secret)}")
    else:
        print("No TOTP yet: the user sets it up at first login.")
    return 0


def _simple(args: argparse.Namespace, op: str) -> int:
    from gateway.console.users import UnknownUserError, UserError

    opened = _open(args)
    if opened is None:
        return 2
    _config, users, audit = opened
    try:
        if op == "disable":
            ended = users.set_disabled(args.name, True)
            audit.record("user_disable", _actor(), user=args.name.lower(), count=ended)
            print(f"user {args.name} disabled; {ended} session(s) ended")
        elif op == "enable":
            users.set_disabled(args.name, False)
            audit.record("user_enable", _actor(), user=args.name.lower())
            print(f"user {args.name} enabled")
        elif op == "reset-mfa":
            users.reset_mfa(args.name)
            audit.record("mfa_reset", _actor(), user=args.name.lower())
            print(f"user {args.name}: TOTP cleared; they enrol again at the next login")
        elif op == "passwd":
            users.get(args.name)
            password = _password(args)
            if password is None:
                return 1
            users.set_password(args.name, password)
            audit.record("password_change", _actor(), user=args.name.lower())
            print(f"user {args.name}: password changed; sessions ended")
    except UnknownUserError:
        print(f"phigate: no user {args.name!r}", file=sys.stderr)
        return 1
    except UserError as exc:
        print(f"phigate: {exc}", file=sys.stderr)
        return 1
    return 0


def disable(args: argparse.Namespace) -> int:
    return _simple(args, "disable")


def enable(args: argparse.Namespace) -> int:
    return _simple(args, "enable")


def reset_mfa(args: argparse.Namespace) -> int:
    return _simple(args, "reset-mfa")


def passwd(args: argparse.Namespace) -> int:
    return _simple(args, "passwd")


def email(args: argparse.Namespace) -> int:
    from gateway.console.users import UnknownUserError, UserError

    opened = _open(args)
    if opened is None:
        return 2
    _config, users, _audit = opened
    try:
        users.set_email(args.name, args.email or None)
    except UnknownUserError:
        print(f"phigate: no user {args.name!r}", file=sys.stderr)
        return 1
    except UserError as exc:
        print(f"phigate: {exc}", file=sys.stderr)
        return 1
    print(f"user {args.name}: email {'set' if args.email else 'cleared'}")
    return 0


def list_users(args: argparse.Namespace) -> int:
    opened = _open(args)
    if opened is None:
        return 2
    _config, users, _audit = opened
    rows = users.all()
    print(f"{'NAME':<20} {'ROLE':<9} {'MFA':<4} {'STATE':<9} {'LAST LOGIN':<17} EMAIL")
    for u in rows:
        last = time.strftime("%Y-%m-%d %H:%M", time.localtime(u.last_login)) if u.last_login \
            else "-"
        print(f"{u.name:<20} {u.role.value:<9} {'yes' if u.mfa else 'no':<4} "
              f"{'disabled' if u.disabled else 'active':<9} {last:<17} {u.email or ''}")
    return 0
