"""Merging catalogs of several sources into one, with a record of every disagreement.

Identity: each model joins the group of the first earlier model that shares one of its names (id,
alias, or a name's last path segment), else the group of its identity key (see ``_identity``).
Explicit ``aliases`` come before everything. Facts: per field, the first source in precedence
order that knows it. Routes: one per provider (canonical id) and model id there; the first source
in precedence keeps its route whole, and every value another source gives differently is a
conflict. Scores: one per benchmark, setting, harness and evaluation, the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

import attrs

from phicompare.catalog.index import Catalog
from phicompare.domain.capabilities import Capabilities
from phicompare.domain.names import normalize_name
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Benchmark, BenchmarkScore, Model, Provider
from phicompare.exceptions import SourceError

from ._assemble import capability_facts, unique_names
from ._conflicts import FACT_FIELDS, Conflict, RecordFacts, SourcedValue
from ._identity import (
    canonical_provider,
    identity_key,
    keep_apart,
    last_segment,
    maker_id,
    route_key,
    squash,
    table_undated,
)
from ._imported import ImportedCatalog
from ._merge_replaced import merged_replacements
from ._noted import noted
from ._releases import derived
from ._report import ImportReport

__all__ = ["Precedence", "merge"]

Precedence = Sequence[str] | Mapping[str, Sequence[str]]

_SPECIAL = ("id", "aliases", "sources", "checked", "capabilities", "scores", "routes")
_MODEL_FIELDS = tuple(a.name for a in attrs.fields(Model) if a.name not in _SPECIAL)
_CAPABILITIES = tuple(a.name for a in attrs.fields(Capabilities))
_ROUTE_FIELDS = ("input", "output", "cache_read", "cache_write", "batch_input", "batch_output",
                 "per_request", "per_search", "context_window", "max_output_tokens", "status",
                 "tiers")


@attrs.frozen
class _Source:
    name: str
    catalog: Catalog


def _names(catalogs: Sequence[Catalog]) -> list[_Source]:
    sources: list[_Source] = []
    taken: dict[str, int] = {}
    for catalog in catalogs:
        base = catalog.report.source if isinstance(catalog, ImportedCatalog) else "catalog"
        taken[base] = taken.get(base, 0) + 1
        name = base if taken[base] == 1 else f"{base}#{taken[base]}"
        sources.append(_Source(name, catalog))
    return sources


def _orders(sources: Sequence[_Source], precedence: Precedence | None
            ) -> tuple[list[_Source], dict[str, dict[str, int]]]:
    """The default order of sources, and each field's rank of every source name."""
    names = [s.name for s in sources]
    table: Mapping[str, Sequence[str]]
    if precedence is None:
        table = {}
    elif isinstance(precedence, Mapping):
        table = precedence
    else:
        table = {"*": precedence}
    for field, order in table.items():
        unknown = [n for n in ([order] if isinstance(order, str) else order) if n not in names]
        if unknown:
            msg = (f"precedence for {field!r} names {unknown[0]!r}, which is none of the sources "
                   f"merged ({', '.join(names)})")
            raise SourceError(msg)

    def rank(order: Sequence[str], fallback: Sequence[str]) -> dict[str, int]:
        ordered = [n for n in order if n in names] + [n for n in fallback if n not in order]
        return {name: index for index, name in enumerate(ordered)}

    default = rank(list(table.get("*", ())), names)
    default_names = sorted(names, key=default.__getitem__)
    ranks = {field: rank(list(order), default_names) for field, order in table.items()}
    ranks["*"] = default
    by_name = {s.name: s for s in sources}
    return [by_name[n] for n in default_names], ranks


def _group_keys(ordered: Sequence[_Source], aliases: Mapping[str, str] | None
                ) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """Each model's group key.

    In order: an explicit alias of any of its names; a group an earlier model's name ties to its
    id (or its id's last segment or identity key); a group tied to one of its aliases, unless
    that group already holds a model of the same source (the source kept the two apart, and an
    alias is weaker evidence than an id); its own identity key. A name joins no model to a group
    whose first model it is derived from or gave rise to (a distilled model and its teacher, two
    sizes: :func:`derived`), whoever listed the name.
    """
    apart = frozenset().union(*(s.catalog.keep_apart for s in ordered
                                if isinstance(s.catalog, ImportedCatalog)))
    # Two dates of one model in any source keep every source's dated names apart.
    apart |= keep_apart([name] for name in {n for s in ordered for m in s.catalog.models
                                             for n in (m.id, *m.aliases)})
    explicit = {squash(name): squash(target) for name, target in (aliases or {}).items()}
    named = {squash(target): target for target in (aliases or {}).values()}
    anchor: dict[str, str] = {}
    holders: dict[str, set[str]] = {}
    leader: dict[str, str] = {}  # a group's key -> the id of its first model
    keys: dict[tuple[str, str], str] = {}
    for source in ordered:
        for model in source.catalog.models:
            names = (model.id, *model.aliases)
            own = identity_key(model.id, apart)
            strong = [explicit.get(squash(n)) for n in names]
            found = [anchor.get(c) for c in (squash(model.id), squash(last_segment(model.id)),
                                             own)]
            aliased = [anchor.get(squash(c)) for n in model.aliases for c in (n, last_segment(n))]
            # A name never joins a distilled model to its teacher, nor two sizes (see derived).
            strong += [k for k in found if k is not None and not derived(model.id, leader[k])]
            weak = [k for k in aliased if k is not None and not derived(model.id, leader[k])]
            key = next((k for k in strong if k is not None), None) or next(
                (k for k in weak if source.name not in holders.get(k, ())), own)
            keys[(source.name, model.id)] = key
            leader.setdefault(key, model.id)
            holders.setdefault(key, set()).add(source.name)
            anchor.setdefault(own, key)
            for name in names:
                anchor.setdefault(squash(name), key)
                anchor.setdefault(squash(last_segment(name)), key)
    return keys, named


def _evidence(source: _Source, model: Model) -> tuple[RecordFacts, ...]:
    if isinstance(source.catalog, ImportedCatalog):
        return source.catalog.evidence.get(model.id, ())
    facts: dict[str, object] = {f: v for f in FACT_FIELDS
                                if not f.startswith("capabilities.")
                                and (v := getattr(model, f, None)) not in (None, ())}
    facts.update(capability_facts(model.capabilities))
    url = model.sources[0] if model.sources else source.name
    return (RecordFacts(source=source.name, url=url, facts=tuple(facts.items())),)


class _Routes:
    """The routes of several sources that are one route (private)."""

    def __init__(self, source: str, entry: tuple[str, ProviderRoute],
                 exact: tuple[object, ...]) -> None:
        self.source = source
        self.kept = [entry[1]]
        self.exact = {exact}
        self.compared = [entry]


class _Group:
    """The models of every source that are one model (private)."""

    def __init__(self) -> None:
        self.members: list[tuple[_Source, Model]] = []

    def ordered(self, ranks: Mapping[str, dict[str, int]], field: str
                ) -> list[tuple[_Source, Model]]:
        rank = ranks.get(field, ranks["*"])
        return sorted(self.members, key=lambda m: rank[m[0].name])

    def first(self, ranks: Mapping[str, dict[str, int]], field: str) -> object:
        for _, model in self.ordered(ranks, field):
            value = getattr(model, field)
            if value is not None and value != ():
                return value
        return None

    def build(self, ranks: Mapping[str, dict[str, int]], providers: Mapping[str, str] | None,
              conflicts: list[Conflict], model_id: str | None
              ) -> tuple[Model, tuple[RecordFacts, ...]]:
        model_id = model_id or maker_id([m.id for _, m in self.members])
        fields = {f: v for f in _MODEL_FIELDS if (v := self.first(ranks, f)) is not None}
        flags = {}
        for name in _CAPABILITIES:
            for _, model in self.ordered(ranks, f"capabilities.{name}"):
                if (flag := getattr(model.capabilities, name)) is not None:
                    flags[name] = flag
                    break
        inputs = found if isinstance(found := fields.get("input_modalities"), tuple) else ()
        # documented inputs say what the model takes: image input is vision, any input beyond
        # text is multimodal (a flag a source sets stands)
        if "image" in inputs and "vision" not in flags:
            flags["vision"] = True
        if any(m != "text" for m in inputs) and "multimodal" not in flags:
            flags["multimodal"] = True
        if flags.get("vision") is True and flags.get("multimodal") is not True:
            # taking images is multimodal input: a source's "no" is a conflict, reported
            if flags.get("multimodal") is False:
                conflicts.append(self.multimodal_conflict(model_id))
            flags["multimodal"] = True
        seen = {normalize_name(model_id), ""}  # an alias naming nothing is refused
        aliases: list[str] = []
        names = [n for _, m in self.members for n in (m.id, *m.aliases)]
        for name in (*names, *table_undated(model_id, names)):
            if normalize_name(name) not in seen:  # the table's undated name last (command-r-plus)
                seen.add(normalize_name(name))
                aliases.append(name)
        checked = [m.checked for _, m in self.members if m.checked is not None]
        merged = Model(
            id=model_id, aliases=tuple(aliases), capabilities=Capabilities(**flags),
            sources=tuple(dict.fromkeys(s for _, m in self.members for s in m.sources)),
            checked=min(checked) if checked else None,
            scores=self.scores(ranks, model_id, conflicts),
            routes=self.routes(ranks, model_id, providers, conflicts),
            **fields,  # type: ignore[arg-type]
        )
        evidence = tuple(e for source, model in self.members for e in _evidence(source, model))
        return merged, evidence

    def multimodal_conflict(self, model_id: str) -> Conflict:
        """One source documents vision, another says the model is not multimodal: multimodal.

        Taking images is multimodal input, so the two cannot both hold (LLMStats marks Claude
        3.5 Haiku text-only, as at its launch; models.dev lists its image input). The vision a
        source documents stands, and with it multimodal input: a page never says "not
        documented" or "no" for multimodal beside "Vision: yes".
        """
        said: dict[object, tuple[list[str], list[str]]] = {}
        for source, model in self.members:
            for value, holds in ((False, model.capabilities.multimodal is False),
                                 ("vision", model.capabilities.vision is True)):
                if holds:
                    names, urls = said.setdefault(value, ([], []))
                    names.append(source.name)
                    urls.append(model.sources[0] if model.sources else source.name)
        return Conflict(model=model_id, field="capabilities.multimodal", kept=True,
                        values=tuple(SourcedValue(value=v, sources=tuple(n), urls=tuple(u))
                                     for v, (n, u) in said.items()))

    def routes(self, ranks: Mapping[str, dict[str, int]], model_id: str,
               providers: Mapping[str, str] | None, conflicts: list[Conflict]
               ) -> tuple[ProviderRoute, ...]:
        """One route per provider and model there: the first source's.

        Another source's same route, or an exact copy, only adds conflicts; distinct routes of
        one source (a regional endpoint beside the global one) all stay.
        """
        groups: dict[tuple[object, ...], _Routes] = {}
        for source, model in self.ordered(ranks, "routes"):
            for original in model.routes:
                canon = canonical_provider(original.provider, providers)
                route = original if canon == original.provider else attrs.evolve(
                    original, provider=canon)
                key: tuple[object, ...] = (
                    *route_key(canon, route.provider_model_id or model.id), route.effective_from)
                exact: tuple[object, ...] = (route.provider_model_id, route.effective_from)
                entry = (f"{source.name}:{original.provider}", route)
                group = groups.get(key)
                if group is None:
                    groups[key] = _Routes(source.name, entry, exact)
                elif group.source == source.name and exact not in group.exact:
                    group.kept.append(entry[1])
                    group.exact.add(exact)
                else:
                    group.compared.append(entry)
        for key, group in groups.items():
            if len(group.compared) > 1:
                where = group.kept[0].provider_model_id
                label = f"routes[{key[0]}/{last_segment(where)}]" if where else f"routes[{key[0]}]"
                conflicts.extend(_differences(model_id, label, group.compared, _ROUTE_FIELDS))
        return tuple(_lifecycle(route, group.compared)
                     for group in groups.values() for route in group.kept)

    def scores(self, ranks: Mapping[str, dict[str, int]], model_id: str,
               conflicts: list[Conflict]) -> tuple[BenchmarkScore, ...]:
        kept: dict[tuple[object, ...], list[tuple[str, BenchmarkScore]]] = {}
        for source, model in self.ordered(ranks, "scores"):
            for score in model.scores:
                # Two evaluations of one benchmark (a curated model's two tables, two sources'
                # pages) are two scores, whatever their settings say (review 7, F10).
                key = (score.benchmark, score.setting, score.harness, score.evaluation_key)
                kept.setdefault(key, []).append((source.name, score))
        for parts, found in kept.items():
            if len(found) > 1:
                label = " ".join(str(p) for p in parts if p)
                conflicts.extend(_differences(model_id, f"scores[{label}]", found, ("score",)))
        return tuple(found[0][1] for found in kept.values())


_TIER_FIELDS = ("tier", "vendors", "vendors_source", "vendors_checked")
"""A provider's tier and what goes with it (a lab's ``vendors``): taken together or not at all."""


def _filled_provider(first: Provider, later: Provider) -> Provider:
    """``first`` (the higher source's record), with what it leaves unset taken from ``later``.

    models.dev's providers carry no tier: with the imports first (``--prefer imports``), the
    bundled record's tier (and a lab's ``vendors``) stands where the import says none, so a
    maker's own API and a major cloud stay theirs (review 18, P3). The url likewise; a name
    the two give differently is the first's.
    """
    filled: dict[str, object] = {}
    if first.tier is None and later.tier is not None:
        filled.update({f: getattr(later, f) for f in _TIER_FIELDS})
    if first.url is None and later.url is not None:
        filled["url"] = later.url
    return attrs.evolve(first, **filled) if filled else first  # type: ignore[arg-type]


_LIFECYCLE = ("deprecated", "retires")
"""A route's dates of deprecation and retirement: a source silent on them says nothing."""


def _lifecycle(route: ProviderRoute, found: Sequence[tuple[str, ProviderRoute]]
               ) -> ProviderRoute:
    """``route`` with the deprecation and retirement days another source gives where it has none.

    A keyed retirement of the bundled data (Anthropic's 2026-02-19 for Claude Sonnet 3.7)
    stands beside an import that records none (review 18, P3); a day the first source gives
    is kept. The route's ``source`` is still the first source's, so its notes name where the
    days were read. Days that would retire the route before its deprecation are not taken.
    """
    for name, other in found:
        filled = {f: day for f in _LIFECYCLE
                  if getattr(route, f) is None and (day := getattr(other, f)) is not None}
        if not filled:
            continue
        said = ", ".join(f"{f} {day.isoformat()}" for f, day in filled.items())
        why = f": {other.notes}" if other.notes else f" ({other.source})."
        note = f"Lifecycle from the {name.split(':')[0]} record of this route ({said}){why}"
        try:
            return attrs.evolve(route, notes=noted(route.notes, note),
                                **filled)
        except ValueError:  # a retirement before the kept deprecation: the first's stands
            return route
    return route


def _differences(model_id: str, label: str, found: Sequence[tuple[str, object]],
                 fields: Iterable[str]) -> list[Conflict]:
    conflicts = []
    for field in fields:
        groups: dict[object, tuple[list[str], list[str]]] = {}
        for source, record in found:
            value = getattr(record, field)
            if value is None or value == ():
                continue
            names, urls = groups.setdefault(value, ([], []))
            names.append(source)
            urls.append(str(getattr(record, "source", "") or source))
        if len(groups) > 1:
            values = tuple(SourcedValue(value=v, sources=tuple(n), urls=tuple(u))
                           for v, (n, u) in groups.items())
            kept = getattr(found[0][1], field)  # the first source's; none is None, never ()
            conflicts.append(Conflict(model=model_id, field=f"{label}.{field}", values=values,
                                      kept=None if kept == () else kept))
    return conflicts


def _plain_report(source: _Source) -> ImportReport:
    catalog = source.catalog
    dates = [d for m in catalog.models for d in (m.checked, *(r.checked for r in m.routes))
             if d is not None]
    return ImportReport(
        source=source.name, path="(a loaded catalog)", checked=max(dates, default=dt.date.min),
        checked_from="the catalog's own dates", records=len(catalog.models),
        models=len(catalog.models), routes=sum(len(m.routes) for m in catalog.models),
        scores=sum(len(m.scores) for m in catalog.models),
    )


def merge(
    catalogs: Sequence[Catalog],
    *,
    precedence: Precedence | None = None,
    aliases: Mapping[str, str] | None = None,
    providers: Mapping[str, str] | None = None,
) -> ImportedCatalog:
    """Merge catalogs of several sources; the result keeps every disagreement as a conflict.

    Args:
        catalogs: imported catalogs (named by their source: ``models.dev``, ``litellm``,
            ``openrouter``, ``llmstats``, ``genai-prices``) and plain ones (named ``catalog``,
            ``catalog#2``, ...).
        precedence: source names, most trusted first (the default is the order given); or a
            mapping from a field (``released``, ``context_window``, ``capabilities.reasoning``,
            ``routes``, ``scores``) to such a list, with ``"*"`` for every other field. Sources
            left out follow in the default order.
        aliases: model names to the id they are (``{"Phi-4-mini-instruct": "phi-4-mini"}``);
            mapping a name to itself keeps it apart from names the automatic rule joins.
        providers: provider ids to the id their routes are matched under (``{"azure_ai":
            "azure"}`` is built in; see ``docs/importers.md``).

    Its ``replaced`` lists each catalog's, then each benchmark record dropped whole.

    Raises:
        SourceError: ``precedence`` names a source that is not merged.

    Examples:
        >>> a = Catalog(models=(Model(id="phi-4", name="Phi-4", context_window=16384),))
        >>> b = Catalog(models=(Model(id="microsoft/phi-4", name="Phi 4",
        ...                           context_window=128000, license="MIT"),))
        >>> merged = merge([a, b])
        >>> model = merged.model("microsoft/phi-4")
        >>> model.id, model.context_window, model.license
        ('phi-4', 16384, 'MIT')
        >>> print(merged.conflicts().conflicts[0])
        phi-4: context_window: 16384 (catalog) | 128000 (catalog#2); kept 16384
    """
    sources = _names(catalogs)
    ordered, ranks = _orders(sources, precedence)
    keys, named = _group_keys(ordered, aliases)
    groups: dict[str, _Group] = {}
    for source in ordered:
        for model in source.catalog.models:
            groups.setdefault(keys[(source.name, model.id)], _Group()).members.append(
                (source, model))
    conflicts: list[Conflict] = []
    models: list[Model] = []
    evidence: dict[str, tuple[RecordFacts, ...]] = {}
    for key, group in groups.items():
        model, found = group.build(ranks, providers, conflicts, named.get(key))
        models.append(model)
        evidence[model.id] = found
    merged_providers: dict[str, Provider] = {}
    for source in ordered:
        for provider in source.catalog.providers:
            canon = canonical_provider(provider.id, providers)
            earlier = merged_providers.get(canon)
            merged_providers[canon] = attrs.evolve(provider, id=canon) if earlier is None else \
                _filled_provider(earlier, provider)
    benchmarks: dict[str, Benchmark] = {}
    for source in ordered:
        for benchmark in source.catalog.benchmarks:
            benchmarks.setdefault(benchmark.id, benchmark)
    reports = tuple(
        r for s in ordered
        for r in (s.catalog.reports if isinstance(s.catalog, ImportedCatalog)
                  else (_plain_report(s),)))
    apart = frozenset().union(*(s.catalog.keep_apart for s in ordered
                                if isinstance(s.catalog, ImportedCatalog)))
    return ImportedCatalog(
        models=unique_names(models), providers=tuple(merged_providers.values()),
        benchmarks=tuple(benchmarks.values()), reports=reports, evidence=evidence,
        keep_apart=apart, merge_conflicts=tuple(conflicts), replaced=merged_replacements(
            [(s.name, s.catalog) for s in sources], [(s.name, s.catalog) for s in ordered]),
    )
