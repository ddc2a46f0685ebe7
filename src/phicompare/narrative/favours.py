"""What favours a model: phrases and the basis they rest on, built when first read.

The verdict and the line at a glance share them (:mod:`.fit` finds them, :mod:`.longer` the
longer context among them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .claims import Basis

__all__ = ["NONE", "Favours", "nothing"]


class Favours(NamedTuple):
    """Phrases that favour a model, and what they rest on, built when first read.

    The verdict and the line at a glance quote the same phrases, so both take the same
    ``basis`` (see :class:`~phicompare.narrative.claims.Claim`).
    """

    phrases: list[str]
    basis: Callable[[], Basis]


def nothing() -> Basis:
    """No evidence and no checks."""
    return Basis(())


NONE = Favours([], nothing)
"""Nothing favours the model (most parts of most pages)."""
