"""A page of some sections only: no sentence sends the reader to a section it leaves out.

A few sentences point to another section for what they leave out: a bill on a fallback
listing is named wherever bills are compared, and the why is left to the cost section ("its
bill is on Jiekou.AI's listing: Cost at your traffic says why", :data:`~.bills.FELL_SHORT`;
helper fixZ); the deep dive's maker's own reports speak of "the benchmark table"
(:data:`~.deep_dive.IN_TABLE`). A page of ``--sections verdict`` printed the first with no
such section to read (stop 53's closing note). The narrative is the whole page's; the page
that leaves sections out (:func:`~phicompare.render.page.comparison_page`) asks
:func:`unpointed` for its sentences without the pointers to the sections it leaves out. The
listing stays named; the words that point go. A page with every section is unchanged.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import attrs

from .bills import FELL_SHORT
from .claims import Claim, Narrative, Question
from .deep_dive import IN_TABLE

if TYPE_CHECKING:
    from collections.abc import Sequence, Set

__all__ = ["POINTERS", "unpointed"]

POINTERS = (("cost", f": {FELL_SHORT}"), ("benchmarks", IN_TABLE))
"""Each section a sentence may point to, by its page anchor
(:data:`~phicompare.render.page.SECTIONS`), with the words that point to it."""


def unpointed(n: Narrative, shown: Set[str]) -> Narrative:
    """``n`` without the words that point to a section not in ``shown`` (anchors).

    ``n`` itself where every section pointed to is shown. Each claim rewritten keeps its key,
    evidence and checks.

    Examples:
        >>> from phicompare import compare
        >>> n = compare("llama-3.1-8b", "qwen2.5-7b-instruct").narrative
        >>> said = [t.text for p in n.deep_dive for t in p if "maker's own" in t.text][0]
        >>> said[:56]
        "Llama 3.1 8B's scores in the benchmark table on MMLU, MM"
        >>> alone = unpointed(n, {"deep-dive"})
        >>> [t.text for p in alone.deep_dive for t in p if "maker's own" in t.text][0][:37]
        "Llama 3.1 8B's scores on MMLU, MMLU-P"
        >>> unpointed(n, {"deep-dive", "benchmarks", "cost"}) is n
        True
    """
    cut = tuple([words for anchor, words in POINTERS if anchor not in shown])
    if not cut:
        return n
    edit = partial(_claims, cut=cut)
    out = attrs.evolve(
        n, summary=edit(n.summary), at_a_glance=edit(n.at_a_glance),
        tradeoffs=edit(n.tradeoffs), cost=edit(n.cost),
        friction=tuple([(s, t, edit(group)) for s, t, group in n.friction]),
        friction_shared=tuple([(a, b, edit(group)) for a, b, group in n.friction_shared]),
        deep_dive=tuple([edit(p) for p in n.deep_dive]),
        faq=tuple([Question(key=q.key, question=q.question, answer=edit(q.answer))
                   for q in n.faq]),
        verdict=edit(n.verdict), related=edit(n.related), provenance=edit(n.provenance))
    object.__setattr__(out, "exact_windows", n.exact_windows)  # (not an init argument)
    return out


def _claims(claims: Sequence[Claim], cut: tuple[str, ...]) -> tuple[Claim, ...]:
    out: list[Claim] = []
    for claim in claims:
        text = claim.text
        for words in cut:
            text = text.replace(words, "")
        out.append(claim if text == claim.text else
                   Claim(key=claim.key, text=text, basis=partial(Claim.grounds, [claim])))
    return tuple(out)
