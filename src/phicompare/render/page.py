"""A comparison's page as blocks: its sections in order, formatted once for every format.

Prose comes from the comparison's narrative; tables come from its facts (see
:mod:`phicompare.render.tables`). A model's or a catalog's own page is in
:mod:`phicompare.render.catalog_pages`. Nothing here computes a figure or keeps state.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import tables
from .blocks import Block, Bullets, Heading, Pairs, Para, Table

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.narrative.claims import Claim

__all__ = ["comparison_page"]


def comparison_page(c: Comparison) -> list[Block]:
    """Every section of ``c``'s page, in the order the design lists them.

    Examples:
        >>> from phicompare import compare
        >>> page = comparison_page(compare("phi-2", "phi-4-mini"))
        >>> [b.text for b in page if isinstance(b, Heading) and b.level == 2][:3]
        ['Summary', 'Decision scorecard', 'Tradeoffs']
    """
    n = c.narrative
    names = c.names
    blocks: list[Block] = [Heading(1, n.title, "title")]
    _section(blocks, "Summary", "summary", [Para(_join(n.summary))])
    blocks += [
        Heading(2, "Decision scorecard", "scorecard"),
        Table("The signals that decide, model by model", ("Signal", *names),
              tuple([(row.label, *row.cells) for row in n.scorecard])),
    ]
    _section(blocks, "Tradeoffs", "tradeoffs", [_bullets(n.tradeoffs)])
    _section(blocks, "Cost at your traffic", "cost",
             [Para(_join(n.cost)), *tables.breakdowns(c, names)])
    friction: list[Block] = []
    for source, target, claims in n.friction:
        friction += [Heading(3, f"From {names[source]} to {names[target]}"), _bullets(claims)]
    _section(blocks, "Switch friction", "friction", friction)
    blocks += [Heading(2, "Specifications", "specs"), tables.specs(c.specs, names)]
    _section(blocks, "Pricing and availability", "pricing", tables.pricing(c, names))
    blocks += [Heading(2, "Capabilities", "capabilities"),
               tables.capabilities(c.capabilities, names)]
    _section(blocks, "Benchmarks", "benchmarks", tables.benchmarks(c, names))
    _section(blocks, "Deep dive", "deep-dive", [Para(_join(p)) for p in n.deep_dive])
    _section(blocks, "FAQ", "faq",
             [Pairs(tuple([(q.question, _join(q.answer)) for q in n.faq]))] if n.faq else [])
    _section(blocks, "Verdict", "verdict", [_bullets(n.verdict)])
    _section(blocks, "Related comparisons", "related", [_bullets(n.related)] if n.related else [])
    provenance: list[Block] = [Para(_join(n.provenance))]
    if c.provenance.sources:
        provenance.append(tables.sources(c.provenance.sources))
    _section(blocks, "Provenance", "provenance", provenance)
    return blocks


def _join(claims: Sequence[Claim]) -> str:
    return " ".join([claim.text for claim in claims])


def _bullets(claims: Sequence[Claim]) -> Bullets:
    return Bullets(tuple([claim.text for claim in claims]))


_MAYBE_EMPTY = frozenset((Para, Bullets, Pairs))
"""Blocks that can be empty: their first field (text or items) is then empty."""


def _section(blocks: list[Block], title: str, anchor: str, body: list[Block]) -> None:
    """Append a section, unless it would have nothing in it."""
    body = [b for b in body if b[0] or b.__class__ not in _MAYBE_EMPTY]
    if body:
        blocks.append(Heading(2, title, anchor))
        blocks += body
