"""The narrative: pure functions from a comparison's facts to claims.

It reads no catalog and computes no numbers: every figure it prints is a fact of the
:class:`~phicompare.Comparison`, formatted by :mod:`phicompare.narrative.format`, and quoted as
evidence with the fact's path, so :func:`~phicompare.narrative.claims.check_claims` re-derives it.
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, cast

from phicompare.analysis.facts import ByIdentity, FrictionItem, FrictionKind
from phicompare.domain.names import normalize_name
from phicompare.domain.records import Capability

from . import format as fmt
from .claims import Check, Claim, Evidence, Narrative, Question, Row
from .context import (
    CATEGORY_WORKLOADS,
    Ctx,
    advantages,
    capability_view,
    category_leads,
    decision_fit,
)

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["narrate"]


def narrate(c: Comparison, *, evidence: bool = True) -> Narrative:
    """Every prose section of ``c``.

    With ``evidence=False`` the claims carry their text alone, no evidence and no checks: what
    a rendered page needs, at a fraction of the cost. The text is the same either way (a
    property test holds the two together), so a page shows exactly the claims that
    :meth:`~phicompare.Comparison.check` verifies.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> n = narrate(c)
        >>> n.title
        'Phi-2 vs Phi-4 Mini'
        >>> brief = narrate(c, evidence=False)
        >>> [x.text for x in brief.summary] == [x.text for x in n.summary]
        True
        >>> brief.summary[2].evidence, len(n.summary[2].evidence)  # the context claim
        ((), 2)
    """
    x = Ctx(c, evidence=evidence)
    verdict = _verdict(x)
    return Narrative(
        title=" vs ".join(x.names),
        summary=_summary(x),
        scorecard=_scorecard(x),
        tradeoffs=_tradeoffs(x),
        cost=_cost(x),
        friction=_friction(x),
        deep_dive=_deep_dive(x),
        faq=_faq(x, verdict),
        verdict=verdict,
        related=_related(x),
        provenance=_provenance(x),
    )


# -- summary -------------------------------------------------------------------------------------


_IDENTITY: ByIdentity[Claim] = ByIdentity()
_OPEN: ByIdentity[Claim] = ByIdentity()
"""Claims about one model alone, found again by the model (models recur across pairs)."""


def _identity(x: Ctx, i: int) -> Claim:
    m = x.c.models[i]
    found = _IDENTITY.get_one(m, i)
    if found is None:
        found = _IDENTITY.put_one(m, i, _make_identity(x, i))
    return found


def _make_identity(x: Ctx, i: int) -> Claim:
    m = x.c.models[i]
    parts: list[str] = []
    evidence: list[Evidence] = []
    if m.vendor:
        parts.append(f"from {m.vendor}")
        evidence.append(x.ev(f"models[{i}].vendor", m.vendor, shown=m.vendor))
    if m.parameters_b is not None:
        shown = fmt.params(m.parameters_b)
        parts.append(f"{shown} parameters")
        evidence.append(x.ev(f"models[{i}].parameters_b", m.parameters_b, shown, "params"))
    if m.released is not None:
        shown = fmt.date(m.released)
        parts.append(f"released {shown}")
        evidence.append(x.ev(f"models[{i}].released", m.released, shown, "date"))
    if m.license:
        parts.append(f"licence {m.license}")
        evidence.append(x.ev(f"models[{i}].license", m.license, shown=m.license))
    if not parts:
        return Claim(key=f"identity:{i}", text=f"{m.name}: no vendor, size, release date or "
                     "licence is sourced yet.",
                     evidence=(x.ev(f"models[{i}].name", m.name, shown=m.name),))
    return Claim(key=f"identity:{i}", text=f"{m.name}: {', '.join(parts)}.",
                 evidence=(x.ev(f"models[{i}].name", m.name, shown=m.name), *evidence))


def _context_claim(x: Ctx, *, brief: bool = False) -> Claim:
    key = ("context", brief)
    found = cast("Claim | None", x.memo.get(key))
    if found is None:
        found = x.memo[key] = _make_context_claim(x, brief=brief)
    return found


def _make_context_claim(x: Ctx, *, brief: bool = False) -> Claim:
    models = x.c.models
    windows = [m.context_window for m in models]
    full = x.full
    evidence = tuple(x.ev(f"models[{i}].context_window", w,
                          fmt.tokens(w) if w is not None else None, "tokens")
                     for i, w in enumerate(windows)) if full else ()
    if any(w is None for w in windows):
        missing = [x.names[i] for i, w in enumerate(windows) if w is None]
        known = [f"{x.names[i]} reads {fmt.tokens(w)} tokens" for i, w in enumerate(windows)
                 if w is not None]
        subject = (f"The context window of {missing[0]} is" if len(missing) == 1
                   else f"The context windows of {fmt.join_words(missing)} are")
        text = (f"{subject} not yet sourced"
                + (f"; {fmt.join_words(known)}." if known else "."))
        return Claim(key="context", text=text, evidence=evidence,
                     checks=tuple(Check(op="none", paths=(f"models[{i}].context_window",))
                                  for i, w in enumerate(windows) if w is None) if full else ())
    if len(set(windows)) == 1:
        return Claim(key="context", text=f"All read the same context: {fmt.tokens(windows[0])} "
                     "tokens." if len(models) > 2 else
                     f"Both read the same context: {fmt.tokens(windows[0])} tokens.",
                     evidence=evidence, checks=(Check(op="==", paths=(
                         "models[0].context_window", "models[1].context_window")),)
                     if full else ())
    order = sorted(range(len(models)), key=lambda i: (-(windows[i] or 0), i))
    top = [i for i in order if windows[i] == windows[order[0]]]
    rest = [i for i in order if i not in top]
    others = [f"{fmt.tokens(windows[i] or 0)} for {x.names[i]}" for i in rest]
    degree = "larger" if len(models) == 2 else "largest"
    leaders = fmt.join_words([x.names[i] for i in top])
    verb = f"has the {degree} context window" if len(top) == 1 else \
        f"share the {degree} context window"
    if brief:
        verb = "takes longer prompts" if len(top) == 1 else "take longer prompts"
    text = (f"{leaders} {verb}: {fmt.tokens(windows[top[0]] or 0)} tokens against "
            f"{fmt.join_words(others)}.")
    if not full:
        return Claim(key="context", text=text, evidence=())
    return Claim(
        key="context",
        text=text,
        evidence=evidence,
        checks=tuple(Check(op=">", paths=(f"models[{t}].context_window",
                                          f"models[{i}].context_window"))
                     for t in top for i in rest)
        + tuple(Check(op="==", paths=(f"models[{top[0]}].context_window",
                                      f"models[{t}].context_window")) for t in top[1:]),
    )


def _summary(x: Ctx) -> tuple[Claim, ...]:
    claims = [_identity(x, i) for i in range(len(x.c.models))]
    claims.append(_context_claim(x))
    best = x.largest_significant()
    if best is not None:
        claims.append(x.gap_claim(best[0], best[1]))
    elif x.comparable_rows():
        claims.append(Claim(
            key="no-significant-gap",
            text="No benchmark scored alike separates them beyond sampling noise.",
            evidence=tuple(x.pair_ev(r, i, j) for r, (i, j) in x.comparable_rows())
            if x.full else (),
            checks=tuple(Check(op="false", paths=(x.pair_path(r, i, j) + ".significant",))
                         for r, (i, j) in x.comparable_rows()
                         if r.pair(i, j).significant is not None) if x.full else ()))
    else:
        claims.append(x.no_comparable_claim())
    claims.extend(x.cost_headline())
    return tuple(claims)


# -- scorecard -----------------------------------------------------------------------------------


def _scorecard(x: Ctx) -> tuple[Row, ...]:
    c = x.c
    n = len(c.models)
    full = x.full
    fits = [decision_fit(x, i) for i in range(n)]
    rows = [Row(key="fit", label="Decision fit",
                cells=tuple(fmt.join_words(f[0]) if f[0] else "no distinctive fit in the data"
                            for f in fits),
                evidence=(tuple(e for f in fits for e in f[1])
                          or (x.ev("models[0].id", c.models[0].id),)) if full else (),
                checks=tuple(ch for f in fits for ch in f[2]))]
    windows = [m.context_window for m in c.models]
    rows.append(Row(key="context", label="Context window",
                    cells=tuple(f"{fmt.tokens(w)} tokens" if w is not None else "not yet sourced"
                                for w in windows),
                    evidence=tuple(x.ev(f"models[{i}].context_window", w,
                                        fmt.tokens(w) if w is not None else None, "tokens")
                                   for i, w in enumerate(windows)) if full else ()))
    cells: list[str] = []
    evidence: list[Evidence] = []
    for e in c.cost.estimates:
        if e.route is None or e.route.input is None or e.route.output is None:
            cells.append("no eligible priced route")
            if full:
                evidence.append(x.ev(f"cost.estimates[{e.model_index}].route", None))
            continue
        cells.append(f"{fmt.price(e.route.input)} in / {fmt.price(e.route.output)} out per 1M "
                     f"({e.provider_name})")
        if full:
            evidence += [x.ev(f"cost.estimates[{e.model_index}].route.input", e.route.input,
                              fmt.price(e.route.input), "price", e.route.source),
                         x.ev(f"cost.estimates[{e.model_index}].route.output", e.route.output,
                              fmt.price(e.route.output), "price", e.route.source)]
    rows.append(Row(key="route-price", label="Cheapest route at your traffic",
                    cells=tuple(cells), evidence=tuple(evidence)))
    if full:
        counts = [x.route_evidence(i) for i in range(n)]
        route_evidence = (tuple(e for ev in counts for e in ev)
                          or (x.ev("models[0].id", c.models[0].id),))
        sizes = [len(ev) for ev in counts]
    else:
        sizes = [len(x.route_rows(i)) for i in range(n)]
        route_evidence = ()
    rows.append(Row(key="routes", label="Provider routes",
                    cells=tuple(fmt.plural(size, "route") + " tracked" if size else "none tracked"
                                for size in sizes),
                    evidence=route_evidence))
    leads = [x.leads(i) for i in range(n)]
    shared = x.shared_rows()
    rows.append(Row(
        key="benchmarks", label="Shared benchmarks",
        cells=tuple(("leads on " + fmt.join_words([r.benchmark.label for r in lead]))
                    if lead else (f"no lead outside noise ({fmt.count_word(len(shared))} shared "
                                  f"{'benchmark' if len(shared) == 1 else 'benchmarks'})"
                                  if shared else "none shared")
                    for lead in leads),
        evidence=(tuple(x.ev(f"benchmarks[{x.row_index(r)}].benchmark.id", r.benchmark.id)
                        for r in shared) or (x.ev("models[0].id", c.models[0].id),))
        if full else (),
        checks=tuple(Check(op="in", paths=(f"{x.pair_path(r, i, j)}.significant",),
                           values=("true",))
                     for i, lead in enumerate(leads) for r in lead
                     for j in range(n) if j != i) if full else ()))
    return tuple(rows)


# -- tradeoffs -----------------------------------------------------------------------------------


def _tradeoffs(x: Ctx) -> tuple[Claim, ...]:
    c = x.c
    claims: list[Claim] = []
    for row, (i, j) in x.significant_pairs()[:5]:
        claims.append(x.gap_claim(row, (i, j), brief=True))
    windows = [m.context_window for m in c.models]
    if None not in windows and len(set(windows)) > 1:
        claims.append(_context_claim(x, brief=True))
    for split in capability_view(c.capabilities).splits:  # rows alike say nothing here
        yes, no, unknown, k, cap_row = split.yes, split.no, split.unknown, split.k, split.row
        if not yes or not (no or unknown):
            continue
        label = split.label.lower()
        verb = "documents" if len(yes) == 1 else "document"
        parts = [f"{fmt.join_words([x.names[i] for i in yes])} {verb} {label}"]
        if no:
            parts.append(f"{fmt.join_words([x.names[i] for i in no])} "
                         f"{'does' if len(no) == 1 else 'do'} not support it")
        if unknown:
            parts.append(f"for {fmt.join_words([x.names[i] for i in unknown])} it is not "
                         "documented")
        claims.append(Claim(
            key=f"capability:{cap_row.capability.value}", text="; ".join(parts) + ".",
            evidence=tuple(x.ev(f"capabilities[{k}].support[{i}]", s)
                           for i, s in enumerate(cap_row.support)) if x.full else (),
            checks=tuple(Check(op="in", paths=(f"capabilities[{k}].support[{i}]",),
                               values=(s.value,)) for i, s in enumerate(cap_row.support))
            if x.full else ()))
    claims.extend(x.cost_comparison("tradeoff"))
    licences = [m.license for m in c.models]
    if None not in licences and len(set(licences)) > 1:
        claims.append(Claim(
            key="license",
            text="Licences differ: " + fmt.join_words(
                [f"{x.names[i]} {lic}" for i, lic in enumerate(licences)]) + ".",
            evidence=tuple(x.ev(f"models[{i}].license", lic, lic)
                           for i, lic in enumerate(licences)) if x.full else (),
            checks=(Check(op="!=", paths=("models[0].license", "models[1].license")),)
            if x.full and licences[0] != licences[1] else ()))
    weights = [m.open_weights for m in c.models]
    if None not in weights and len(set(weights)) > 1:
        open_ = [x.names[i] for i, w in enumerate(weights) if w]
        closed = [x.names[i] for i, w in enumerate(weights) if not w]
        claims.append(Claim(
            key="open-weights",
            text=f"{fmt.join_words(open_)} publish{'es' if len(open_) == 1 else ''} weights; "
                 f"{fmt.join_words(closed)} {'does' if len(closed) == 1 else 'do'} not.",
            evidence=tuple(x.ev(f"models[{i}].open_weights", w) for i, w in enumerate(weights))
            if x.full else (),
            checks=tuple(Check(op="true" if w else "false", paths=(f"models[{i}].open_weights",))
                         for i, w in enumerate(weights)) if x.full else ()))
    return tuple(claims)


# -- cost ----------------------------------------------------------------------------------------


def _cost(x: Ctx) -> tuple[Claim, ...]:
    c = x.c
    claims = [x.assumptions()]
    for e in c.cost.estimates:
        claims.append(x.estimate_claim(e))
    claims.extend(x.cost_comparison("cost"))
    weights = c.cost.blend
    blended = [e for e in c.cost.estimates if e.blended is not None]
    if blended:
        parts = [f"{fmt.price(e.blended)} for {x.names[e.model_index]}" for e in blended
                 if e.blended is not None]
        claims.append(Claim(
            key="blend",
            text=f"Blended at {weights[0]}:{weights[1]} input to output, a million tokens costs "
                 f"{fmt.join_words(parts)}.",
            evidence=(x.ev("cost.blend[0]", weights[0], str(weights[0])),
                      x.ev("cost.blend[1]", weights[1], str(weights[1])),
                      *(x.ev(f"cost.estimates[{e.model_index}].blended", e.blended,
                             fmt.price(e.blended), "price")
                        for e in blended if e.blended is not None)) if x.full else ()))
    for e in c.cost.estimates:
        for k, note in enumerate(e.notes):
            claims.append(Claim(key=f"note:{e.model_index}:{k}", text=f"{e.model.name}: {note}.",
                                evidence=(x.ev(f"cost.estimates[{e.model_index}].notes[{k}]", note,
                                               note),) if x.full else ()))
    return tuple(claims)


# -- friction ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _capability_label(value: str) -> str:
    return Capability(value).label.lower()


def _friction_claim(x: Ctx, item: FrictionItem, k: int) -> Claim | None:
    found = _friction_text(x, item)
    if found is None:
        return None
    key, text = found
    if not x.full:
        return Claim(key=key, text=text, evidence=())
    evidence, checks = _friction_evidence(x, item, k)
    return Claim(key=key, text=text, evidence=evidence, checks=checks)


def _friction_text(x: Ctx, item: FrictionItem) -> tuple[str, str] | None:
    """A friction item's claim key and sentence (``None`` for an item the prose skips)."""
    src, dst = x.names[item.source_index], x.names[item.target_index]
    kind = item.kind
    if kind in _CAPABILITY_KINDS:
        label = _capability_label(item.subject)
        if kind is FrictionKind.CAPABILITY_LOST:
            text = f"{dst} does not support {label}, which {src} documents."
        elif kind is FrictionKind.CAPABILITY_UNCERTAIN:
            text = (f"{src} documents {label}; {dst} does not document it, so test it before "
                    "moving traffic.")
        else:
            text = f"{dst} adds {label}, which {src} lacks."
        return f"{kind.value}:{item.subject}", text
    if kind in _SHRINK_KINDS:
        before, after = int(item.before or 0), int(item.after or 0)
        shrink = kind is FrictionKind.CONTEXT_SHRINK
        what = "Context" if shrink else "Maximum output"
        tail = f"; prompts over {fmt.tokens(after)} tokens must be cut" if shrink else ""
        return kind.value, (f"{what} shrinks from {fmt.tokens(before)} to {fmt.tokens(after)} "
                            f"tokens{tail}.")
    if kind is FrictionKind.MODALITY_LOST:
        return (f"modality:{item.subject}",
                f"{dst} takes no {item.subject} input, which {src} accepts.")
    if kind is FrictionKind.LICENSE_CHANGE:
        return "license", f"The licence changes from {item.before} to {item.after}."
    if kind is FrictionKind.PRICE_CHANGE and item.amount is not None:
        direction = "rises" if item.amount > 0 else "falls"
        return "price", (f"At the stated traffic the monthly bill {direction} by "
                         f"{fmt.money(abs(item.amount))}, from {fmt.money(x.dec(item.before))} "
                         f"to {fmt.money(x.dec(item.after))}.")
    if kind is FrictionKind.SHARED_PROVIDERS:
        return ("shared-providers",
                f"Both run on {item.subject}: A/B test the move there, route by route.")
    if kind is FrictionKind.NO_SHARED_PROVIDER:
        return ("no-shared-provider",
                (f"No provider in the catalog serves both {src} and {dst}, so an A/B test "
                 "spans two providers."))
    return None


_CAPABILITY_KINDS = frozenset((FrictionKind.CAPABILITY_LOST, FrictionKind.CAPABILITY_UNCERTAIN,
                               FrictionKind.CAPABILITY_GAINED))
_SHRINK_KINDS = frozenset((FrictionKind.CONTEXT_SHRINK, FrictionKind.OUTPUT_SHRINK))


def _friction_evidence(x: Ctx, item: FrictionItem,
                       k: int) -> tuple[tuple[Evidence, ...], tuple[Check, ...]]:
    """What a friction item's sentence quotes, and what its comparative asserts."""
    path = f"friction[{k}]"
    ev_kind = x.ev(f"{path}.kind", item.kind)
    kind = item.kind
    if kind in _CAPABILITY_KINDS:
        return (ev_kind, x.ev(f"{path}.subject", item.subject)), ()
    if kind in _SHRINK_KINDS:
        before, after = int(item.before or 0), int(item.after or 0)
        field = "context_window" if kind is FrictionKind.CONTEXT_SHRINK else "max_output_tokens"
        return ((ev_kind, x.ev(f"{path}.before", item.before, fmt.tokens(before), "tokens-text"),
                 x.ev(f"{path}.after", item.after, fmt.tokens(after), "tokens-text")),
                (Check(op="<", paths=(f"models[{item.target_index}].{field}",
                                      f"models[{item.source_index}].{field}")),))
    if kind in (FrictionKind.MODALITY_LOST, FrictionKind.SHARED_PROVIDERS):
        return (ev_kind, x.ev(f"{path}.subject", item.subject, item.subject)), ()
    if kind is FrictionKind.LICENSE_CHANGE:
        return (ev_kind, x.ev(f"{path}.before", item.before, item.before),
                x.ev(f"{path}.after", item.after, item.after)), ()
    if kind is FrictionKind.PRICE_CHANGE and item.amount is not None:
        return ((ev_kind, x.ev(f"{path}.amount", item.amount, fmt.money(abs(item.amount)),
                               "money-abs"),
                 x.ev(f"cost.estimates[{item.source_index}].monthly", x.dec(item.before),
                      fmt.money(x.dec(item.before)), "money"),
                 x.ev(f"cost.estimates[{item.target_index}].monthly", x.dec(item.after),
                      fmt.money(x.dec(item.after)), "money")),
                (Check(op=">" if item.amount > 0 else "<", paths=(
                    f"cost.estimates[{item.target_index}].monthly",
                    f"cost.estimates[{item.source_index}].monthly")),))
    return (ev_kind,), ()


def _friction(x: Ctx) -> tuple[tuple[int, int, tuple[Claim, ...]], ...]:
    c = x.c
    groups: list[tuple[int, int, tuple[Claim, ...]]] = []
    for s, t in itertools.permutations(range(len(c.models)), 2):
        claims: list[Claim] = []
        keys: set[str] = set()
        for k, item in enumerate(c.friction):
            if (item.source_index, item.target_index) != (s, t):
                continue
            claim = _friction_claim(x, item, k)
            if claim is not None and claim.key not in keys:
                keys.add(claim.key)
                claims.append(claim)
        if not claims:
            claims.append(Claim(
                key="none",
                text="The data records no change in capability, context, licence or price.",
                evidence=(x.ev(f"models[{s}].id", c.models[s].id),
                          x.ev(f"models[{t}].id", c.models[t].id)) if x.full else ()))
        groups.append((s, t, tuple(claims)))
    return tuple(groups)


# -- deep dive -----------------------------------------------------------------------------------


def _deep_dive(x: Ctx) -> tuple[tuple[Claim, ...], ...]:
    c = x.c
    bench: list[Claim] = []
    comparable = x.comparable_rows()
    significant = x.significant_pairs()
    if comparable:
        bench.append(Claim(
            key="bench-count",
            text=fmt.capitalize(
                f"{fmt.plural(len(comparable), 'pair', 'pairs')} of scores "
                f"{'is' if len(comparable) == 1 else 'are'} directly comparable (same "
                f"benchmark, setting and harness); in "
                f"{fmt.plural(len(significant), 'pair', 'pairs')} the gap lies outside the 95% "
                "sampling interval."),
            evidence=tuple(x.pair_ev(r, i, j) for r, (i, j) in comparable) if x.full else (),
            checks=tuple(Check(op="true", paths=(x.pair_path(r, i, j) + ".significant",))
                         for r, (i, j) in significant) if x.full else ()))
    for row, pair in significant[:3]:
        bench.append(x.gap_claim(row, pair, detailed=True))
    for row, (i, j) in comparable:
        gap = row.pair(i, j)
        if gap.significant is False:
            bench.append(x.noise_claim(row, i, j))
    for row, (i, j) in x.incomparable_pairs()[:4]:
        gap = row.pair(i, j)
        bench.append(Claim(
            key=f"incomparable:{row.benchmark.id}:{i}:{j}",
            text=f"{row.benchmark.label} scores of {x.names[i]} and {x.names[j]} are not directly "
                 f"comparable ({gap.reason}).",
            evidence=(x.ev(x.pair_path(row, i, j) + ".reason", gap.reason, gap.reason),)
            if x.full else (),
            checks=(Check(op="false", paths=(x.pair_path(row, i, j) + ".comparable",)),)
            if x.full else ()))
    for r_index, row in enumerate(c.benchmarks):
        if True not in row.near_chance:  # most rows: one C scan instead of a loop
            continue
        for i, near in enumerate(row.near_chance):
            score = row.scores[i]
            if near and score is not None and row.benchmark.chance is not None:
                bench.append(Claim(
                    key=f"chance:{row.benchmark.id}:{i}",
                    text=f"{x.names[i]}'s {row.benchmark.label} score, "
                         f"{fmt.points(score.score)}, is within sampling noise of the "
                         f"{fmt.points(row.benchmark.chance)} chance level.",
                    evidence=(x.ev(f"benchmarks[{r_index}].scores[{i}].score", score.score,
                                   fmt.points(score.score), "points", score.source),
                              x.ev(f"benchmarks[{r_index}].benchmark.chance",
                                   row.benchmark.chance, fmt.points(row.benchmark.chance),
                                   "points")) if x.full else (),
                    checks=(Check(op="true", paths=(f"benchmarks[{r_index}].near_chance[{i}]",)),
                            ) if x.full else ()))
    if not bench:
        bench.append(x.no_comparable_claim())
    capability: list[Claim] = []
    view = capability_view(c.capabilities)
    for split in view.splits:
        cells = [f"{x.names[i]} {label}" for i, label in enumerate(split.support_labels)]
        capability.append(Claim(
            key=f"cap-split:{split.row.capability.value}",
            text=f"{split.label}: {'; '.join(cells)}.",
            evidence=tuple(x.ev(f"capabilities[{split.k}].support[{i}]", s)
                           for i, s in enumerate(split.row.support)) if x.full else ()))
    if not capability:
        capability.append(Claim(
            key="cap-same",
            text=f"Their capability records match: {view.alike}.",
            evidence=tuple(x.ev(f"capabilities[{k}].support[0]", r.support[0])
                           for k, r in enumerate(c.capabilities)) if x.full else ()))
    availability = [x.availability_claim(i) for i in range(len(c.models))]
    return tuple(p for p in (tuple(bench), tuple(capability), tuple(availability)) if p)


# -- FAQ, verdict, related, provenance -----------------------------------------------------------


def _faq(x: Ctx, verdict: tuple[Claim, ...]) -> tuple[Question, ...]:
    c = x.c
    both = fmt.join_words(list(x.names), "or")
    names = fmt.join_words(list(x.names))
    questions = [Question(key="cheaper", question=f"Which is cheaper, {both}?",
                          answer=x.cheaper_answer())]
    open_answer = []
    for i, m in enumerate(c.models):
        found = _OPEN.get_one(m, i)
        if found is None:
            found = _OPEN.put_one(m, i, _open_claim(x, i))
        open_answer.append(found)
    questions.append(Question(key="open", question=f"Are {names} open source?",
                              answer=tuple(open_answer)))
    for category in x.comparable_categories():
        workload = CATEGORY_WORKLOADS.get(category, category)
        questions.append(Question(key=f"better:{category}",
                                  question=f"Which is better for {workload}, {both}?",
                                  answer=category_leads(x, category)))
    where = [x.where_claim(i) for i in range(len(c.models))]
    questions.append(Question(key="where", question=f"Where can I run {names}?",
                              answer=tuple(where)))
    questions.append(Question(key="pick", question=f"When should I pick {both}?",
                              answer=verdict))
    return tuple(questions)


def _open_claim(x: Ctx, i: int) -> Claim:
    """Whether model ``i`` publishes its weights, and under which licence."""
    m = x.c.models[i]
    ev = [x.ev(f"models[{i}].open_weights", m.open_weights),
          x.ev(f"models[{i}].license", m.license, m.license)]
    if m.open_weights is True:
        text = (f"{m.name} publishes its weights under the {m.license} licence."
                if m.license else f"{m.name} publishes its weights; its licence is not yet "
                "sourced.")
    elif m.open_weights is False:
        text = (f"{m.name} does not publish its weights (licence: {m.license})."
                if m.license else f"{m.name} does not publish its weights.")
    else:
        text = (f"Whether {m.name}'s weights are published is not yet sourced"
                + (f"; its licence is {m.license}." if m.license else "."))
    if m.license is None:
        ev = ev[:1]
    return Claim(key=f"open:{i}", text=text, evidence=tuple(ev))


def _verdict(x: Ctx) -> tuple[Claim, ...]:
    claims = []
    for i in range(len(x.c.models)):
        reasons, evidence, checks = advantages(x, i)
        if reasons:
            text = f"Pick {x.names[i]} for {fmt.join_words(reasons)}."
        else:
            text = f"The data records no advantage that favours {x.names[i]}."
            evidence = [x.ev(f"models[{i}].id", x.c.models[i].id)] if x.full else []
        claims.append(Claim(key=f"pick:{i}", text=text, evidence=tuple(evidence),
                            checks=tuple(checks)))
    return tuple(claims)


_RELATED_REASONS = {"same-family": "same family", "same-size-class": "similar size, another family"}
_RELATED: ByIdentity[Claim] = ByIdentity()
"""Related comparisons come from each model's neighbours, shared records: so are their claims."""


def _named(name: str, model_id: str) -> str:
    """A model's name, with its id when the two differ beyond spelling.

    Two models may share a display name ("Devstral 2"), never an id.

    Examples:
        >>> _named("Phi-3 Mini 128K", "phi-3-mini-128k"), _named("Devstral 2", "devstral-2512")
        ('Phi-3 Mini 128K', 'Devstral 2 (devstral-2512)')
    """
    return name if normalize_name(name) == normalize_name(model_id) else f"{name} ({model_id})"


def _related(x: Ctx) -> tuple[Claim, ...]:
    claims = []
    for k, r in enumerate(x.c.related):
        found = _RELATED.get_one(r, k)
        if found is None:
            found = _RELATED.put_one(r, k, Claim(
                key=f"related:{r.models[0]}:{r.models[1]}",
                text=f"{_named(r.names[0], r.models[0])} vs {_named(r.names[1], r.models[1])} "
                     f"({_RELATED_REASONS.get(r.reason, r.reason)}).",
                evidence=(x.ev(f"related[{k}].models[1]", r.models[1]),
                          x.ev(f"related[{k}].reason", r.reason))))
        claims.append(found)
    return tuple(claims)


_SOURCE_EVIDENCE: dict[tuple[int, str], Evidence] = {}
_SOURCE_EVIDENCE_LIMIT = 65536


def _source_evidence(k: int, url: str) -> Evidence:
    """Evidence of the ``k``-th source's URL (the same few recur in every comparison)."""
    found = _SOURCE_EVIDENCE.get((k, url))
    if found is None:
        if len(_SOURCE_EVIDENCE) >= _SOURCE_EVIDENCE_LIMIT:
            _SOURCE_EVIDENCE.clear()
        found = _SOURCE_EVIDENCE[k, url] = Evidence(f"provenance.sources[{k}].url", url)
    return found


def _provenance(x: Ctx) -> tuple[Claim, ...]:
    p = x.c.provenance
    claims = []
    if p.sources and p.oldest_check and p.newest_check:
        when = (f"checked on {fmt.date(p.oldest_check)}" if p.oldest_check == p.newest_check
                else f"checked between {fmt.date(p.oldest_check)} and "
                     f"{fmt.date(p.newest_check)}")
        claims.append(Claim(
            key="sources",
            text=f"The figures come from {fmt.plural(len(p.sources), 'source')}, {when}.",
            evidence=(x.ev("provenance.oldest_check", p.oldest_check,
                           fmt.date(p.oldest_check), "date"),
                      x.ev("provenance.newest_check", p.newest_check,
                           fmt.date(p.newest_check), "date"),
                      *[_source_evidence(k, s.url) for k, s in enumerate(p.sources)])
            if x.full else ()))
    elif not p.sources:
        claims.append(Claim(key="sources", text="No figure here carries a source.",
                            evidence=(x.ev("provenance.sources", p.sources),) if x.full else ()))
    for i in range(len(x.c.models)):
        labels = [label for m, label in p.unsourced if m == i]
        if labels:
            claims.append(Claim(
                key=f"unsourced:{i}",
                text=f"Not yet sourced for {x.names[i]}: "
                     f"{fmt.join_words([lab.lower() for lab in labels])}.",
                evidence=tuple(x.ev(f"provenance.unsourced[{k}][1]", label)
                               for k, (m, label) in enumerate(p.unsourced) if m == i)
                if x.full else ()))
    return tuple(claims)
