"""What each model is a fit for, and what favours it: the scorecard's and the verdict's reasons.

:func:`decision_fit` names the workloads the data supports for a model (a capability it
documents, a benchmark category it leads outside noise, the longest context);
:func:`advantages` names the differences known on every side that favour it.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare.domain.records import Capability, Support

from . import format as fmt, paths
from .claims import Check, CheckOp, Evidence, EvidenceKind
from .context import Context, row_gap

__all__ = ["CAPABILITY_WORKLOADS", "CATEGORY_WORKLOADS", "LONG_CONTEXT", "Reasons",
           "advantages", "decision_fit"]

CAPABILITY_WORKLOADS: dict[Capability, str] = {
    Capability.FUNCTION_CALLING: "function calling",
    Capability.TOOL_USE: "tool use",
    Capability.STRUCTURED_OUTPUTS: "structured output",
    Capability.VISION: "vision",
    Capability.MULTIMODAL: "multimodal input",
    Capability.REASONING: "step-by-step reasoning",
    Capability.CODE_EXECUTION: "code execution",
}
"""The workload a documented capability fits."""
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
"""The workload a benchmark category measures (a category not listed names itself)."""
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
        if row.support[i] is Support.YES:
            fits.append(CAPABILITY_WORKLOADS[row.capability])
            path = paths.capability(k, i)
            evidence.append(Evidence(path, Support.YES))
            checks.append(Check(op=CheckOp.IN, paths=(path,), values=("yes",)))
    for category, led in x.bench.led[i].items():
        fits.append(CATEGORY_WORKLOADS.get(category, category))
        evidence.append(Evidence(paths.benchmark(led[0].k, "category"), category))
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
                 _benchmark_advantage):
        more, more_evidence, more_checks = part(x, i)
        reasons += more
        evidence += more_evidence
        checks += more_checks
    return list(dict.fromkeys(reasons)), evidence, checks


def _cost_advantage(x: Context, i: int) -> Reasons:
    cost = x.c.cost
    if cost.gap is None or cost.cheapest_indexes != (i,):
        return [], [], []
    monthly = cost.estimates[i].monthly or Decimal(0)
    return ([f"the lower bill at this traffic ({fmt.money(monthly)} a month)"],
            [Evidence(paths.estimate(i, "monthly"), cost.estimates[i].monthly,
                      fmt.money(monthly), EvidenceKind.MONEY)],
            [Check(op=CheckOp.LESS, paths=(paths.estimate(i, "monthly"),
                                          paths.estimate(k, "monthly"))) for k in x.others(i)])


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
        reasons.append(CAPABILITY_WORKLOADS[x.c.capabilities[k].capability])
        evidence.append(Evidence(paths.capability(k, i), Support.YES))
        checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, i),), values=("yes",)))
        checks.extend(Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("no",))
                      for o in x.others(i))
    return reasons, evidence, checks


def _benchmark_advantage(x: Context, i: int) -> Reasons:
    reasons: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for category, led in x.bench.led[i].items():
        labels = list(dict.fromkeys(s.row.benchmark.label for s in led))
        reasons.append(f"{CATEGORY_WORKLOADS.get(category, category)} "
                       f"(leads on {fmt.join_words(labels)})")
        for s in led:
            evidence.append(Evidence(paths.benchmark(s.k, "label"), s.row.benchmark.label))
            checks.extend(Check(op=CheckOp.TRUE, paths=(row_gap(s, i, o).path("significant"),))
                          for o in x.others(i))
    return reasons, evidence, checks
