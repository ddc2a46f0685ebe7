"""How names are matched: one rule for the catalog's index, the importers and the narrative."""

from __future__ import annotations

import re

__all__ = ["licence_key", "normalize_name"]

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
