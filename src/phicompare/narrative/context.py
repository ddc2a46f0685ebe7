"""The comparison being narrated, read once into the views its sections share.

:func:`context_of` builds a :class:`Context`: the comparison, its models' names, an index of
its benchmark rows (which pairs of scores compare, which gaps lie outside noise, who leads), a
view of its capability rows and one of its context windows (with the basis of the sentences
that rank them, built once when first read). All are worked out afresh for each narrative,
once, for every section that reads them.
"""

from __future__ import annotations

import functools
import operator
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

import attrs

from phicompare.analysis.facts import BenchmarkRow
from phicompare.analysis.row_split import TwoRows, benchmark_split, split_of

from . import format as fmt
from .capability_view import (
    CapabilitySplit,
    CapabilityView,
    capability_label,
    capability_view,
)
from .claims import Basis, Claim, Evidence
from .inputs import listed_basis, own_inputs
from .output_forms import OutputShrinks, output_shrinks
from .own import Own, owns
from .rivals import contending
from .row_gap import RowGap
from .standing import Out, placed
from .window_forms import Windows, page_exact, windows_view
from .windows import Reach, Said, context_said

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.domain.records import BenchmarkScore

    from .benchmarks import GapLead

__all__ = [
    "Area",
    "BenchmarkIndex",
    "CapabilitySplit",
    "CapabilityView",
    "Context",
    "RowGap",
    "Scored",
    "Windows",
    "benchmark_index",
    "capability_label",
    "capability_view",
    "context_of",
    "page_exact",
    "row_gap",
    "windows_view",
]


class Scored(NamedTuple):
    """A benchmark row and its index in ``benchmarks``."""

    k: int
    row: BenchmarkRow


class Area(NamedTuple):
    """What benchmarks recommend a model for: a whole ``category``, or one row (``None``)."""

    category: str | None
    rows: tuple[Scored, ...]
    """The rows it leads on outside noise, each once, in row order."""


@attrs.frozen(kw_only=True)
class BenchmarkIndex:
    """What the narrative reads off the benchmark rows, in row order."""

    comparable: tuple[RowGap, ...]
    """Pairs of scores from one evaluation under one setting."""
    incomparable: tuple[RowGap, ...]
    """Pairs where both have scores that cannot be compared directly."""
    significant: tuple[RowGap, ...]
    """Comparable pairs whose gap lies outside the 95% interval, largest first."""
    leads: tuple[tuple[Scored, ...], ...]
    """Per model: the rows on which it leads every other model outside noise."""
    shared: tuple[Scored, ...]
    """The rows every model has a score on."""
    categories: tuple[str, ...]
    """Benchmark categories with at least one comparable pair, in first-seen order."""
    by_category: dict[str, tuple[RowGap, ...]]
    """The comparable pairs of each of :attr:`categories`, in order."""
    between: dict[tuple[int, int], tuple[RowGap, ...]]
    """By two models ``(a, b)``, ``a < b``: their comparable pairs, in row order."""
    won: dict[tuple[int, int], tuple[RowGap, ...]]
    """By ``(leader, trailer)``: the comparable pairs the leader leads outside noise.

    :attr:`by_category`, :attr:`between` and :attr:`won` hold higher-is-better benchmarks only:
    they are counted as "higher scores", which a lead on a word error rate is not (review 12,
    L10); the table and the deep dive read such a gap one by one."""
    areas: tuple[tuple[Area, ...], ...]
    """Per model, by category (in :attr:`categories` order), from the comparable rows on which
    it leads every other model: the category when it leads on two rows of it or more and no
    other model leads on any, else each such row apart."""


def row_gap(scored: Scored, i: int, j: int) -> RowGap:
    """The gap between models ``i`` and ``j`` on a row, in that order."""
    for p, gap in enumerate(scored.row.pairs):
        if (gap.a_index, gap.b_index) == (i, j):
            return RowGap(scored.k, scored.row, i, j, p, gap)
        if (gap.a_index, gap.b_index) == (j, i):
            return RowGap(scored.k, scored.row, i, j, p, scored.row.pair(i, j))
    msg = f"no pair ({i}, {j}) on {scored.row.benchmark.id!r}"
    raise IndexError(msg)


def _winner(leaders: list[int], n: int) -> int | None:
    """The model among a row's pair ``leaders`` that leads all ``n - 1`` others (one at most)."""
    for leader in leaders:
        if leaders.count(leader) == n - 1:
            return leader
    return None


_GAP_ORDER = operator.itemgetter(0, 1)  # significant gaps: largest first, then by benchmark id


def benchmark_index(rows: tuple[BenchmarkRow, ...], n: int,
                    split: TwoRows | None = None) -> BenchmarkIndex:
    """The benchmark rows of a comparison of ``n`` models, indexed for the narrative.

    Of two models, the index reads the rows both score off their ``split``
    (:func:`~phicompare.analysis.row_split.benchmark_split`, read off ``rows`` where not
    given); the rows one model scores hold no gap to index.

    Examples:
        >>> from phicompare import compare
        >>> index = benchmark_index(compare("phi-2", "phi-4-mini").benchmarks, 2)
        >>> len(index.significant) <= len(index.comparable)
        True
        >>> benchmark_index((), 2).leads  # no rows: nothing compares, nobody leads
        ((), ())
    """
    if not rows:  # no scores at all (most pairs of a provider catalog's models)
        return BenchmarkIndex(comparable=(), incomparable=(), significant=(),
                              leads=((),) * n, shared=(), categories=(), by_category={},
                              between={}, won={}, areas=((),) * n)
    if split is None or split.rows is not rows:
        split = split_of(rows, n)  # (None but of two models' rows as a comparison lays them)
    return _any(rows, n) if split is None else _two(split)


def _any(rows: tuple[BenchmarkRow, ...], n: int) -> BenchmarkIndex:
    """:func:`benchmark_index` of any number of models, with at least one row."""
    comparable: list[RowGap] = []
    incomparable: list[RowGap] = []
    significant: list[tuple[Decimal, str, RowGap]] = []
    leads: list[list[Scored]] = [[] for _ in range(n)]
    shared: list[Scored] = []
    by_category: dict[str, list[RowGap]] = {}
    led: dict[tuple[int, str], list[Scored]] = {}  # by leader and category: the rows it leads
    between: dict[tuple[int, int], list[RowGap]] = {}
    won: dict[tuple[int, int], list[RowGap]] = {}
    for k, row in enumerate(rows):
        scores, pairs = row.scores, row.pairs
        if len(pairs) == 1 and not pairs[0].comparable:  # two models, nothing compared: no lead
            gap = pairs[0]  # (most rows of a pair: one of the two has no score)
            if scores[gap.a_index] is not None and scores[gap.b_index] is not None:
                incomparable.append(RowGap(k, row, gap.a_index, gap.b_index, 0, gap))
                shared.append(Scored(k, row))
            continue
        category = row.benchmark.category
        ranked = row.benchmark.higher_is_better  # counted as "higher scores" (review 12, L10)
        leaders: list[int] = []  # a leader is outside noise, so comparable and significant
        every = True  # every pair of models has both scores: ``row.shared``, read in passing
        for p, gap in enumerate(pairs):
            if gap.comparable:  # (both scores are there)
                a, b = gap.a_index, gap.b_index
                found = RowGap(k, row, a, b, p, gap)
                comparable.append(found)
                if category and ranked:
                    by_category.setdefault(category, []).append(found)
                if ranked:
                    between.setdefault((a, b) if a < b else (b, a), []).append(found)
                if gap.significant and gap.gap is not None:
                    significant.append((-abs(gap.gap), row.benchmark.id, found))
                    leader = gap.leader_index
                    if leader is not None:
                        leaders.append(leader)
                        if ranked:
                            won.setdefault((leader, b if leader == a else a), []).append(found)
            elif scores[gap.a_index] is not None and scores[gap.b_index] is not None:
                incomparable.append(RowGap(k, row, gap.a_index, gap.b_index, p, gap))
            else:
                every = False
        winner = _winner(leaders, n) if leaders and n > 1 else None
        if winner is not None:
            scored = Scored(k, row)
            leads[winner].append(scored)
            if category:
                led.setdefault((winner, category), []).append(scored)
        if every if pairs else row.shared:
            shared.append(Scored(k, row))
    significant.sort(key=_GAP_ORDER)
    categories = tuple(by_category)
    return BenchmarkIndex(
        comparable=tuple(comparable), incomparable=tuple(incomparable),
        significant=tuple(s[2] for s in significant), leads=tuple(map(tuple, leads)),
        shared=tuple(shared), categories=categories,
        by_category={c: tuple(gaps) for c, gaps in by_category.items()},
        between={ab: tuple(gaps) for ab, gaps in between.items()},
        won={ab: tuple(gaps) for ab, gaps in won.items()},
        areas=_areas(led, categories, n) if led else ((),) * n)  # (most pages: nobody leads)


def _two(split: TwoRows) -> BenchmarkIndex:
    """:func:`benchmark_index` of two models: the rows both score, each gap's leader the lead.

    The rows one model scores have no gap to compare: the ``split`` leaves them aside unread.
    """
    comparable: list[RowGap] = []
    incomparable: list[RowGap] = []
    significant: list[tuple[Decimal, str, RowGap]] = []
    leads: tuple[list[Scored], list[Scored]] = ([], [])
    shared: list[Scored] = []
    by_category: dict[str, list[RowGap]] = {}
    led: dict[tuple[int, str], list[Scored]] = {}
    won: dict[tuple[int, int], list[RowGap]] = {}
    counted: list[RowGap] = []  # the comparable pairs of higher-is-better benchmarks
    # (the shared rows lead: as many as gaps)
    for k, (row, gap) in enumerate(zip(split.rows, split.gaps, strict=False)):
        found = RowGap(k, row, 0, 1, 0, gap)
        scored = Scored(k, row)
        shared.append(scored)
        if not gap.comparable:
            incomparable.append(found)
            continue
        comparable.append(found)
        category = row.benchmark.category
        ranked = row.benchmark.higher_is_better  # counted as "higher scores" (review 12, L10)
        if ranked:
            counted.append(found)
        if category and ranked:
            by_category.setdefault(category, []).append(found)
        if gap.significant and gap.gap is not None:
            significant.append((-abs(gap.gap), row.benchmark.id, found))
            leader = gap.leader_index
            if leader is not None:  # the one other model: it leads every other
                if ranked:
                    won.setdefault((leader, 1 - leader), []).append(found)
                leads[leader].append(scored)
                if category:
                    led.setdefault((leader, category), []).append(scored)
    significant.sort(key=_GAP_ORDER)
    categories = tuple(by_category)
    return BenchmarkIndex(
        comparable=tuple(comparable), incomparable=tuple(incomparable),
        significant=tuple([s[2] for s in significant]), leads=(tuple(leads[0]), tuple(leads[1])),
        shared=tuple(shared), categories=categories,
        by_category={c: tuple(gaps) for c, gaps in by_category.items()},
        between={(0, 1): tuple(counted)} if counted else {},
        won={ab: tuple(gaps) for ab, gaps in won.items()},
        areas=_areas(led, categories, 2) if led else ((), ()))


def _areas(led: dict[tuple[int, str], list[Scored]], categories: tuple[str, ...],
           n: int) -> tuple[tuple[Area, ...], ...]:
    """Per model: the areas of :attr:`BenchmarkIndex.areas`, from the rows each leads."""
    areas: list[tuple[Area, ...]] = []
    for i in range(n):
        mine: list[Area] = []
        for category in categories:
            rows = led.get((i, category))
            if rows is None:
                continue
            contested = any((o, category) in led for o in range(n) if o != i)
            if len(rows) >= 2 and not contested:
                mine.append(Area(category, tuple(rows)))
            else:
                mine += [Area(None, (s,)) for s in rows]
        areas.append(tuple(mine))
    return tuple(areas)


@attrs.frozen(kw_only=True)
class Context:
    """The comparison being narrated, with the views its sections share."""

    c: Comparison
    names: tuple[str, ...]
    """The models' display names, in order."""
    bench: BenchmarkIndex
    capabilities: CapabilityView
    n: int
    """How many models are compared."""
    rivals: tuple[tuple[int, ...], ...]
    """Per model: every other model, in order (:meth:`others`)."""
    windows: Windows
    """The models' context windows."""
    out: tuple[Out | None, ...]
    """Per model: why the page's terms rule it out (:mod:`.standing`), or ``None``."""
    contending: tuple[tuple[int, ...], ...]
    """Per model: the models an advantage of it is judged against (:func:`.standing.
    contenders`, asked about 18 times a page)."""
    listed: tuple[tuple[int, ...], ...]
    """Per model: the route rows whose listings are its every source, else empty
    (:func:`.inputs.listed_inputs`, read once a page)."""
    bill_rows: tuple[int | None, ...]
    """Per model: the row of the route behind its bill (:func:`.bill_window.bill_row`), ``None``
    where it has no bill or only a free tier's: the window clauses, friction and the longer
    context read it (:class:`.own.Own`, kept with the catalog)."""
    bill_outputs: tuple[tuple[int, int] | None, ...]
    """Per model: the row of the route behind its bill and its output limit, where the limit
    reads apart from the model's record (:func:`.output_forms.bill_output`; :class:`.own.Own`).
    """
    dormant: tuple[Out | None, ...]
    """Per model: its routes out of service, where its weights keep it in (``None``: not so).

    The verdict, the line at a glance and the only bill ask it of each model
    (:class:`.own.Own`)."""
    reports: tuple[dict[str, list[tuple[int, BenchmarkScore]]], ...]
    """Per model: its maker's own scores by benchmark, read-only (the deep dive's own reports;
    :class:`.own.Own`)."""
    usable: tuple[bool, ...]
    """Per model: whether it can be used on the page's date (:attr:`.own.Own.usable`)."""
    wider: tuple[tuple[tuple[int, int], ...], ...]
    """Per model: its counted routes in service materially wider than its recorded window,
    each as its row and window (:attr:`.own.Own.wider`; most models: none)."""
    traffic_said: tuple[str, tuple[Evidence, ...]]
    """The traffic in words, with the shares the bills assume, and their evidence
    (:func:`.traffic_words.traffic_terms`): the terms' alone, read by the bills' sentences."""
    outreach: dict[tuple[int, tuple[int, ...]], dict[int, Reach] | None] = attrs.field(
        factory=dict, eq=False)
    """:func:`.longer.outreaches` by its arguments (a model, the others it is weighed over),
    worked out once: the verdict's longer context and the decision fit ask it alike. Owned by
    this context, so by one page, and bounded by its models (each over a few sets of others)."""
    reached: dict[int, Reach | None] = attrs.field(factory=dict, eq=False)
    """Each model's :func:`.windows.reach` (its counted routes beyond its window), found once a
    page: the summary's and the tradeoffs' window sentences and the longer context ask it.
    Owned by this context; bounded by its models."""
    leads: dict[tuple[int, int, int], GapLead] = attrs.field(factory=dict, eq=False)
    """Each gap a claim states a lead on (:func:`.benchmarks.gap_claim`), by its row and models:
    who leads, the figures and the label, worked out once a page (the summary and the deep dive
    state the largest gap alike). Owned by this context; bounded by its rows' pairs."""

    def others(self, i: int) -> tuple[int, ...]:
        """Every model but ``i``, in order."""
        return self.rivals[i]

    @functools.cached_property
    def context_sentence(self) -> Said:
        """The summary's sentence on the context windows, with the form it writes them in.

        Made once a page (:func:`.windows.context_said`): the summary states it, and switch
        friction writes its windows as it does (:func:`.windows.prose_exact`), read off the form
        it was written in, not off its evidence (which a page need not build).
        """
        return context_said(self)

    @property
    def context_said(self) -> Claim:
        """The summary's sentence on the context windows (:attr:`context_sentence`'s claim)."""
        return self.context_sentence.claim

    @functools.cached_property
    def listed_bases(self) -> tuple[Basis, ...]:
        """Per model: :func:`.inputs.listed_basis` (empty: not listed), built when first read."""
        return tuple([listed_basis(self.c, i, rows) if rows else _NO_BASIS
                      for i, rows in enumerate(self.listed)])

    @functools.cached_property
    def output_shrinks(self) -> OutputShrinks:
        """:func:`.output_forms.output_shrinks`, once a page: friction, the longer output."""
        return output_shrinks(self)

    @functools.cached_property
    def input_caps(self) -> dict[int, int]:
        """The models whose input limit is below their window, with it: GPT-5 takes 272K of 400K.

        Found once a page (read-only): the longer context, the decision fit and the tradeoffs
        read it (:func:`.longer.input_caps`, :func:`.windows.prompt_tradeoff`).
        """
        return {i: cap for i, m in enumerate(self.c.models) if (cap := m.max_input_tokens)
                is not None and m.context_window is not None and cap < m.context_window}

    @functools.cached_property
    def sole_inputs(self) -> tuple[list[str], ...]:
        """Per model: the inputs it accepts and none of its contenders does (read-only).

        :func:`.inputs.own_inputs` over :attr:`contending`, found once a page: the verdict's
        input advantage and its capability advantage both ask it.
        """
        return tuple([own_inputs(self, i, self.contending[i]) for i in range(self.n)])


def context_of(c: Comparison) -> Context:
    """The context every section of ``c``'s narrative reads.

    Examples:
        >>> from phicompare import compare
        >>> context_of(compare("phi-2", "phi-4-mini")).names
        ('Phi-2', 'Phi-4 Mini')
    """
    n = len(c.models)
    rivals = tuple([tuple([k for k in range(n) if k != i]) for i in range(n)])
    own = owns(c)  # (each model's own part, kept with the catalog; its rows placed here)
    ruled: list[Out | None] = []
    listed: list[tuple[int, ...]] = []
    bill_rows: list[int | None] = []
    bill_outputs: list[tuple[int, int] | None] = []
    dormant: list[Out | None] = []
    wider: list[tuple[tuple[int, int], ...]] = []
    for i, (o, (_, ks)) in enumerate(zip(own, c.route_groups, strict=True)):  # (each model's)
        ruled.append(placed(o.out, ks, i))
        listed.append(tuple([ks[p] for p in o.listing]) if o.listing else ())
        bill_rows.append(None if o.bill is None else ks[o.bill])
        bill_outputs.append(None if o.bill_output is None else
                            (ks[o.bill_output[0]], o.bill_output[1]))
        dormant.append(placed(o.dormant, ks, i))
        wider.append(tuple([(ks[p], w) for p, w in o.wider]) if o.wider else ())
    out = tuple(ruled)
    read = _read_together(own)  # (every window the page shows, read with its model's part)
    return Context(c=c, names=c.names, bench=benchmark_index(c.benchmarks, n, benchmark_split(c)),
                   capabilities=capability_view(c.capabilities), n=n,
                   rivals=rivals,
                   windows=windows_view(tuple([m.context_window for m in c.models]),
                                        exact=any(o.routes_exact for o in own)
                                        or fmt.windows_exact_read(read), read=read),
                   out=out, contending=contending(out, rivals),
                   listed=tuple(listed),
                   bill_rows=tuple(bill_rows), bill_outputs=tuple(bill_outputs),
                   dormant=tuple(dormant),
                   usable=tuple([o.usable for o in own]), wider=tuple(wider),
                   reports=tuple([o.reports for o in own]), traffic_said=own[0].traffic)


def _read_together(own: tuple[Own, ...]) -> dict[int, int]:
    """Every window the page shows (its models' and their routes'), each with its reading."""
    read = dict(own[0].readings)
    for found in own[1:]:
        read.update(found.readings)
    return read


_NO_BASIS = Basis(())
