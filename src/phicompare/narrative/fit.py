"""What each model is a fit for, and what favours it: the scorecard's and the verdict's reasons.

:func:`decision_fit` names the workloads the data supports for a model (a capability it
documents, a benchmark category it leads outside noise, the longest context);
:func:`advantages` names the differences known on every side that favour it (a lower bill,
a longer context, a capability the others document they lack, benchmark leads, open weights
where the others are closed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import NamedTuple

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind, canonical
from .context import Area, Context, RowGap, Scored, row_gap, windows_view
from .standing import contenders

__all__ = ["CAPABILITY_WORKLOADS", "CATEGORY_WORKLOADS", "LONG_CONTEXT", "MEASURES", "Favours",
           "advantages", "claimed_areas", "decision_fit", "joined", "measured", "unconfirmed"]

CAPABILITY_WORKLOADS: dict[Capability, str] = {
    Capability.FUNCTION_CALLING: "function calling",
    Capability.TOOL_USE: "tool use",
    Capability.STRUCTURED_OUTPUTS: "structured output",
    Capability.VISION: "vision",
    Capability.MULTIMODAL: "multimodal input",
    Capability.REASONING: "reasoning mode",
    Capability.CODE_EXECUTION: "code execution",
}
"""The workload a documented capability fits."""
CATEGORY_WORKLOADS: dict[str, str] = {
    "knowledge": "general knowledge",
    "reasoning": "problem solving",
    "math": "math",
    "coding": "coding",
    "instruction": "instruction following",
    "chat": "chat preference",
    "multilingual": "multilingual work",
    "long-context": "long-context work",
    "commonsense": "commonsense",
    "science": "science questions",
    "agentic": "agentic tasks",
    "vision": "image-based questions",
}
"""The workload a benchmark category measures (a category not listed names itself)."""
MEASURES: dict[str, str] = {
    "arc-c": "grade-school science questions", "arc-e": "easy science questions",
    "gpqa": "graduate-level science", "gpqa-diamond": "graduate-level science",
    "medqa": "medical exam questions", "mmlu": "general knowledge",
    "mmlu-pro": "harder general knowledge", "openbookqa": "open-book science facts",
    "truthfulqa-mc2": "truthful answers", "triviaqa": "trivia", "simpleqa": "short factual answers",
    "bbh": "hard multi-step problems", "boolq": "yes/no reading comprehension",
    "anli": "adversarial inference", "agieval": "admission exam questions",
    "drop": "reading with arithmetic", "hellaswag": "sentence completion",
    "winogrande": "pronoun resolution", "piqa": "physical commonsense",
    "siqa": "social commonsense", "commonsenseqa": "commonsense questions",
    "gsm8k": "grade-school math", "math": "competition math", "math-500": "competition math",
    "mgsm": "multilingual grade-school math", "multilingual-mmlu": "multilingual knowledge",
    "humaneval": "Python coding", "mbpp": "Python coding", "ifeval": "instruction following",
    "arena-hard": "chat preference",
    "oll-ifeval": "instruction following", "oll-bbh": "hard multi-step problems",
    "oll-math-lvl5": "competition math", "oll-gpqa": "graduate-level science",
    "oll-musr": "multi-step story puzzles", "oll-mmlu-pro": "harder general knowledge",
}
"""What a single benchmark measures, for a claim that rests on it alone ("grade-school science
questions (ARC-C)"): a category is claimed only from two benchmarks or more."""
LONG_CONTEXT = 32_768
"""The context window, in tokens, from which the largest one counts as a fit."""

class Favours(NamedTuple):
    """Phrases that favour a model, and what they rest on, built when first read.

    The verdict and the line at a glance quote the same phrases, so both take the same
    ``basis`` (see :class:`~phicompare.narrative.claims.Claim`).
    """

    phrases: list[str]
    basis: Callable[[], Basis]


def _nothing() -> Basis:
    return Basis(())


_NONE = Favours([], _nothing)


def decision_fit(x: Context, i: int) -> Favours:
    """Workloads the data supports for model ``i``.

    Documented capabilities, benchmark categories it leads outside noise, and long context when
    its window is the largest. A capability every other model left in by the page's terms
    documents too is no fit of this model's (a page that requires vision lists it for none).
    """
    rows = x.c.capabilities
    rivals = contenders(x, i)
    # documented by the model itself, not a route's flag; and not by every rival alike
    own = [k for k in x.capabilities.documents[i]
           if not (rivals and all(rows[k].support[o] is Support.YES for o in rivals))]
    fits = [CAPABILITY_WORKLOADS[rows[k].capability] for k in own]
    areas = claimed_areas(x, i)
    fits += [area for area, _ in areas]
    mine = x.windows.sizes[i]
    longest = x.windows.longest == i and mine is not None and mine >= LONG_CONTEXT
    if longest:
        fits.append("long context")
    others = x.others(i)

    def basis() -> Basis:
        evidence: list[Evidence] = []
        checks: list[Check] = []
        for k in own:
            path = paths.capability(k, i)
            evidence += [Evidence(path, Support.YES),
                         Evidence(paths.capability_source(k, "documented", i), True)]
            checks.append(Check(op=CheckOp.IN, paths=(path,), values=("yes",)))
        evidence += [Evidence(paths.benchmark(led[0].k, "label"), led[0].row.benchmark.label)
                     for _, led in areas]
        if longest:
            evidence.append(Evidence(paths.model(i, "context_window"), mine))
            checks += [Check(op=CheckOp.GREATER, paths=(paths.model(i, "context_window"),
                                                       paths.model(k, "context_window")))
                       for k in others]
        return Basis(tuple(evidence), tuple(checks))

    return Favours(list(dict.fromkeys(fits)), basis)


def advantages(x: Context, i: int) -> Favours:
    """Differences known on every side that favour model ``i`` (for the verdict)."""
    parts = [found for part in (_cost_advantage, _context_advantage, _capability_advantage,
                                _benchmark_advantage, _pairwise_advantage, _weights_advantage)
             if (found := part(x, i)) is not _NONE]  # (most parts of most pages: nothing)
    if not parts:
        return Favours([], _nothing)  # (its own list: a caller's, never the shared _NONE's)
    if len(parts) == 1:
        return Favours(list(dict.fromkeys(parts[0].phrases)), parts[0].basis)
    return Favours(list(dict.fromkeys([r for part in parts for r in part.phrases])),
                   lambda: joined([part.basis for part in parts]))


def joined(bases: Sequence[Callable[[], Basis]]) -> Basis:
    """The evidence and checks of several bases, in order."""
    built = [basis() for basis in bases]
    return Basis(tuple([e for b in built for e in b.evidence]),
                 tuple([c for b in built for c in b.checks]))


def _cost_advantage(x: Context, i: int) -> Favours:
    """The lower bill, when it is lower by a material amount (see ``CostFacts.close_indexes``)."""
    cost = x.c.cost
    free = cost.free_indexes  # a bill on a free tier is no price: no pick, and no rival
    close = cost.priced_close_indexes if free else cost.close_indexes
    known = [e.model_index for e in cost.estimates if e.monthly is not None and
             e.model_index not in free]
    if i not in close or len(close) == len(known):
        return _NONE
    monthly = cost.estimates[i].monthly or Decimal(0)
    dearer = [k for k in known if k not in close]
    every = len(known) == len(cost.estimates)
    # The share is worded only where the phrase prints it: a bill within it of the lowest.
    shown = (fmt.percent(cost.materiality)
             if every and len(close) > 1 and cost.close_by_share else None)
    # several close bills: the advantage is theirs together, and the phrase says so
    fellows = [k for k in close if k != i and every]
    tied = bool(fellows) and all(cost.estimates[k].monthly == monthly for k in fellows)
    if not every:  # some model has no estimate: lower than those that have one
        phrase = f"a lower bill than {fmt.join_words([x.names[k] for k in dearer])}"
    elif len(close) == 1:
        phrase = "the lower bill at this traffic"
    elif tied:
        phrase = "the lowest bill"
        shown = None
    elif shown is None:  # bills of a cent or two: close for being under a cent apart
        phrase = "a bill within a cent of the lowest"
    else:
        phrase = f"a bill within {shown} of the lowest"
    names = fmt.join_words([x.names[k] for k in fellows])
    shared = ("" if not fellows else f", shared with {names}" if tied else
              f", as is the bill of {names}" if len(fellows) == 1 else
              f", as are the bills of {names}")
    # a bill on a route the page calls unverified rests on a listing that may be gone
    route = cost.estimates[i].route
    unverified = route is not None and route.status is RouteStatus.UNVERIFIED
    caveat = ", on an unconfirmed listing that may have been retired" if unverified else ""
    return Favours([f"{phrase} ({fmt.money(monthly)} a month{shared}{caveat})"], lambda: Basis(
        (Evidence(paths.estimate(i, "monthly"), cost.estimates[i].monthly, fmt.money(monthly),
                  EvidenceKind.MONEY),
         Evidence(paths.MATERIALITY, cost.materiality, shown, EvidenceKind.PERCENT)),
        (Check(op=CheckOp.IN, paths=(paths.PRICED_CLOSE if free else paths.CLOSE,),
               values=(canonical(close),)),
         *([Check(op=CheckOp.IN, paths=(paths.estimate(i, "route.status"),),
                  values=("unverified",))] if unverified else []),
         *([Check(op=CheckOp.IN, paths=(paths.FREE,), values=(canonical(free),))]
           if free else []),
         *(Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "monthly"),
                                          paths.estimate(k, "monthly")))
           for k in (fellows if tied else ())),
         *(Check(op=CheckOp.LESS, paths=(paths.estimate(i, "monthly"),
                                         paths.estimate(k, "monthly"))) for k in dearer))))


def _context_advantage(x: Context, i: int) -> Favours:
    """The longer context, when it prints longer than every other model's.

    128,000 tokens and 131,072 both read 128K: not a longer context to pick a model for.
    """
    mine = x.windows.sizes[i]
    others = contenders(x, i)
    if mine is None or not others:
        return _NONE
    if len(others) == x.n - 1:
        if x.windows.longest != i:
            return _NONE
        than = ""
    else:  # judged among the models the page's terms leave in, named
        sizes = [x.windows.sizes[o] for o in others]
        if windows_view((mine, *sizes)).longest != 0:
            return _NONE
        than = f" than {fmt.join_words([x.names[o] for o in others])}"
    return Favours([f"a longer context{than} ({fmt.tokens(mine)} tokens)"], lambda: Basis(
        (Evidence(paths.model(i, "context_window"), mine, fmt.tokens(mine),
                  EvidenceKind.TOKENS),),
        tuple(Check(op=CheckOp.GREATER, paths=(paths.model(i, "context_window"),
                                              paths.model(k, "context_window")))
              for k in others)))


def _capability_advantage(x: Context, i: int) -> Favours:
    rows = x.c.capabilities
    # Documented by the model itself: offered by some routes only is a route's flag, not a feature.
    others = contenders(x, i)
    own = ([k for k in x.capabilities.exclusive[i] if k in x.capabilities.documents[i]]
           if len(others) == x.n - 1 else
           [k for k in x.capabilities.documents[i]
            if others and all(rows[k].support[o] is Support.NO for o in others)])
    if len(own) > 1:
        own = _image_once(x, (i, *others), own)
    if not own:
        return _NONE

    def basis() -> Basis:
        evidence: list[Evidence] = []
        checks: list[Check] = []
        for k in own:
            evidence += [Evidence(paths.capability(k, i), Support.YES),
                         Evidence(paths.capability_source(k, "documented", i), True)]
            checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, i),), values=("yes",)))
            checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("no",))
                       for o in others]
        return Basis(tuple(evidence), tuple(checks))

    return Favours([CAPABILITY_WORKLOADS[rows[k].capability] for k in own], basis)


def _image_once(x: Context, models: tuple[int, ...], own: list[int]) -> list[int]:
    """The rows ``own`` without multimodal input where it is vision said again.

    Where ``models``' inputs differ by image alone, a model favoured for vision and for
    multimodal input is favoured for one thing, image input: "vision" says it (as the tradeoffs
    and switch friction do).
    """
    rows = x.c.capabilities
    kinds = {rows[k].capability: k for k in own}
    if Capability.VISION not in kinds or Capability.MULTIMODAL not in kinds:
        return own
    inputs = [frozenset(x.c.models[m].input_modalities) for m in models]
    if not all(inputs) or frozenset().union(*inputs) - inputs[0].intersection(*inputs) != {"image"}:
        return own
    return [k for k in own if k != kinds[Capability.MULTIMODAL]]


def _weights_advantage(x: Context, i: int) -> Favours:
    """Open weights, when every other model is documented closed: it can be run and tuned."""
    models = x.c.models
    others = contenders(x, i)
    if not others or models[i].open_weights is not True or any(models[k].open_weights is not False
                                                 for k in others):
        return _NONE
    return Favours(["open weights"], lambda: Basis(
        tuple(Evidence(paths.model(k, "open_weights"), models[k].open_weights)
              for k in (i, *others)),
        (Check(op=CheckOp.TRUE, paths=(paths.model(i, "open_weights"),)),
         *(Check(op=CheckOp.FALSE, paths=(paths.model(k, "open_weights"),)) for k in others))))


def unconfirmed(x: Context, i: int) -> list[int]:
    """The capability rows model ``i`` alone documents, some other model's left undocumented.

    The other models are those left in by the page's terms (:func:`~.standing.contenders`).

    Differences, but not known on both sides: never an advantage (the verdict says why).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("o4-mini", "qwen3-vl-plus"))
        >>> [x.c.capabilities[k].capability.value for k in unconfirmed(x, 0)]
        ['structured_outputs']
    """
    rows = x.c.capabilities
    others = contenders(x, i)
    return [k for k in x.capabilities.documents[i]
            if all(rows[k].support[o] is not Support.YES for o in others)
            and any(rows[k].support[o] is Support.UNKNOWN for o in others)]


def measured(benchmark_id: str, label: str, *, label_first: bool = False) -> str:
    """A lone benchmark named with what it measures: "grade-school science questions (ARC-C)".

    ``label_first`` names it as a question does: "ARC-C (grade-school science questions)".

    Examples:
        >>> measured("arc-c", "ARC-C"), measured("new-bench", "New Bench")
        ('grade-school science questions (ARC-C)', 'New Bench')
        >>> measured("arc-c", "ARC-C", label_first=True)
        'ARC-C (grade-school science questions)'
    """
    what = MEASURES.get(benchmark_id)
    if not what:
        return label
    return f"{label} ({what})" if label_first else f"{what} ({label})"


def claimed_areas(x: Context, i: int) -> list[tuple[str, tuple[Scored, ...]]]:
    """What model ``i`` can be recommended for from benchmarks: ``(phrase, rows)`` pairs.

    A category is named only when ``i`` leads on two benchmarks of it or more and no other model
    leads on any benchmark of it; otherwise each benchmark it leads on is named by itself, with
    what it measures (the rule is the index's: :attr:`~.context.BenchmarkIndex.areas`).
    """
    return [(CATEGORY_WORKLOADS.get(area.category, area.category) if area.category else
             measured(area.rows[0].row.benchmark.id, area.rows[0].row.benchmark.label), area.rows)
            for area in x.bench.areas[i]]


def _benchmark_advantage(x: Context, i: int) -> Favours:
    others = contenders(x, i)
    areas = (claimed_areas(x, i) if len(others) == x.n - 1 else
             [(CATEGORY_WORKLOADS.get(area.category, area.category) if area.category else
               measured(area.rows[0].row.benchmark.id, area.rows[0].row.benchmark.label),
               area.rows) for area in _areas_among(x, i, others)])
    if not areas:
        return _NONE
    reasons = [f"{area} (leads on {fmt.join_words([s.row.benchmark.label for s in led])})"
               if len(led) > 1 else area for area, led in areas]

    def basis() -> Basis:
        led = [s for _, scored in areas for s in scored]
        return Basis(tuple([Evidence(paths.benchmark(s.k, "label"), s.row.benchmark.label)
                            for s in led]),
                     tuple([Check(op=CheckOp.TRUE,
                                  paths=(row_gap(s, i, o).path("significant"),))
                            for s in led for o in others]))

    return Favours(reasons, basis)


def _pairwise_advantage(x: Context, i: int) -> Favours:
    """With three models or more: higher scores than another model, pair by pair.

    Counted when model ``i`` leads the other on more comparable benchmarks than it trails
    (leading every model at once is :func:`_benchmark_advantage`'s).
    """
    rivals = contenders(x, i)
    if len(rivals) < 2:
        return _NONE
    reasons: list[str] = []
    wins: list[RowGap] = []
    for o in rivals:
        pairs = x.bench.between.get((i, o) if i < o else (o, i), ())
        won, lost = x.bench.won.get((i, o), ()), x.bench.won.get((o, i), ())
        if len(won) <= len(lost):
            continue
        reasons.append(f"higher scores than {x.names[o]} ({fmt.count_word(len(won))} of "
                       f"{fmt.count_word(len(pairs))} comparable benchmarks)")
        wins += won
    if not reasons:
        return _NONE
    return Favours(reasons, lambda: Basis(
        tuple([Evidence(g.path("significant"), True) for g in wins]),
        tuple([Check(op=CheckOp.TRUE, paths=(g.path("significant"),)) for g in wins])))


def _led_among(x: Context, i: int, rivals: tuple[int, ...]) -> list[Scored]:
    """The rows on which ``i`` leads each of ``rivals`` outside noise, in row order."""
    if not rivals:
        return []
    won = x.bench.won
    rest = [{g.k for g in won.get((i, o), ())} for o in rivals[1:]]
    return [Scored(g.k, g.row) for g in won.get((i, rivals[0]), ())
            if all(g.k in ks for ks in rest)]


def _areas_among(x: Context, i: int, rivals: tuple[int, ...]) -> list[Area]:
    """:attr:`~.context.BenchmarkIndex.areas` of ``i`` with ``rivals`` as the only others.

    A category is ``i``'s when it leads on two of its benchmarks or more and no rival leads
    every other (the rivals and ``i``) on any benchmark of it.
    """
    members = (i, *rivals)
    theirs = {row.row.benchmark.category for o in rivals
              for row in _led_among(x, o, tuple([m for m in members if m != o]))}
    mine: dict[str, list[Scored]] = {}
    for scored in _led_among(x, i, rivals):
        category = scored.row.benchmark.category
        if category:
            mine.setdefault(category, []).append(scored)
    areas: list[Area] = []
    for category in x.bench.categories:
        rows = mine.get(category)
        if rows is None:
            continue
        if len(rows) >= 2 and category not in theirs:
            areas.append(Area(category, tuple(rows)))
        else:
            areas += [Area(None, (s,)) for s in rows]
    return areas
