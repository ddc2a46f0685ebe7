"""Version numbers a model's name states, where a source's links between names may be wrong.

A models.dev ``base_model`` link says which model a provider's listing serves; it can name the
wrong version (Databricks' ``databricks-claude-sonnet-4`` names Sonnet 4.5). A name's own
version number, where its form states one, is the listing's model.
"""

from __future__ import annotations

import re

__all__ = ["claude_version", "numbered_version"]

_CLAUDE_VERSION = re.compile(r"(?:^|[/._-])claude-(?:opus|sonnet|haiku)-(\d)(?:[.-](\d)(?!\d))?"
                             r"(?=$|[-@:])")
# A Mistral line's numbered version, as a spelled name states it (mistral-small-3.1).
_NUMBERED = re.compile(r"^mistral-(small|medium|large)-(\d(?:\.\d)?)(?=$|-)")


def claude_version(name: str) -> str | None:
    """The version a Claude name of the newer form states (``claude-sonnet-4-5`` is 4.5).

    A snapshot date after it is no minor version (``claude-sonnet-4-20250514`` is 4).

    Examples:
        >>> claude_version("databricks-claude-sonnet-4"), claude_version("claude-sonnet-4-5")
        ('4', '4.5')
        >>> claude_version("anthropic/claude-sonnet-4-20250514"), claude_version("gpt-4o") is None
        ('4', True)
        >>> from phicompare.importers._releases import derived  # Sonnet 4 is not Sonnet 4.5
        >>> derived("databricks-claude-sonnet-4", "anthropic/claude-sonnet-4-5-20250929")
        True
    """
    found = _CLAUDE_VERSION.search(name.casefold())
    if found is None:
        return None
    return found[1] if found[2] is None else f"{found[1]}.{found[2]}"


def numbered_version(spelt: str) -> str | None:
    """The line and version a spelled Mistral name states (``mistral-small-3.1``: small 3.1).

    ``spelt`` is a name as :func:`~._identity.spelling` writes it, so a dated API id reads as
    its version (``mistral-small-2503`` is spelled ``mistral-small-3.1``). A size is no version.

    Examples:
        >>> numbered_version("mistral-small-3.1-24b-instruct"), numbered_version("mistral-small-4")
        ('small 3.1', 'small 4')
        >>> numbered_version("mistral-small-24b-instruct-2501") is None
        True
        >>> from phicompare.importers._releases import derived  # Small 3.1 is not Small 4
        >>> derived("route/mistral-small-2503", "mistral/mistral-small-2603")
        True
    """
    found = _NUMBERED.match(spelt)
    return None if found is None else f"{found[1]} {found[2]}"
