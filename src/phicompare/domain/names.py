"""How names are matched: one rule for the catalog's index, the importers and the narrative."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["distinct_names", "licence_key", "normalize_name"]

_IGNORED = re.compile(r"[\s_\-]+")


def normalize_name(name: str) -> str:
    """The form names are matched in: lower case, without spaces, dashes and underscores.

    Examples:
        >>> normalize_name("Phi-4 Mini"), normalize_name("phi4_mini")
        ('phi4mini', 'phi4mini')
    """
    return _IGNORED.sub("", name.casefold())


_LICENCE_NOISE = re.compile(r"[\s_\-.]+|licen[cs]e$")


def licence_key(name: str) -> str:
    """The form licences are compared in: "Apache 2.0", "apache-2.0" and "Apache-2.0" are one.

    Case, spaces, dashes, dots and a trailing "License" are ignored; nothing else is guessed.

    Examples:
        >>> licence_key("Apache 2.0") == licence_key("apache-2.0") == licence_key("Apache-2.0")
        True
        >>> licence_key("MIT License") == licence_key("MIT"), licence_key("MPL-2.0")
        (True, 'mpl20')
    """
    return _LICENCE_NOISE.sub("", name.casefold())


def distinct_names(models: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The display names of ``models`` (``(name, id)`` pairs), each clear beside the others.

    A name two or more of them share (as :func:`normalize_name` matches them) gets its model's
    id in brackets, on every model that shares it: a page never compares "Command R+" with
    "Command R+". Ids are unique, so the names returned are too; names nobody shares stay.

    Examples:
        >>> distinct_names([("Phi-2", "phi-2"), ("Phi-4 Mini", "phi-4-mini")])
        ('Phi-2', 'Phi-4 Mini')
        >>> distinct_names([("Qwen3 Max", "qwen3-max"), ("Qwen3 Max", "qwen3-max-2026-01-23"),
        ...                 ("Phi-2", "phi-2")])
        ('Qwen3 Max (qwen3-max)', 'Qwen3 Max (qwen3-max-2026-01-23)', 'Phi-2')
    """
    pairs = list(models)
    keys = [normalize_name(name) for name, _ in pairs]
    counts = Counter(keys)
    if len(counts) == len(keys):  # the usual page: no name shared
        return tuple([name for name, _ in pairs])
    return tuple([f"{name} ({model_id})" if counts[key] > 1 else name
                  for (name, model_id), key in zip(pairs, keys, strict=True)])
