"""Price crossovers of one model with several that have the same prices: one sentence.

GPT-4.1 and o3 both cost $2.00 input and $8.00 output per 1M tokens; beside GPT-5 ($1.25 and
$10.00) each pair's crossover read word for word alike, two sentences in the summary and two in
the cost section ("Per token the prices of GPT-5 and GPT-4.1 point opposite ways: with less than
about 72.7% of tokens as input, GPT-4.1 would cost less than GPT-5. Per token the prices of
GPT-5 and o3 ..."). They are one sentence now, naming the models alike and checking that their
prices are the same (review 15, P10).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind

if TYPE_CHECKING:
    from .bills import Style
    from .context import Context

__all__ = ["SamePrices", "near", "same_price_groups", "same_prices_claim"]

_PRICE = EvidenceKind.PRICE


class SamePrices(NamedTuple):
    """Crossovers of one model with models whose prices are the same."""

    ks: tuple[int, ...]
    """The crossovers (positions in ``cost.crossovers``), in order."""
    fixed: int
    """The model each of them has on one side."""
    others: tuple[int, ...]
    """The models on the other side, with the same input and output prices, in order."""
    cheaper_input: bool
    """Whether ``fixed`` is the one cheaper on input."""


def same_price_groups(x: Context) -> dict[int, SamePrices]:
    """The crossovers said together, by each one's position; each group of two or more.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> group = same_price_groups(context_of(compare("gpt-5", "gpt-4.1", "o3")))[0]
        >>> group.fixed, group.others, group.cheaper_input
        (0, (1, 2), True)
    """
    estimates = x.c.cost.estimates
    found: dict[tuple[int, bool, object, object], list[int]] = {}
    for k, cross in enumerate(x.c.cost.crossovers):
        if cross.tiered or cross.shares:  # (the bills' crossings, said apart)
            continue
        ci, co = cross.cheaper_input_index, cross.cheaper_output_index
        for fixed, cheap, other in ((ci, True, co), (co, False, ci)):
            e = estimates[other]
            found.setdefault((fixed, cheap, e.input_price, e.output_price), []).append(k)
    groups: dict[int, SamePrices] = {}
    for (fixed, cheap, _, _), ks in found.items():
        if len(ks) < 2 or any(k in groups for k in ks):
            continue
        crossovers = [x.c.cost.crossovers[k] for k in ks]
        others = tuple(sorted(c.cheaper_output_index if cheap else c.cheaper_input_index
                              for c in crossovers))
        group = SamePrices(tuple(ks), fixed, others, cheap)
        groups.update(dict.fromkeys(ks, group))
    return groups


def near(input_share: Decimal) -> str:
    """A share as the page prints it: "about 95.2%" where one decimal rounds it.

    Examples:
        >>> near(Decimal("0.75")), near(Decimal(8) / 11)
        ('75%', 'about 72.7%')
    """
    share = fmt.percent(input_share)
    # a share that one decimal rounds (6/11 is 54.5454...%) is "about" it: "under 54.5%" would
    # be false between the printed and the true share
    return share if Decimal(share[:-1]) == input_share * 100 else f"about {share}"


def same_prices_claim(x: Context, group: SamePrices, style: Style) -> Claim:
    """One sentence for ``group``'s crossovers, in ``style``'s words (see ``cost.py``)."""
    cost = x.c.cost
    fixed, others = group.fixed, group.others
    named, them = x.names[fixed], fmt.join_words([x.names[o] for o in others])
    share = cost.crossovers[group.ks[0]].input_share
    nearly = near(share)
    cheap_in, dear_in = (named, them) if group.cheaper_input else (them, named)
    ci, co = (fixed, others[0]) if group.cheaper_input else (others[0], fixed)
    ei, eo = cost.estimates[ci], cost.estimates[co]
    i_in, i_out = ei.input_price or Decimal(0), ei.output_price or Decimal(0)
    o_in, o_out = eo.input_price or Decimal(0), eo.output_price or Decimal(0)
    alike = "both" if len(others) == 2 else "each"
    lead = f"Per token the prices of {named} and those of {them} (the same for {alike})"
    if style in ("full", "cost"):
        is_, costs, does = (("is", "cost", "does") if group.cheaper_input
                            else ("are", "costs", "do"))
        text = (f"{lead} point opposite ways: {cheap_in} {is_} cheaper on input than {dear_in} "
                f"({fmt.price(i_in)} against {fmt.price(o_in)} per 1M), {dear_in} on output "
                f"({fmt.price(o_out)} against {fmt.price(i_out)}). {dear_in} {costs} less than "
                f"{cheap_in} while input is under {nearly} of tokens; above that, {cheap_in} "
                f"{does}.")
    else:
        t = x.c.traffic
        if t.input_tokens * (1 - share) > t.output_tokens * share:  # past it: as cost.py says
            text = (f"{lead} point opposite ways: with less than {nearly} of tokens as input, "
                    f"{dear_in} would cost less than {cheap_in}.")
        else:
            text = (f"{lead} point opposite ways: with more than {nearly} of tokens as input, "
                    f"{cheap_in} would cost less than {dear_in}.")
    shown = style != "summary"
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for k in group.ks:
        cross = cost.crossovers[k]
        a, b = cross.cheaper_input_index, cross.cheaper_output_index
        ea, eb = cost.estimates[a], cost.estimates[b]
        quoted: tuple[tuple[int, paths.EstimateField, Decimal | None], ...] = (
            (a, "input_price", ea.input_price), (b, "input_price", eb.input_price),
            (b, "output_price", eb.output_price), (a, "output_price", ea.output_price))
        evidence += [Evidence(paths.estimate(i, f), p,
                              fmt.price(p) if shown and p is not None else None, _PRICE)
                     for i, f, p in quoted]
        evidence.append(Evidence(paths.crossover_share(k), cross.input_share,
                                 fmt.percent(cross.input_share), EvidenceKind.PERCENT))
        checks += [Check(op=CheckOp.LESS, paths=(paths.estimate(a, "input_price"),
                                                 paths.estimate(b, "input_price"))),
                   Check(op=CheckOp.LESS, paths=(paths.estimate(b, "output_price"),
                                                 paths.estimate(a, "output_price")))]
    checks += [Check(op=CheckOp.EQUAL, paths=(paths.estimate(others[0], f),
                                              paths.estimate(o, f)))
               for o in others[1:] for f in ("input_price", "output_price")]
    frozen_evidence, frozen_checks = tuple(evidence), tuple(checks)
    return Claim(key=f"same-prices:{fixed}:{'-'.join(map(str, others))}", text=text,
                 basis=lambda: Basis(frozen_evidence, frozen_checks))
