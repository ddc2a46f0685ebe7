"""The editor's checks: what a page may claim, said once, in words that mean one thing.

:func:`check_claims` verifies each sentence against the facts it quotes; the rules here read the
page as a whole: a sentence said twice, an FAQ answer that is the verdict again, a bill gap under
the materiality threshold given as a reason, a category claimed from one benchmark, "reasoning"
used for a benchmark category, unknown shown as 0, a related comparison of a page with itself.
Each problem is ``(rule, message)``; :data:`RULES` names every rule (the sweep script counts them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from phicompare.analysis.related import model_line
from phicompare.domain.names import normalize_name
from phicompare.domain.settings import states_more

from . import format as fmt
from .fit import CATEGORY_WORKLOADS
from .standing import standings

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

    from .claims import Narrative

__all__ = ["RULES", "editorial_problems", "sentences"]

RULES = (
    "repeated-sentence", "faq-is-verdict", "friction-both-directions", "ab-test-boilerplate",
    "reasoning-clash", "immaterial-cost-reason", "single-benchmark-category",
    "category-in-both-branches", "noise-only-faq", "scorecard-hides-trailing",
    "summary-misses-a-bill", "unknown-as-zero", "internal-id", "undated-between",
    "licence-wording", "related-self-or-twin", "pick-ruled-out",
)
"""Every editorial rule, by the name its problems carry."""

Problem = tuple[str, str]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_REASONING = re.compile(r"\breasoning\b(?! mode)", re.IGNORECASE)
_SHARED_KEYS = frozenset(("price", "shared-providers", "no-shared-provider", "license"))
_NOISE_ONLY = "within noise or cannot be assessed"
_AGAINST_ZERO = re.compile(r"\bagainst 0(?!\.\d)\b|\b0 tokens\b|\bfrom 0 to\b|\bto 0 tokens\b")
"""A zero where a count or size was meant ("2M tokens against 0"); a score of 0.1 is not one."""
_LICENCE_TWICE = re.compile(r"(?:licen[cs]e|terms of use|agreement) licence", re.IGNORECASE)
_ZERO_SPECS = frozenset(("Context window", "Max output tokens"))


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (at a stop followed by a capital).

    Examples:
        >>> sentences("Phi-2 costs $0.10 per 1M. Phi-4 Mini leads on MMLU.")
        ['Phi-2 costs $0.10 per 1M.', 'Phi-4 Mini leads on MMLU.']
    """
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def _texts(n: Narrative) -> Iterator[tuple[str, str]]:
    """(section, text) for every sentence-bearing string of the page, questions and cells too."""
    for section, claims in n.sections():
        for claim in claims:
            yield section, claim.text
    for q in n.faq:
        yield f"faq {q.key}", q.question
    for row in n.scorecard:
        yield "scorecard", row.label
        for cell in row.cells:
            yield "scorecard", cell


def editorial_problems(n: Narrative, c: Comparison) -> list[Problem]:
    """Every page-level rule the narrative ``n`` of ``c`` breaks; empty for a clean page.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> editorial_problems(c.narrative, c)
        []
    """
    problems: list[Problem] = []
    for rule in (_repeats, _faq_verdict, _friction, _words, _cost, _categories, _faq_noise,
                 _scorecard, _summary_bills, _zeros, _provenance, _licences, _related,
                 _ruled_out):
        problems.extend(rule(n, c))
    return problems


def _repeats(n: Narrative, c: Comparison) -> Iterable[Problem]:
    seen: dict[str, str] = {}
    for section, claims in n.sections():
        for claim in claims:
            for sentence in sentences(claim.text):
                if sentence in seen:
                    yield ("repeated-sentence",
                           f"{section}: {sentence!r} is said already in {seen[sentence]}")
                else:
                    seen[sentence] = section


def _faq_verdict(n: Narrative, c: Comparison) -> Iterable[Problem]:
    verdict = {claim.text for claim in n.verdict}
    for q in n.faq:
        if q.answer and {claim.text for claim in q.answer} <= verdict:
            yield "faq-is-verdict", f"faq {q.key}: the answer is the verdict again"


def _friction(n: Narrative, c: Comparison) -> Iterable[Problem]:
    by_direction = {(s, t): claims for s, t, claims in n.friction}
    for (s, t), claims in by_direction.items():
        mirror = by_direction.get((t, s), ())
        keys = {claim.key for claim in mirror}
        texts = {claim.text for claim in mirror}
        for claim in claims:
            subject = claim.key.partition(":")[2]
            if claim.key in _SHARED_KEYS:
                yield ("friction-both-directions",
                       f"friction {s}->{t}: {claim.text!r} is true either way; state it once")
            elif claim.text in texts or (claim.key.startswith("capability-gained:") and (
                    f"capability-lost:{subject}" in keys
                    or f"capability-uncertain:{subject}" in keys)):
                yield ("friction-both-directions",
                       f"friction {s}->{t}: {claim.text!r} restates the other direction")
    for section, text in _texts(n):
        if "A/B test" in text:
            yield "ab-test-boilerplate", f"{section}: {text!r}"


def _words(n: Narrative, c: Comparison) -> Iterable[Problem]:
    """"Reasoning" is a capability (reasoning mode), never a benchmark category's name.

    The rule is about the narrative's own words: names, benchmark labels, score settings and
    the ids providers serve models under, quoted from the data ("Pass@1, Reasoning"), are taken
    out first.
    """
    quoted = [s.setting for row in c.benchmarks for s in row.scores if s is not None and s.setting]
    quoted += [more[1] for row in c.benchmarks for g in row.pairs  # 'states "Reasoning On"'
               if (a := row.scores_of(g)[0]) is not None
               and (b := row.scores_of(g)[1]) is not None
               and (more := states_more(a.setting, b.setting)) is not None]
    quoted += [more[1] for row in c.benchmarks for g in row.pairs  # (and the columns')
               if (a := row.scores[g.a_index]) is not None
               and (b := row.scores[g.b_index]) is not None
               and (more := states_more(a.setting, b.setting)) is not None]
    # the ids routes serve models under, quoted where a page names a route by its id: a bill's
    # route, and the routes a sentence lists ("LLM Gateway (grok-4-20-reasoning)"; review 50)
    served = {*(r.route.provider_model_id for r in c.routes if r.route.provider_model_id),
              *(e.route.provider_model_id for e in c.cost.estimates
                if e.route is not None and e.route.provider_model_id)}
    names = sorted({*c.names, *(m.id for m in c.models), *served,
                    *(name for r in c.related for name in (*r.names, *r.models)),
                    *(row.benchmark.label for row in c.benchmarks), *quoted},
                   key=len, reverse=True)
    for section, said in _texts(n):
        text = said
        for name in names:
            text = text.replace(name, "")
        if _REASONING.search(text):
            yield ("reasoning-clash",
                   f"{section}: {text!r} says 'reasoning' for something other than reasoning mode")


def _cost(n: Narrative, c: Comparison) -> Iterable[Problem]:
    cost = c.cost
    if cost.gap is None:
        return
    close = cost.close_indexes
    known = [e for e in cost.estimates  # (the gap is theirs: a free tier's bill is no price)
             if e.monthly is not None and e.model_index not in cost.free_indexes]
    # else "a lower bill than" names the dearer (beside a model without a bill, or one on a
    # free tier, which is no price)
    every = len(known) == len(cost.estimates) and not cost.free_indexes
    same = len(close) == len(known) and cost.gap > 0
    for section, text in _texts(n):
        # ("a lower bill than C" names a rival's bill it is materially under, checked against
        # CostFacts.undercuts: review 10, I10)
        if ("lower bill" in text.replace("a lower bill than ", "") or "lowest bill at this" in text
                ) and len(close) != 1 and every:
            yield ("immaterial-cost-reason",
                   (f"{section}: {text!r} picks by a bill within {fmt.percent(cost.materiality)}"
                   " of another"))
        elif same and re.search(r"\$[\d,.]+ cheaper|in favour of|costs? less at", text):
            yield ("immaterial-cost-reason",
                   (f"{section}: {text!r} calls a gap under {fmt.percent(cost.materiality)} a "
                   "difference"))


def _claimed_categories(text: str) -> dict[str, list[str]]:
    """Categories a sentence claims ("general knowledge (leads on MMLU and OpenBookQA)")."""
    found: dict[str, list[str]] = {}
    for name in set(CATEGORY_WORKLOADS.values()):
        for match in re.finditer(re.escape(name) + r" \(leads on ([^)]*)\)", text):
            found.setdefault(name, []).extend(re.split(r", | and ", match.group(1)))
    return found


def _categories(n: Narrative, c: Comparison) -> Iterable[Problem]:
    claimed: list[set[str]] = []
    for claim in n.verdict:
        found = _claimed_categories(claim.text)
        claimed.append(set(found))
        for name, labels in found.items():
            if len(set(labels)) < 2:
                yield ("single-benchmark-category",
                       f"verdict: {claim.text!r} claims {name} from {labels[0]} alone")
    for k, mine in enumerate(claimed):
        for other in claimed[k + 1:]:
            for name in sorted(mine & other):
                yield ("category-in-both-branches",
                       f"verdict: two models are picked for {name}")
    categories = {f"better:{k}" for k in CATEGORY_WORKLOADS}
    for q in n.faq:
        if q.key not in categories:
            continue
        widest = max((len({e.path.split(".")[0] for e in claim.evidence
                            if e.path.startswith("benchmarks[")})
                       for claim in q.answer if not claim.key.startswith("noise")), default=0)
        if widest < 2:
            yield ("single-benchmark-category",
                   f"faq {q.key}: {q.question!r} is answered from one benchmark")


def _faq_noise(n: Narrative, c: Comparison) -> Iterable[Problem]:
    for q in n.faq:
        if q.answer and all(_NOISE_ONLY in claim.text for claim in q.answer):
            yield "noise-only-faq", f"faq {q.key}: {q.question!r} has no answer but noise"


def _scorecard(n: Narrative, c: Comparison) -> Iterable[Problem]:
    row = next((r for r in n.scorecard if r.key == "benchmarks"), None)
    if row is None:
        return
    # leads count among models out on the page's date; one not yet out has its date (fixBQ)
    later = {i for i, m in enumerate(c.models) if m.released is not None and c.as_of < m.released}
    for i, cell in enumerate(row.cells):
        if i in later:
            if "not released" not in cell:
                yield ("scorecard-hides-trailing",
                       (f"scorecard: {c.names[i]} is not released by the date but the cell "
                        f"reads {cell!r}"))
            continue
        mine = [g for r in c.benchmarks for g in r.pairs if g.comparable
                and i in (g.a_index, g.b_index) and not later & {g.a_index, g.b_index}]
        leads = [g for g in mine if g.significant and g.leader_index == i]
        trails = [g for g in mine if g.significant and g.leader_index not in (None, i)]
        if leads and ("no lead" in cell or not re.search(r"\blead|\bahead", cell)):
            yield ("scorecard-hides-trailing",
                   (f"scorecard: {c.names[i]} leads {len(leads)} comparable pair(s) but the cell "
                   f"reads {cell!r}"))
        elif mine and len(trails) == len(mine) and "trail" not in cell:
            yield ("scorecard-hides-trailing",
                   (f"scorecard: {c.names[i]} trails on every comparable benchmark but the cell "
                   f"reads {cell!r}"))


def _summary_bills(n: Narrative, c: Comparison) -> Iterable[Problem]:
    summary = " ".join(claim.text for claim in n.summary)
    known = [e for e in c.cost.estimates if e.monthly is not None]
    for e in known:
        bill = fmt.money(e.monthly or Decimal(0))
        if bill not in summary:
            yield ("summary-misses-a-bill",
                   f"summary: {c.names[e.model_index]}'s bill ({bill}) is not stated")


def _zeros(n: Narrative, c: Comparison) -> Iterable[Problem]:
    for section, text in _texts(n):
        if _AGAINST_ZERO.search(text):
            yield "unknown-as-zero", f"{section}: {text!r} shows a count of 0"
    for spec in c.specs:
        if spec.label in _ZERO_SPECS and "0" in spec.values:
            yield "unknown-as-zero", f"specifications: {spec.label} reads 0"
    for r in c.routes:
        if r.route.context_window == 0:
            yield "unknown-as-zero", f"routes: {r.provider_name} reads a context window of 0"


def _provenance(n: Narrative, c: Comparison) -> Iterable[Problem]:
    ids = {r.benchmark.id for r in c.benchmarks if r.benchmark.id != r.benchmark.label}
    for source in c.provenance.sources:
        for item in source.supports:
            words = set(re.split(r"[\s:;,]+", item))
            for bench in sorted(ids & words):
                yield "internal-id", f"provenance: {item!r} names the benchmark by its id {bench!r}"
    undated = any(s.checked is None for s in c.provenance.sources)
    for claim in n.provenance:
        if undated and "checked" in claim.text and "no checked date" not in claim.text:
            yield ("undated-between",
                   f"provenance: {claim.text!r} dates every source, but some have no date")


def _licences(n: Narrative, c: Comparison) -> Iterable[Problem]:
    page = [text for _, text in _texts(n)]
    for text in page:
        if _LICENCE_TWICE.search(text):
            yield "licence-wording", f"{text!r} says 'licence' twice over"
    for m in c.models:
        if m.license and fmt.non_commercial(m.license) and not any(
                "non-commercial" in text for text in page):
            yield ("licence-wording",
                   f"{m.name}'s licence ({m.license}) is non-commercial and the page never says so")


def _related(n: Narrative, c: Comparison) -> Iterable[Problem]:
    ids = frozenset(m.id for m in c.models)
    names = {normalize_name(m.name) for m in c.models}
    lines: dict[str, str] = {}
    for r in c.related:
        if r.models[0] == r.models[1] or frozenset(r.models) == ids:
            yield "related-self-or-twin", f"related: {r.models} is this page"
        elif normalize_name(r.names[1]) in names or normalize_name(r.names[0]) == normalize_name(
                r.names[1]):
            yield ("related-self-or-twin",
                   f"related: {r.names[1]} has the display name of a model compared")
        line = model_line(r.names[1])
        if lines.setdefault(line, r.models[1]) != r.models[1]:
            yield ("related-self-or-twin",
                   f"related: two variants of one model line ({lines[line]}, {r.models[1]})")


def _ruled_out(n: Narrative, c: Comparison) -> Iterable[Problem]:
    """A model the page's own terms rule out, picked in the verdict or favoured at a glance.

    Released after the comparison's date, or every route of it unfit for the page's workload
    and requirements (``RouteRow.unfit``): it is no pick (``docs/narrative.md``).
    """
    out = standings(c)
    if all(o is None for o in out):
        return
    glance = [part for claim in n.at_a_glance for part in claim.text.split("; ")]
    for i, name in enumerate(c.names):
        if out[i] is None:
            continue
        if any(claim.text.startswith((f"Pick {name} for ", f"Pick {name}: ", f"Pick {name} if "))
               for claim in n.verdict):
            yield "pick-ruled-out", f"verdict: picks {name}, which the page's terms rule out"
        if any(part.startswith((f"{name} for ", f"{name}, the only ", f"{name} if "))
               for part in glance):
            yield "pick-ruled-out", f"at a glance: favours {name}, which the terms rule out"
