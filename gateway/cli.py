"""The ``phigate`` command: a thin dispatcher over the sub-command modules."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from gateway import __version__

# One module per sub-command family under gateway/commands/. Each registers its own parser.
COMMANDS: tuple[str, ...] = (
    "gateway.commands.run",
    "gateway.commands.config",
    "gateway.commands.scan",
    "gateway.commands.eval",
    "gateway.commands.policy",
    "gateway.commands.tls",
    "gateway.commands.quarantine",
    "gateway.commands.audit",
    "gateway.commands.console",
    "gateway.commands.user",
    "gateway.commands.smtpuser",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="phigate",
        description="Outbound email gateway that keeps PHI from leaving unprotected.",
    )
    parser.add_argument("--version", action="version", version=f"phigate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        rc: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return rc


if __name__ == "__main__":
    sys.exit(main())
