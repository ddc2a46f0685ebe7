"""models.dev's ``base_model`` inheritance, as its generator does it.

A provider file that names a ``base_model`` takes the model's metadata file (less
``benchmarks``, ``license``, ``links`` and ``weights``) deep-merged under its own keys, then
loses the paths its ``base_model_omit`` lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["inherit"]

_NOT_INHERITED = ("benchmarks", "license", "links", "weights")


def inherit(data: dict[str, Any], base: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` over its base model's metadata ``base``, less the paths it omits.

    Examples:
        >>> inherit({"base_model_omit": ["limit.output"], "cost": {"input": 1}},
        ...         {"limit": {"output": 8, "context": 64}, "license": "MIT"})["limit"]
        {'context': 64}
    """
    merged = _deep_merge({k: v for k, v in base.items() if k not in _NOT_INHERITED}, data)
    for path in data.get("base_model_omit") or ():
        *parents, last = str(path).split(".")
        table: Any = merged
        for part in parents:
            table = table.get(part) if isinstance(table, dict) else None
        if isinstance(table, dict):
            table.pop(last, None)
    return merged


def _deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        below = merged.get(key)
        merged[key] = _deep_merge(below, value) if isinstance(value, dict) and isinstance(
            below, dict) else value
    return merged
