"""A price crossover's limits: a slight one left out of the summary, its routes held fixed.

The crossover of two bills' listed prices (:attr:`~phicompare.analysis.facts.CostFacts.crossovers`)
keeps each model on the route behind its bill here. Review 40 (helper fixDH): Llama 4 Maverick
17B Instruct's $0.603 output price against Qwen3 235B-A22B's $0.60 put "with less than 3.8% of
tokens as input, Qwen3 235B-A22B would cost less" in the summary, a saving of at most 0.5%, under
the page's materiality; and at that mix another of Qwen3's routes would bill less than the one
held. The summary leaves such a crossover out (the cost section keeps it), and the cost section
says where the routes are held fixed: where another eligible route of either model would cost
less at the crossover's share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import paths
from .claims import Evidence

if TYPE_CHECKING:
    from decimal import Decimal

    from .context import Context

__all__ = ["held_clause", "slight_crossover"]


def slight_crossover(x: Context, ci: int, co: int, share: Decimal) -> bool:
    """Whether the model the summary says "would cost less" saves under the page's materiality.

    Past the crossover (the traffic's input share above ``share``) it is ``co``, cheaper on
    output, which saves at most its output price's lead; else ``ci``, at most its input price's.
    Such a saving is "about the same cost" wherever it holds, so the summary does not say it.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> cross = x.c.cost.crossovers[0]
        >>> slight_crossover(x, cross.cheaper_input_index, cross.cheaper_output_index,
        ...                  cross.input_share)
        False
    """
    ei, eo = x.c.cost.estimates[ci], x.c.cost.estimates[co]
    if ei.input_price is None or eo.input_price is None or ei.output_price is None \
            or eo.output_price is None:
        return False
    t = x.c.traffic
    past = t.input_tokens * (1 - share) > t.output_tokens * share
    low, high = ((eo.output_price, ei.output_price) if past
                 else (ei.input_price, eo.input_price))
    return high - low < x.c.cost.materiality * low


def held_clause(x: Context, pair: tuple[int, int],
                share: Decimal) -> tuple[str, tuple[Evidence, ...]]:
    """Where another eligible route of the pair would cost less at ``share``: a sentence.

    " The routes are held fixed: at that share Qwen3 235B-A22B would cost less on Novita than
    on DeepInfra." Empty where each model's route behind its bill is its cheapest there too (a
    closed-weight model's listing its bill passed over is not counted, as the bill does not).
    """
    cheaper: list[tuple[int, int]] = []  # (model, route row) of a cheaper route at the share
    for i in pair:
        e = x.c.cost.estimates[i]
        if e.input_price is None or e.output_price is None:
            return "", ()
        own = share * e.input_price + (1 - share) * e.output_price
        best, at = own, None
        for k, row in enumerate(x.c.routes):
            if (row.model_index != i or not row.eligible or row.monthly is None
                    or row.input_price is None or row.output_price is None
                    or row.provider_name in e.passed_over or row.provider_name == e.provider_name):
                continue
            mixed = share * row.input_price + (1 - share) * row.output_price
            if mixed < best:
                best, at = mixed, k
        if at is not None:
            cheaper.append((i, at))
    if not cheaper:
        return "", ()
    said = [f"{x.names[i]} would cost less on {x.c.routes[k].provider_name} than on "
            f"{x.c.cost.estimates[i].provider_name}" for i, k in cheaper]
    evidence = tuple(e for i, k in cheaper for e in (
        Evidence(paths.route(k, "provider_name"), x.c.routes[k].provider_name,
                 x.c.routes[k].provider_name),
        Evidence(paths.estimate(i, "provider_name"), x.c.cost.estimates[i].provider_name,
                 x.c.cost.estimates[i].provider_name)))
    text = f" The routes are the bills' own, held fixed: at that share {' and '.join(said)}."
    return text, evidence
