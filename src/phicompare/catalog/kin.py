"""Which models are kin: one family's (by one maker, each name bearing it), or of a size.

The rules :meth:`~phicompare.catalog.index.Catalog.neighbours` applies, on a :class:`Model` or
its row in the bundled index (a shelved catalog reads no model file to find neighbours).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Protocol

__all__ = ["LARGER_PEER", "SMALLER_PEER", "Sized", "carries_family", "family_of", "one_family",
           "size_distance", "words"]


class Sized(Protocol):
    """What neighbours read of a model: a :class:`Model`, or its row in the bundled index."""

    @property
    def id(self) -> str:
        """The model's id."""
    @property
    def name(self) -> str:
        """Its display name."""
    @property
    def family(self) -> str | None:
        """Its family, as the catalog records it."""
    @property
    def parameters_b(self) -> Decimal | None:
        """Its size, billions of parameters."""
    @property
    def vendor(self) -> str | None:
        """Who trained it."""


def one_family(a: Sized, b: Sized) -> bool:
    """Whether ``a`` and ``b`` are one family's: the same family, by one maker.

    A family is one maker's: a dataset's "gpt" on another vendor's model does not make it
    GPT-4o's kin. Where a source names no vendor, the family is trusted only when the model's
    own name carries it (Phi-4-reasoning is a "phi"; DMind-1 is not a "gpt").

    Examples:
        >>> from phicompare import Model
        >>> gpt = Model(id="gpt-4o", name="GPT-4o", family="gpt", vendor="OpenAI")
        >>> one_family(gpt, Model(id="dmind-1", name="DMind-1", family="gpt"))
        False
        >>> one_family(gpt, Model(id="gpt-4.1", name="GPT-4.1", family="gpt"))
        True
        >>> one_family(gpt, Model(id="wiz", name="WizardLM-2", family="gpt", vendor="Microsoft"))
        False
        >>> nova = Model(id="nova-pro", name="Nova Pro", family="nova", vendor="Amazon")
        >>> one_family(nova, Model(id="lucidnova-rf1", name="LucidNova RF1", family="nova"))
        False
    """
    return a.family == b.family and a.family is not None and family_of(a)(b)


def family_of(a: Sized) -> Callable[[Sized], bool]:
    """:func:`one_family` of ``a`` and a model of its family: ``a``'s side worked out once."""
    vendor = a.vendor
    family = re.compile(rf"(?:^| ){re.escape(words(a.family or ''))}")

    def named(m: Sized) -> bool:
        return bool(family.search(words(m.name)) or family.search(words(m.id)))

    # each name bears the family's first word; a model without a vendor, the whole family
    bears = carries_family(a)
    trusted = bears and (bool(vendor) or named(a))

    def one(b: Sized) -> bool:
        if not (bears and carries_family(b)):  # a listing's tag a name does not bear (G19)
            return False
        if vendor and b.vendor:
            return b.vendor == vendor
        return trusted and (bool(b.vendor) or named(b))

    return one


def carries_family(m: Sized) -> bool:
    """Whether ``m``'s name or id carries its family's first word: a family it can be told by.

    A dataset's family tag is trusted only where the model's own name bears it (review 8, G19):
    o4-mini is an "o-mini" (an "o"), GPT Audio Mini, which one listing tags so, is not.

    Examples:
        >>> from phicompare import Model
        >>> carries_family(Model(id="o4-mini", name="o4-mini", family="o-mini"))
        True
        >>> carries_family(Model(id="gpt-audio-mini", name="GPT Audio Mini", family="o-mini"))
        False
        >>> carries_family(Model(id="m", name="M"))  # no family: none to carry
        False
    """
    first = words(m.family or "").split()[:1]
    return bool(first) and any(word.startswith(first[0])
                               for word in (*words(m.name).split(), *words(m.id).split()))


def words(name: str) -> str:
    """``name`` in lower case, its separators one space: "Phi-4 reasoning" -> "phi 4 reasoning"."""
    return _SEPARATORS.sub(" ", name.casefold())


_SEPARATORS = re.compile(r"[\s_\-./:@]+")


SMALLER_PEER, LARGER_PEER = Decimal("0.667"), Decimal("1.5")
"""How much smaller or larger than a model its same-size-class peers are, at most."""


def size_distance(a: Sized, b: Sized) -> Decimal:
    """How far apart two models are in size (billions of parameters); far, when either is unknown.

    Examples:
        >>> from phicompare import Model
        >>> size_distance(Model(id="a", name="A", parameters_b=3), Model(id="b", name="B"))
        Decimal('1000000')
    """
    if a.parameters_b is None or b.parameters_b is None:
        return Decimal(10**6)
    return abs(a.parameters_b - b.parameters_b)


