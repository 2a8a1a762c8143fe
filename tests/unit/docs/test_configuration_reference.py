"""docs/configuration.md names every configuration key gateway/config.py accepts."""

from __future__ import annotations

import typing
from pathlib import Path

from pydantic import BaseModel

from gateway.config import GatewayConfig

DOC = Path(__file__).resolve().parents[3] / "docs" / "configuration.md"


def keys(model: type[BaseModel], prefix: str = "") -> list[str]:
    out: list[str] = []
    for name, field in model.model_fields.items():
        out.append(prefix + name)
        for t in (field.annotation, *typing.get_args(field.annotation)):
            if isinstance(t, type) and issubclass(t, BaseModel):
                out.extend(keys(t, prefix + name + "."))
    return out


def documented(key: str, doc: str) -> bool:
    leaf = key.rpartition(".")[2]
    return any(form in doc for form in (f"`{key}`", f"`{key} ", f"{leaf}:", f"`{leaf}`",
                                         f"/ `{leaf}`", f"`{key}.", f".{leaf}`"))


def test_every_config_key_is_documented() -> None:
    doc = DOC.read_text(encoding="utf-8")
    missing = [k for k in keys(GatewayConfig) if not documented(k, doc)]
    assert not missing, f"docs/configuration.md does not mention: {missing}"
