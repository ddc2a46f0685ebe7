"""The FAQ: questions answered only from data (cheaper? open? better at what? where to run?).

Split from :mod:`phicompare.narrative.answers`, which keeps the verdict and the line at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import format as fmt, paths
from .benchmarks import category_leads
from .bills import cheaper_answer
from .claims import Basis, Claim, Draft, Evidence, EvidenceKind, Question
from .context import Context, RowGap
from .fit import CATEGORY_WORKLOADS, measured

if TYPE_CHECKING:
    from .parts import ModelParts

__all__ = ["faq", "open_draft", "open_once"]


def faq(x: Context, parts: Sequence[ModelParts]) -> tuple[Question, ...]:
    """Questions the data answers: cheaper? open? better at each category? where to run?

    ``parts`` gives each model's weights (:func:`open_draft`) and where it runs.

    A question appears only when its answer says something: no "which is cheaper" without
    every bill, no benchmark question without a lead outside noise. A category is asked about
    only when a model leads on two benchmarks of it or more; otherwise each benchmark led is.
    """
    either = fmt.join_words(list(x.names), "or")
    every = fmt.join_words(list(x.names))
    questions = []
    cheaper = cheaper_answer(x)
    if cheaper:
        questions.append(Question(key="cheaper", question=f"Which is cheaper, {either}?",
                                  answer=cheaper))
    questions.append(Question(key="open", question=f"Are {every} open source?",
                              answer=open_once(x, [part.open for part in parts])))
    for category in x.bench.categories:
        leads, noise = category_leads(x, category)
        led = {g.row.benchmark.id: g.row.benchmark for claim, gaps in leads for g in gaps}
        if any(len({g.row.benchmark.id for g in gaps}) >= 2 for _, gaps in leads):
            questions.append(Question(
                key=f"better:{category}",
                question=f"Which is better at {CATEGORY_WORKLOADS.get(category, category)}, "
                         f"{either}?",
                answer=(*(claim for claim, _ in leads), *noise,
                        *_unanswered(x, x.bench.by_category.get(category, ())))))
            continue
        for bench in led.values():  # each lead rests on one benchmark: asked about by name
            named = measured(bench.id, bench.label, label_first=True)
            questions.append(Question(
                key=f"higher:{bench.id}",
                question=f"Which scores higher on {named}, {either}?",
                answer=(*(claim for claim, gaps in leads if gaps[0].row.benchmark.id
                          == bench.id),
                        *_unanswered(x, [g for g in x.bench.by_category.get(category, ())
                                         if g.row.benchmark.id == bench.id]))))
    questions.append(Question(key="where", question=f"Where can I run {every}?",
                              answer=tuple([part.where for part in parts])))
    return tuple(questions)


_PLURAL = {
    "\0 publishes its weights under ": "\1 publish their weights under ",
    "\0 publishes its weights; its licence is not yet sourced.":
        "\1 publish their weights; their licences are not yet sourced.",
    "\0 does not publish its weights": "\2 publishes its weights",
    "Whether \0 publishes its weights is not yet sourced; it is offered under ":
        "Whether \3 publish their weights is not yet sourced; they are offered under ",
    "Whether \0 publishes its weights is not yet sourced.":
        "Whether \3 publish their weights is not yet sourced.",
}
r"""Each form of :func:`open_draft`'s sentence (the model's name a ``\0``) -> said of several:
``\1`` the models ("Both", "All three", "A and B"), ``\2`` none of them ("Neither", "Not one
of the three", "Neither A nor B"), ``\3`` their names ("A and B")."""


def open_once(x: Context, claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """The FAQ's weights answer: models whose sentences differ only by name said in one.

    "Qwen3 8B publishes its weights under the Apache-2.0 licence. Mistral Small 3.1 publishes
    its weights under the Apache-2.0 licence." said one thing twice (review 19, P6): it reads
    "Both publish their weights under the Apache-2.0 licence.", as other sentences said per
    model in the same words are said once. The joined claim keeps each model's evidence.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "gpt-4o", "phi-4-mini"))
        >>> lines = [Claim(key=f"open:{i}", text=f"{name} does not publish its weights.")
        ...          for i, name in enumerate(x.names)]
        >>> [claim.text for claim in open_once(x, lines)]
        ['Not one of the three publishes its weights.']
        >>> [claim.text for claim in open_once(x, lines[:2])]
        ['Neither Phi-2 nor GPT-4o publishes its weights.']
    """
    groups: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        name = x.names[i] if i < len(x.names) else ""
        form = claim.text.replace(name, "\0", 1) if name and claim.text.count(name) == 1 else ""
        key = form if any(form.startswith(head) for head in _PLURAL) else f"\n{i}"
        groups.setdefault(key, []).append(i)
    out: list[Claim] = []
    for form, ks in groups.items():
        if len(ks) == 1:
            out.append(claims[ks[0]])
            continue
        head = next(h for h in _PLURAL if form.startswith(h))
        names = [x.names[i] for i in ks]
        every = len(ks) == x.n  # every model on the page
        many = "Both" if every and len(ks) == 2 else (
            f"All {fmt.count_word(len(ks))}" if every else fmt.join_words(names))
        none = "Neither" if every and len(ks) == 2 else (
            f"Not one of the {fmt.count_word(len(ks))}" if every else
            f"Neither {' nor '.join(names)}" if len(ks) == 2 else
            f"Not one of {fmt.join_words(names)}")  # (never "None": check's empty slot)
        text = (_PLURAL[head] + form[len(head):]).replace("\1", many).replace(
            "\2", none).replace("\3", fmt.join_words(names))
        out.append(Claim(key=claims[ks[0]].key, text=text,
                         evidence=tuple(e for i in ks for e in claims[i].evidence),
                         checks=tuple(c for i in ks for c in claims[i].checks)))
    return tuple(out)


def _unanswered(x: Context, gaps: Sequence[RowGap]) -> tuple[Claim, ...]:
    """For three models or more: each model an answer from ``gaps`` leaves out, and why.

    "Which scores higher on HumanEval+, Phi-4, Phi-4 Reasoning or Qwen3 14B?" answered of two
    covers the third: "Qwen3 14B has no HumanEval+ score in the data" (review 7, F25).
    """
    if x.n < 3 or not gaps:
        return ()
    covered = {m for g in gaps for m in (g.i, g.j)}
    rows = list({g.k: g.row for g in gaps}.items())
    claims = []
    for i in range(x.n):
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
    """Whether model ``i`` publishes its weights, and under which licence."""
    m, name = x.c.models[i], x.names[i]
    terms = None if m.license is None else fmt.licence(m.license)
    if terms is not None and m.license is not None and fmt.non_commercial(m.license):
        terms += ", a non-commercial licence"
    if m.open_weights is True:
        text = (f"{name} publishes its weights under {terms}." if terms
                else f"{name} publishes its weights; its licence is not yet sourced.")
    elif m.open_weights is False:
        text = (f"{name} does not publish its weights (licence: {m.license})." if m.license
                else f"{name} does not publish its weights.")
    else:
        text = (f"Whether {name} publishes its weights is not yet sourced"
                + (f"; it is offered under {terms}." if terms else "."))
    return Draft.at("open", text, lambda at: Basis((
        Evidence(paths.model(at, "open_weights"), m.open_weights),
        *([] if m.license is None else [
            Evidence(paths.model(at, "license"), m.license, m.license)
            if m.open_weights is False else  # "(licence: Proprietary)"
            Evidence(paths.model(at, "license"), m.license, fmt.licence(m.license),
                     EvidenceKind.LICENCE)]))))
