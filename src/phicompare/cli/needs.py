"""Requirement and filter options: ``--min-context``, ``--budget``, ``--requires``, and more.

``--provider``/``--exclude-provider`` and ``--vendor`` too.

Each bad value is one line naming the option (review 11, K14; API review 15, A10):
``--min-context: '0' is not a positive number of tokens``, ``--provider: unknown provider
'azure'; did you mean 'azure-foundry'?``, never the Python argument the library would name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from phicompare.exceptions import ComparisonError

from .given import names_of
from .options import UsageError, parse_count, shown

if TYPE_CHECKING:
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model

__all__ = ["check_requires", "naming", "parse_budget", "parse_tokens", "providers_of",
           "refuse_unrecorded", "vendor_ids"]


@contextlib.contextmanager
def naming(option: str) -> Iterator[None]:
    """The library's :class:`ComparisonError` raised inside, as a usage error naming ``option``.

    Examples:
        >>> with naming("--requires"):
        ...     raise ComparisonError("unknown capability 'x'")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --requires: unknown capability 'x'
    """
    try:
        yield
    except ComparisonError as exc:
        raise UsageError(f"{option}: {exc}") from None


def check_requires(names: Iterable[str]) -> list[str]:
    """``--requires``'s capability names, each known (else a line naming the option)."""
    from phicompare.analysis.compare import parse_capabilities  # noqa: PLC0415

    names = list(names)
    with naming("--requires"):
        parse_capabilities(names)
    return names


def refuse_unrecorded(option: str, names: Iterable[str], models: Iterable[Model]) -> None:
    """A usage line for a capability no model or route of ``models`` (a catalog's) sets.

    Filtering by it would rule out every route and list no model, as if every model lacked it
    (review 18, P4): the line says the catalog records none and names the nearest it does.
    """
    from phicompare.analysis.recorded import (  # noqa: PLC0415
        recorded_capabilities,
        unrecorded_line,
    )
    from phicompare.domain.capabilities import Capability  # noqa: PLC0415

    asked = [Capability.parse(n) for item in names for n in str(item).split(",") if n.strip()]
    if not asked:
        return
    recorded = recorded_capabilities(models)
    for capability in asked:
        line = unrecorded_line(capability, recorded)
        if line is not None:
            raise UsageError(f"{option}: {line}")


def providers_of(catalog: Catalog, args: Any) -> tuple[frozenset[str] | None, frozenset[str]]:
    """``--provider`` and ``--exclude-provider`` as ids; an unknown name names its option."""
    from phicompare.analysis.provider_filters import provider_filter  # noqa: PLC0415

    with naming("--provider"):
        allowed, _ = provider_filter(catalog, names_of(args.provider) or None, ())
    with naming("--exclude-provider"):
        _, excluded = provider_filter(catalog, None, names_of(args.exclude_provider,
                                                              "--exclude-provider"))
    return allowed, excluded


def vendor_ids(catalog: Catalog, vendors: Iterable[str]) -> list[str]:
    """The ids of the models of ``vendors`` (any case); none at all is a usage error.

    Examples:
        >>> from phicompare import default_catalog
        >>> vendor_ids(default_catalog(), ["Microsft"])
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --vendor: no model of Microsft in the catalog; did \
you mean 'Microsoft'?
    """
    import difflib  # noqa: PLC0415 - the error path

    given = [v.strip() for v in vendors]
    wanted = {v.casefold() for v in given}
    found = [m.id for m in catalog if (m.vendor or "").casefold() in wanted]
    if not found:
        known = sorted({m.vendor for m in catalog if m.vendor})
        by_key = {v.casefold(): v for v in known}
        close = dict.fromkeys(by_key[c] for v in wanted
                              for c in difflib.get_close_matches(v, list(by_key), n=3))
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        msg = f"--vendor: no model of {', '.join(given)} in the catalog{hint}"[:300]
        raise UsageError(msg)
    return found


def parse_tokens(text: str, option: str = "--min-context") -> int:
    """A positive count of tokens, as :func:`parse_count` reads it (review 11, K14).

    Examples:
        >>> parse_tokens("128K")
        128000
        >>> parse_tokens("0")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --min-context: '0' is not a positive number of tokens
    """
    if text.strip().startswith("-") or parse_count(text, option) == 0:
        msg = f"{option}: {shown(text)} is not a positive number of tokens"
        raise UsageError(msg)
    return parse_count(text, option)


def parse_budget(text: str) -> Decimal:
    """``--budget``: USD a month, zero or more, as ``recommend(budget=...)`` reads it.

    Examples:
        >>> parse_budget("$1,500"), parse_budget("200")
        (Decimal('1500'), Decimal('200'))
    """
    try:
        value = Decimal(text.strip().lstrip("$").replace(",", "")[:64])
    except ArithmeticError:
        value = Decimal("NaN")
    if len(text) > 64 or not value.is_finite() or value < 0:
        msg = f"--budget: {shown(text)} is not USD a month, zero or more, such as 200"
        raise UsageError(msg)
    return value
