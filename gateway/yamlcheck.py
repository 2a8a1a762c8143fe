"""Load YAML into pydantic models with errors that name the file, the line and the key.

Every configuration file phigate reads (gateway config, policies, detector settings) goes
through :func:`load_model`, so an admin always gets ``file:line: key: message`` and the
program refuses the file as a whole rather than half-applying it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class ConfigError(Exception):
    """A configuration file could not be used. ``errors`` holds one line per problem."""

    def __init__(self, path: str, errors: Sequence[str]) -> None:
        self.path = path
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys (a classic silent YAML mistake)."""


def _construct_mapping(
    loader: _Loader, node: yaml.MappingNode, deep: bool = False
) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> tuple[int, str]:
    """Walk the composed node tree along a pydantic error location; return (line, dotted key)."""
    line = node.start_mark.line + 1 if node is not None else 1
    keys: list[str] = []
    for part in loc:
        if node is None:
            break
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if getattr(k, "value", None) == str(part):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            if nxt is None:
                keys.append(str(part))
                break
            node = nxt
            keys.append(str(part))
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and part < len(node.value)
        ):
            node = node.value[part]
            line = node.start_mark.line + 1
            keys.append(f"[{part}]")
        else:
            keys.append(str(part))
            break
    dotted = ".".join(keys).replace(".[", "[")
    return line, dotted


def parse_yaml(text: str, path: str) -> tuple[Any, yaml.Node | None]:
    """Parse YAML text; raise ConfigError with the line of a syntax error."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise ConfigError(path, [f"{path}:{line}: {exc.problem or exc.context}"]) from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, [f"{path}:1: {exc}"]) from None
    return data, node


def validate(model: type[M], data: Any, node: yaml.Node | None, path: str) -> M:
    """Validate parsed data; turn every pydantic error into ``file:line: key: message``."""
    if data is None:
        data = {}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors(include_url=False, include_input=False):
            loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
            line, key = _line_of(node, loc)
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = "unknown key (check the spelling and the documentation)"
            lines.append(f"{path}:{line}: {key or '<top>'}: {msg}")
        raise ConfigError(path, lines) from None


def load_model(model: type[M], path: str | Path) -> M:
    """Read, parse and validate one YAML file into ``model``."""
    p = str(path)
    try:
        text = Path(p).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(p, [f"{p}:0: cannot read file: {exc.__class__.__name__}"]) from None
    data, node = parse_yaml(text, p)
    return validate(model, data, node, p)
