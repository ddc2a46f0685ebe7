"""The FAQ and the verdict: questions answered only from data, and when to pick which model."""

from __future__ import annotations

from . import format as fmt, paths
from .availability import where_claim
from .benchmarks import category_leads
from .claims import Claim, Evidence, Question
from .context import Context
from .cost import cheaper_answer
from .fit import CATEGORY_WORKLOADS, advantages

__all__ = ["faq", "open_claim", "verdict"]


def verdict(x: Context) -> tuple[Claim, ...]:
    """"Pick A for ...": per model, the known differences that favour it."""
    claims = []
    for i in range(x.n):
        reasons, evidence, checks = advantages(x, i)
        if reasons:
            text = f"Pick {x.names[i]} for {fmt.join_words(reasons)}."
        else:
            text = f"The data records no advantage that favours {x.names[i]}."
            evidence = [Evidence(paths.model(i, "id"), x.c.models[i].id)]
        claims.append(Claim(key=f"pick:{i}", text=text, evidence=tuple(evidence),
                            checks=tuple(checks)))
    return tuple(claims)


def faq(x: Context, *, bills: Claim | None, picks: tuple[Claim, ...]) -> tuple[Question, ...]:
    """Cheaper? Open source? Better for each category scored alike? Where to run? Which to pick?

    ``bills`` is :func:`~phicompare.narrative.cost.bills_claim` (``full``), which the summary
    states too; ``picks`` the verdict.
    """
    either = fmt.join_words(list(x.names), "or")
    every = fmt.join_words(list(x.names))
    questions = [
        Question(key="cheaper", question=f"Which is cheaper, {either}?",
                 answer=cheaper_answer(x, bills)),
        Question(key="open", question=f"Are {every} open source?",
                 answer=tuple(open_claim(x, i) for i in range(x.n)))]
    questions += [Question(key=f"better:{category}",
                           question=f"Which is better for "
                                    f"{CATEGORY_WORKLOADS.get(category, category)}, {either}?",
                           answer=category_leads(x, category))
                  for category in x.bench.categories]
    questions += [
        Question(key="where", question=f"Where can I run {every}?",
                 answer=tuple(where_claim(x, i) for i in range(x.n))),
        Question(key="pick", question=f"When should I pick {either}?", answer=picks)]
    return tuple(questions)


def open_claim(x: Context, i: int) -> Claim:
    """Whether model ``i`` publishes its weights, and under which licence."""
    m = x.c.models[i]
    if m.open_weights is True:
        text = (f"{m.name} publishes its weights under the {m.license} licence." if m.license
                else f"{m.name} publishes its weights; its licence is not yet sourced.")
    elif m.open_weights is False:
        text = (f"{m.name} does not publish its weights (licence: {m.license})." if m.license
                else f"{m.name} does not publish its weights.")
    else:
        text = (f"Whether {m.name}'s weights are published is not yet sourced"
                + (f"; its licence is {m.license}." if m.license else "."))
    evidence = [Evidence(paths.model(i, "open_weights"), m.open_weights)]
    if m.license is not None:
        evidence.append(Evidence(paths.model(i, "license"), m.license, m.license))
    return Claim(key=f"open:{i}", text=text, evidence=tuple(evidence))
