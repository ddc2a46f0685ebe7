"""How names are matched: one rule for the catalog's index, the importers and the narrative."""

from __future__ import annotations

import re

__all__ = ["normalize_name"]

_IGNORED = re.compile(r"[\s_\-]+")


def normalize_name(name: str) -> str:
    """The form names are matched in: lower case, without spaces, dashes and underscores.

    Examples:
        >>> normalize_name("Phi-4 Mini"), normalize_name("phi4_mini")
        ('phi4mini', 'phi4mini')
    """
    return _IGNORED.sub("", name.casefold())
