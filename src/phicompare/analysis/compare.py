"""``compare()``: two or more models, by name or record, to the facts of a :class:`Comparison`.

This module is the public entry point and stays light: the comparator itself
(:mod:`phicompare.analysis.comparator`: the records, the fact builders, the catalog they read)
loads with the first comparison, as the bundled catalog does, so ``from phicompare import
compare`` costs little more than ``import attrs`` (``benchmarks/run.py import``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from phicompare.domain.arguments import iso_day, keywords_checked
from phicompare.domain.capabilities import Capability
from phicompare.exceptions import ArgumentError, ComparisonError

from .text_forms import as_of_refused

if TYPE_CHECKING:
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model, RoutePolicy

    from .comparison import Comparison
    from .traffic import Traffic

__all__ = ["compare", "parse_capabilities"]


class _Required:
    """``compare()``'s second model when it is left out: refused with a typed error.

    Left out, Python's own ``TypeError`` ("missing 1 required positional argument: 'b'") is no
    :class:`~phicompare.exceptions.PhicompareError`, and for ``compare(["a", "b"])`` it points at
    an argument that was never the problem (:func:`~phicompare.analysis.checks.alone_refused`).
    """

    def __repr__(self) -> str:
        return "<required>"


_REQUIRED: Any = _Required()


@keywords_checked
def compare(
    a: Model | str,
    b: Model | str = _REQUIRED,
    *more: Model | str,
    catalog: Catalog | None = None,
    traffic: Traffic | None = None,
    blend: tuple[int, int] | None = None,
    requires: Iterable[Capability | str] = (),
    include_free: bool = False,
    as_of: dt.date | str | None = None,
    providers: Iterable[str] | None = None,
    exclude_providers: Iterable[str] = (),
    materiality: Decimal | None = None,
    route_policy: RoutePolicy | str = "maker-first",
) -> Comparison:
    """Compare two or more models: specs, capabilities, benchmarks, routes, cost and friction.

    Args:
        a: A model or a model name (id or alias, any case).
        b: Another model.
        *more: More models.
        catalog: Where names are looked up; the bundled catalog by default. A ``Model`` from
            a catalog you loaded needs that catalog: one whose route names a provider this
            catalog does not define is an ``UnknownProviderError`` naming model, route and
            provider.
        traffic: Monthly traffic; 800M input and 250M output tokens by default.
        blend: Input:output weights of the blended price; 70/30 by default.
        requires: Capabilities every counted route must support (enum members or names).
        include_free: Count free-tier routes when choosing the cheapest route.
        as_of: The comparison's date, a ``datetime.date`` or its ISO text (``"2025-01-01"``);
            today by default. Models released by then; each route's price in force then where
            the data dates its prices (``effective_from``), else its latest checked price and
            status.
        providers: Provider ids (or names) whose routes may be counted; all by default.
        exclude_providers: Provider ids (or names) whose routes are not counted.
        materiality: The share of the lower bill under which a bill gap is "about the same
            cost" and no reason to pick a model; ``Decimal("0.05")`` (5%) by default.
        route_policy: Which eligible route sets each bill: ``"maker-first"`` (the default: the
            cheapest route, except that a closed-weight model with a route from its maker or a
            major cloud is billed at the cheapest of those) or ``"cheapest"`` (any provider).
            See :class:`~phicompare.RoutePolicy`.

    Raises:
        UnknownModelError: a name is not in the catalog (with suggestions).
        ArgumentError: an argument of the wrong type; one model alone, or the models in one
            list (with the call meant: ``compare('phi-2', 'phi-4-mini')``); a keyword it does
            not take (with the closest: ``trafic``, "did you mean 'traffic'?").
        ComparisonError: the same model twice, bad traffic or blend, an unknown capability or
            provider, a materiality outside [0, 1), an unknown route policy.

    Examples:
        >>> c = compare("phi-2", "phi-4-mini")
        >>> [m.id for m in c.models]
        ['phi-2', 'phi-4-mini']
        >>> c.specs[1].label, c.specs[1].values
        ('Context window', ('2048', '131072'))
    """
    from .comparator import comparison  # noqa: PLC0415 - start-up speed: see the module's doc

    models = (a,) if b is _REQUIRED else (a, b, *more)
    return comparison(models, catalog=catalog, traffic=traffic, blend=blend, requires=requires,
                      include_free=include_free, as_of=as_of, providers=providers,
                      exclude_providers=exclude_providers, materiality=materiality,
                      route_policy=route_policy)


def parse_capabilities(names: Iterable[Capability | str]) -> tuple[Capability, ...]:
    """Capabilities from enum members or names (``"structured_outputs"``, ``"Structured outputs"``).

    Raises:
        ComparisonError: an unknown name, with the closest known one.

    Examples:
        >>> parse_capabilities(["structured outputs", Capability.VISION])
        (<Capability.STRUCTURED_OUTPUTS: 'structured_outputs'>, <Capability.VISION: 'vision'>)
    """
    if isinstance(names, str):  # one name (or member), not an iterable of its letters
        names = (names,)
    found = {Capability.parse(name) for name in names}
    return tuple(sorted(found, key=lambda c: c.value))


def _day(as_of: object) -> dt.date:
    """The pricing date: ``as_of`` (a date-time by its date, ISO text as its date), or today."""
    if as_of is None:
        return dt.date.today()
    day = iso_day(as_of)
    if day is None:  # text that is no date, else a value of the wrong type (review 41)
        raise (ComparisonError if isinstance(as_of, str) else ArgumentError)(as_of_refused(as_of))
    return day
