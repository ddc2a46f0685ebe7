"""Building blocks the narrative's sections share.

A context over the facts, and the claims that more than one section states (gaps, cost
comparisons, advantages).
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, cast

from phicompare.analysis.facts import (
    BenchmarkRow,
    ByIdentity,
    CapabilityRow,
    CostEstimate,
    RouteRow,
    ScoreGap,
)
from phicompare.domain.records import BenchmarkScore, Capability, RouteStatus, Support

from . import format as fmt
from .claims import Check, Claim, Evidence

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = [
    "CATEGORY_WORKLOADS",
    "CapabilitySplit",
    "Ctx",
    "advantages",
    "capability_view",
    "category_leads",
    "decision_fit",
]

CAPABILITY_WORKLOADS: dict[Capability, str] = {
    Capability.FUNCTION_CALLING: "function calling",
    Capability.TOOL_USE: "tool use",
    Capability.STRUCTURED_OUTPUTS: "structured output",
    Capability.VISION: "vision",
    Capability.MULTIMODAL: "multimodal input",
    Capability.REASONING: "step-by-step reasoning",
    Capability.CODE_EXECUTION: "code execution",
}
CATEGORY_WORKLOADS: dict[str, str] = {
    "knowledge": "knowledge",
    "reasoning": "reasoning",
    "math": "math",
    "coding": "coding",
    "instruction": "instruction following",
    "multilingual": "multilingual work",
    "long-context": "long-context work",
    "commonsense": "commonsense",
    "science": "science questions",
    "agentic": "agentic tasks",
    "vision": "vision",
}
LONG_CONTEXT = 32_768


class Ctx:
    """The comparison being narrated, with indexes the sections share."""

    def __init__(self, c: Comparison, *, evidence: bool = True) -> None:
        self.c = c
        self.full = evidence
        """Whether claims carry their evidence and checks (``False``: text only, for pages)."""
        self.names = c.names
        self.n = len(c.models)
        self.pairs = list(itertools.combinations(range(self.n), 2))
        self._rows: dict[int, int] = {}
        self._paths: dict[tuple[int, int, int], str] = {}
        self._winner: dict[int, int | None] = {}
        self._comparable: list[tuple[BenchmarkRow, tuple[int, int]]] = []
        self._incomparable: list[tuple[BenchmarkRow, tuple[int, int]]] = []
        significant: list[tuple[Decimal, str, BenchmarkRow, tuple[int, int]]] = []
        n = self.n
        paths = self._paths
        full = evidence  # paths name facts for evidence and checks alone
        rows, winners = self._rows, self._winner
        comparable, incomparable = self._comparable, self._incomparable
        self._leads: list[list[BenchmarkRow]] = [[] for _ in range(n)]
        self._shared: list[BenchmarkRow] = []
        leads, shared = self._leads, self._shared
        lookup = _ROW_VIEWS.lookup
        for k, row in enumerate(c.benchmarks):
            key = id(row)
            view = lookup(((n, k), key))
            if view is None:
                view = _ROW_VIEWS.put_one(row, (n, k), _row_view(row, k, n))
            if view[3] and not full:  # a row only one model scores: nothing for the prose
                continue
            rows[key] = k
            for a, b, path, kind, size in view[0]:
                if full:
                    paths[key, a, b] = paths[key, b, a] = path
                if kind == _COMPARABLE:
                    comparable.append((row, (a, b)))
                    if size is not None:
                        significant.append((size, row.benchmark.id, row, (a, b)))
                elif kind == _INCOMPARABLE:
                    incomparable.append((row, (a, b)))
            winner = winners[key] = view[1]
            if winner is not None:
                leads[winner].append(row)
            if view[2]:
                shared.append(row)
        significant.sort(key=lambda s: (s[0], s[1]))
        self._significant = [(s[2], s[3]) for s in significant]
        self.memo: dict[object, object] = {}

    # -- evidence --

    ev = staticmethod(Evidence)
    """Evidence for the fact at ``path`` whose value is ``value`` (positional shorthand)."""

    @staticmethod
    def dec(text: str | None) -> Decimal:
        """A Decimal fact stored as canonical text (friction items keep before/after as text)."""
        return Decimal(text or 0)

    def row_index(self, row: BenchmarkRow) -> int:
        """Index of ``row`` in ``benchmarks``."""
        return self._rows[id(row)]

    def pair_path(self, row: BenchmarkRow, i: int, j: int) -> str:
        """Path of the (i, j) gap of ``row``."""
        return self._paths[id(row), i, j]

    def pair_ev(self, row: BenchmarkRow, i: int, j: int) -> Evidence:
        """Evidence that the (i, j) gap of ``row`` is comparable."""
        return self.ev(self.pair_path(row, i, j) + ".comparable", row.pair(i, j).comparable)

    def _routes_of(self, i: int) -> tuple[tuple[RouteRow, ...], tuple[int, ...]]:
        """Model ``i``'s route rows and their indexes in ``routes``."""
        return self.c.route_groups[i]

    def route_rows(self, i: int) -> tuple[RouteRow, ...]:
        """Model ``i``'s route rows, in ``routes`` order."""
        return self._routes_of(i)[0]

    def route_evidence(self, i: int) -> tuple[Evidence, ...]:
        """Evidence of model ``i``'s routes in force: each route row's provider."""
        rows, ks = self._routes_of(i)
        found = _ROUTE_EVIDENCE.get(rows, ks)
        if found is None:
            found = _ROUTE_EVIDENCE.put(rows, ks, tuple(
                self.ev(f"routes[{k}].route.provider", r.route.provider)
                for k, r in zip(ks, rows, strict=True)))
        return found

    # -- benchmark views --

    def comparable_rows(self) -> list[tuple[BenchmarkRow, tuple[int, int]]]:
        """(row, pair) for every comparable pair of scores."""
        return self._comparable

    def incomparable_pairs(self) -> list[tuple[BenchmarkRow, tuple[int, int]]]:
        """(row, pair) where both have scores that cannot be compared directly."""
        return self._incomparable

    def significant_pairs(self) -> list[tuple[BenchmarkRow, tuple[int, int]]]:
        """Comparable pairs whose gap lies outside the 95% interval, largest first."""
        return self._significant

    def largest_significant(self) -> tuple[BenchmarkRow, tuple[int, int]] | None:
        """The comparable pair with the largest gap outside noise."""
        return self._significant[0] if self._significant else None

    def leads(self, i: int) -> list[BenchmarkRow]:
        """The rows on which model ``i`` leads every other model outside noise, in order."""
        return self._leads[i]

    def shared_rows(self) -> list[BenchmarkRow]:
        """The rows on which every model has a score, in order."""
        return self._shared

    def comparable_categories(self) -> list[str]:
        """Benchmark categories with at least one comparable pair, in first-seen order."""
        found = cast("list[str] | None", self.memo.get("categories"))
        if found is None:
            seen: dict[str, None] = {}
            for row, _ in self._comparable:
                if row.benchmark.category:
                    seen.setdefault(row.benchmark.category, None)
            found = self.memo["categories"] = list(seen)
        return list(found)

    def led_in(self, category: str, i: int) -> list[BenchmarkRow]:
        """The comparable rows of ``category`` on which model ``i`` leads every other."""
        key = ("led", i)
        led = cast("list[BenchmarkRow] | None", self.memo.get(key))
        if led is None:
            winner = self._winner
            led = self.memo[key] = [r for r, _ in self._comparable if winner[id(r)] == i]
        return [r for r in led if r.benchmark.category == category]

    def gap_claim(self, row: BenchmarkRow, pair: tuple[int, int], *,
                  detailed: bool = False, brief: bool = False) -> Claim:
        """"On MMLU (5-shot), A leads B 67.3 to 56.3, outside the ±1.1-point interval".

        ``detailed`` adds the item count (deep dive); ``brief`` is the one-line form of a
        bullet list ("A leads on MMLU (5-shot): 67.3 against 56.3, beyond ±1.1").
        """
        memo_key = ("gap", id(row), pair, detailed, brief)  # one Ctx: one evidence mode
        found = cast("Claim | None", self.memo.get(memo_key))
        if found is None:
            found = self._gap_claim(row, pair, detailed=detailed, brief=brief)
            self.memo[memo_key] = found
        return found

    def _gap_parts(self, row: BenchmarkRow, pair: tuple[int, int]) -> _GapParts:
        """What every wording of a gap shows, worked out once per row (up to three use it)."""
        memo_key = ("gap-parts", id(row), pair)
        found = cast("_GapParts | None", self.memo.get(memo_key))
        if found is not None:
            return found
        i, j = pair
        gap = row.pair(i, j)
        lead = gap.leader_index
        if lead is None:
            lead = i if (gap.gap or 0) > 0 else j
        trail = j if lead == i else i
        a, b = row.scores[lead], row.scores[trail]
        assert a is not None and b is not None and gap.gap is not None  # noqa: PT018
        interval = gap.interval_95
        label = row.benchmark.label + (f" ({a.setting})" if a.setting else "")
        found = self.memo[memo_key] = _GapParts(
            gap=gap, lead=lead, trail=trail, a=a, b=b, label=label,
            a_points=fmt.points(a.score), b_points=fmt.points(b.score),
            size=fmt.points(abs(gap.gap)),
            interval=None if interval is None else fmt.points(interval))
        return found

    def _gap_claim(self, row: BenchmarkRow, pair: tuple[int, int], *, detailed: bool,
                   brief: bool) -> Claim:
        i, j = pair
        p = self._gap_parts(row, pair)
        gap, lead, trail, a, b = p.gap, p.lead, p.trail, p.a, p.b
        assert gap.gap is not None
        interval = gap.interval_95
        if brief:  # with three or more models, say over which (two may trail alike)
            over = f" {self.names[trail]}" if self.n > 2 else ""
            text = (f"{self.names[lead]} leads{over} on {p.label}: {p.a_points} against "
                    f"{p.b_points}")
        else:
            text = (f"On {p.label}, {self.names[lead]} leads {self.names[trail]} {p.a_points} "
                    f"to {p.b_points}, {p.size} points")
        if interval is not None and brief:
            text += f", beyond the ±{p.interval} sampling interval"
        elif interval is not None:
            text += f", outside the 95% sampling interval of ±{p.interval}"
        if detailed and row.benchmark.items:
            text += f" ({row.benchmark.items:,} items)"
        key = f"gap:{row.benchmark.id}:{i}:{j}"
        if not self.full:
            return Claim(key=key, text=text + ".", evidence=())
        r = self.row_index(row)
        evidence = [self.ev(f"benchmarks[{r}].scores[{lead}].score", a.score,
                            fmt.points(a.score), "points", a.source),
                    self.ev(f"benchmarks[{r}].scores[{trail}].score", b.score,
                            fmt.points(b.score), "points", b.source),
                    self.ev(self.pair_path(row, i, j) + ".gap", gap.gap,
                            None if brief else fmt.points(abs(gap.gap)), "points-abs")]
        if interval is not None and not brief:
            evidence.append(self.ev(self.pair_path(row, i, j) + ".interval_95", interval,
                                    fmt.points(interval), "points"))
        if detailed and row.benchmark.items:
            evidence.append(self.ev(f"benchmarks[{r}].benchmark.items", row.benchmark.items))
        better = ">" if row.benchmark.higher_is_better else "<"
        return Claim(key=key, text=text + ".", evidence=tuple(evidence), checks=(
            Check(op=better, paths=(f"benchmarks[{r}].scores[{lead}].score",
                                    f"benchmarks[{r}].scores[{trail}].score")),
            Check(op="true", paths=(self.pair_path(row, i, j) + ".significant",)),
            Check(op="true", paths=(self.pair_path(row, i, j) + ".comparable",)),
        ))

    def noise_claim(self, row: BenchmarkRow, i: int, j: int) -> Claim:
        """A comparable gap inside the sampling interval."""
        gap = row.pair(i, j)
        a, b = row.scores[i], row.scores[j]
        assert a is not None and b is not None and gap.gap is not None  # noqa: PT018
        assert gap.interval_95 is not None
        r = self.row_index(row)
        same = gap.gap == 0
        detail = ("a tie" if same else
                  f"a {fmt.points(abs(gap.gap))}-point gap inside the ±"
                  f"{fmt.points(gap.interval_95)} interval: within noise")
        key = f"noise:{row.benchmark.id}:{i}:{j}"
        text = (f"{row.benchmark.label}: {self.names[i]} {fmt.points(a.score)}, "
                f"{self.names[j]} {fmt.points(b.score)}, {detail}.")
        if not self.full:
            return Claim(key=key, text=text, evidence=())
        path = self.pair_path(row, i, j)
        return Claim(
            key=key, text=text,
            evidence=(self.ev(f"benchmarks[{r}].scores[{i}].score", a.score, fmt.points(a.score),
                              "points", a.source),
                      self.ev(f"benchmarks[{r}].scores[{j}].score", b.score, fmt.points(b.score),
                              "points", b.source),
                      self.ev(path + ".gap", gap.gap, None if same else fmt.points(abs(gap.gap)),
                              "points-abs"),
                      self.ev(path + ".interval_95", gap.interval_95,
                              None if same else fmt.points(gap.interval_95), "points")),
            checks=(Check(op="false", paths=(path + ".significant",)),))

    def no_comparable_claim(self) -> Claim:
        """No benchmark is scored alike for any pair."""
        found = cast("Claim | None", self.memo.get("no-comparable"))
        if found is None:
            found = self.memo["no-comparable"] = self._no_comparable_claim()
        return found

    def _no_comparable_claim(self) -> Claim:
        rows = self.c.benchmarks
        if self._shared:  # any row every model scores
            text = ("They share benchmarks, but none scored under the same setting and harness, "
                    "so the scores are not directly comparable.")
        elif rows:
            text = "No benchmark has scores for both, so none can be compared."
        else:
            text = "No benchmark scores are recorded for these models."
        if not self.full:
            return Claim(key="no-comparable", text=text, evidence=())
        return Claim(key="no-comparable", text=text,
                     evidence=tuple(self.ev(f"benchmarks[{k}].benchmark.id", r.benchmark.id)
                                    for k, r in enumerate(rows))
                     or (self.ev("benchmarks", rows),),
                     checks=tuple(Check(op="false",
                                        paths=(f"benchmarks[{k}].pairs[{p}].comparable",))
                                  for k, r in enumerate(rows) for p in range(len(r.pairs))))

    # -- cost --

    def traffic_phrase(self) -> tuple[str, list[Evidence]]:
        """"800M input and 250M output tokens a month"."""
        t = self.c.traffic
        found = _TRAFFIC.get_one(t)
        if found is None:
            shown_in, shown_out = fmt.big_count(t.input_tokens), fmt.big_count(t.output_tokens)
            found = _TRAFFIC.put_one(t, None, (
                f"{shown_in} input and {shown_out} output tokens a month",
                (self.ev("traffic.input_tokens", t.input_tokens, shown_in, "count"),
                 self.ev("traffic.output_tokens", t.output_tokens, shown_out, "count"))))
        return found[0], list(found[1])

    def assumptions(self) -> Claim:
        """What the estimates assume, spelled out (the same for every comparison alike)."""
        c = self.c
        extra = (c.include_free, c.requires, c.as_of)
        found = _ASSUMPTIONS.get_one(c.traffic, extra)
        if found is None:
            found = _ASSUMPTIONS.put_one(c.traffic, extra, self._assumptions())
        return found

    def _assumptions(self) -> Claim:
        c = self.c
        t = c.traffic
        phrase, evidence = self.traffic_phrase()
        parts = [f"Estimates assume {phrase}"]
        if t.cached_share:
            parts.append(f"{fmt.percent(t.cached_share)} of input read from the prompt cache")
            evidence.append(self.ev("traffic.cached_share", t.cached_share,
                                    fmt.percent(t.cached_share), "percent"))
        if t.cache_write_share:
            parts.append(f"{fmt.percent(t.cache_write_share)} of input written to it")
            evidence.append(self.ev("traffic.cache_write_share", t.cache_write_share,
                                    fmt.percent(t.cache_write_share), "percent"))
        if t.batch_share:
            parts.append(f"{fmt.percent(t.batch_share)} of tokens sent through batch APIs")
            evidence.append(self.ev("traffic.batch_share", t.batch_share,
                                    fmt.percent(t.batch_share), "percent"))
        if t.requests is not None:
            parts.append(f"{t.requests:,} requests")
            evidence.append(self.ev("traffic.requests", t.requests))
        route = "the cheapest route that is not deprecated"
        if not c.include_free:
            route += " and not a free tier"
        if c.requires:
            labels = [r.label.lower() for r in c.requires]
            route += f", supporting {fmt.join_words(labels)}"
            evidence.extend(self.ev(f"requires[{k}]", r) for k, r in enumerate(c.requires))
        evidence.append(self.ev("as_of", c.as_of, fmt.date(c.as_of), "date"))
        evidence.append(self.ev("include_free", c.include_free))
        text = (", ".join(parts) + f", prices in force on {fmt.date(c.as_of)}, and {route}. "
                "Negotiated discounts are not included.")
        return Claim(key="assumptions", text=text, evidence=tuple(evidence))

    def estimate_claim(self, e: CostEstimate) -> Claim:
        """One model's monthly estimate, or why it has none (estimates recur across pairs)."""
        name = self.names[e.model_index]
        found = _ESTIMATES.get_one(e, name)
        if found is None:
            found = _ESTIMATES.put_one(e, name, self._estimate_claim(e, name))
        return found

    def _estimate_claim(self, e: CostEstimate, name: str) -> Claim:
        path = f"cost.estimates[{e.model_index}]"
        if e.monthly is None or e.route is None or e.route.input is None \
                or e.route.output is None:
            reason = e.reason or "no eligible route"
            return Claim(key=f"estimate:{e.model_index}", text=f"{name}: no estimate, {reason}.",
                         evidence=(self.ev(f"{path}.reason", reason, reason),),
                         checks=(Check(op="none", paths=(f"{path}.monthly",)),))
        return Claim(
            key=f"estimate:{e.model_index}",
            text=f"{name}: {fmt.money(e.monthly)} a month on {e.provider_name}, at "
                 f"{fmt.price(e.route.input)} input and {fmt.price(e.route.output)} output per "
                 "1M tokens.",
            evidence=(self.ev(f"{path}.monthly", e.monthly, fmt.money(e.monthly), "money"),
                      self.ev(f"{path}.provider_name", e.provider_name, e.provider_name),
                      self.ev(f"{path}.route.input", e.route.input, fmt.price(e.route.input),
                              "price", e.route.source),
                      self.ev(f"{path}.route.output", e.route.output, fmt.price(e.route.output),
                              "price", e.route.source)))

    def cost_headline(self) -> list[Claim]:
        """The summary's cost sentence."""
        c = self.c
        known = [e for e in c.cost.estimates if e.monthly is not None]
        if not known:
            return [Claim(key="cost-headline",
                          text="No model here has an eligible priced route, so no monthly "
                               "estimate is made.",
                          evidence=tuple(self.ev(f"cost.estimates[{e.model_index}].monthly", None)
                                         for e in c.cost.estimates) if self.full else (),
                          checks=tuple(Check(op="none", paths=(
                              f"cost.estimates[{e.model_index}].monthly",))
                                       for e in c.cost.estimates) if self.full else ())]
        return self.cost_comparison("summary") or [self.estimate_claim(known[0])]

    def cost_comparison(self, style: str = "full") -> list[Claim]:
        """Which is cheaper at the stated traffic, and where per-token prices point apart.

        ``style`` words it for its section, so a page does not repeat one sentence: ``full``
        (the FAQ: bills with their basis, the crossover in full), ``summary`` (bills in full,
        the crossover in brief), ``tradeoff`` (one line each) and ``cost`` (the gap, the
        crossover in full).
        """
        key = ("cost", style)
        found = cast("list[Claim] | None", self.memo.get(key))
        if found is None:
            found = self._cost_comparison(style)
            self.memo[key] = found
        return list(found)

    def _cost_comparison(self, style: str) -> list[Claim]:
        c = self.c
        claims: list[Claim] = []
        estimates = c.cost.estimates
        known = [e for e in estimates if e.monthly is not None]
        if len(known) >= 2 and c.cost.gap is not None:
            # The summary and the FAQ word the bills alike: one claim for both.
            worded = "full" if style == "summary" else style
            key = ("bills", worded)
            bills = cast("Claim | None", self.memo.get(key))
            if bills is None:
                bills = self.memo[key] = (self._tie(known, worded)
                                          if len(c.cost.cheapest_indexes) == len(estimates)
                                          else self._cheaper(known, worded))
            claims.append(bills)
        for k, cross in enumerate(c.cost.crossovers):
            claims.append(self._crossover(k, cross.cheaper_input_index, cross.cheaper_output_index,
                                          cross.input_share, style))
        return claims

    def _tie(self, known: list[CostEstimate], style: str) -> Claim:
        c = self.c
        first = known[0]
        money = fmt.money(first.monthly or Decimal(0))
        phrase, traffic_ev = self.traffic_phrase()
        if style in ("full", "summary"):
            text = f"At {phrase} they cost the same, {money} a month: a tie."
            evidence = [*traffic_ev]
        elif style == "tradeoff":
            text = f"At the stated traffic they cost the same: {money} a month."
            evidence = []
        else:
            text = f"There is no gap: a tie at {money} a month."
            evidence = []
        if not self.full:
            return Claim(key="tie", text=text, evidence=())
        evidence += [self.ev(f"cost.estimates[{first.model_index}].monthly", first.monthly, money,
                             "money"),
                     self.ev("cost.gap", c.cost.gap)]
        return Claim(key="tie", text=text, evidence=tuple(evidence),
                     checks=tuple(Check(op="==", paths=(
                                                        f"cost.estimates[{first.model_index}].monthly",
                                                        f"cost.estimates[{e.model_index}].monthly"))
                                  for e in known[1:]))

    def _cheaper(self, known: list[CostEstimate], style: str) -> Claim:
        c = self.c
        cheap = c.cost.cheapest_indexes
        two = len(c.cost.estimates) == 2
        low = fmt.join_words([self.names[i] for i in cheap])
        verb = "is" if len(cheap) == 1 else "are"
        others = [e for e in known if e.model_index not in cheap]
        gap = fmt.money(c.cost.gap or Decimal(0))
        full = self.full
        monthly = [self.ev(f"cost.estimates[{e.model_index}].monthly", e.monthly,
                           fmt.money(e.monthly or Decimal(0)), "money")
                   for e in known] if full else []
        gap_ev = [self.ev("cost.gap", c.cost.gap, gap, "money")] if full else []
        if style in ("full", "summary"):
            phrase, traffic_ev = self.traffic_phrase()
            bills = fmt.join_words([f"{e.model.name} {fmt.money(e.monthly or Decimal(0))}"
                                    for e in known])
            text = f"At {phrase} the bills are {bills}: "
            text += f"{low} is {gap} cheaper." if two else f"{low} {verb} cheapest."
            evidence = [*traffic_ev, *monthly, *(gap_ev if two else [])]
        elif style == "tradeoff":
            low_bill = fmt.money(c.cost.estimates[cheap[0]].monthly or Decimal(0))
            rest = fmt.join_words([fmt.money(e.monthly or Decimal(0)) for e in others])
            text = (f"{low} {'costs' if len(cheap) == 1 else 'cost'} less at the stated traffic: "
                    f"{low_bill} against {rest} a month.")
            evidence = list(monthly)
        else:
            text = (f"The gap is {gap} a month, in favour of {low}." if two else
                    f"{low} {verb} cheapest; the dearest costs {gap} a month more.")
            evidence = gap_ev
        if not full:
            return Claim(key="cheaper", text=text, evidence=())
        return Claim(key="cheaper", text=text, evidence=tuple(evidence),
                     checks=tuple(Check(op="<", paths=(f"cost.estimates[{i}].monthly",
                                                       f"cost.estimates[{e.model_index}].monthly"))
                                  for i in cheap for e in others))

    def _crossover(self, k: int, ci: int, co: int, input_share: Decimal, style: str) -> Claim:
        estimates = self.c.cost.estimates
        ri, ro = estimates[ci].route, estimates[co].route
        assert ri is not None and ro is not None  # noqa: PT018
        assert ri.input is not None and ri.output is not None  # noqa: PT018
        assert ro.input is not None and ro.output is not None  # noqa: PT018
        share = fmt.percent(input_share)
        shown = style in ("full", "cost", "tradeoff")
        if style in ("full", "cost"):
            text = (f"Per token their prices point opposite ways: {self.names[ci]} is cheaper "
                    f"on input ({fmt.price(ri.input)} against {fmt.price(ro.input)} per 1M), "
                    f"{self.names[co]} on output ({fmt.price(ro.output)} against "
                    f"{fmt.price(ri.output)}). {self.names[co]} costs less while input is "
                    f"under {share} of tokens; above that, {self.names[ci]} does.")
        elif style == "tradeoff":
            text = (f"{self.names[ci]} is cheaper per input token ({fmt.price(ri.input)} against "
                    f"{fmt.price(ro.input)} per 1M), {self.names[co]} per output token "
                    f"({fmt.price(ro.output)} against {fmt.price(ri.output)}).")
        else:
            text = (f"Their per-token prices point opposite ways: with more than {share} of "
                    f"tokens as input, {self.names[ci]} would cost less.")
        if not self.full:
            return Claim(key=f"crossover:{ci}:{co}", text=text, evidence=())
        evidence = [
            self.ev(f"cost.estimates[{ci}].route.input", ri.input,
                    fmt.price(ri.input) if shown else None, "price", ri.source),
            self.ev(f"cost.estimates[{co}].route.input", ro.input,
                    fmt.price(ro.input) if shown else None, "price", ro.source),
            self.ev(f"cost.estimates[{co}].route.output", ro.output,
                    fmt.price(ro.output) if shown else None, "price", ro.source),
            self.ev(f"cost.estimates[{ci}].route.output", ri.output,
                    fmt.price(ri.output) if shown else None, "price", ri.source)]
        if style != "tradeoff":
            evidence.append(self.ev(f"cost.crossovers[{k}].input_share", input_share, share,
                                    "percent"))
        return Claim(
            key=f"crossover:{ci}:{co}", text=text, evidence=tuple(evidence),
            checks=(Check(op="<", paths=(f"cost.estimates[{ci}].route.input",
                                         f"cost.estimates[{co}].route.input")),
                    Check(op="<", paths=(f"cost.estimates[{co}].route.output",
                                         f"cost.estimates[{ci}].route.output"))))

    def cheaper_answer(self) -> tuple[Claim, ...]:
        """The FAQ's "which is cheaper": the basis, the answer, and where it flips."""
        c = self.c
        missing = [e for e in c.cost.estimates if e.monthly is None]
        claims = self.cost_comparison()
        if missing:
            for e in missing:
                claims.insert(0, self.estimate_claim(e))
            claims.append(Claim(
                key="faq:undecided",
                text="Without an estimate for every model the data cannot say which is cheaper "
                     "at your traffic.",
                evidence=tuple(self.ev(f"cost.estimates[{e.model_index}].monthly", None)
                               for e in missing) if self.full else (),
                checks=tuple(Check(op="none", paths=(f"cost.estimates[{e.model_index}].monthly",))
                             for e in missing) if self.full else ()))
        return tuple(claims)

    # -- availability --

    def where_claim(self, i: int) -> Claim:
        """Where model ``i`` runs, by provider, with statuses."""
        rows, ks = self._routes_of(i)
        if not rows:
            model = self.c.models[i]
            text = (f"No route for {self.names[i]} is in force on {fmt.date(self.c.as_of)}."
                    if model.routes else
                    f"No provider route for {self.names[i]} is in the catalog.")
            return Claim(key=f"where:{i}", text=text,
                         evidence=(self.ev(f"models[{i}].routes", model.routes),
                                   self.ev("as_of", self.c.as_of)) if self.full else ())
        # Text alone does not depend on where the rows sit in ``routes``: pairs share it.
        at = ks if self.full else None
        extra = ("where", i, self.names[i], at)
        found = _ROUTE_CLAIMS.get(rows, extra)
        if found is None:
            found = _ROUTE_CLAIMS.put(rows, extra, self._where_claim(i, rows, at))
        return found

    def _where_claim(self, i: int, rows: tuple[RouteRow, ...],
                     ks: tuple[int, ...] | None) -> Claim:
        labels: dict[str, list[str]] = {}
        for row in rows:
            notes = labels.setdefault(row.provider_name, [])
            if row.route.status is not RouteStatus.GA:
                status = row.route.status.value.replace("-", " ")
                if status not in notes:
                    notes.append(status)
        parts = [(f"{name[:-1]}; {', '.join(n)})" if name.endswith(")") else
                  f"{name} ({', '.join(n)})") if n else name for name, n in labels.items()]
        return Claim(key=f"where:{i}",
                     text=f"{self.names[i]} is listed on {fmt.join_words(parts)}.",
                     evidence=() if ks is None else tuple(
                         self.ev(f"routes[{k}].provider_name", r.provider_name)
                         for k, r in zip(ks, rows, strict=True)))

    def availability_claim(self, i: int) -> Claim:
        """How many routes model ``i`` has and how many can carry the traffic."""
        rows, ks = self._routes_of(i)
        if not rows:
            return self.where_claim(i)
        extra = ("availability", i, self.names[i], ks if self.full else None)
        found = _ROUTE_CLAIMS.get(rows, extra)
        if found is None:
            eligible = [r for r in rows if r.eligible]
            full = self.full
            found = _ROUTE_CLAIMS.put(rows, extra, Claim(
                key=f"availability:{i}",
                text=f"{self.names[i]} has {fmt.plural(len(rows), 'route')} in the catalog; "
                     f"{fmt.count_word(len(eligible)) if eligible else 'none'} "
                     f"can carry this traffic.",
                evidence=tuple(self.ev(f"routes[{k}].eligible", r.eligible)
                               for k, r in zip(ks, rows, strict=True)) if full else ()))
        return found


class _GapParts(NamedTuple):
    """A gap's leader and trailer and the figures its sentences show."""

    gap: ScoreGap
    lead: int
    trail: int
    a: BenchmarkScore
    b: BenchmarkScore
    label: str
    """The benchmark with the leader's setting: "MMLU (5-shot)"."""
    a_points: str
    b_points: str
    size: str
    interval: str | None


_TRAFFIC: ByIdentity[tuple[str, tuple[Evidence, ...]]] = ByIdentity()
_ASSUMPTIONS: ByIdentity[Claim] = ByIdentity()
_ESTIMATES: ByIdentity[Claim] = ByIdentity()
_COMPARABLE, _INCOMPARABLE, _UNSCORED = 0, 1, 2
_RowView = tuple[tuple[tuple[int, int, str, int, "Decimal | None"], ...], "int | None", bool,
                 bool]
_ROW_VIEWS: ByIdentity[_RowView] = ByIdentity()
"""What the context reads off a benchmark row at a position: rows recur across pairs."""


def _row_view(row: BenchmarkRow, k: int, n: int) -> _RowView:
    """What ``row``, at ``benchmarks[k]``, tells the context.

    Each gap as (a, b, path, kind, minus its size when significant), the model that leads
    every other outside noise (or ``None``), whether every model has a score, and whether the
    row is inert: no gap that can be compared or said to be incomparable, no leader, not shared
    (the prose says nothing of it).
    """
    wins = dict.fromkeys(range(n), 0)
    gaps: list[tuple[int, int, str, int, Decimal | None]] = []
    for p, gap in enumerate(row.pairs):
        a, b, leader = gap.a_index, gap.b_index, gap.leader_index
        if leader is not None:
            wins[leader] += 1
        size: Decimal | None = None
        if gap.comparable:
            kind = _COMPARABLE
            if gap.significant and gap.gap is not None:
                size = -abs(gap.gap)
        elif row.scores[a] is not None and row.scores[b] is not None:
            kind = _INCOMPARABLE
        else:
            kind = _UNSCORED
        gaps.append((a, b, f"benchmarks[{k}].pairs[{p}]", kind, size))
    top = [i for i, w in wins.items() if w == n - 1]
    winner = top[0] if top and n > 1 else None
    inert = winner is None and not row.shared and all(g[3] == _UNSCORED for g in gaps)
    return tuple(gaps), winner, row.shared, inert


_ROUTE_EVIDENCE: ByIdentity[tuple[Evidence, ...]] = ByIdentity()
_ROUTE_CLAIMS: ByIdentity[Claim] = ByIdentity()
"""What the narrative says of a model's route rows, which recur across comparisons."""


_CAPABILITY_FITS: ByIdentity[tuple[tuple[str, ...], tuple[Evidence, ...], tuple[Check, ...]]] = (
    ByIdentity())
"""Capability rows are shared by every pair whose supports match: so is what they fit."""


class CapabilitySplit(NamedTuple):
    """A capability on which the models' support differs, read once for every pair alike."""

    k: int
    """The row's index in ``capabilities``."""
    row: CapabilityRow
    label: str
    """"Structured outputs"."""
    yes: tuple[int, ...]
    no: tuple[int, ...]
    unknown: tuple[int, ...]
    support_labels: tuple[str, ...]
    """Each model's support as a table reads it ("yes", "no", "not documented")."""


class CapabilityView(NamedTuple):
    """What the narrative reads off a comparison's capability rows."""

    splits: tuple[CapabilitySplit, ...]
    """The rows whose support differs, in order."""
    alike: str
    """Every row's support, when all match ("vision no; reasoning yes; ...")."""
    exclusive: tuple[tuple[tuple[int, str], ...], ...]
    """Per model: (row index, workload) where it alone documents the capability, every other
    model documenting its absence."""


_CAPABILITY_VIEWS: ByIdentity[CapabilityView] = ByIdentity()


def capability_view(capabilities: tuple[CapabilityRow, ...]) -> CapabilityView:
    """The capability rows read once: pairs whose supports match share the tuple, and this."""
    found = _CAPABILITY_VIEWS.lookup((None, id(capabilities)))
    if found is not None:
        return found
    count = len(capabilities[0].support) if capabilities else 0
    splits = []
    for k, row in enumerate(capabilities):
        if not row.differs:
            continue
        support = row.support
        splits.append(CapabilitySplit(
            k=k, row=row, label=row.capability.label,
            yes=tuple(i for i, s in enumerate(support) if s is Support.YES),
            no=tuple(i for i, s in enumerate(support) if s is Support.NO),
            unknown=tuple(i for i, s in enumerate(support) if s is Support.UNKNOWN),
            support_labels=tuple(s.label for s in support)))
    alike = "; ".join(f"{r.capability.label.lower()} {r.support[0].label}"
                      for r in capabilities) if count else ""
    exclusive = tuple(
        tuple((k, CAPABILITY_WORKLOADS[row.capability]) for k, row in enumerate(capabilities)
              if row.support[i] is Support.YES
              and all(row.support[o] is Support.NO for o in range(count) if o != i))
        for i in range(count))
    return _CAPABILITY_VIEWS.put_one(capabilities, None, CapabilityView(
        splits=tuple(splits), alike=alike, exclusive=exclusive))


def _capability_fits(x: Ctx, i: int) -> tuple[tuple[str, ...], tuple[Evidence, ...],
                                               tuple[Check, ...]]:
    fits: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for k, row in enumerate(x.c.capabilities):
        if row.support[i] is Support.YES:
            fits.append(CAPABILITY_WORKLOADS[row.capability])
            path = f"capabilities[{k}].support[{i}]"
            evidence.append(x.ev(path, Support.YES))
            checks.append(Check(op="in", paths=(path,), values=("yes",)))
    return tuple(fits), tuple(evidence), tuple(checks)


def decision_fit(x: Ctx, i: int) -> tuple[list[str], list[Evidence], list[Check]]:
    """Workloads the data supports for model ``i``.

    Documented capabilities, benchmark categories it leads outside noise, and long context when
    its window is the largest.
    """
    c = x.c
    found = _CAPABILITY_FITS.lookup((i, id(c.capabilities)))  # the tuple is shared whole
    if found is None:
        found = _CAPABILITY_FITS.put_one(c.capabilities, i, _capability_fits(x, i))
    full = x.full
    fits = list(found[0])
    evidence, checks = (list(found[1]), list(found[2])) if full else ([], [])
    for category in x.comparable_categories():
        led = x.led_in(category, i)
        if led:
            fits.append(CATEGORY_WORKLOADS.get(category, category))
            if full:
                evidence.extend(x.ev(f"benchmarks[{x.row_index(r)}].benchmark.category",
                                     category) for r in led[:1])
    windows = [m.context_window for m in c.models]
    mine = windows[i]
    if mine is not None and mine >= LONG_CONTEXT and all(
            w is not None and w < mine for k, w in enumerate(windows) if k != i):
        fits.append("long context")
        if full:
            evidence.append(x.ev(f"models[{i}].context_window", mine))
            checks.extend(Check(op=">", paths=(f"models[{i}].context_window",
                                               f"models[{k}].context_window"))
                          for k in range(len(windows)) if k != i)
    return list(dict.fromkeys(fits)), evidence, checks


def advantages(x: Ctx, i: int) -> tuple[list[str], list[Evidence], list[Check]]:
    """Differences known on every side that favour model ``i`` (for the verdict)."""
    c = x.c
    others = [k for k in range(x.n) if k != i]
    reasons: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    full = x.full
    if c.cost.gap is not None and c.cost.cheapest_indexes == (i,):
        e = c.cost.estimates[i]
        reasons.append(f"the lower bill at this traffic ({fmt.money(e.monthly or Decimal(0))} "
                       "a month)")
        if full:
            evidence.append(x.ev(f"cost.estimates[{i}].monthly", e.monthly,
                                 fmt.money(e.monthly or Decimal(0)), "money"))
            checks.extend(Check(op="<", paths=(f"cost.estimates[{i}].monthly",
                                               f"cost.estimates[{k}].monthly")) for k in others)
    windows = [m.context_window for m in c.models]
    mine = windows[i]
    if mine is not None and all(windows[k] is not None and (windows[k] or 0) < mine
                                for k in others):
        reasons.append(f"a longer context ({fmt.tokens(mine)} tokens)")
        if full:
            evidence.append(x.ev(f"models[{i}].context_window", mine, fmt.tokens(mine),
                                 "tokens"))
            checks.extend(Check(op=">", paths=(f"models[{i}].context_window",
                                               f"models[{k}].context_window")) for k in others)
    for k, workload in capability_view(c.capabilities).exclusive[i]:
        reasons.append(workload)
        if full:
            evidence.append(x.ev(f"capabilities[{k}].support[{i}]", Support.YES))
            checks.append(Check(op="in", paths=(f"capabilities[{k}].support[{i}]",),
                                values=("yes",)))
            checks.extend(Check(op="in", paths=(f"capabilities[{k}].support[{o}]",),
                                values=("no",)) for o in others)
    for category in x.comparable_categories():
        led = x.led_in(category, i)
        if led:
            labels = list(dict.fromkeys(r.benchmark.label for r in led))
            reasons.append(f"{CATEGORY_WORKLOADS.get(category, category)} "
                           f"(leads on {fmt.join_words(labels)})")
            for r in led if full else ():
                evidence.append(x.ev(f"benchmarks[{x.row_index(r)}].benchmark.label",
                                     r.benchmark.label))
                checks.extend(Check(op="true", paths=(x.pair_path(r, i, o) + ".significant",))
                              for o in others)
    return list(dict.fromkeys(reasons)), evidence, checks


def category_leads(x: Ctx, category: str) -> tuple[Claim, ...]:
    """The FAQ's "which is better for X", from benchmarks of that category scored alike."""
    rows = [(r, p) for r, p in x.comparable_rows() if r.benchmark.category == category]
    leads: dict[tuple[int, int], list[BenchmarkRow]] = {}
    noise: list[tuple[BenchmarkRow, tuple[int, int]]] = []
    for row, (i, j) in rows:
        leader = row.pair(i, j).leader_index
        if leader is None:
            noise.append((row, (i, j)))
        else:
            leads.setdefault((leader, j if leader == i else i), []).append(row)
    claims: list[Claim] = []
    for (lead, trail), led in leads.items():
        labels = list(dict.fromkeys(r.benchmark.label for r in led))
        over = f" over {x.names[trail]}" if x.n > 2 else ""
        key = f"leads:{category}:{lead}:{trail}"
        text = f"{x.names[lead]} leads{over} on {fmt.join_words(labels)}, outside sampling noise."
        if not x.full:
            claims.append(Claim(key=key, text=text, evidence=()))
            continue
        claims.append(Claim(
            key=key,
            text=text,
            evidence=tuple(x.ev(f"benchmarks[{x.row_index(r)}].benchmark.label",
                                r.benchmark.label) for r in led),
            checks=tuple(Check(op="true", paths=(x.pair_path(r, lead, trail) + ".significant",))
                         for r in led)))
    if noise:
        labels = list(dict.fromkeys(r.benchmark.label for r, _ in noise))
        text = (f"On {fmt.join_words(labels)} the {'gap is' if len(noise) == 1 else 'gaps are'}"
                " within noise or cannot be assessed.")
        if not x.full:
            claims.append(Claim(key=f"noise:{category}", text=text, evidence=()))
            return tuple(claims)
        claims.append(Claim(
            key=f"noise:{category}",
            text=text,
            evidence=tuple(x.ev(x.pair_path(r, *p) + ".significant", r.pair(*p).significant)
                           for r, p in noise),
            checks=tuple(Check(op="in", paths=(x.pair_path(r, *p) + ".significant",),
                               values=("false", "none")) for r, p in noise)))
    return tuple(claims)
