"""The importers' error."""

from __future__ import annotations

from phicompare.exceptions import PhicompareError

__all__ = ["SourceError"]


class SourceError(PhicompareError, ValueError):
    """A source cannot be imported as asked: an unknown kind, a missing path, a bad precedence.

    Examples:
        >>> raise SourceError("litellm source not found: 'prices.json'")
        Traceback (most recent call last):
        ...
        phicompare.importers._errors.SourceError: litellm source not found: 'prices.json'
    """
