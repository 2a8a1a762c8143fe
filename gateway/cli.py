"""The ``phigate`` command: a thin dispatcher over the sub-command modules.

Only the module of the command being run is imported: some commands pull in the NLP stack
(seconds to import), and ``phigate quarantine list`` or ``phigate user add`` should not wait
for it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from gateway import __version__

# command -> (module under gateway/commands/ that registers it, one-line help for the listing)
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("gateway.commands.run", "run the gateway"),
    "config": ("gateway.commands.config", "check or explain the configuration"),
    "scan": ("gateway.commands.scan", "scan .eml files for PHI"),
    "eval": ("gateway.commands.eval", "measure detection quality on a labelled folder"),
    "policy": ("gateway.commands.policy", "lint, test and compare policies"),
    "tls": ("gateway.commands.tls", "outbound TLS: check a domain, reports"),
    "quarantine": ("gateway.commands.quarantine", "review held messages"),
    "audit": ("gateway.commands.audit", "verify or export the audit trail"),
    "console": ("gateway.commands.console", "serve the review console, send digests"),
    "user": ("gateway.commands.user", "manage review console accounts"),
    "smtp-user": ("gateway.commands.smtpuser", "manage SMTP AUTH accounts"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only`` set, just that command's module is imported and registered."""
    parser = argparse.ArgumentParser(
        prog="phigate",
        description="Outbound email gateway that keeps PHI from leaving unprotected.",
    )
    parser.add_argument("--version", action="version", version=f"phigate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (module, help_text) in COMMANDS.items():
        if only is None or name == only:
            importlib.import_module(module).register(sub)
        else:
            sub.add_parser(name, help=help_text)
    return parser


def _command_of(argv: Sequence[str]) -> str:
    for arg in argv:
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else ""
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only=_command_of(args_list))
    args = parser.parse_args(args_list)
    try:
        rc: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return rc


if __name__ == "__main__":
    sys.exit(main())
