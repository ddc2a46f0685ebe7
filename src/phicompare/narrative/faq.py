"""The FAQ: questions answered only from data (cheaper? open? better at what? where to run?).

Split from :mod:`phicompare.narrative.answers`, which keeps the verdict and the line at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from . import format as fmt, paths
from .benchmarks import category_leads
from .cheaper import cheaper_answer
from .claims import Basis, Claim, Evidence, EvidenceKind, Question
from .context import Context, RowGap
from .drafts import Draft
from .fit import CATEGORY_WORKLOADS, measured
from .unreleased_moves import unreleased

if TYPE_CHECKING:
    from phicompare.domain.records import Model

    from .parts import ModelParts

__all__ = ["faq", "open_draft", "open_once"]


def faq(x: Context, parts: Sequence[ModelParts]) -> tuple[Question, ...]:
    """Questions the data answers: cheaper? open? better at each category? where to run?

    ``parts`` gives each model's weights (:func:`open_draft`) and where it runs.

    A question appears only when its answer says something: no "which is cheaper" without
    every released model's bill, no benchmark question without a lead outside noise. A category
    is asked about only when a model leads on two benchmarks of it or more; otherwise each
    benchmark led is. Where some models, not all, were released after the comparison's date,
    the benchmark questions are of the others alone, as the verdict picks among them (review
    35, #7: "Which is better at math" answered that the unreleased Phi-4 Mini leads).
    """
    either = fmt.join_words(list(x.names), "or")
    later = unreleased(x)
    skip = later if len(later) < x.n else frozenset()
    asked = [i for i in range(x.n) if i not in skip]
    among = fmt.join_words([x.names[i] for i in asked], "or")
    every = fmt.join_words(list(x.names))
    questions = []
    cheaper = cheaper_answer(x)
    if cheaper:
        questions.append(Question(key="cheaper", question=f"Which is cheaper, {either}?",
                                  answer=cheaper))
    questions.append(Question(key="open", question=f"Are {every} open source?",
                              answer=open_once(x, [part.open for part in parts])))
    for category in x.bench.categories:
        leads, noise = category_leads(x, category, skip)
        if not leads:  # nothing leads outside noise: no question (noise alone is no answer)
            continue
        led = {g.row.benchmark.id: g.row.benchmark for claim, gaps in leads for g in gaps}
        if any(len({g.row.benchmark.id for g in gaps}) >= 2 for _, gaps in leads):
            questions.append(Question(
                key=f"better:{category}",
                question=f"Which is better at {CATEGORY_WORKLOADS.get(category, category)}, "
                         f"{among}?",
                answer=(*(claim for claim, _ in leads), *noise,
                        *_unanswered(x, x.bench.by_category.get(category, ()), asked))))
            continue
        for bench in led.values():  # each lead rests on one benchmark: asked about by name
            named = measured(bench.id, bench.label, label_first=True)
            questions.append(Question(
                key=f"higher:{bench.id}",
                question=f"Which scores higher on {named}, {among}?",
                answer=(*(claim for claim, gaps in leads if gaps[0].row.benchmark.id
                          == bench.id),
                        *_unanswered(x, [g for g in x.bench.by_category.get(category, ())
                                         if g.row.benchmark.id == bench.id], asked))))
    questions.append(Question(key="where", question=f"Where can I run {every}?",
                              answer=tuple([part.where for part in parts])))
    return tuple(questions)


def open_once(x: Context, claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """The FAQ's weights answer: models whose weights and licence agree said in one sentence.

    "Qwen3 8B publishes its weights under the Apache-2.0 licence. Mistral Small 3.1 publishes
    its weights under the Apache-2.0 licence." said one thing twice (review 19, P6): it reads
    "Both publish their weights under the Apache-2.0 licence.", as other sentences said per
    model in the same words are said once. ``claims`` are each model's :func:`open_draft`; the
    models are joined by the facts the sentence states (:func:`_open_facts`), never by its
    words, and the joined sentence is drafted from those facts (:func:`_open_text`), so a
    change of wording cannot split it. The joined claim keeps each model's evidence.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("gpt-4.1", "gpt-4.1-mini", "phi-4-mini"))
        >>> drafts = [open_draft(x, i).place(i, ()) for i in range(x.n)]
        >>> [claim.text for claim in open_once(x, drafts)]
        ['Neither GPT-4.1 nor GPT-4.1 mini publishes its weights (licence: Proprietary).', \
'Phi-4 Mini publishes its weights under the MIT licence.']
    """
    groups: dict[tuple[object, ...], list[int]] = {}
    for i in range(len(claims)):
        groups.setdefault(_open_facts(x.c.models[i]) if i < x.n else (i,), []).append(i)
    out: list[Claim] = []
    for ks in groups.values():
        if len(ks) == 1:
            out.append(claims[ks[0]])
            continue
        licences = [x.c.models[i].license for i in ks]
        out.append(Claim(key=claims[ks[0]].key,
                         text=_open_text(x.c.models[ks[0]], [x.names[i] for i in ks], x.n,
                                         licences),
                         basis=partial(_joined, [claims[i] for i in ks])))
    return tuple(out)


def _joined(claims: Sequence[Claim]) -> Basis:
    """The evidence and checks of ``claims``, in order: one sentence says them all."""
    return Basis(tuple([e for claim in claims for e in claim.evidence]),
                 tuple([c for claim in claims for c in claim.checks]))


def _open_facts(m: Model) -> tuple[object, ...]:
    """What :func:`_open_text` says of ``m``: models alike here are said in one sentence.

    Closed weights are alike whatever the licence, which the sentence gives each model
    ("Not one of the three publishes its weights (Gemini 2.5 Flash's licence: Proprietary)",
    not a sentence of its own for the one model with a licence on record: review 24).
    """
    return (m.open_weights,) if m.open_weights is False else (m.open_weights, _terms(m.license))


def _terms(license: str | None) -> str | None:
    """The licence as a sentence names it ("the MIT licence"), a non-commercial one said so."""
    if license is None:
        return None
    terms = fmt.licence(license)
    return f"{terms}, a non-commercial licence" if fmt.non_commercial(license) else terms


def _open_text(m: Model, names: Sequence[str], n: int = 1,
               licences: Sequence[str | None] = ()) -> str:
    """Whether the models ``names`` (of ``n`` on the page) publish weights, said as ``m``'s.

    One name is :func:`open_draft`'s sentence, whatever ``n`` (a draft is placed on every page
    of its model); several are one sentence of them all: "Both",
    "All three" or their names when every model of the page is meant, "Neither", "Not one of
    the three" (never "None": check's empty slot) or "Neither A nor B" for a negative, with
    each closed model's licence (``licences``, by name; ``m``'s for all where not given).
    """
    terms, one, every = _terms(m.license), len(names) == 1, len(names) == n
    named = fmt.join_words(list(names))
    many = named if one or not every else "Both" if n == 2 else f"All {fmt.count_word(n)}"
    if m.open_weights is True:
        verb, own, licences = (("publishes", "its", "licence is") if one else
                               ("publish", "their", "licences are"))
        return (f"{many} {verb} {own} weights under {terms}." if terms else
                f"{many} {verb} {own} weights; {own} {licences} not yet sourced.")
    if m.open_weights is False:
        none = (named if one else
                ("Neither" if n == 2 else f"Not one of the {fmt.count_word(n)}") if every else
                f"Neither {' nor '.join(names)}" if len(names) == 2 else
                f"Not one of {named}")
        verb = "does not publish" if one else "publishes"
        given = list(licences) or [m.license] * len(names)
        known = [(name, licence) for name, licence in zip(names, given, strict=True) if licence]
        if len(known) == len(names) and len(set(given)) == 1:  # one licence, said once
            return f"{none} {verb} its weights (licence: {given[0]})."
        said = "; ".join(f"{name}'s licence: {licence}" for name, licence in known)
        return f"{none} {verb} its weights" + (f" ({said})." if said else ".")
    verb, they = ("publishes its", "it is") if one else ("publish their", "they are")
    return (f"Whether {named} {verb} weights is not yet sourced"
            + (f"; {they} offered under {terms}." if terms else "."))


def _unanswered(x: Context, gaps: Sequence[RowGap], asked: Sequence[int]) -> tuple[Claim, ...]:
    """For three models or more: each model asked of an answer from ``gaps`` leaves out, and why.

    "Which scores higher on HumanEval+, Phi-4, Phi-4 Reasoning or Qwen3 14B?" answered of two
    covers the third: "Qwen3 14B has no HumanEval+ score in the data" (review 7, F25).
    """
    gaps = [g for g in gaps if g.i in asked and g.j in asked]
    if len(asked) < 3 or not gaps:
        return ()
    covered = {m for g in gaps for m in (g.i, g.j)}
    rows = list({g.k: g.row for g in gaps}.items())
    claims = []
    for i in asked:
        if i in covered:
            continue
        scored = [k for k, row in rows if row.scores[i] is not None]
        have = list(dict.fromkeys([row.benchmark.label for k, row in rows if k in scored]))
        lack = list(dict.fromkeys([row.benchmark.label for k, row in rows if k not in scored]))
        said = ([(f"{x.names[i]}'s {fmt.join_words(have)} "
                 f"{'score is' if len(have) == 1 else 'scores are'} from another evaluation or "
                 "setting, not compared here")] if have else [])
        if lack:
            said.append(f"{'it' if have else x.names[i]} has no "
                        f"{fmt.join_words(lack, 'or')} score in the data")
        text = "; ".join(said) + "."
        # (a score absent has no fact to point at: the labels are the evidence then)
        claims.append(Claim(key=f"unanswered:{rows[0][1].benchmark.id}:{i}", text=text,
                            evidence=tuple(Evidence(paths.score(k, i), entry.score)
                                           for k, row in rows
                                           if (entry := row.scores[i]) is not None)
                            + tuple(Evidence(paths.benchmark(k, "label"), row.benchmark.label)
                                    for k, row in rows)))
    return tuple(claims)


def open_draft(x: Context, i: int) -> Draft:
    """Whether model ``i`` publishes its weights, and under which licence (:func:`_open_text`)."""
    m = x.c.models[i]
    return Draft.at("open", _open_text(m, [x.names[i]]), lambda at: Basis((
        Evidence(paths.model(at, "open_weights"), m.open_weights),
        *([] if m.license is None else [
            Evidence(paths.model(at, "license"), m.license, m.license)
            if m.open_weights is False else  # "(licence: Proprietary)"
            Evidence(paths.model(at, "license"), m.license, fmt.licence(m.license),
                     EvidenceKind.LICENCE)]))))
