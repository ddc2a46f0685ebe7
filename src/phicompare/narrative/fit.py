"""What each model is a fit for, and what favours it: the scorecard's and the verdict's reasons.

:func:`decision_fit` names the workloads the data supports for a model (a capability it
documents, a benchmark category it leads outside noise, the longest context);
:func:`advantages` names the differences known on every side that favour it.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare.domain.capabilities import Capability, Support

from . import format as fmt, paths
from .claims import Check, CheckOp, Evidence, EvidenceKind, canonical
from .context import Context, Scored, row_gap

__all__ = ["CAPABILITY_WORKLOADS", "CATEGORY_WORKLOADS", "LONG_CONTEXT", "MEASURES", "Reasons",
           "advantages", "claimed_areas", "decision_fit", "measured"]

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

Reasons = tuple[list[str], list[Evidence], list[Check]]
"""Phrases, the evidence behind them, and what they assert."""


def decision_fit(x: Context, i: int) -> Reasons:
    """Workloads the data supports for model ``i``.

    Documented capabilities, benchmark categories it leads outside noise, and long context when
    its window is the largest.
    """
    fits: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for k, row in enumerate(x.c.capabilities):
        own = bool(row.documented) and row.documented[i] is True  # not a route's flag
        if row.support[i] is Support.YES and own:
            fits.append(CAPABILITY_WORKLOADS[row.capability])
            path = paths.capability(k, i)
            evidence.append(Evidence(path, Support.YES))
            evidence.append(Evidence(paths.capability_source(k, "documented", i), True))
            checks.append(Check(op=CheckOp.IN, paths=(path,), values=("yes",)))
    for area, led in claimed_areas(x, i):
        fits.append(area)
        evidence.append(Evidence(paths.benchmark(led[0].k, "label"), led[0].row.benchmark.label))
    windows = [m.context_window for m in x.c.models]
    mine = windows[i]
    if mine is not None and mine >= LONG_CONTEXT and all(
            w is not None and w < mine for k, w in enumerate(windows) if k != i):
        fits.append("long context")
        evidence.append(Evidence(paths.model(i, "context_window"), mine))
        checks.extend(Check(op=CheckOp.GREATER, paths=(paths.model(i, "context_window"),
                                                      paths.model(k, "context_window")))
                      for k in x.others(i))
    return list(dict.fromkeys(fits)), evidence, checks


def advantages(x: Context, i: int) -> Reasons:
    """Differences known on every side that favour model ``i`` (for the verdict)."""
    reasons: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for part in (_cost_advantage, _context_advantage, _capability_advantage,
                 _benchmark_advantage, _pairwise_advantage):
        more, more_evidence, more_checks = part(x, i)
        reasons += more
        evidence += more_evidence
        checks += more_checks
    return list(dict.fromkeys(reasons)), evidence, checks


def _cost_advantage(x: Context, i: int) -> Reasons:
    """The lower bill, when it is lower by a material amount (see ``CostFacts.close_indexes``)."""
    cost = x.c.cost
    close = cost.close_indexes
    known = [e.model_index for e in cost.estimates if e.monthly is not None]
    if i not in close or len(close) == len(known):
        return [], [], []
    monthly = cost.estimates[i].monthly or Decimal(0)
    dearer = [k for k in known if k not in close]
    if cost.gap is None:  # some model has no estimate: lower than those that have one
        phrase = f"a lower bill than {fmt.join_words([x.names[k] for k in dearer])}"
    elif len(close) == 1:
        phrase = "the lower bill at this traffic"
    else:
        phrase = "a bill within " + fmt.percent(cost.materiality) + " of the lowest"
    shown = fmt.percent(cost.materiality)
    return ([f"{phrase} ({fmt.money(monthly)} a month)"],
            [Evidence(paths.estimate(i, "monthly"), cost.estimates[i].monthly,
                      fmt.money(monthly), EvidenceKind.MONEY),
             Evidence(paths.MATERIALITY, cost.materiality, shown if len(close) > 1 else None,
                      EvidenceKind.PERCENT)],
            [Check(op=CheckOp.IN, paths=(paths.CLOSE,), values=(canonical(close),)),
             *(Check(op=CheckOp.LESS, paths=(paths.estimate(i, "monthly"),
                                             paths.estimate(k, "monthly"))) for k in dearer)])


def _context_advantage(x: Context, i: int) -> Reasons:
    windows = [m.context_window for m in x.c.models]
    mine = windows[i]
    others = x.others(i)
    if mine is None or not all(windows[k] is not None and (windows[k] or 0) < mine
                               for k in others):
        return [], [], []
    return ([f"a longer context ({fmt.tokens(mine)} tokens)"],
            [Evidence(paths.model(i, "context_window"), mine, fmt.tokens(mine),
                      EvidenceKind.TOKENS)],
            [Check(op=CheckOp.GREATER, paths=(paths.model(i, "context_window"),
                                             paths.model(k, "context_window"))) for k in others])


def _capability_advantage(x: Context, i: int) -> Reasons:
    reasons: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for k in x.capabilities.exclusive[i]:
        row = x.c.capabilities[k]
        if not row.documented or row.documented[i] is not True:
            continue  # offered by some routes only: a route's flag is not the model's feature
        reasons.append(CAPABILITY_WORKLOADS[row.capability])
        evidence.append(Evidence(paths.capability(k, i), Support.YES))
        evidence.append(Evidence(paths.capability_source(k, "documented", i), True))
        checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, i),), values=("yes",)))
        checks.extend(Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("no",))
                      for o in x.others(i))
    return reasons, evidence, checks


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
    what it measures.
    """
    areas: list[tuple[str, tuple[Scored, ...]]] = []
    for category, led in x.bench.led[i].items():
        rows = tuple({s.k: s for s in led}.values())
        contested = any(category in x.bench.led[o] for o in x.others(i))
        if len(rows) >= 2 and not contested:
            areas.append((CATEGORY_WORKLOADS.get(category, category), rows))
        else:
            areas += [(measured(s.row.benchmark.id, s.row.benchmark.label), (s,)) for s in rows]
    return areas


def _benchmark_advantage(x: Context, i: int) -> Reasons:
    reasons: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for area, led in claimed_areas(x, i):
        labels = [s.row.benchmark.label for s in led]
        reasons.append(f"{area} (leads on {fmt.join_words(labels)})" if len(led) > 1 else area)
        for s in led:
            evidence.append(Evidence(paths.benchmark(s.k, "label"), s.row.benchmark.label))
            checks.extend(Check(op=CheckOp.TRUE, paths=(row_gap(s, i, o).path("significant"),))
                          for o in x.others(i))
    return reasons, evidence, checks


def _pairwise_advantage(x: Context, i: int) -> Reasons:
    """With three models or more: higher scores than another model, pair by pair.

    Counted when model ``i`` leads the other on more comparable benchmarks than it trails
    (leading every model at once is :func:`_benchmark_advantage`'s).
    """
    if x.n < 3:
        return [], [], []
    reasons: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for o in x.others(i):
        pairs = [g for g in x.bench.comparable if {g.i, g.j} == {i, o}]
        won = [g for g in pairs if g.row.pairs[g.p].significant
               and g.row.pairs[g.p].leader_index == i]
        lost = [g for g in pairs if g.row.pairs[g.p].significant
                and g.row.pairs[g.p].leader_index == o]
        if len(won) <= len(lost):
            continue
        reasons.append(f"higher scores than {x.names[o]} ({fmt.count_word(len(won))} of "
                       f"{fmt.count_word(len(pairs))} comparable benchmarks)")
        evidence += [Evidence(g.path("significant"), True) for g in won]
        checks += [Check(op=CheckOp.TRUE, paths=(g.path("significant"),)) for g in won]
    return reasons, evidence, checks
