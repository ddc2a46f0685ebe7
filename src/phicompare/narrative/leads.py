"""The verdict's benchmark reasons: what a model leads on, named as rule 4 asks.

One rule for every page, the tradeoffs' (DESIGN.md, rule 4; docs/narrative.md): a lead is a
reason only outside noise, and it is named by what it rests on. A category is claimed from two
benchmarks or more of it, with nobody leading back in it; otherwise each benchmark is named with
what it measures ("harder general knowledge (OLL MMLU-Pro)"). What a model leads every other on
is said first (:func:`benchmark_advantage`); with three models or more, what it leads one rival on
besides (:func:`pairwise_advantage`): a count where the leads are many and outnumber the rival's
("higher scores than Llama 3.1 8B (13 of 23 comparable benchmarks)"), else the areas by name
("commonsense over Phi-4 Mini (leads on HellaSwag and WinoGrande)"), each benchmark said once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence
from .context import Area, Context, RowGap, Scored, row_gap
from .rivals import contenders

__all__ = ["CATEGORY_WORKLOADS", "MANY", "MEASURES", "Reasons", "areas_among",
           "benchmark_advantage", "benchmark_reasons", "claimed_areas", "measured",
           "pairwise_advantage"]

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
    "arc-c": "grade-school exam problems", "arc-e": "easy grade-school exam problems",
    "gpqa": "graduate-level science", "gpqa-diamond": "graduate-level science",
    "medqa": "medical science exam questions", "mmlu": "general knowledge",
    "mmlu-pro": "harder general knowledge", "openbookqa": "open-book elementary knowledge",
    "truthfulqa-mc2": "truthful knowledge", "triviaqa": "trivia knowledge",
    "simpleqa": "short factual knowledge",
    "bbh": "hard multi-step problems", "boolq": "yes/no reading comprehension problems",
    "anli": "adversarial inference problems", "agieval": "admission exam problems",
    "drop": "reading problems with arithmetic", "hellaswag": "commonsense sentence completion",
    "winogrande": "commonsense pronoun resolution", "piqa": "physical commonsense",
    "siqa": "social commonsense", "commonsenseqa": "commonsense questions",
    "gsm8k": "grade-school math", "math": "competition math", "math-500": "competition math",
    "mgsm": "multilingual grade-school arithmetic",
    "multilingual-mmlu": "multilingual exam questions",
    "humaneval": "Python coding", "mbpp": "Python coding", "ifeval": "instruction following",
    "arena-hard": "chat preference",
    "oll-ifeval": "instruction following", "oll-bbh": "hard multi-step problems",
    "oll-math-lvl5": "competition math", "oll-gpqa": "graduate-level science",
    "oll-musr": "multi-step story problems", "oll-mmlu-pro": "harder general knowledge",
}
"""What a single benchmark measures, for a claim that rests on it alone ("grade-school exam
problems (ARC-C)"): a category is claimed only from two benchmarks or more. Each carries the word
of the category the FAQ files the benchmark under, and no other category's (one word, one
meaning: HellaSwag is "commonsense sentence completion", as the FAQ's "Which is better at
commonsense" files it; ARC-C, filed under problem solving, is not "science questions")."""
Reasons = tuple[list[str], Callable[[], Basis]]
"""Phrases that favour a model and the basis they share (a :class:`~.fit.Favours`' fields)."""
MANY = 3
"""Over this many leads on one rival (besides those it leads every model on), and more than the
rival's over it, the verdict counts them ("13 of 23 comparable benchmarks"); at most this many,
or no more than the rival's, it names them."""


def measured(benchmark_id: str, label: str, *, label_first: bool = False) -> str:
    """A lone benchmark named with what it measures: "grade-school exam problems (ARC-C)".

    ``label_first`` names it as a question does: "ARC-C (grade-school exam problems)".

    Examples:
        >>> measured("arc-c", "ARC-C"), measured("new-bench", "New Bench")
        ('grade-school exam problems (ARC-C)', 'New Bench')
        >>> measured("arc-c", "ARC-C", label_first=True)
        'ARC-C (grade-school exam problems)'
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




def areas_among(x: Context, i: int, rivals: tuple[int, ...], *,
                listed: bool) -> list[tuple[str, tuple[Scored, ...]]]:
    """:func:`claimed_areas` of model ``i`` with ``rivals`` as the only others, phrased.

    The verdict and the scorecard's decision fit judge a model left in among the models the
    page's terms leave in (:func:`~.standing.contenders`): the areas it leads those on but not
    every model shown (a model ruled out leads them there) name whom they are led over, in one
    phrase, as a lead over one rival does ("a lead over Phi-1 on each of instruction following
    (OLL IFEval), ...", Phi-3.5 Mini, ruled out, leading both on them). ``listed`` names a
    category's benchmarks ("math (leads on MATH and GSM8K)", the verdict's form).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-1", "phi-3.5-mini", "llama-3.1-8b",
        ...                        requires={"structured_outputs"}))
        >>> print(areas_among(x, 2, (0,), listed=True)[0][0])
        a lead over Phi-1 on each of instruction following (OLL IFEval), competition math (OLL \
MATH Lvl 5) and harder general knowledge (OLL MMLU-Pro)
    """
    every = x.bench.areas[i]
    if len(rivals) < x.n - 1:
        keys = {(area.category, tuple([s.k for s in area.rows])) for area in every}
        areas = _areas_among(x, i, rivals)
        apart = [a for a in areas if (a.category, tuple([s.k for s in a.rows])) not in keys]
        every = tuple([a for a in areas if a not in apart])  # led over every model shown too
    else:
        apart = []
    found = [(_area_phrase(area, listed=listed), area.rows) for area in every]
    if len(apart) == 1:
        area, over = apart[0], _rivals(x, rivals)
        bench = area.rows[0].row.benchmark
        what = MEASURES.get(bench.id)
        phrase = (CATEGORY_WORKLOADS.get(area.category, area.category)  # (review 13, M9)
                  + (f" (leads on {_labels(area.rows)})" if listed else "") + f" over {over}"
                  if area.category else f"{what} ({bench.label}) over {over}" if what
                  else f"a lead over {over} on {bench.label}")
        found.append((phrase, area.rows))
    elif apart:  # several: one phrase, "both" or "each of" keeping its "and" apart
        found.append((f"a lead over {_rivals(x, rivals)} on "
                      f"{'both' if len(apart) == 2 else 'each of'} "
                      + fmt.join_words([_area_phrase(a, listed=True, leads="") for a in apart]),
                      tuple([s for a in apart for s in a.rows])))
    return found


def _area_phrase(area: Area, *, listed: bool, leads: str = "leads on ") -> str:
    """An area by its workload ("math", "math (leads on MATH and GSM8K)"), or its benchmark."""
    if area.category is None:
        return measured(area.rows[0].row.benchmark.id, area.rows[0].row.benchmark.label)
    workload = CATEGORY_WORKLOADS.get(area.category, area.category)
    return f"{workload} ({leads}{_labels(area.rows)})" if listed else workload


def _rivals(x: Context, over: tuple[int, ...]) -> str:
    """The rivals a lead is over: "Phi-1", "both A and B", "each of A, B and C"."""
    names = [x.names[o] for o in over]
    return (names[0] if len(names) == 1 else
            f"{'both' if len(names) == 2 else 'each of'} {fmt.join_words(names)}")


def benchmark_reasons(x: Context, i: int) -> Reasons | None:
    """The verdict's benchmark reasons for model ``i``: every model's, then each rival's.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-1.5", "phi-1"))
        >>> benchmark_reasons(x, 0)[0]  # doctest: +NORMALIZE_WHITESPACE
        ['instruction following (OLL IFEval)', 'harder general knowledge (OLL MMLU-Pro)',
         'competition math (OLL MATH Lvl 5) over Phi-1']
    """
    if not x.bench.significant:  # no lead outside noise (most pages): no area, no win
        return None
    every = benchmark_advantage(x, i)
    each = pairwise_advantage(x, i, frozenset() if every is None else every[2])
    if every is None:
        return each
    if each is None:
        return every[0], every[1]
    bases = (every[1], each[1])
    return [*every[0], *each[0]], lambda: Basis(
        tuple([e for b in bases for e in b().evidence]),
        tuple([c for b in bases for c in b().checks]))


def benchmark_advantage(x: Context, i: int) -> tuple[list[str], Callable[[], Basis],
                                                     frozenset[int]] | None:
    """What model ``i`` leads every model left in on, and those rows' positions.

    The areas of :func:`claimed_areas`, judged among the models the page's terms leave in
    (:func:`areas_among`: one not led over every model shown names whom it is led over).
    """
    others = contenders(x, i)
    areas = areas_among(x, i, others, listed=True)
    if not areas:
        return None
    reasons = [area for area, _ in areas]

    def basis() -> Basis:
        led = [s for _, scored in areas for s in scored]
        return Basis(tuple([Evidence(paths.benchmark(s.k, "label"), s.row.benchmark.label)
                            for s in led]),
                     tuple([Check(op=CheckOp.TRUE,
                                  paths=(row_gap(s, i, o).path("significant"),))
                            for s in led for o in others]))

    return reasons, basis, frozenset([s.k for _, led in areas for s in led])


def pairwise_advantage(x: Context, i: int, named: frozenset[int]) -> Reasons | None:
    """With three models or more: what model ``i`` leads each rival on besides ``named``.

    ``named`` holds the rows already said (those it leads every model on). Per rival, the
    leads left are counted where they are more than :data:`MANY` and outnumber the rival's,
    and no other model leads that rival as often ("higher scores than Llama 3.1 8B (13 of 16
    comparable benchmarks with a sampling interval)": review 7, F16); else each is named,
    a category where two of them or more are of one no model leads it on ("commonsense over
    Phi-4 Mini (leads on HellaSwag and WinoGrande)"), else the benchmark ("harder general
    knowledge over Phi-1 (OLL MMLU-Pro)"). One area led over several rivals is one phrase.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-1.5", "phi-1"))
        >>> pairwise_advantage(x, 1, frozenset())[0]
        ['harder general knowledge (OLL MMLU-Pro) over Phi-1']
    """
    rivals = contenders(x, i)
    if len(rivals) < 2:
        return None
    found: dict[tuple[str, ...], tuple[list[int], list[RowGap]]] = {}
    for o in rivals:
        won, lost = x.bench.won.get((i, o), ()), x.bench.won.get((o, i), ())
        rest = [g for g in won if g.k not in named]
        if not rest:  # nothing it leads this rival on that is not said already
            continue
        if len(rest) > MANY and len(won) > len(lost):
            # no reason to pick it among them where another leads this rival more often (F16)
            if not any(len(x.bench.won.get((j, o), ())) > len(won)
                       for j in rivals if j != o):
                found[("count", str(o))] = ([o], list(won))
            continue
        # a category is claimed over one rival only where no model leads this one on any of
        # its benchmarks: two models are never picked for one category (the editor's check;
        # Phi-3.5 Mini and Gemma 2 9B, both over Phi-4 Mini, read "commonsense" each)
        theirs = {g.row.benchmark.category for j in range(x.n) if j != i
                  for g in x.bench.won.get((j, i), ())}
        by_category: dict[str | None, list[RowGap]] = {}
        for g in rest:
            by_category.setdefault(g.row.benchmark.category, []).append(g)
        for category, gaps in by_category.items():
            if category and len(gaps) >= 2 and category not in theirs:
                keys = [("category", category, *[g.row.benchmark.id for g in gaps])]
                sets = [gaps]
            else:
                keys = [("one", g.row.benchmark.id) for g in gaps]
                sets = [[g] for g in gaps]
            for key, group in zip(keys, sets, strict=True):
                over, gaps_of = found.setdefault(key, ([], []))
                over.append(o)
                gaps_of += group
    if not found:
        return None
    # the areas led over the same rivals: one phrase ("a lead over A on both X and Y")
    groups: dict[tuple[int, ...], list[tuple[tuple[str, ...], list[RowGap]]]] = {}
    for key, (over, gaps) in found.items():
        groups.setdefault((-1 - over[0],) if key[0] == "count" else tuple(over), []).append(
            (key, gaps))
    reasons = [_phrase(x, i, areas, whom) for whom, areas in groups.items()]
    wins = [g for _, gaps in found.values() for g in gaps]
    return reasons, lambda: Basis(
        tuple([Evidence(paths.benchmark(g.k, "label"), g.row.benchmark.label) for g in wins]
              + [Evidence(g.path("significant"), True) for g in wins]),
        tuple([Check(op=CheckOp.TRUE, paths=(g.path("significant"),)) for g in wins]))


def _phrase(x: Context, i: int, areas: list[tuple[tuple[str, ...], list[RowGap]]],
            over: tuple[int, ...]) -> str:
    """Model ``i``'s lead over the rivals ``over`` (a count's: ``(-1 - rival,)``)."""
    if over[0] < 0:
        o, gaps = -1 - over[0], areas[0][1]
        pairs = [g for g in x.bench.between.get((min(i, o), max(i, o)), ())
                 if g.row.pairs[g.p].significant is not None]  # (noise assessed: F16)
        return (f"higher scores than {x.names[o]} ({fmt.count_word(len(gaps))} of "
                f"{fmt.count_word(len(pairs))} comparable benchmarks with a sampling interval)")
    rivals = _rivals(x, over)
    if len(areas) > 1:  # several areas over these rivals: named once, each with its benchmarks
        # "both" (or "each of") keeps the list's "and" apart from the verdict's own list
        return (f"a lead over {rivals} on {'both' if len(areas) == 2 else 'each of'} "
                + fmt.join_words([_area(key, gaps) for key, gaps in areas]))
    (key, gaps), = areas
    bench = gaps[0].row.benchmark
    if key[0] == "category":
        return (f"{CATEGORY_WORKLOADS.get(key[1], key[1])} (leads on {_labels(gaps)}) over "
                f"{rivals}")  # (the benchmarks beside their skill: review 13, M9)
    what = MEASURES.get(bench.id)
    return f"{what} ({bench.label}) over {rivals}" if what else \
        f"a lead over {rivals} on {bench.label}"


def _labels(gaps: Sequence[RowGap] | Sequence[Scored]) -> str:
    return fmt.join_words(list(dict.fromkeys([g.row.benchmark.label for g in gaps])))


def _area(key: tuple[str, ...], gaps: list[RowGap]) -> str:
    """An area in a list of several: "commonsense (HellaSwag and WinoGrande)", "BoolQ"."""
    if key[0] == "category":
        return f"{CATEGORY_WORKLOADS.get(key[1], key[1])} ({_labels(gaps)})"
    bench = gaps[0].row.benchmark
    return measured(bench.id, bench.label)


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
