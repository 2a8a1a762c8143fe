"""``phigate config check FILE``: validate a gateway configuration without starting anything."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from gateway.config import DEFAULT_CONFIG, GatewayConfig, load_config
from gateway.yamlcheck import ConfigError


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("config", help="check or explain the configuration")
    cs = p.add_subparsers(dest="config_cmd", metavar="ACTION")
    cs.required = True
    c = cs.add_parser("check", help="validate a config file; exit 0 when valid")
    c.add_argument("file", nargs="?", default=DEFAULT_CONFIG)
    c.set_defaults(func=check)
    s = cs.add_parser("schema", help="print the JSON Schema of the configuration")
    s.set_defaults(func=schema)


def check(args: argparse.Namespace) -> int:
    try:
        load_config(args.file)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return 1
    print(f"{args.file}: ok")
    return 0


def schema(args: argparse.Namespace) -> int:
    print(json.dumps(GatewayConfig.model_json_schema(), indent=2))
    return 0
