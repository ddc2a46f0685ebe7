"""Which pairs ``phicompare all`` and ``phicompare site`` render: models, vendors, pairs, a cap.

The bundled catalog covers the market (over 900 models: over 400,000 pairs), so
a run over every pair is refused above ``--max-pairs`` unless the caller asks for it: a typo
should not start hours of work. ``--models``, ``--vendor`` and ``--pairs`` choose the pairs.
"""

from __future__ import annotations

import argparse
import itertools
from typing import TYPE_CHECKING, Any

import attrs

from phicompare.analysis.checks import one_model

from .given import names_of
from .needs import vendor_ids
from .options import UsageError, bounded

if TYPE_CHECKING:
    from phicompare.catalog.index import Catalog

__all__ = ["MAX_PAIRS", "Selection", "add_selection_options", "parse_pairs", "select"]

MAX_PAIRS = 20_000
"""The default cap on the pairs of one run (``--max-pairs``)."""
_CAP = 10**9


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    """``--models``, ``--vendor``, ``--pairs`` and ``--max-pairs`` on ``parser``."""
    parser.add_argument("--pairs", metavar="A:B,...",
                        help="only these pairs (model ids or aliases), e.g. phi-2:phi-4-mini")
    parser.add_argument("--models", metavar="ID,...",
                        help="only these models (every pair of them unless --pairs)")
    parser.add_argument("--vendor", action="append", metavar="NAME",
                        help="only models of this vendor (any case; repeatable)")
    parser.add_argument("--max-pairs", type=int, default=MAX_PAIRS, metavar="N",
                        help=f"refuse a run of more pairs than N (default {MAX_PAIRS:,}); the "
                             "bundled catalog holds over 400,000")


def parse_pairs(text: str) -> list[tuple[str, str]]:
    """``A:B,C:D`` as pairs of names.

    Examples:
        >>> parse_pairs("phi-2:phi-4-mini, a:b")
        [('phi-2', 'phi-4-mini'), ('a', 'b')]
    """
    pairs = []
    for item in text.split(","):
        a, sep, b = item.strip().partition(":")
        if not sep or not a.strip() or not b.strip():
            msg = f"--pairs: {item.strip()!r} is not A:B (two model ids joined by a colon)"
            raise UsageError(msg)
        pairs.append((a.strip(), b.strip()))
    return pairs


@attrs.frozen
class Selection:
    """The models and pairs of a run; ``None`` means every one of the catalog.

    Examples:
        >>> Selection(models=("a", "b", "c"), pairs=None).count(10)
        3
        >>> Selection(models=None, pairs=None).count(10)
        45
    """

    models: tuple[str, ...] | None
    pairs: tuple[tuple[str, str], ...] | None

    def count(self, catalog_size: int) -> int:
        """How many pairs the run renders."""
        if self.pairs is not None:
            return len(self.pairs)
        n = catalog_size if self.models is None else len(self.models)
        return n * (n - 1) // 2

    def pair_list(self) -> list[tuple[str, str]] | None:
        """The pairs to render (every pair of :attr:`models` when only models are chosen)."""
        if self.pairs is not None:
            return list(self.pairs)
        if self.models is not None:
            return list(itertools.combinations(self.models, 2))
        return None


def select(args: Any, catalog: Catalog, *, pairs_only: bool = False) -> Selection:
    """The selection the options ask for, checked against ``--max-pairs``.

    ``pairs_only``: the run writes nothing but pair pages (``all``), so models that make no pair
    are refused (``site`` writes a model's page of one model).

    Raises:
        UsageError: an unknown vendor, a malformed pair, a pair of one model with itself, more
            pairs than ``--max-pairs``, a model named twice in ``--models``, or
            (``pairs_only``) fewer than two models chosen.
        UnknownModelError: a name in ``--models`` or ``--pairs`` that is not in the catalog
            (checked before any page; a pair keeps the names given).
    """
    models: list[str] | None = None
    if args.models is not None:  # "": an unset variable, never every model (review 27, P5)
        given = names_of([args.models], "--models")
        models = [catalog.model(m).id for m in given]
        _once_each(given, models, pairs_only=pairs_only)
    if args.vendor:
        # none of the vendor's: a usage error with suggestions
        of_vendor = vendor_ids(catalog, names_of(args.vendor, "--vendor", commas=False))
        models = of_vendor if models is None else [m for m in models if m in set(of_vendor)]
    pairs = None if args.pairs is None else parse_pairs(args.pairs)
    for a, b in pairs or ():
        # a typo, or one model twice, is a user error before any page (API review 15, A6;
        # review 29, F12), as `phicompare phi-2 phi-2` is
        if (same := catalog.model(a).id) == catalog.model(b).id:
            msg = (f"--pairs: {a}:{b} pairs {same!r} with itself; a comparison needs two "
                   "different models")
            raise UsageError(msg)
    chosen = Selection(models=None if models is None else tuple(dict.fromkeys(models)),
                       pairs=None if pairs is None else tuple(pairs))
    if pairs_only and chosen.pairs is None and chosen.models is not None:
        _two_or_more(args, chosen.models)
    cap = bounded(args.max_pairs, "--max-pairs", 0, _CAP)
    count = chosen.count(len(catalog))
    if count > cap:
        pairs_text = f"{count:,} {'pair' if count == 1 else 'pairs'}"  # "1 pairs" (review 15)
        msg = (f"{pairs_text} is more than --max-pairs {cap:,}; choose models with "
               "--models, --vendor or --pairs, or raise --max-pairs")
        raise UsageError(msg)
    return chosen



def _once_each(given: list[str], ids: list[str], *, pairs_only: bool = True) -> None:
    """Refuse a model named twice in ``--models`` (review 30, F6; review 31, #6).

    ``phicompare phi-2 phi-4-mini phi-2`` is refused; so is ``all --models
    phi-2,phi-4-mini,phi-2``, whose pairs would be fewer than the names suggest, and ``site
    --models phi-2,phi-2`` (``pairs_only=False``: a site of one model is one page, so only the
    repeat is refused).

    Names typed differently are said as ``compare`` says them (:func:`one_model`).

    Examples:
        >>> _once_each(["phi-2", "phi-4-mini"], ["phi-2", "phi-4-mini"])
        >>> _once_each(["phi-2", "phi-2"], ["phi-2", "phi-2"])
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --models names one model, 'phi-2', twice; a \
comparison needs two or more models
        >>> _once_each(["phi-2", "Phi 2"], ["phi-2", "phi-2"])
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --models: 'phi-2' and 'Phi 2' are one model (phi-2); \
a comparison needs two or more models
        >>> _once_each(["phi-2", "phi-4-mini", "phi-2"], ["phi-2", "phi-4-mini", "phi-2"])
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --models names 'phi-2' twice; name each model once
        >>> _once_each(["phi-2", "phi-2"], ["phi-2", "phi-2"], pairs_only=False)
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --models names 'phi-2' twice; name each model once
    """
    seen: dict[str, str] = {}
    for name, model in zip(given, ids, strict=True):
        if (earlier := seen.get(model)) is None:
            seen[model] = name
            continue
        alone = pairs_only and len(set(ids)) == 1  # (``all``: no pair is left to write)
        times = ids.count(model)
        twice = "twice" if times == 2 else f"{times} times"
        if (same := one_model(earlier, name, model)) is not None:
            said = f"--models: {same}"
        elif alone:
            said = f"--models names one model, {model!r}, {twice}"
        else:
            said = f"--models names {model!r} {twice}"
        end = "a comparison needs two or more models" if alone else "name each model once"
        raise UsageError(f"{said}; {end}")


def _two_or_more(args: Any, models: tuple[str, ...]) -> None:
    """Refuse models that make no pair: ``all --models phi-2`` would write no page (review 29).

    Examples:
        >>> import argparse
        >>> _two_or_more(argparse.Namespace(models="phi-2", vendor=None), ("phi-2",))
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --models needs two or more models; got 'phi-2'
    """
    if len(models) > 1:
        return
    got = f"got {models[0]!r}" if models else "got none"
    if not args.vendor:  # (one model named twice is refused first: _once_each)
        msg = f"--models needs two or more models; {got}"
    else:
        chose = "--vendor chooses" if args.models is None else "--models and --vendor leave"
        msg = f"{chose} fewer than two models ({got}); a comparison needs two or more models"
    raise UsageError(msg)
