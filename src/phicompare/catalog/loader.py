"""Loading catalog files: TOML -> checked records -> one merged :class:`Catalog`.

Loading is all-or-nothing: every problem in every given file is collected and raised together as
one :class:`~phicompare.exceptions.CatalogError`, and no catalog is built from a broken set of
files. Catalogs are immutable, so a failed load can never change one that is already loaded.

Merge rule: files are read in the order given (a folder contributes its ``*.toml`` files sorted by
relative path). A record (provider, benchmark or model) whose id was already loaded from an earlier
file replaces that record whole; new ids are added. Within one file an id may appear only once.
The catalog lists each record replaced so (``Catalog.replaced``); nothing is logged.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from phicompare.domain.arguments import (
    check_flag,
    day_refused,
    iso_day,
    keywords_checked,
    kind as _kind,
)
from phicompare.domain.names import alike_key, closest_ids
from phicompare.domain.records import Benchmark, Model, Provider
from phicompare.domain.rules import LIST_ONCE, NAMES_NOTHING
from phicompare.exceptions import NO_VALUE, ArgumentError, CatalogError, Problem

from .bundled import _DATA, TOO_DEEP, default_catalog, parse_file
from .index import Catalog
from .replacement import Replacement
from .structure import Reference, structure_file
from .values import DEFAULT_MAX_AGE_DAYS, MAX_AGE_LIMIT

if TYPE_CHECKING:
    import sys
    from typing import TypeAlias

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

    CatalogPath: TypeAlias = "str | os.PathLike[str] | Traversable"

__all__ = ["NOT_STRICT_CHECKED", "UNPARSED", "bundled_files", "default_catalog", "load_catalog",
           "validate_paths"]

SCHEMA_VERSION = 1

T = TypeVar("T")


class _Origin(NamedTuple):
    file: str
    path: str


class _Loaded(NamedTuple):
    """Records of every file so far, merged, with where each came from."""

    providers: dict[str, tuple[Provider, _Origin]]
    benchmarks: dict[str, tuple[Benchmark, _Origin]]
    models: dict[str, tuple[Model, _Origin]]
    references: list[Reference]
    unchecked: list[_Origin]
    """What strict checks cannot read: a file that does not parse (path ``""``), a provider or
    model table a problem left out."""
    replaced: list[Replacement]
    """Each record a later file replaced whole, in the order the replacing records were read."""
    files: list[str]
    """Every file read, in load order (a name read later is the one a clash refuses)."""


def bundled_files() -> list[Traversable]:
    """The catalog files shipped inside the package, in load order.

    Examples:
        >>> any(f.name == "phi-2.toml" for f in bundled_files())
        True
    """
    from pathlib import Path  # noqa: PLC0415 - the first comparison reads through the index

    here = Path(_DATA)
    # A package installed as files (the usual case) is read directly: importlib.resources costs
    # more to import than the whole bundled catalog takes to load. Zipped packages go through it.
    folder: Traversable = here if here.is_dir() else _resource_folder()
    return list(_toml_files(folder))


def _resource_folder() -> Traversable:  # pragma: no cover - only for zipped installs
    from importlib import resources  # noqa: PLC0415

    return resources.files("phicompare") / "data"


def _toml_files(folder: Traversable, prefix: str = "") -> Iterator[Traversable]:
    entries = sorted(folder.iterdir(), key=lambda e: e.name)
    for entry in entries:
        if entry.is_file() and entry.name.endswith(".toml"):
            yield entry
    for entry in entries:
        if entry.is_dir() and not entry.name.startswith((".", "__")):
            yield from _toml_files(entry, f"{prefix}{entry.name}/")


class _Parsed(NamedTuple):
    """A catalog file's TOML (``None`` where it does not parse) and the problems that says."""

    entry: Traversable
    data: dict[str, Any] | None
    problems: list[Problem]


def _parse(entry: Traversable) -> _Parsed:
    problems: list[Problem] = []
    return _Parsed(entry, parse_file(entry, problems), problems)


_Earlier = Callable[[str, str], "str | None"]
"""The file of a record loaded before the files read now (the bundled index's), by kind and id."""


def _read(files: Iterable[_Parsed], problems: list[Problem], *,
          earlier: _Earlier | None = None, bundled: Collection[str] = ()) -> _Loaded:
    """Every file's records merged in order; each file's problems added in the same order.

    A record whose id an earlier file (or ``earlier``) defined is noted in ``replaced``;
    ``bundled`` names the files that are the bundled catalog's.
    """
    loaded = _Loaded({}, {}, {}, [], [], [], [])
    for entry, data, parse_problems in files:
        problems.extend(parse_problems)
        name = str(entry)
        loaded.files.append(name)
        if data is None:
            loaded.unchecked.append(_Origin(name, ""))
            continue
        try:
            records, file_problems, references = structure_file(data, name)
        except RecursionError:
            problems.append(Problem(name, "", NO_VALUE, TOO_DEEP))
            loaded.unchecked.append(_Origin(name, ""))
            continue
        problems.extend(file_problems)
        loaded.unchecked.extend(_left_out(records, file_problems, name))
        loaded.references.extend(references)
        for kind, items in records.items():
            target: dict[str, Any] = getattr(loaded, kind)
            for index, record in items:
                before = target.get(record.id)
                was = before[1].file if before else earlier(kind, record.id) if earlier else None
                if was:
                    loaded.replaced.append(Replacement(
                        kind=kind[:-1], id=record.id, file=name, replaced_file=was,
                        bundled=before is None or was in bundled))
                target[record.id] = (record, _Origin(name, f"{kind}[{index}]"))
    return loaded


_RECORD = r"(providers|models)\[(\d+)\]"
"""A provider or model table's path (compiled when a problem is first read: off a load's path)."""


def _left_out(records: dict[str, list[tuple[int, Any]]], problems: list[Problem],
              file: str) -> list[_Origin]:
    """The provider and model tables of ``file`` that a problem kept out of ``records``."""
    kept = {f"{kind}[{index}]" for kind, items in records.items() for index, _ in items}
    found = (re.match(_RECORD, p.path) for p in problems)
    named = dict.fromkeys(m.group(0) for m in found if m is not None)
    return [_Origin(file, path) for path in named if path not in kept]


NOT_STRICT_CHECKED = ("not strict-checked: a record with a problem above is left out; fix it and "
                      "validate again")
"""The line ``validate --strict`` gives a provider or model table that a problem left out."""
UNPARSED = "not strict-checked: the file does not parse; fix it and validate again"
"""The line ``validate --strict`` gives a file it could not read."""


def _check_references(loaded: _Loaded, problems: list[Problem]) -> None:
    """Checks that span files: providers and benchmarks named, score ranges, unique names.

    References are read from the raw tables, so a model record that is broken in other ways is
    still checked; a model replaced by a later file is checked only in its surviving version.
    Of two model or provider names that clash, the one read later is refused
    (:mod:`~phicompare.catalog.clashes`); a record of a file in the package's data folder is
    called bundled, and its file shown from that folder (``data/models/phi-2.toml``).
    """
    from .clashes import Place, model_clashes, narrowed_range, provider_clashes  # noqa: PLC0415
    from .order import in_file_order  # noqa: PLC0415 - with the checks it orders

    rank = {file: k for k, file in enumerate(loaded.files)}
    bundled = {f: "data/" + os.path.relpath(f, _DATA).replace(os.sep, "/")
               for f in loaded.files if f.startswith(os.path.join(_DATA, ""))}
    reported = {(p.file, p.path) for p in problems}
    clashes = [p for p in model_clashes(
        ((i, Place(*o)) for i, (_, o) in loaded.models.items()), loaded.references, rank, bundled)
        if p.message != NAMES_NOTHING or (p.file, p.path) not in reported]  # (said already)
    # An alias listed twice: the record's validator said so too, here said with the record's
    # path (models[0].aliases[0]), so the validator's is dropped
    twice = {(p.file, p.path) for p in clashes if p.message.endswith(LIST_ONCE)}
    problems[:] = [p for p in problems
                   if not (p.message.endswith(LIST_ONCE) and (p.file, p.path) in twice)]
    problems.extend(clashes)
    problems.extend(provider_clashes(((i, Place(*o)) for i, (_, o) in loaded.providers.items()),
                                     rank, bundled))
    narrowed: dict[str, list[Reference]] = {}  # scores a later file's benchmark puts out of range
    for ref in loaded.references:
        survivor = loaded.models.get(ref.model)
        if survivor is not None and survivor[1].file != ref.file:
            continue
        if ref.what == "provider" and ref.value not in loaded.providers:
            problems.append(Problem(ref.file, ref.path, ref.value, "unknown provider; define it "
                                    f"in [[providers]]{_close(ref.value, loaded.providers)}"))
        elif ref.what == "benchmark":
            found = loaded.benchmarks.get(str(ref.value))
            if found is None:
                hint = _close(ref.value, loaded.benchmarks)
                problems.append(Problem(ref.file, ref.path, ref.value,
                                        f"unknown benchmark; define it in [[benchmarks]]{hint}"))
            elif isinstance(ref.score, (int, Decimal)) and _finite(ref.score) and not (
                    0 <= ref.score <= found[0].max_score):
                if rank[found[1].file] > rank[ref.file]:
                    narrowed.setdefault(str(ref.value), []).append(ref)
                    continue
                problems.append(Problem(ref.file, ref.path.rsplit(".", 1)[0] + ".score",
                                        ref.score, f"outside {found[0].label}'s range 0 to "
                                        f"{found[0].max_score}"))
    problems.extend(narrowed_range(*loaded.benchmarks[ref], refs, bundled)
                    for ref, refs in narrowed.items())
    problems[:] = in_file_order(problems, loaded.files)  # each file's, record by record (review 40)


def _finite(value: int | Decimal) -> bool:
    return not isinstance(value, Decimal) or value.is_finite()


def _close(name: object, known: Mapping[str, tuple[Provider | Benchmark, _Origin]]) -> str:
    """The ids of ``known`` close to the unknown ``name``: the catalog's one rule, ``closest_ids``.

    Examples:
        >>> from phicompare import default_catalog
        >>> known = {p.id: (p, _Origin("", "")) for p in default_catalog().providers}
        >>> _close("Microsoft Foundry", known), _close("zzzz", known)
        (" (did you mean 'azure-foundry'?)", '')
    """
    found = closest_ids(name, {i: record.name for i, (record, _) in known.items()})
    if not found:
        return ""
    *first, last = map(repr, found)
    return f" (did you mean {', '.join(first) + ' or ' if first else ''}{last}?)"


def validate_paths(
    *paths: CatalogPath,
    bundled: bool = False,
    strict: bool = False,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
    today: dt.date | str | None = None,
) -> list[Problem]:
    """Every problem in the given catalog files and folders, empty when they load cleanly.

    With ``bundled=True`` the given files are checked over the bundled catalog, as
    ``load_catalog(..., bundled=True)`` loads them: every problem that load would raise is
    listed, and a name of a given file that a bundled record holds already is the given file's
    problem, at its key (review 34). The strict checks read only the given files: the bundled
    files' own lint (a shipped model with no score) is the package's to fix, not the caller's,
    and ``phicompare validate --bundled`` lists the same (review 27, P2). To check the bundled
    files themselves, give their paths, without ``bundled=True``.

    It also lists a benchmark defined again under a second id (its name or short name another
    benchmark's, once case, spaces and punctuation are set aside: ``benchmark_names``), which a
    load reads as two benchmarks whose scores never compare, and a score whose setting states a
    split that is a benchmark of its own (GPQA's Diamond: ``benchmark_names.split_scores``).

    With ``strict=True`` it also lists what loads but should not ship: figures without a source,
    checked dates older than ``max_age_days``, models with no route or no score, routes whose
    context window exceeds their model's, first-party providers without ``vendors``; and, last,
    each provider or model a problem left out (:data:`NOT_STRICT_CHECKED`) and each file that
    does not parse (:data:`UNPARSED`), which the strict checks could not read. ``today`` (the
    day the ages are counted to; today by default) is a date or its ISO text (``"2026-12-01"``).

    Raises:
        ArgumentError: a path, a switch, ``max_age_days`` (a whole number of days, 0 to
            :data:`~phicompare.catalog.lint.MAX_AGE_LIMIT`) or ``today`` of the wrong type.

    Examples:
        >>> validate_paths(bundled=True)
        []
    """
    check_flag("bundled", bundled)  # "no" is truthy (API review 15, A2)
    check_flag("strict", strict)
    if (isinstance(max_age_days, bool) or not isinstance(max_age_days, int)
            or not 0 <= max_age_days <= MAX_AGE_LIMIT):  # as --max-age (review 27, P2)
        msg = (f"validate_paths: max_age_days is a whole number of days from 0 to "
               f"{MAX_AGE_LIMIT:,}, got {_kind(max_age_days)}")
        raise ArgumentError(msg)
    day = dt.date.today() if today is None else iso_day(today)
    if day is None:
        raise ArgumentError(f"validate_paths: {day_refused('today', today)}")
    problems: list[Problem] = []
    from .walk import given_files  # noqa: PLC0415 - only a user's paths are walked

    shipped = [str(f) for f in bundled_files()] if bundled else []
    files = (bundled_files() if bundled else []) + given_files(paths, problems, "validate_paths")
    loaded = _read(map(_parse, files), problems)
    _check_references(loaded, problems)
    if not bundled and any(p.message.startswith(("unknown provider", "unknown benchmark"))
                           for p in problems):  # a file over the bundled catalog: said once
        from .over_bundled import said_once  # noqa: PLC0415 - the error path only

        shelf = default_catalog()
        problems = said_once(problems, (p.id for p in shelf.providers),
                             (b.id for b in shelf.benchmarks))
    from .benchmark_names import same_benchmarks, split_scores  # noqa: PLC0415 - start-up speed

    rank = {file: k for k, file in enumerate(loaded.files)}  # the later benchmark is refused
    problems.extend(same_benchmarks((b, o.file, o.path) for b, o in sorted(
        loaded.benchmarks.values(), key=lambda found: rank[found[1].file])))
    problems.extend(split_scores((m, o.file, o.path) for m, o in loaded.models.values()))
    if strict:  # the bundled files' own lint is the package's to fix, not the caller's
        from .lint import provider_problems, strict_problems  # noqa: PLC0415 - start-up speed

        own = {f for f in loaded.files if f not in shipped}
        problems.extend(provider_problems((p, o.file, o.path)
                                          for p, o in loaded.providers.values() if o.file in own))
        problems.extend(strict_problems(
            ((m, o.file, o.path) for m, o in loaded.models.values() if o.file in own),
            today=day,
            max_age_days=max_age_days,
        ))
        problems.extend(Problem(o.file, o.path, NO_VALUE,
                                NOT_STRICT_CHECKED if o.path else UNPARSED)
                        for o in loaded.unchecked if o.file in own)
    return problems


@keywords_checked
def load_catalog(*paths: CatalogPath, bundled: bool = False) -> Catalog:
    """Load exactly the given catalog files and folders into one :class:`Catalog`.

    A folder contributes every ``*.toml`` below it, sorted by relative path. With ``bundled=True``
    the bundled catalog is loaded first, so the given files add to it and override it. A record
    whose id an earlier file defined replaces that record whole: the catalog's ``replaced``
    lists each such record (:class:`~phicompare.catalog.replacement.Replacement`), with the file
    that won and the one it replaced; nothing is logged.

    Raises:
        ArgumentError: a path of the wrong type, a ``bundled`` that is not a bool, or no path
            with ``bundled=False`` (nothing to load: :func:`default_catalog` is the bundled
            catalog).
        CatalogError: listing every problem found; nothing is loaded. Where none of the given
            files reads or parses, the bundled files are not read: their problems are all a
            whole load would list.

    Examples:
        >>> catalog = load_catalog(bundled=True)
        >>> catalog.model("phi4-mini").context_window
        131072
        >>> catalog.replaced  # no file replaced a record of another
        ()
    """
    from .walk import given_files  # noqa: PLC0415 - only a user's paths are walked

    check_flag("bundled", bundled)  # "no" is truthy (API review 15, A2)
    if not paths and not bundled:  # never a silent empty catalog (API review 15, A5)
        msg = ("load_catalog() with no path and bundled=False loads nothing; give catalog files "
               "or folders, bundled=True for the bundled catalog under them, or use "
               "default_catalog()")
        raise ArgumentError(msg)
    problems: list[Problem] = []
    own = [_parse(entry) for entry in given_files(paths, problems, "load_catalog")]
    if bundled and own and not problems:
        layered = _layered(own)
        if layered is not None:
            return layered
    base: frozenset[str] = frozenset()
    if bundled and (any(f.data is not None for f in own)
                    or not (problems or any(f.problems for f in own))):
        files = list(map(_parse, bundled_files()))
        base = frozenset(str(f.entry) for f in files)
        own = [*files, *own]
    # else the given files fail to read or to parse, every one of them: their problems are all
    # a load would list (the bundled files have none, and files that do not parse name nothing
    # in them), so the bundled files are not read.
    loaded = _read(own, problems, bundled=base)
    _check_references(loaded, problems)
    if problems:
        raise CatalogError(problems)
    return Catalog(
        models=tuple(m for m, _ in loaded.models.values()),
        providers=tuple(p for p, _ in loaded.providers.values()),
        benchmarks=tuple(b for b, _ in loaded.benchmarks.values()),
        replaced=tuple(loaded.replaced),
    )


def _layered(own: list[_Parsed]) -> Catalog | None:
    """The bundled catalog read on demand with the records of ``own`` over it, or ``None``.

    What a whole load would hold, where it can be told from the bundled index without reading
    every bundled model: the given records have no problem of their own, name no bundled
    benchmark (a bundled score could leave its range), share no name with a bundled model they
    do not replace, name only known providers and benchmarks with scores in range, and replace
    no bundled model whose runs may set a benchmark's spread between runs. ``None`` otherwise:
    a whole load then reads every file and tells what is wrong, as it always has.
    """
    from .index import run_spreads  # noqa: PLC0415
    from .index_file import read_index  # noqa: PLC0415

    shelf = read_index(_DATA)
    if shelf is None:
        return None
    shelf.read_base()
    problems: list[Problem] = []
    given = _read(own, problems, earlier=shelf.file_of)
    if problems or any(_known(shelf.benchmark, b) is not None for b in given.benchmarks):
        return None
    models = [model for model, _ in given.models.values()]
    taken = {alike_key(name): row.id for row in shelf.rows if row.id not in given.models
             for name in row.names}
    if any(taken.setdefault(alike_key(name), m.id) != m.id
           for m in models for name in (m.id, *m.aliases)):
        return None  # a name the bundled catalog (or another given model) holds, or a look-alike
    for model in models:  # an alias that names nothing, or twice: the whole load says so (P4)
        keys = [alike_key(alias) for alias in model.aliases]
        if "" in keys or len(set(keys)) < len(keys):
            return None
    new = [i for i in given.providers if not shelf.defines("providers", i)]
    named = {alike_key(p.id): p.id for p in shelf.providers()} if new else {}
    if any(named.setdefault(alike_key(i), i) != i for i in new):
        return None  # a provider id a bundled one's but for case, dashes or widths
    for ref in given.references:
        if given.models[ref.model][1].file != ref.file or ref.what == "alias":
            continue  # a record a later file replaced, or an alias (just checked)
        value = ref.value
        if not isinstance(value, str):
            return None
        if ref.what == "provider" and not (value in given.providers
                                           or _known(shelf.provider, value) is not None):
            return None
        if ref.what == "benchmark":
            found = given.benchmarks.get(value)
            benchmark = found[0] if found else _known(shelf.benchmark, value)
            if not benchmark or not (isinstance(ref.score, (int, Decimal)) and _finite(ref.score)
                                     and 0 <= ref.score <= benchmark.max_score):
                return None
    spreads = dict(shelf.spreads)
    replaced = [shelf.model(row.id) for row in shelf.rows if row.id in given.models]
    if any(spread >= spreads.get(b, spread) for b, spread in run_spreads(replaced).items()):
        return None
    for benchmark_id, spread in run_spreads(models).items():
        spreads[benchmark_id] = max(spreads.get(benchmark_id, spread), spread)
    return Catalog(shelf=shelf.layer(models, [p for p, _ in given.providers.values()],
                                     [b for b, _ in given.benchmarks.values()], spreads),
                   replaced=tuple(given.replaced))


def _known(find: Callable[[str], T], record_id: str) -> T | None:
    try:
        return find(record_id)
    except KeyError:
        return None
