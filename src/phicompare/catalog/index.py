"""The catalog: an immutable index over models, providers and benchmarks."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from decimal import ROUND_CEILING, Decimal
from typing import TYPE_CHECKING, TypeVar

import attrs

from phicompare.domain.arguments import check_count, kind
from phicompare.domain.in_use import Span, read_spans, use_spans
from phicompare.domain.names import closest_ids, lookup_names, normalize_name
from phicompare.domain.records import Benchmark, Model, Provider
from phicompare.exceptions import (
    ArgumentError,
    UnknownBenchmarkError,
    UnknownModelError,
    UnknownProviderError,
)

from .kin import Sized, family_groups, find_neighbours
from .memo import MISSING, ModelMemo, Slot
from .sameness import record_ids, same_records
from .spreads import median, run_spreads
from .suggest import close_models

if TYPE_CHECKING:
    from .replacement import Replacement
    from .shelf import Shelf

__all__ = ["Catalog", "run_spreads"]

V = TypeVar("V")
_NEIGHBOURS: Slot[tuple[tuple[str, str, str], ...]] = Slot("neighbours")
_TENTH = Decimal("0.1")


def _index(catalog: Catalog) -> Mapping[str, str]:
    """Every name (id or alias, normalised) -> its model's id; the first model keeps a name."""
    if catalog.shelf is not None:
        return catalog.shelf.names()
    index: dict[str, str] = {}
    for model in catalog.models:
        for name in lookup_names(model):  # (the rule Comparison.position shares, A6)
            index.setdefault(name, model.id)
    return index


def _exact(catalog: Catalog) -> Mapping[str, str]:
    """Every id and alias as written -> the id :meth:`Catalog.model` finds for it (none shelved).

    A name given as written is looked up without normalising it; the answer is the index's.
    """
    if catalog.shelf is not None:
        return {}
    index = catalog._by_name  # the catalog's own index, built just before
    return {name: index[normalize_name(name)]
            for model in catalog.models for name in (model.id, *model.aliases)}


_KinRows = tuple[Mapping[str, tuple[Sized, ...]], tuple[tuple[Decimal, Sized], ...]]
"""The rows neighbours are found among: by family, and those with a size (with the size)."""


def _neighbour_rows(catalog: Catalog) -> _KinRows:
    """What neighbours are found among (:data:`_KinRows`); those with a size in catalog order.

    A shelved catalog's index rows (the same ids, names, families, vendors and sizes as its
    models), else its models.
    """
    every: tuple[Sized, ...] = catalog.shelf.rows if catalog.shelf is not None else catalog._models
    # and the family its name bears (review 11, K11), found for the keys a page asks for
    return (family_groups(every),
            tuple([(row.parameters_b, row) for row in every if row.parameters_b]))


def _check_id(caller: str, value: object) -> None:
    """Raise :class:`ArgumentError` unless ``value``, given to ``caller``, is an id (a str)."""
    if not isinstance(value, str):
        raise ArgumentError(f"Catalog.{caller} takes an id (str), got {kind(value)}")


def _by_id(models: Iterable[Model]) -> dict[str, Model]:
    found: dict[str, Model] = {}
    for model in models:
        found.setdefault(model.id, model)
    return found


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Catalog:
    """Models, providers and benchmarks, indexed by id; build one with :func:`load_catalog`.

    The bundled catalog (``default_catalog()``) holds its models on a
    :class:`~phicompare.catalog.shelf.Shelf`: names and neighbours come from its index, and a
    model's file is read when the model is first asked for; ``models`` (and iterating) reads
    them all. Its providers and benchmarks are structured when first asked for, by id or all
    at once (``providers``, ``benchmarks``). Every other catalog holds its records as given.

    Examples:
        >>> from phicompare import default_catalog
        >>> default_catalog().model("Phi-4 Mini").id
        'phi-4-mini'
        >>> default_catalog().model("microsoft/Phi-4-mini-instruct").id
        'phi-4-mini'
    """

    _models: tuple[Model, ...] = attrs.field(default=(), alias="models")
    _provider_list: tuple[Provider, ...] = attrs.field(default=(), alias="providers")
    _benchmark_list: tuple[Benchmark, ...] = attrs.field(default=(), alias="benchmarks")
    shelf: Shelf | None = attrs.field(default=None, repr=False)
    replaced: tuple[Replacement, ...] = attrs.field(default=(), eq=False, repr=False)
    """Each record a later file replaced whole as the catalog was loaded, in reading order."""
    _by_name: Mapping[str, str] = attrs.field(
        init=False, eq=False, repr=False, hash=False,
        default=attrs.Factory(_index, takes_self=True),
    )
    _by_exact_name: Mapping[str, str] = attrs.field(
        init=False, eq=False, repr=False, hash=False,
        default=attrs.Factory(_exact, takes_self=True),
    )
    _models_by_id: Mapping[str, Model] = attrs.field(
        init=False, eq=False, repr=False, hash=False,
        default=attrs.Factory(lambda self: _by_id(self._models), takes_self=True),
    )
    _kin_rows: _KinRows = attrs.field(
        init=False, eq=False, repr=False, hash=False,
        default=attrs.Factory(_neighbour_rows, takes_self=True),
    )
    """The rows neighbours are found among, by family and with a size (:func:`_neighbour_rows`)."""
    _providers: Mapping[str, Provider] = attrs.field(
        init=False, eq=False, repr=False, hash=False,
        default=attrs.Factory(lambda self: self.shelf.records("providers") if self.shelf
                              else {p.id: p for p in self._provider_list}, takes_self=True),
    )
    _benchmarks: Mapping[str, Benchmark] = attrs.field(
        init=False, eq=False, repr=False, hash=False,
        default=attrs.Factory(lambda self: self.shelf.records("benchmarks") if self.shelf
                              else {b.id: b for b in self._benchmark_list}, takes_self=True),
    )
    _spreads: Mapping[str, Decimal] = attrs.field(
        init=False, eq=False, repr=False, hash=False,
        default=attrs.Factory(lambda self: self.shelf.spreads if self.shelf is not None
                              else run_spreads(self._models), takes_self=True),
    )
    _usual_spread: Decimal | None = attrs.field(
        init=False, eq=False, repr=False, hash=False,
        default=attrs.Factory(lambda self: median(self._spreads.values()), takes_self=True),
    )
    """The median of the spreads: the least spread a benchmark with a repeated run is given."""
    _memo: ModelMemo = attrs.field(
        init=False, eq=False, repr=False, hash=False, factory=ModelMemo)

    @property
    def models(self) -> tuple[Model, ...]:
        """Every model, in catalog order (a shelved catalog reads each model's file once)."""
        return self._models if self.shelf is None else self.shelf.models()

    @property
    def providers(self) -> tuple[Provider, ...]:
        """Every provider, in catalog order (a shelved catalog structures each once)."""
        return self._provider_list if self.shelf is None else self.shelf.providers()

    @property
    def benchmarks(self) -> tuple[Benchmark, ...]:
        """Every benchmark, in catalog order (a shelved catalog structures each once)."""
        return self._benchmark_list if self.shelf is None else self.shelf.benchmarks()

    def __reduce__(self) -> tuple[object, ...]:
        # Pickle the records only; the indexes are rebuilt where it is unpickled, the memo is new.
        return (_rebuild, (self.models, self.providers, self.benchmarks, self.replaced))

    def __eq__(self, other: object) -> bool:  # the records, however held (review 34, #2)
        return same_records(self, other) if isinstance(other, Catalog) else NotImplemented

    def __hash__(self) -> int:
        return hash(record_ids(self))

    def __len__(self) -> int:
        return len(self._models) if self.shelf is None else len(self.shelf.rows)

    def __repr__(self) -> str:
        shelf = self.shelf
        providers = len(self._provider_list) if shelf is None else shelf.count("providers")
        benchmarks = len(self._benchmark_list) if shelf is None else shelf.count("benchmarks")
        return f"<Catalog: {len(self)} models, {providers} providers, {benchmarks} benchmarks>"

    def _lookup(self, model_id: str) -> Model:
        if self.shelf is not None:
            return self.shelf.model(model_id)
        return self._models_by_id[model_id]

    def derive(self, slot: Slot[V], model: Model, key: Hashable, compute: Callable[[], V]) -> V:
        """What ``compute()`` returns for ``model`` and ``key``, worked out once per catalog.

        The catalog keeps per-model work for the comparisons it answers (see
        :mod:`phicompare.catalog.memo`): ``compute`` must be a pure function of the model, the
        key and this catalog. The memo is bounded and dies with the catalog.

        Examples:
            >>> from phicompare import default_catalog
            >>> from phicompare.catalog.memo import Slot
            >>> NAME_LENGTH: Slot[int] = Slot("name length")
            >>> catalog = default_catalog()
            >>> phi = catalog.model("phi-2")
            >>> catalog.derive(NAME_LENGTH, phi, (), lambda: len(phi.name))
            5
        """
        full = (slot, model, key)
        found = self._memo.find(full, MISSING)  # (the memo's one dictionary read)
        if found is not MISSING:
            value: V = found
            return value
        return self._memo.keep(full, compute)

    def run_spread(self, benchmark_id: str) -> Decimal | None:
        """The spread between runs on ``benchmark_id``, in points: below it no gap is a difference.

        The largest difference between two scores of one model on that benchmark, under one
        setting, from two evaluations, and never less than the median of the spreads the
        catalog knows (one pair of runs that happen to agree closely is not evidence that the
        benchmark is steadier than others). ``None`` for a benchmark with no repeated run: no
        source measures its spread, and another benchmark's is not its own. Rounded up to the
        tenth of a point pages print it at, so that a gap the page shows as large as the spread
        is within it.

        Raises:
            UnknownBenchmarkError: the catalog has no benchmark ``benchmark_id`` (a
                ``KeyError``); it suggests up to three close ids.
            ArgumentError: ``benchmark_id`` is not a str.

        Examples:
            >>> from phicompare import default_catalog
            >>> default_catalog().run_spread("gsm8k")  # Phi-3.5-mini: 86.2 and 76.9
            Decimal('9.3')
            >>> default_catalog().run_spread("mmlu")  # 3.5 (69.0 and 65.5), under the median 3.65
            Decimal('3.7')
            >>> default_catalog().run_spread("aime-2024") is None  # no repeated run
            True
            >>> try:
            ...     default_catalog().run_spread("mmlx")  # no such benchmark
            ... except KeyError as error:
            ...     print(error)
            unknown benchmark 'mmlx'; did you mean 'mmlu' or 'mmmlu'?
        """
        found, usual = self._spread("run_spread", benchmark_id), self._usual_spread
        if found is None:
            return None
        spread = found if usual is None or found >= usual else usual
        return spread.quantize(_TENTH, rounding=ROUND_CEILING)

    def run_spread_floored(self, benchmark_id: str) -> bool:
        """Whether :meth:`run_spread` gives the catalog's typical spread, not the benchmark's own.

        True where the benchmark's repeated runs differ by less than the median of the spreads
        (its spread is floored there): a page then calls the figure the typical spread, taken
        as the least, never this benchmark's spread. An unknown id raises as :meth:`run_spread`.

        Examples:
            >>> from phicompare import default_catalog
            >>> default_catalog().run_spread_floored("siqa")  # 74.7 and 75.1: 0.4 points
            True
            >>> [default_catalog().run_spread_floored(b) for b in ("gsm8k", "aime-2024")]
            [False, False]
        """
        found, usual = self._spread("run_spread_floored", benchmark_id), self._usual_spread
        return found is not None and usual is not None and found < usual

    def _spread(self, caller: str, benchmark_id: str) -> Decimal | None:
        """The benchmark's widest spread between runs, ``None`` for none (an unknown id raises)."""
        _check_id(caller, benchmark_id)
        found = self._spreads.get(benchmark_id)
        if found is None:  # none, or no such benchmark: it raises UnknownBenchmarkError
            self.benchmark(benchmark_id)
        return found

    def __iter__(self) -> Iterator[Model]:
        return iter(self.models)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or name in self._by_exact_name:
            return isinstance(name, str)
        key = normalize_name(name)
        return bool(key) and key in self._by_name  # "" or "-" names no model

    def model(self, name: str) -> Model:
        """The model whose id or alias is ``name``, ignoring case, spaces, dashes and underscores.

        A name that is empty once they are ignored (``""``, ``"-"``) names no model, unless a
        model's id is written exactly so.

        Raises:
            UnknownModelError: no model has that name; the error suggests up to three close names.
            ArgumentError: ``name`` is not a str.

        Examples:
            >>> from phicompare import default_catalog
            >>> default_catalog().model("PHI_2").name
            'Phi-2'
        """
        if not isinstance(name, str):  # (API review 14, A3)
            shown = "None" if name is None else f"{type(name).__name__} {name!r}"[:80]  # type: ignore[unreachable]
            msg = f"Catalog.model takes a model id or name (str), got {shown}"
            raise ArgumentError(msg)
        model_id = self._by_exact_name.get(name)
        if model_id is None:  # "" (an unset variable) or "-" names none (review 27, P4)
            key = normalize_name(name)
            model_id = self._by_name.get(key) if key else None
            if model_id is None:
                raise UnknownModelError(name, self.suggest(name))
        return self._lookup(model_id)

    def suggest(self, name: str, limit: int = 3) -> tuple[str, ...]:
        """Up to ``limit`` model ids whose names are close to ``name``, closest first.

        Models whose display name is ``name`` come first (several may share one), then ids and
        aliases that begin with it, then others close to it; a provider's route id is read
        without its path, vendor prefix and version too (:mod:`~phicompare.catalog.suggest`).

        Raises:
            ArgumentError: ``name`` is not a str, or ``limit`` not a positive int.

        Examples:
            >>> from phicompare import default_catalog
            >>> default_catalog().suggest("phi-4-mimi")[0]
            'phi-4-mini'
            >>> default_catalog().suggest("Command R+")
            ('command-r-plus-04-2024', 'command-r-plus-08-2024', 'command-r')
            >>> default_catalog().suggest("ｐｈｉ-２")[0]
            'phi-2'
        """
        if not isinstance(name, str):  # (API review 15, A5)
            msg = f"Catalog.suggest takes a model id or name (str), got {kind(name)}"  # type: ignore[unreachable]
            raise ArgumentError(msg)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            msg = f"Catalog.suggest: limit is a positive whole number of names, got {kind(limit)}"
            raise ArgumentError(msg)
        rows = self.shelf.rows if self.shelf is not None else self.models
        return close_models(name, self._by_name, rows, limit)

    def provider(self, provider_id: str) -> Provider:
        """The provider with id ``provider_id``.

        Examples:
            >>> from phicompare import default_catalog
            >>> default_catalog().provider("together").name
            'Together AI'

        Raises:
            UnknownProviderError: no such provider (a ``KeyError``); it suggests up to three
                close ids; one that is no str is no known id either.
        """
        if not isinstance(provider_id, str):  # (as an int always was: a list is not hashed)
            raise UnknownProviderError(provider_id)
        found, shelf = self._providers.get(provider_id), self.shelf
        if found is None and shelf is not None and shelf.defines("providers", provider_id):
            found = shelf.provider(provider_id)
        if found is None:
            names = {p.id: p.name for p in self.providers}
            raise UnknownProviderError(provider_id, closest_ids(provider_id, names))
        return found

    def benchmark(self, benchmark_id: str) -> Benchmark:
        """The benchmark with id ``benchmark_id``.

        Examples:
            >>> from phicompare import default_catalog
            >>> default_catalog().benchmark("mmlu").short_name
            'MMLU'

        Raises:
            UnknownBenchmarkError: no such benchmark (a ``KeyError``); it suggests up to three
                close ids; one that is no str is no known id either.
        """
        if not isinstance(benchmark_id, str):  # (as an int always was: a list is not hashed)
            raise UnknownBenchmarkError(benchmark_id)
        found, shelf = self._benchmarks.get(benchmark_id), self.shelf
        if found is None and shelf is not None and shelf.defines("benchmarks", benchmark_id):
            found = shelf.benchmark(benchmark_id)
        if found is None:
            names = {b.id: b.name for b in self.benchmarks}
            raise UnknownBenchmarkError(benchmark_id, closest_ids(benchmark_id, names))
        return found

    def neighbours(self, model_id: str, limit: int = 3) -> tuple[tuple[Model, str], ...]:
        """Models worth comparing with ``model_id``, each with the reason.

        ``same-family`` (the same family and vendor, closest in size first, then nearest by
        name: :func:`~phicompare.catalog.kin.nearest_names`; each name carrying the family:
        :func:`~phicompare.catalog.kin.carries_family`; the family each name bears:
        :func:`~phicompare.catalog.kin.family_keys`), ``same-size-class`` (another family,
        parameters within a factor of 1.5) or ``similar-size`` (the same size class, where
        either family is unknown or not borne by its name, or both start with one word). No
        neighbour is the model again: a record named as it is, or by another record's id or
        alias, is left out, and of records bearing one name the first is kept. Computed once
        per model and catalog.

        Examples:
            >>> from phicompare import default_catalog
            >>> [why for m, why in default_catalog().neighbours("phi-2")][:1]
            ['same-family']
        """
        check_count("Catalog.neighbours: limit", limit, "models")
        return tuple((self._lookup(other), why)
                     for other, _, why in self.neighbour_names(model_id, limit))

    def neighbour_names(self, model_id: str, limit: int = 3) -> tuple[tuple[str, str, str], ...]:
        """:meth:`neighbours` as ``(id, name, reason)``: a shelved catalog reads no model file.

        Examples:
            >>> from phicompare import default_catalog
            >>> default_catalog().neighbour_names("phi-2")[0][2]
            'same-family'
        """
        check_count("Catalog.neighbour_names: limit", limit, "models")
        model = self.model(model_id)
        return self.derive(_NEIGHBOURS, model, limit,
                           lambda: find_neighbours(model, limit, self._kin_rows, self._by_name))

    def use_spans(self, model_id: str) -> tuple[Span, ...]:
        """The days the model ``model_id`` can be used on (``domain.in_use.use_spans``).

        A shelved catalog reads them from its index: a page's related comparisons ask this of
        every neighbour, and read none of their files.

        Examples:
            >>> from phicompare import default_catalog
            >>> default_catalog().use_spans("gemini-2.0-flash")
            ((datetime.date(2025, 2, 5), datetime.date(2026, 6, 1)),)
        """
        _check_id("use_spans", model_id)
        if self.shelf is not None:
            try:
                return read_spans(self.shelf.row(model_id).days)  # read now, not with the index
            except KeyError:
                pass  # an alias, or no model's: as model() answers it
            except ValueError:
                pass  # not as the index writes them: its file says (a stale index, if so)
        return use_spans(self.model(model_id))

    def _repr_markdown_(self) -> str:
        from phicompare.render.markdown import catalog_markdown  # noqa: PLC0415

        return catalog_markdown(self)

    def _repr_html_(self) -> str:
        from phicompare.render.html import catalog_html  # noqa: PLC0415

        return catalog_html(self)

    def provider_name(self, provider_id: str) -> str:
        """The provider's display name, or its id when the catalog does not define it."""
        _check_id("provider_name", provider_id)
        provider = self._providers.get(provider_id)
        if provider is not None:
            return provider.name
        try:
            return self.provider(provider_id).name  # a shelved catalog's, structured now
        except KeyError:
            return provider_id


def _rebuild(models: tuple[Model, ...], providers: tuple[Provider, ...],
             benchmarks: tuple[Benchmark, ...], replaced: tuple[Replacement, ...] = ()) -> Catalog:
    return Catalog(models=models, providers=providers, benchmarks=benchmarks, replaced=replaced)
