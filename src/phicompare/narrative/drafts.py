"""Drafts: claims about one model alone, written once and placed in each comparison of it.

A :class:`Draft` keeps a sentence's text and a basis given the model's position and its route
rows' indexes; :meth:`Draft.place` gives the :class:`~phicompare.narrative.claims.Claim` in one
comparison (split from :mod:`.claims`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from .claims import Basis, Claim

__all__ = ["Draft"]


class Draft(NamedTuple):
    """A claim about one model alone: written once, placed in each comparison of the model.

    The model stands at a position ``i`` in ``models``, and its route rows at indexes ``ks`` in
    ``routes``, after those of the models before it: one sentence quotes ``models[0]`` and
    ``routes[2]`` in one comparison, ``models[1]`` and ``routes[9]`` in the next. A draft keeps
    what does not move, the text; :meth:`place` gives the claim in one comparison, its key
    naming the position (or a route row), its evidence made from ``i`` and ``ks`` when first
    read.

    Examples:
        >>> from phicompare.narrative import paths
        >>> from phicompare.narrative.claims import Basis, Evidence
        >>> draft = Draft("retires", "It retires.", lambda i, ks: Basis(
        ...     (Evidence(paths.route(ks[1], "eligible"), True),)), row=1)
        >>> claim = draft.place(1, (4, 5))
        >>> claim.key, claim.text, claim.evidence[0].path
        ('retires:5', 'It retires.', 'routes[5].eligible')
        >>> Draft("where", "Listed.", lambda i, ks: Basis(())).place(1, (4, 5)).key
        'where:1'
    """

    key: str
    """The key before its index: ``where`` is ``where:1`` for the model at position 1."""
    text: str
    basis: Callable[[int, tuple[int, ...]], Basis]
    """The evidence and checks, given the model's position and its route rows' indexes."""
    row: int | None = None
    """When set, the key ends with the index of the model's route row ``row`` (``retires:5``)."""
    routes: bool = True
    """Whether its basis reads the route rows' indexes; ``False`` (:meth:`at`): its claim at
    one position is the same whatever comes before the model."""

    @classmethod
    def at(cls, key: str, text: str, basis: Callable[[int], Basis]) -> Draft:
        """A draft whose evidence names the model's position alone, never a route row.

        Examples:
            >>> from phicompare.narrative import paths
            >>> from phicompare.narrative.claims import Basis, Evidence
            >>> draft = Draft.at("open", "Open.", lambda i: Basis(
            ...     (Evidence(paths.model(i, "open_weights"), True),)))
            >>> draft.routes, draft.place(1, (4, 5)).evidence[0].path
            (False, 'models[1].open_weights')
        """
        return cls(key, text, partial(_at_position, basis), routes=False)

    def place(self, i: int, ks: tuple[int, ...]) -> Claim:
        """The claim where the model stands at ``i``, its route rows at ``routes[k]``, k in ks."""
        key = f"{self.key}:{i if self.row is None else ks[self.row]}"
        return Claim(key=key, text=self.text, basis=partial(self.basis, i, ks))


def _at_position(basis: Callable[[int], Basis], i: int, _: tuple[int, ...]) -> Basis:
    """:meth:`Draft.at`'s basis: the position's, whatever the route rows' indexes."""
    return basis(i)
