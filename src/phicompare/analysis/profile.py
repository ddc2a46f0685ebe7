"""What a comparison needs of one model alone, worked out once per model and catalog."""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.records import Benchmark, BenchmarkScore, Model
from phicompare.domain.settings import condition

from .facts import SourceRef, SpecRow
from .score_parts import RowPart, ScoreEntry, row_parts, run_key
from .sources import cite, noted_reads, unrecorded
from .statistics import near_chance, shown_points, variance

__all__ = ["CAPABILITIES", "NO_SOURCE", "OPTIONAL_SPECS", "SPEC_FIELDS", "Profile", "ScoreEntry",
           "canonical", "in_service_only", "profile", "run_key", "within"]

SPEC_FIELDS: tuple[tuple[str, str], ...] = (
    ("released", "Released"),
    ("context_window", "Context window"),
    ("max_input_tokens", "Max input tokens"),
    ("max_output_tokens", "Max output tokens"),
    ("parameters_b", "Parameters"),
    ("active_parameters_b", "Active parameters"),
    ("architecture", "Architecture"),
    ("license", "License"),
    ("open_weights", "Open weights"),
    ("knowledge_cutoff", "Knowledge cutoff"),
    ("input_modalities", "Input modalities"),
    ("output_modalities", "Output modalities"),
    ("kind", "Model kind"),
)
"""The specification rows, in page order: (model attribute, label)."""
OPTIONAL_SPECS = frozenset({"max_input_tokens", "max_output_tokens", "active_parameters_b",
                            "kind"})
"""Specifications shown only when some model has them, and never listed as unsourced."""
NO_SOURCE = "{} (no source on record)"
"""The unsourced label of figures a model shows with no source: its specifications, a score."""
CAPABILITIES = tuple(Capability)
_NAMES = tuple(capability.value for capability in CAPABILITIES)
"""Each capability's name: the field of :class:`Capabilities` that holds its flag."""

_SUPPORT_LETTER = {Support.YES: "y", Support.NO: "n", Support.UNKNOWN: "?"}


class Profile(NamedTuple):
    """One model's facts as comparisons use them (a named tuple: one a model, made per catalog)."""

    support: tuple[Support, ...]
    """Support of each capability, in :data:`CAPABILITIES` order (route flags counted)."""
    documented: tuple[bool | None, ...]
    """The model's own flag for each capability, in :data:`CAPABILITIES` order (no route's)."""
    support_code: str
    """``support`` as one short string (a letter a capability: ``y``, ``n``, ``?``)."""
    specs: tuple[str | None, ...]
    """Canonical text of each :data:`SPEC_FIELDS` value, ``None`` when unknown."""
    scores: Mapping[str, tuple[BenchmarkScore, ...]]
    """Scores by benchmark id, in catalog order."""
    entries: Mapping[str, tuple[ScoreEntry, ...]]
    """``scores`` as :class:`ScoreEntry` records: the index benchmark rows are read from."""
    sole: Mapping[str, ScoreEntry]
    """The score of each benchmark a comparison shows when no other model compared scores it,
    by benchmark id, in catalog order: of several, the first by setting (condition, then
    harness), and of several runs under that setting the one the record lists first, as a
    two-sided row without a shared evaluation takes it (helper fixAI: the alphabetically first
    evaluation's run read 29.2 for Gemma 2 9B's GPQA, where its compared rows read 39.1). The
    index a comparison walks, once a benchmark."""
    several: frozenset[str]
    """Benchmarks with more than one score (different settings, or runs under one)."""
    parts: Mapping[str, RowPart]
    """The model's part of each benchmark row, by benchmark id, in catalog order
    (:func:`.score_parts.row_parts`): a comparison of two joins its models' parts."""
    cites: Mapping[str, SourceRef]
    """The model's own sources (facts and scores), by URL."""
    unsourced: tuple[str, ...]
    """Labels of required specifications with no value, after "Vendor" where no source states
    the vendor (unknown, or only suggested by the model's id) and the figures the model shows
    with no source at all (:data:`NO_SOURCE`: its specifications where it lists no ``sources``,
    a score without ``source``; review 40)."""
    setting: Mapping[BenchmarkScore, tuple[str, str | None]]
    """Each score's setting, normalised (case and spaces), and its harness."""
    benchmarks: Mapping[str, Benchmark]
    """The catalog's definition of every benchmark scored (a stub where it has none)."""
    offered: tuple[tuple[str, ...], ...]
    """For each capability (:data:`CAPABILITIES` order): the providers whose routes flag it."""
    silent: tuple[tuple[str, ...], ...]
    """For each capability: the providers whose routes do not (and that no route of theirs
    flags)."""
    twins: tuple[SpecRow | None, ...]
    """For each :data:`SPEC_FIELDS` value: the row of a comparison of this model with one that
    has the same value (``None``: an optional one both leave unknown, which is not shown). Such
    a row depends on this model alone, so the comparisons of two models share it."""


_PROFILE: Slot[Profile] = Slot("profile")


def profile(model: Model, catalog: Catalog) -> Profile:
    """The model's :class:`Profile`, worked out once per catalog.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> p = profile(catalog.model("phi-2"), catalog)
        >>> p.specs[SPEC_FIELDS.index(("context_window", "Context window"))]
        '2048'
    """
    return catalog.derive(_PROFILE, model, (), lambda: _build(model, catalog))


def _read_on(model: Model) -> dict[str, dt.date]:
    """The day each URL the model's own routes cite was read: its routes' latest checked date.

    A model's ``checked`` is its record's date (an imported record's is its oldest source's),
    not the day each of its sources was read; a source one of its routes cites was read on the
    route's date, so its facts are dated by that (review 7, F1); so is one a route's notes cite
    with the day it was read, a keyed fix's (:func:`~phicompare.analysis.sources.noted_reads`).
    """
    read: dict[str, dt.date] = {}
    for route in model.routes:
        for url, day in ((route.source, route.checked), *noted_reads(route.notes)):
            if url and day is not None and (url not in read or day > read[url]):
                read[url] = day
    return read


def _build(model: Model, catalog: Catalog) -> Profile:
    read = _read_on(model)
    cites = [(url, f"{model.name} facts", read.get(url, model.checked)) for url in model.sources]
    uncited = [] if model.sources else [NO_SOURCE.format("Specifications")]
    specs = tuple(canonical(getattr(model, field)) for field, _ in SPEC_FIELDS)
    benchmarks: dict[str, Benchmark] = {}
    scores: dict[str, list[BenchmarkScore]] = {}
    entries: dict[str, list[ScoreEntry]] = {}
    setting: dict[BenchmarkScore, tuple[str, str | None]] = {}
    spreads: dict[str, tuple[Decimal | None, bool]] = {}  # a benchmark's spread between runs
    for score in model.scores:  # one pass: each benchmark looked up once
        benchmark_id = score.benchmark
        bench = benchmarks.get(benchmark_id)
        if bench is None:
            bench = benchmarks[benchmark_id] = _benchmark(catalog, benchmark_id)
            scores[benchmark_id], entries[benchmark_id] = [], []
            spreads[benchmark_id] = _run_spread(catalog, benchmark_id)
        norm = setting[score] = _norm_setting(score)
        spread = variance(score.score, bench)
        chance = near_chance(bench, score, spread)
        scores[benchmark_id].append(score)
        entries[benchmark_id].append(ScoreEntry(
            score, norm, spread, chance, score.evaluation_key, bench, shown_points(score.score),
            unrecorded(score), *spreads[benchmark_id]))
        if score.source:
            cites.append((score.source, f"{model.name} score: {bench.label}", score.checked))
        elif (label := NO_SOURCE.format(f"{bench.label} score")) not in uncited:
            uncited.append(label)
    support = tuple(model.support(c) for c in CAPABILITIES)
    offered, silent = _coverage(model, catalog)
    indexed = {k: tuple(v) for k, v in entries.items()}
    parts = row_parts(indexed)
    return Profile(
        support=support,
        documented=tuple([getattr(model.capabilities, name) for name in _NAMES]),
        support_code="".join([_SUPPORT_LETTER[s] for s in support]),
        specs=specs,
        scores={k: tuple(v) for k, v in scores.items()},
        entries=indexed,
        sole={k: part.sole.entry for k, part in parts.items()},
        several=frozenset(k for k, v in scores.items() if len(v) > 1),
        parts=parts,
        cites=cite(cites),
        # a vendor only the model's id suggests is not sourced (review 8, G8)
        unsourced=(*(("Vendor",) if model.vendor is None or model.vendor_inferred else ()),
                   *uncited,
                   *(label for (field, label), value in zip(SPEC_FIELDS, specs, strict=True)
                     if value is None and field not in OPTIONAL_SPECS)),
        setting=setting,
        benchmarks=benchmarks,
        offered=offered,
        silent=silent,
        twins=tuple([None if value is None and field in OPTIONAL_SPECS else
                     SpecRow(field=field, label=label, values=(value, value), differs=False)
                     for (field, label), value in zip(SPEC_FIELDS, specs, strict=True)]),
    )


def within(found: Profile, left_out: frozenset[str]) -> Profile:
    """``found`` with its route coverage within a page's providers (review 7, F23).

    ``left_out`` names the providers the page's filters leave out. A model's profile is worked
    out once, whatever the page (a per-model memo), so the filter applies where a comparison
    places it. A capability that only left-out providers flag keeps them as its offer (the page
    says they are left out), but it is no longer supported on the page: its support is the
    model's own flag (``no`` or not documented), as :meth:`Model.support` reads it with the
    page's routes alone.
    """
    if not left_out:
        return found
    offered, support = [], list(found.support)
    for k, names in enumerate(found.offered):
        kept = tuple(n for n in names if n not in left_out)
        if names and not kept and found.documented[k] is not True:
            support[k] = Support.of(found.documented[k])  # only left-out providers offer it
        offered.append(kept or names)
    silent = [tuple(n for n in names if n not in left_out) for names in found.silent]
    return found._replace(offered=tuple(offered), silent=tuple(silent), support=tuple(support),
                          support_code="".join([_SUPPORT_LETTER[s] for s in support]))


def in_service_only(found: Profile, gone: frozenset[str]) -> Profile:
    """``found`` with the providers ``gone`` (every route of the model retired) in no coverage.

    A retired route serves nothing on the comparison's date: its provider neither offers a
    capability nor leaves it unlisted (review 20: "from 3 of 7 providers" and "... and GitHub
    Models do not list it" counted a route retired on 2026-07-30). A capability only such
    providers offered is the model's own flag, as :func:`within` reads one only left-out
    providers offer; unlike those, they are not named.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> found = profile(catalog.model("phi-4-mini"), catalog)
        >>> k = CAPABILITIES.index(Capability.STRUCTURED_OUTPUTS)
        >>> "GitHub Models" in found.silent[k]
        True
        >>> "GitHub Models" in in_service_only(found, frozenset({"GitHub Models"})).silent[k]
        False
    """
    if not gone:
        return found
    offered, support = [], list(found.support)
    for k, names in enumerate(found.offered):
        kept = tuple([n for n in names if n not in gone])
        if names and not kept and found.documented[k] is not True:
            support[k] = Support.of(found.documented[k])  # only retired routes offered it
        offered.append(kept)
    silent = [tuple([n for n in names if n not in gone]) for names in found.silent]
    return found._replace(offered=tuple(offered), silent=tuple(silent), support=tuple(support),
                          support_code="".join([_SUPPORT_LETTER[s] for s in support]))


def _coverage(model: Model, catalog: Catalog) -> tuple[tuple[tuple[str, ...], ...],
                                                       tuple[tuple[str, ...], ...]]:
    """Route coverage of each capability: the providers offering it, those silent on it.

    Every route of the model counts, as its support does; a route's flag does not where no route
    can add the capability (``Model.fixed_capabilities``: image input for a model whose
    documented inputs are text alone, reasoning mode for a model that documents none).
    """
    routes = [(catalog.provider_name(route.provider), route.capabilities)
              for route in model.routes]
    offered_by, silent_by = [], []
    fixed = {c.value for c in model.fixed_capabilities}  # (a route's flag there: its error)
    for capability in _NAMES:
        offered: list[str] = []
        silent: list[str] = []
        for name, flags in routes:
            flag = getattr(flags, capability) if flags and capability not in fixed else None
            names = offered if flag is True else silent
            if name not in names:
                names.append(name)
        offered_by.append(tuple(offered))
        silent_by.append(tuple(n for n in silent if n not in offered))
    return tuple(offered_by), tuple(silent_by)


def _benchmark(catalog: Catalog, benchmark_id: str) -> Benchmark:
    try:
        return catalog.benchmark(benchmark_id)
    except KeyError:
        return Benchmark(id=benchmark_id, name=benchmark_id)


def _run_spread(catalog: Catalog, benchmark_id: str) -> tuple[Decimal | None, bool]:
    """The benchmark's spread between runs and whether it is floored (:meth:`Catalog.run_spread`).

    A benchmark a catalog built in Python scores but does not define has none unless its
    models' runs measure one (the catalog raises for an id it does not know).
    """
    try:
        return catalog.run_spread(benchmark_id), catalog.run_spread_floored(benchmark_id)
    except KeyError:
        return None, False


def canonical(value: object) -> str | None:
    """A specification value as canonical text (``None`` stays ``None``: unknown).

    Examples:
        >>> canonical(True), canonical(Decimal("3.80")), canonical(("text", "image")), canonical(())
        ('yes', '3.8', 'text, image', None)
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(value) if value else None
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _norm_setting(score: BenchmarkScore) -> tuple[str, str | None]:
    """A score's setting as the condition it states, and its harness.

    The condition is :func:`~phicompare.domain.settings.condition`'s: case, spacing,
    punctuation, metric and filler words do not count. "5-shot evaluation" is "5-shot",
    "0-shot, pass@1" is "0-shot", and "Accuracy" is no setting (review 7, F2, F8).

    Examples:
        >>> from decimal import Decimal
        >>> _norm_setting(BenchmarkScore(benchmark="mmlu", score=Decimal(68),
        ...                              setting="5-shot  Evaluation"))
        ('5 shot', None)
    """
    return condition(score.setting), score.harness
