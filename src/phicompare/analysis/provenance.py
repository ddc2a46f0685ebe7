"""Provenance: every source behind the figures of a comparison, and what is not yet sourced."""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from types import MappingProxyType
from typing import NamedTuple

import attrs

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.records import BenchmarkScore, Model

from .cost import current_routes
from .facts import BenchmarkRow, Provenance, SourceRef
from .profile import Profile, profile
from .sources import cite, merge_ref

__all__ = ["ModelSources", "SourceLayout", "model_sources", "printed_scores", "provenance",
           "renamed", "shown_only", "source_layout"]


class ModelSources(NamedTuple):
    """One model's sources on a day: its own (its profile's) and its routes', cited together.

    ``own`` and ``route_only`` are what a comparison lists for this model when no other model
    cites the same URLs: its own sources (each merged with its routes' citation of the same
    URL), then its routes' other sources.
    """

    routes: Mapping[str, SourceRef]
    """The sources of its routes in force on the day, by URL."""
    urls: frozenset[str]
    """Every URL it cites, its own and its routes'."""
    own: tuple[SourceRef, ...]
    route_only: tuple[SourceRef, ...]
    oldest: dt.date | None
    """The oldest checked date of ``own`` and ``route_only``."""
    newest: dt.date | None
    """The newest checked date of ``own`` and ``route_only``."""


_SOURCES: Slot[ModelSources] = Slot("sources")


class SourceLayout(NamedTuple):
    """How a comparison's sources are made of each model's share (:func:`source_layout`).

    The sources are each model's own, in model order, then each model's routes' others, a URL
    cited for several models listed once, where first cited, with its citations merged.
    """

    shares: tuple[tuple[tuple[SourceRef, ...], tuple[SourceRef, ...]], ...]
    """Per model, in model order: its own sources and its routes' others (:class:`ModelSources`:
    the same in every comparison of the model on the day, but for ``own``)."""
    merged: Mapping[str, SourceRef]
    """Each URL cited for several models, by URL (sorted): every citation of it merged. Usually
    empty: the sources are then the shares side by side."""
    hidden: tuple[frozenset[tuple[str, str]], ...] = ()
    """Per model, in model order (or empty: none): the citations its share leaves out, of
    scores the page does not show (:func:`shown_only`; URL and what it supports). A share
    with some is not the one every comparison of the model lists, but the one every comparison
    of it that hides the same citations lists."""

    def listed(self) -> tuple[SourceRef, ...]:
        """The sources as a page lists them: the shares in order, a merged URL once.

        Examples:
            >>> from phicompare import compare
            >>> c = compare("phi-2", "phi-4-mini")
            >>> layout = c.sources_by_model()
            >>> layout.listed() == c.provenance.sources
            True
            >>> [len(layout.listed()), sum(len(own) + len(routes) for own, routes in layout.shares)]
            [17, 18]
        """
        shares, merged = self.shares, self.merged
        if not merged and len(shares) == 2:  # the usual case: two models' shares side by side
            (own, routes), (others, their_routes) = shares
            return (*own, *others, *routes, *their_routes)
        runs = [own for own, _ in shares] + [routes for _, routes in shares]
        if not merged:
            return tuple(chain.from_iterable(runs))
        waiting = dict(merged)  # a merged URL not yet listed
        listed: list[SourceRef] = []
        for run in runs:
            for ref in run:
                if ref.url not in merged:
                    listed.append(ref)
                elif (first := waiting.pop(ref.url, None)) is not None:
                    listed.append(first)
        return tuple(listed)


_NONE_MERGED: Mapping[str, SourceRef] = MappingProxyType({})


def printed_scores(rows: Sequence[BenchmarkRow], i: int, model: Model | None = None,
                   ) -> tuple[BenchmarkScore, ...]:
    """Model ``i``'s scores a page of ``rows`` may print, each once: its sources are listed.

    Its score in each row's column, its other runs under that setting (:attr:`BenchmarkRow.
    other_runs`: "another run of both: 61.8 vs 50.2", "Phi-3.5 Mini's other run: 34.4"), the
    runs a gap reads where they are not its column's (:attr:`ScoreGap.a_score
    <phicompare.analysis.facts.ScoreGap.a_score>`), and, given the ``model``, its maker's own
    reports of a benchmark whose column shows another party's score (the deep dive gives them:
    "not its maker's own reports, which give MMLU-Pro (5-shot CoT) 48.3"). A page cites the
    source of every figure it prints, not only its columns' (helper fixDM).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("qwen3-235b-a22b", "qwen3-32b")
        >>> row = next(r for r in c.benchmarks if r.benchmark.id == "aider-polyglot")
        >>> [str(s.score) for s in printed_scores([row], 1)]
        ['40.0', '50.2']
    """
    printed: dict[BenchmarkScore, None] = {}
    others: set[str] = set()  # the benchmarks whose column shows another party's score
    for row in rows:
        if (shown := row.scores[i]) is not None:
            printed[shown] = None
            if shown.self_reported is False:
                others.add(row.benchmark.id)
        if row.other_runs:
            printed.update(dict.fromkeys(row.other_runs[i]))
        for gap in row.pairs:  # (a gap read on the pair's own runs: of three models or more)
            if gap.a_index == i and gap.a_score is not None:
                printed[gap.a_score] = None
            if gap.b_index == i and gap.b_score is not None:
                printed[gap.b_score] = None
    if model is not None and others:
        printed.update(dict.fromkeys([s for s in model.scores
                                      if s.self_reported is True and s.benchmark in others]))
    return tuple(printed)


def shown_only(cited: Profile, found: ModelSources, hidden: frozenset[tuple[str, str]]
               ) -> tuple[Profile, ModelSources]:
    """A model's profile and sources without the citations in ``hidden`` (URL, what it supports).

    A page shows one score of a model per benchmark: a source is credited only with the scores
    the page shows, and one credited with nothing else is not listed (review 7, F22: Meta's
    card was credited with Llama 3.1 8B's MMLU where the page showed Microsoft's run of it).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> phi = catalog.model("phi-2")
        >>> found = model_sources(phi, catalog, dt.date(2026, 11, 25))
        >>> url = found.own[0].url
        >>> cited, fewer = shown_only(profile(phi, catalog), found,
        ...                           frozenset({(url, "Phi-2 score: MMLU")}))
        >>> "Phi-2 score: MMLU" in fewer.own[0].supports, len(fewer.own) == len(found.own)
        (False, True)
    """
    def kept(refs: Iterable[SourceRef]) -> list[SourceRef]:
        out = []
        for ref in refs:
            supports = tuple([w for w in ref.supports if (ref.url, w) not in hidden])
            if supports == ref.supports:
                out.append(ref)
            elif supports:
                out.append(attrs.evolve(ref, supports=supports))
        return out

    own, route_only = kept(found.own), kept(found.route_only)
    oldest, newest = _span((*own, *route_only))
    urls = frozenset([ref.url for ref in (*own, *route_only)])
    return (cited._replace(cites={ref.url: ref for ref in kept(cited.cites.values())}),
            found._replace(own=tuple(own), route_only=tuple(route_only), urls=urls,
                           oldest=oldest, newest=newest))


def _span(refs: Iterable[SourceRef]) -> tuple[dt.date | None, dt.date | None]:
    """The earliest and the latest day a figure of ``refs`` was read (``None``: no date).

    A source's latest is its ``last_checked`` where it has one (review 55, #3).
    """
    checked = [ref.checked for ref in refs if ref.checked is not None]
    if not checked:
        return None, None
    last = [ref.last_checked or ref.checked for ref in refs if ref.checked is not None]
    return min(checked), max(last)


def source_layout(profiles: Sequence[Profile], found: Sequence[ModelSources],
                  hidden: tuple[frozenset[tuple[str, str]], ...] = ()) -> SourceLayout:
    """Each model's share of the comparison's sources, and the URLs several models cite, merged.

    ``profiles`` and ``found`` (:func:`model_sources`) are each model's, in model order. Only a
    URL cited for two models is merged for the comparison; every other source is as its model's
    share lists it, merged once for the catalog.

    Examples:
        >>> from phicompare import compare
        >>> layout = compare("phi-2", "phi-4-mini").sources_by_model()  # (made by this)
        >>> [(url, len(ref.supports)) for url, ref in layout.merged.items()]  # 6 scores each
        [('https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard', 12)]
    """
    shares = tuple([(s.own, s.route_only) for s in found])
    twice = found[0].urls & found[1].urls if len(found) == 2 else _cited_twice(
        [s.urls for s in found])
    if not twice:  # the usual case
        return SourceLayout(shares, _NONE_MERGED, hidden)
    citations = [p.cites for p in profiles] + [s.routes for s in found]  # in the order listed
    return SourceLayout(shares, {url: functools.reduce(merge_ref, [
        cites[url] for cites in citations if url in cites]) for url in sorted(twice)}, hidden)


def provenance(profiles: Sequence[Profile], found: Sequence[ModelSources],
               layout: SourceLayout | None = None) -> Provenance:
    """Every source: the models' own (in model order), then their routes' (on one day).

    ``profiles`` and ``found`` (:func:`model_sources`) are each model's, in model order, and
    ``layout`` their :func:`source_layout` (worked out when not given). A URL cited for several
    models is listed once, where it is first cited, with all it supports. When no two models
    cite one URL (the usual case), each model's sources were merged once for the catalog, and
    the list is theirs put side by side.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.profile import profile
        >>> catalog, day = default_catalog(), dt.date(2026, 11, 25)
        >>> models = [catalog.model("phi-2"), catalog.model("phi-4-mini")]
        >>> found = provenance([profile(m, catalog) for m in models],
        ...                    [model_sources(m, catalog, day) for m in models])
        >>> found.sources[0].url
        'https://huggingface.co/microsoft/phi-2'
    """
    if layout is None:
        layout = source_layout(profiles, found)
    sources = layout.listed()
    if layout.merged:  # a URL's merged date may be earlier than one model's own
        oldest, newest = _span(sources)
    elif len(found) == 2:
        first, second = found
        oldest = _earliest(first.oldest, second.oldest)
        newest = _latest(first.newest, second.newest)
    else:
        oldest = min([s.oldest for s in found if s.oldest is not None], default=None)
        newest = max([s.newest for s in found if s.newest is not None], default=None)
    return Provenance(
        sources=sources,
        unsourced=tuple([(i, label) for i, p in enumerate(profiles) for label in p.unsourced]),
        oldest_check=oldest,
        newest_check=newest,
    )


def _merged(citations: Sequence[Mapping[str, SourceRef]]) -> dict[str, SourceRef]:
    """Citations by URL, in the order first cited, each URL's merged (:func:`merge_ref`)."""
    refs: dict[str, SourceRef] = {}
    for cites in citations:
        for url, ref in cites.items():
            held = refs.get(url)
            refs[url] = ref if held is None else merge_ref(held, ref)
    return refs


def _earliest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    """The earlier of two dates, either of which may be unknown (``min`` of the known ones)."""
    return b if a is None or (b is not None and b < a) else a


def _latest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    """The later of two dates, either of which may be unknown (``max`` of the known ones)."""
    return b if a is None or (b is not None and b > a) else a


def _cited_twice(urls: Sequence[frozenset[str]]) -> frozenset[str]:
    """The URLs in two or more of the sets."""
    seen = urls[0]
    twice: frozenset[str] = frozenset()
    for more in urls[1:]:
        if not seen.isdisjoint(more):
            twice |= seen & more
        seen = seen | more
    return twice


def model_sources(model: Model, catalog: Catalog, day: dt.date) -> ModelSources:
    """The model's sources on ``day``, its own and its routes' (once per model and day).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> found = model_sources(catalog.model("phi-2"), catalog, dt.date(2026, 11, 25))
        >>> found.own[0].url
        'https://huggingface.co/microsoft/phi-2'
    """
    return catalog.derive(_SOURCES, model, day, lambda: _model_sources(model, catalog, day))


def _model_sources(model: Model, catalog: Catalog, day: dt.date) -> ModelSources:
    current = current_routes(model.routes, day)
    routes = cite([
        *((route.source, f"{model.name} on {catalog.provider_name(route.provider)}",
           route.checked) for route in current),
        # a free tier's usage limits cite their own page (analysis/usage.py weighs them)
        *((route.limits.source,
           f"{model.name}'s usage limits on {catalog.provider_name(route.provider)}",
           route.limits.checked)
          for route in current if route.limits is not None)])
    own = profile(model, catalog).cites
    refs = _merged([own, routes])
    listed = (*(refs[url] for url in own), *(refs[url] for url in routes if url not in own))
    oldest, newest = _span(listed)
    return ModelSources(routes=routes, urls=frozenset(refs), own=listed[:len(own)],
                        route_only=listed[len(own):], oldest=oldest, newest=newest)


def renamed(cited: Profile, found: ModelSources, old: str, new: str) -> tuple[Profile,
                                                                             ModelSources]:
    """A model's profile and sources with what they support said of it as ``new``, not ``old``.

    A comparison of two models that share a display name cites each by the name its page shows
    (:attr:`~phicompare.Comparison.names`): "Command R+ (command-r-plus-04-2024) facts".

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> phi = catalog.model("phi-2")
        >>> cited, found = renamed(profile(phi, catalog),
        ...                        model_sources(phi, catalog, dt.date(2026, 11, 25)),
        ...                        "Phi-2", "Phi-2 (phi-2)")
        >>> found.own[0].supports
        ('Phi-2 (phi-2) facts',)
    """
    prefix = old + " "

    def ref(r: SourceRef) -> SourceRef:
        return attrs.evolve(r, supports=tuple([new + s[len(old):] if s.startswith(prefix) else s
                                               for s in r.supports]))

    return (cited._replace(cites={url: ref(r) for url, r in cited.cites.items()}),
            found._replace(routes={url: ref(r) for url, r in found.routes.items()},
                           own=tuple(map(ref, found.own)),
                           route_only=tuple(map(ref, found.route_only))))
