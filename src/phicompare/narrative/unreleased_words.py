"""A model released after the page's date, said so in the summary and in Tradeoffs.

Review 30, #5: ``phicompare gpt-4o claude-3-5-sonnet-20240620 --as-of 2024-06-01`` said in its
summary "Claude Sonnet 3.5 has no eligible priced route", and its Tradeoffs offered Claude
Sonnet 3.5's longer context, where the verdict, the line at a glance and switch friction said it
"was not released until 2024-06-20". The summary now says why such a model has no bill in those
words (:func:`unpriced_words`), and Tradeoffs say it once in place of every bullet that names it
(:func:`released_tradeoffs`, by each bullet's subjects): no tradeoff with a model no one could
run on that date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Bullet, Check, CheckOp, Claim, Evidence, EvidenceKind
from .unreleased_moves import unreleased

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import Context

__all__ = ["no_cost_claim", "not_released", "released_tradeoffs", "unpriced_words"]


def not_released(x: Context, out: Sequence[int]) -> tuple[str, Basis]:
    """The models ``out`` (each released after the page's date) "not released until" their dates.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini", as_of="2023-01-01"))
        >>> not_released(x, [1])[0]
        'Phi-4 Mini was not released until 2025-02-26'
        >>> not_released(x, [0, 1])[0]
        'Phi-2 and Phi-4 Mini were not released until 2023-12-12 and 2025-02-26 respectively'
    """
    models = x.c.models
    days = [d for i in out if (d := models[i].released) is not None]
    dates = [fmt.date(d) for d in days]
    shown = (dates[0] if len(set(dates)) == 1 else
             f"{fmt.join_words(dates)} respectively")
    verb = "was" if len(out) == 1 else "were"
    text = f"{fmt.join_words([x.names[i] for i in out])} {verb} not released until {shown}"
    basis = Basis(tuple(Evidence(paths.model(i, "released"), d, fmt.date(d), EvidenceKind.DATE)
                        for i, d in zip(out, days, strict=True)),
                  tuple(Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.model(i, "released")))
                        for i in out))
    return text, basis


def unpriced_words(x: Context, missing: Sequence[int]) -> tuple[str, Basis]:
    """The summary's words on the models ``missing`` a bill: why none, where it is the date.

    "Claude Sonnet 3.5 has no eligible priced route"; a model released after the page's date
    "was not released until 2024-06-20", as the verdict says it (review 30, #5).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of="2024-06-01"))
        >>> unpriced_words(x, [1])[0]
        'Claude Sonnet 3.5 was not released until 2024-06-20'
    """
    later = unreleased(x)
    out = [i for i in missing if i in later]
    rest = [i for i in missing if i not in later]
    verb = "has" if len(rest) == 1 else "have"
    words = ([f"{fmt.join_words([x.names[i] for i in rest])} {verb} no eligible priced route"]
             if rest else [])
    dated, basis = not_released(x, out) if out else ("", Basis(()))
    monthly = tuple(Check(op=CheckOp.NONE, paths=(paths.estimate(i, "monthly"),))
                    for i in missing)
    return fmt.join_words([*words, *([dated] if out else [])]), Basis(
        basis.evidence, (*monthly, *basis.checks))


def no_cost_claim(x: Context) -> Claim:
    """The summary's cost sentence where no model has a bill.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> print(no_cost_claim(context_of(compare("phi-2", "phi-4-mini",
        ...                                        as_of="2023-01-01"))).text)
        Phi-2 and Phi-4 Mini were not released until 2023-12-12 and 2025-02-26 respectively, \
so no monthly estimate is made.
    """
    estimates = x.c.cost.estimates
    if not unreleased(x):
        text = "No model here has an eligible priced route"
        basis = Basis(tuple(Evidence(paths.estimate(e.model_index, "monthly"), None)
                            for e in estimates),
                      tuple(Check(op=CheckOp.NONE, paths=(paths.estimate(e.model_index,
                                                                          "monthly"),))
                            for e in estimates))
    else:
        text, basis = unpriced_words(x, [e.model_index for e in estimates])
    return Claim(key="cost-headline", text=f"{text}, so no monthly estimate is made.",
                 evidence=basis.evidence, checks=basis.checks)


def released_tradeoffs(x: Context, bullets: Sequence[Bullet]) -> tuple[Claim, ...]:
    """Tradeoffs without a bullet about a model released after the page's date.

    A bullet goes by its subjects, the models its claim is about, never by a name found in
    its text: a bullet about two released models that names the third stays, and "GPT-4o"
    is not found in "GPT-4o mini" (helper fixBG). One line says so in their place ("...: no
    tradeoff with it on that date"; review 30, #5).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of="2024-06-01")
        >>> print(c.narrative.tradeoffs[-1].text)
        Claude Sonnet 3.5 was not released until 2024-06-20, after the comparison's date \
(2024-06-01): no tradeoff with it on that date.
    """
    later = sorted(unreleased(x))
    if not later:  # (every model out on the page's date, as on most pages: every bullet kept)
        return tuple([b.claim for b in bullets])
    kept = [b.claim for b in bullets if not any(i in later for i in b.subjects)]
    text, basis = not_released(x, later)
    day = fmt.date(x.c.as_of)
    tail = ("between them" if len(later) == x.n and x.n > 1 else
            "with it" if len(later) == 1 else "with them")
    line = Claim(key="tradeoff:unreleased",
                 text=f"{text}, after the comparison's date ({day}): no tradeoff {tail} on "
                      "that date.",
                 evidence=(*basis.evidence, Evidence(paths.AS_OF, x.c.as_of, day,
                                                     EvidenceKind.DATE)),
                 checks=basis.checks)
    return (*kept, line)
