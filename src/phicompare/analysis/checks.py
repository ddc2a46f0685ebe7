"""Guards at the API's edge: arguments of the wrong type.

:func:`check_arguments` runs before :func:`~phicompare.compare` looks anything up, so a wrong
argument is an :class:`~phicompare.exceptions.ArgumentError` that names it, not an
``AttributeError`` from deep inside. (A comparison read back from JSON is checked by
:meth:`Comparison.inconsistencies <phicompare.Comparison.inconsistencies>`.)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from phicompare.catalog.index import Catalog
from phicompare.domain.arguments import check_flag, kind as _kind
from phicompare.domain.capabilities import Support
from phicompare.domain.records import Model
from phicompare.exceptions import ArgumentError, ComparisonError

from .bill_checks import bill_problems
from .estimate_checks import estimate_problems
from .friction_checks import friction_problems, provider_name_problems
from .friction_facts import FrictionKind
from .model_checks import model_problems
from .spec_rows import spec_problems

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = [
    "alone_refused", "check_arguments", "check_batch", "check_names", "check_out_dir",
    "check_pair", "check_runs", "check_width", "estimate_refused", "inconsistencies", "one_model",
    "others_hint",
]

_ORDINALS = ("first", "second", "third")
_MANY = (list, tuple, set, frozenset)
"""What a caller may pass as one argument meaning several models."""


def _named(model: object) -> object:
    return model.id if isinstance(model, Model) else model


def others_hint(catalog: Catalog, model: object, form: str = "{other!r}") -> list[str]:
    """Up to two models worth comparing with ``model`` (its catalog neighbours), as ``form``.

    Nothing for a model the catalog does not hold, or a value that is no model.

    Examples:
        >>> from phicompare import default_catalog
        >>> others_hint(default_catalog(), "phi-2")
        ["'phi-3.5-mini'", "'phi-4-mini'"]
        >>> others_hint(default_catalog(), "no-such-model"), others_hint(default_catalog(), 3)
        ([], [])
    """
    from phicompare.exceptions import PhicompareError  # noqa: PLC0415 - the error path only

    name = _named(model)
    if not isinstance(name, str):
        return []
    try:
        found = catalog.neighbour_names(name)
    except (PhicompareError, LookupError):
        return []
    return [form.format(name=name, other=other) for other, _, _ in found[:2]]


def one_model(earlier: object, name: object, model_id: str) -> str | None:
    """The clause for two names typed differently that are one model; None for one name twice.

    ``compare("phi-2", "microsoft/phi-2")`` and ``phicompare all --models
    phi-2,microsoft/phi-2`` both say it (review 31, #6).

    Examples:
        >>> one_model("phi-2", "microsoft/phi-2", "phi-2")
        "'phi-2' and 'microsoft/phi-2' are one model (phi-2)"
        >>> one_model("phi-2", "phi-2", "phi-2") is None
        True
    """
    if isinstance(name, str) and isinstance(earlier, str) and name != earlier:
        return f"{earlier!r} and {name!r} are one model ({model_id})"
    return None


def alone_refused(model: object, catalog: Catalog) -> str:
    """Why ``compare()`` of ``model`` alone is refused, and the call it may have meant.

    Several models in one list (or tuple, or set) are the call with each its own argument; one
    model is the call with a neighbour of it in the catalog.

    Examples:
        >>> from phicompare import default_catalog
        >>> print(alone_refused(["phi-2", "gpt-4o"], default_catalog()))
        compare takes the models as separate arguments, got one list ['phi-2', 'gpt-4o']; did \
you mean compare('phi-2', 'gpt-4o')? (compare(*names) for a list)
        >>> print(alone_refused("gpt-4o", default_catalog()))
        compare needs two models or more, got one: 'gpt-4o'; name another, such as \
compare('gpt-4o', 'gpt-4') or compare('gpt-4o', 'gpt-4.1')
    """
    if isinstance(model, _MANY):
        items = [_named(m) for m in model]
        if isinstance(model, (set, frozenset)):
            items.sort(key=str)  # (a set has no order of its own)
        if len(items) >= 2:
            return (f"compare takes the models as separate arguments, got one "
                    f"{type(model).__name__} {model!r}; did you mean "
                    f"compare({', '.join(map(repr, items))})? (compare(*names) for a list)")
        model = items[0] if items else model
    others = others_hint(catalog, model, "compare({name!r}, {other!r})")
    hint = f"; name another, such as {' or '.join(others)}" if others else ""
    return f"compare needs two models or more, got one: {_named(model)!r}{hint}"



def check_arguments(models: Iterable[object], *, catalog: object = None,
                    requires: object = (), include_free: object = False) -> None:
    """Raise :class:`ArgumentError` when an argument of ``compare`` has the wrong type.

    Examples:
        >>> check_arguments(["phi-2", "phi-4-mini"])
        >>> check_arguments([None, "phi-2"])
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: the first model must be a Model or a model name \
(str), got None
        >>> check_arguments(["phi-2", "phi-4"], include_free="no")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: include_free must be True or False, got str 'no'
    """
    for n, model in enumerate(models):
        if not isinstance(model, (Model, str)):
            which = f"the {_ORDINALS[n]} model" if n < len(_ORDINALS) else f"model {n + 1}"
            hint = ("; pass each model as its own argument (compare(*names))"
                    if isinstance(model, _MANY) else "")
            msg = f"{which} must be a Model or a model name (str), got {_kind(model)}{hint}"
            raise ArgumentError(msg)
    if catalog is not None and not isinstance(catalog, Catalog):
        msg = f"catalog must be a Catalog (see load_catalog), got {_kind(catalog)}"
        raise ArgumentError(msg)
    check_flag("include_free", include_free)
    if isinstance(requires, str) or not isinstance(requires, Iterable):
        msg = ("requires is a list of capabilities such as ['vision'], "
               f"got {_kind(requires)}")
        raise ArgumentError(msg)


def estimate_refused(model: object, traffic: object, catalog: Catalog) -> str | None:
    """Why ``estimate(model, traffic)`` is refused as a call meant for several models, or None.

    A list of models is the same call for each; a traffic that is a model's name, a second
    model meant for a comparison.

    Examples:
        >>> from phicompare import default_catalog
        >>> print(estimate_refused(("phi-2",), None, default_catalog()))
        estimate takes one model (a Model or a name), got tuple ('phi-2',); did you mean \
[estimate(m) for m in ('phi-2',)]?
        >>> estimate_refused("phi-2", "800M:250M", default_catalog()) is None
        True
    """
    if not isinstance(model, (Model, str)):
        shown = f"{_kind(model)}"
        if not isinstance(model, _MANY):
            return f"estimate takes one model (a Model or a name), got {shown}"
        items = [_named(m) for m in model]
        pair = (f", or compare({', '.join(map(repr, items))})"
                if len(items) >= 2 and not isinstance(model, (set, frozenset)) else "")
        return (f"estimate takes one model (a Model or a name), got {shown}; did you mean "
                f"[estimate(m) for m in {model!r}]{pair}?")
    if isinstance(traffic, str) and traffic in catalog:
        return (f"estimate takes one model, and its second argument is the traffic, got the "
                f"model {traffic!r}; did you mean compare({_named(model)!r}, {traffic!r})?")
    return None


def check_names(caller: str, given: Iterable[str], known: Sequence[str]) -> None:
    """Raise :class:`ArgumentError` for the first of ``given`` not in ``known``, with the closest.

    Examples:
        >>> check_names("Traffic.parse", ["cache_share"], ["cached_share", "batch_share"])
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: Traffic.parse: unknown option 'cache_share'; did \
you mean 'cached_share'?
    """
    import difflib  # noqa: PLC0415 - the error path only

    for name in given:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; it takes {', '.join(known)}"
            msg = f"{caller}: unknown option {name!r}{hint}"
            raise ArgumentError(msg)


def check_width(width: object) -> None:
    """Raise :class:`ArgumentError` unless ``width`` is a positive whole number of columns.

    ``Comparison.to_text(width="80")`` compared a str with an int deep inside (API review 14,
    A3); ``--width`` checks the same.

    Examples:
        >>> check_width(80)
        >>> check_width("80")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: width is a positive whole number of columns (int), \
got str '80'
    """
    if isinstance(width, bool) or not isinstance(width, int) or width < 1:
        msg = f"width is a positive whole number of columns (int), got {_kind(width)}"
        raise ArgumentError(msg)


def check_pair(n: int, pair: object, caller: str = "compare_all") -> tuple[str, str]:
    """``compare_all``'s ``n``-th pair as ``(a, b)``, or the error that names it.

    A pair is two model names (API review 14, A5: ``pairs=["phi-2"]`` raised a raw
    ``ValueError``).

    Examples:
        >>> check_pair(1, ["phi-2", "phi-4"])
        ('phi-2', 'phi-4')
        >>> check_pair(3, ("phi-2",))
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: compare_all: pair 3 is not two model names (a, b): \
('phi-2',)
    """
    if isinstance(pair, (tuple, list)) and len(pair) == 2 and all(
            isinstance(name, str) for name in pair):
        return pair[0], pair[1]
    msg = f"{caller}: pair {n:,} is not two model names (a, b): {pair!r}"[:300]
    raise ArgumentError(msg)


def check_out_dir(out_dir: object, caller: str) -> None:
    """Raise :class:`ArgumentError` unless ``out_dir`` names a folder, never ``""`` or a file.

    A file, or a path under one, is refused before anything is written, as the CLI's ``--out``
    is (review 40: a bare ``FileExistsError`` from ``mkdir``). An empty path is an unset
    variable, never the current folder (API review 15, A1: ``""`` wrote pages into the
    process's working folder); ``Path("")``, which is ``Path(".")``, names the current folder
    on purpose.

    Examples:
        >>> check_out_dir("site", "write_site")
        >>> import tempfile
        >>> with tempfile.NamedTemporaryFile(suffix=".toml") as file:
        ...     check_out_dir(f"{file.name}/pages", "compare_all")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: compare_all: out_dir '...' is a file, not a folder
        >>> check_out_dir("", "write_site")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: write_site: out_dir is an empty path (an unset \
variable?)
    """
    if not isinstance(out_dir, (str, os.PathLike)):
        msg = (f"{caller}: out_dir is a folder's path (a str or an os.PathLike), "
               f"got {_kind(out_dir)}")
        raise ArgumentError(msg)
    if os.fspath(out_dir) in ("", b""):
        msg = f"{caller}: out_dir is an empty path (an unset variable?)"
        raise ArgumentError(msg)
    path = os.fspath(out_dir)
    while path and not os.path.exists(path):  # the nearest part of the path that exists
        parent = os.path.dirname(path)
        path = "" if parent == path else parent
    if path and not os.path.isdir(path):
        msg = f"{caller}: out_dir {os.fspath(out_dir)!r}: {path!r} is a file, not a folder"
        raise ArgumentError(msg)


def check_runs(caller: str, pairs: object, executor: object) -> None:
    """Raise :class:`ArgumentError` unless ``pairs`` and ``executor`` are of the right type.

    ``pairs`` is ``None`` or an iterable (of pairs, each checked once reached:
    :func:`check_pair`); ``executor`` ``None`` or an ``Executor`` (it has ``submit``).

    Examples:
        >>> check_runs("compare_all", [("phi-2", "phi-4")], None)
        >>> check_runs("write_site", None, 4)
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: write_site: executor is a \
concurrent.futures.Executor (or None, to run in this process), got int 4
    """
    if pairs is not None and (isinstance(pairs, str) or not isinstance(pairs, Iterable)):
        msg = (f"{caller}: pairs is a list of (a, b) model names such as "
               f"[('phi-2', 'phi-4-mini')], got {_kind(pairs)}")
        raise ArgumentError(msg)
    if executor is not None and not callable(getattr(executor, "submit", None)):
        msg = (f"{caller}: executor is a concurrent.futures.Executor (or None, to run in this "
               f"process), got {_kind(executor)}")
        raise ArgumentError(msg)


def check_batch(format: str | None, out_dir: object, *, formats: Iterable[str], shards: bool,
                chunk_size: int, max_pending: int) -> None:
    """Raise :class:`ComparisonError` when ``compare_all``'s own arguments do not fit together.

    A count of the wrong type (``chunk_size="100"``) is an :class:`ArgumentError`.

    Examples:
        >>> check_batch("md", "pages", formats=["md"], shards=False, chunk_size=1, max_pending=1)
        >>> check_batch(None, "pages", formats=["md"], shards=False, chunk_size=1, max_pending=1)
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: out_dir needs a format to write pages in
    """
    check_flag("shards", shards)
    if out_dir is not None:
        check_out_dir(out_dir, "compare_all")
    if format is not None and (not isinstance(format, str) or format not in formats):
        msg = f"unknown format {format!r}; choose from {', '.join(formats)}"
        raise ComparisonError(msg)
    if out_dir is not None and format is None:
        msg = "out_dir needs a format to write pages in"
        raise ComparisonError(msg)
    if shards and out_dir is None:
        msg = "shards needs an out_dir to write them to"
        raise ComparisonError(msg)
    for name, count in (("chunk_size", chunk_size), ("max_pending", max_pending)):
        if isinstance(count, bool) or not isinstance(count, int):
            msg = f"{name} is a positive whole number, got {_kind(count)}"
            raise ArgumentError(msg)
        if count < 1:
            msg = f"chunk_size and max_pending must be positive; got {name}={count!r}"
            raise ComparisonError(msg)


_SUPPORT_CHANGES = {FrictionKind.CAPABILITY_LOST: (Support.YES, Support.NO),
                    FrictionKind.CAPABILITY_UNCERTAIN: (Support.YES, Support.UNKNOWN),
                    FrictionKind.CAPABILITY_GAINED: (Support.NO, Support.YES)}
"""A capability friction item's support, from its source model to its target (``friction.py``)."""


def _capability_friction(c: Comparison) -> list[str]:
    """Each capability friction item's subject: one whose support changes so (helper fixCO).

    A forged subject loaded, and the page then failed with a ``KeyError``.
    """
    n, rows, problems = len(c.models), {r.capability.value: r for r in c.capabilities}, []
    for k, item in enumerate(c.friction):
        s, t = item.source_index, item.target_index
        if not (0 <= s < n and 0 <= t < n) or s == t:
            problems.append(f"friction[{k}] moves from model {s} to model {t}")
        elif (change := _SUPPORT_CHANGES.get(item.kind)) is not None and (
                (row := rows.get(item.subject)) is None or len(row.support) != n
                or (row.support[s], row.support[t]) != change):
            problems.append(f"friction[{k}].subject is {item.subject!r}, but the capabilities "
                            f"make no {item.kind.value} of it from model {s} to model {t}")
    return problems


def inconsistencies(c: Comparison) -> list[str]:
    """What does not fit together in ``c``'s facts: :meth:`Comparison.inconsistencies`.

    The per-model facts' sizes and positions, the specifications against the models' own
    fields (:func:`~phicompare.analysis.spec_rows.spec_problems`), each capability friction
    item's subject against the capability rows, the models' routes, scores and capability
    flags against the rows made of them
    (:func:`~phicompare.analysis.model_checks.model_problems`), then the bills' arithmetic
    (:func:`~phicompare.analysis.bill_checks.bill_problems`) and their words and the bills
    kept beside them against the routes
    (:func:`~phicompare.analysis.estimate_checks.estimate_problems`).

    Examples:
        >>> from phicompare import compare
        >>> inconsistencies(compare("phi-2", "phi-4-mini"))
        []
    """
    n = len(c.models)
    if n < 2:
        return [f"a comparison holds at least two models, got {n}"]
    ids = [m.id for m in c.models]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    problems = [f"{what} has {size} entries for {n} models" for what, size in (
        ("cost.estimates", len(c.cost.estimates)),
        *((f"specs[{k}].values", len(r.values)) for k, r in enumerate(c.specs)),
        *((f"capabilities[{k}].support", len(r.support))
          for k, r in enumerate(c.capabilities)),
        *((f"benchmarks[{k}].scores", len(r.scores)) for k, r in enumerate(c.benchmarks)),
        *((f"benchmarks[{k}].near_chance", len(r.near_chance))
          for k, r in enumerate(c.benchmarks)),
        *((f"benchmarks[{k}].other_runs", len(r.other_runs))  # (empty: no model has another)
          for k, r in enumerate(c.benchmarks) if r.other_runs),
    ) if size != n]
    problems += [f"models repeat: {', '.join(repeated)}"] if repeated else []
    problems += [f"cost.estimates[{k}] is about model {e.model_index}"
                 for k, e in enumerate(c.cost.estimates) if e.model_index != k]
    problems += [f"provenance.unsourced[{k}] names model {i}"
                 for k, (i, _) in enumerate(c.provenance.unsourced) if not 0 <= i < n]
    # the specifications from the models' own fields, the capabilities friction names (fixCO)
    problems += spec_problems(c.specs, c.models) + _capability_friction(c)
    # the models' routes, scores and flags against their rows (review 40, #1: helper fixDK)
    problems += model_problems(c)
    # the bills' arithmetic (review 34, #1), then their words against their routes (fixCF)
    problems += bill_problems(c)
    # every friction item worked out again from the facts it is made of, where they hold
    # together, and each provider's name one in the route rows and capability rows (fixDE)
    made = [] if problems else friction_problems(c)
    return problems + estimate_problems(c) + made + provider_name_problems(c)
