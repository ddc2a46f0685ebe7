"""A comparison's page as blocks: its sections in order, formatted once for every format.

Prose comes from the comparison's narrative; tables come from its facts (see
:mod:`phicompare.render.tables`). A model's or a catalog's own page is in
:mod:`phicompare.render.catalog_pages`. Nothing here computes a figure or keeps state.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from phicompare.exceptions import ComparisonError

from . import tables
from .blocks import Block, Bullets, Heading, Pairs, Para, Table

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.narrative.claims import Claim

__all__ = ["BRIEF", "SECTIONS", "check_sections", "comparison_page"]


SECTIONS = ("summary", "glance", "scorecard", "tradeoffs", "cost", "friction", "specs",
            "pricing", "capabilities", "benchmarks", "deep-dive", "faq", "verdict", "related",
            "provenance")
"""Every section of a comparison page, in order, by its anchor."""
BRIEF = ("summary", "glance", "cost", "benchmarks", "verdict")
"""The sections of a brief page: the summary, the pick, the cost, the scores, the verdict."""


def check_sections(sections: Iterable[str] | None) -> frozenset[str]:
    """The sections asked for, every one when ``None``.

    Raises:
        ComparisonError: a name that is not a section (the message lists them).

    Examples:
        >>> sorted(check_sections(["verdict", "summary"]))
        ['summary', 'verdict']
    """
    if sections is None:
        return frozenset(SECTIONS)
    if isinstance(sections, str):
        sections = (sections,)
    asked = frozenset(sections)
    unknown = sorted(asked - set(SECTIONS))
    if unknown:
        msg = f"unknown section {unknown[0]!r}; sections: {', '.join(SECTIONS)}"
        raise ComparisonError(msg)
    return asked


def comparison_page(c: Comparison, sections: Iterable[str] | None = None) -> list[Block]:
    """The sections of ``c``'s page, in the order the design lists them (all by default).

    ``sections`` names those to keep by anchor (:data:`SECTIONS`; :data:`BRIEF` for a brief
    page); the title always stays.

    Examples:
        >>> from phicompare import compare
        >>> page = comparison_page(compare("phi-2", "phi-4-mini"))
        >>> [b.text for b in page if isinstance(b, Heading) and b.level == 2][:3]
        ['Summary', 'At a glance', 'Decision scorecard']
        >>> brief = comparison_page(compare("phi-2", "phi-4-mini"), BRIEF)
        >>> [b.text for b in brief if isinstance(b, Heading) and b.level == 2]
        ['Summary', 'At a glance', 'Cost at your traffic', 'Benchmarks', 'Verdict']
    """
    keep = check_sections(sections)
    n = c.narrative
    names = c.names
    parts = tables.model_tables(c, names)
    blocks: list[Block] = [Heading(1, n.title, "title")]

    def section(title: str, anchor: str, body: list[Block]) -> None:
        if anchor in keep:
            _section(blocks, title, anchor, body)

    section("Summary", "summary", [Para(_join(n.summary))])
    section("At a glance", "glance", [Para(_join(n.at_a_glance))])
    section("Decision scorecard", "scorecard", [
        Table("The signals that decide, model by model", ("Signal", *names),
              tuple([(row.label, *row.cells) for row in n.scorecard]))])
    section("Tradeoffs", "tradeoffs", [_bullets(n.tradeoffs)])
    section("Cost at your traffic", "cost", [Para(_join(n.cost)), *tables.breakdowns(parts)])
    friction: list[Block] = []
    for a, b, claims in n.friction_shared:
        title = "Either way" if len(names) == 2 else f"Between {names[a]} and {names[b]}"
        friction += [Heading(3, title), _bullets(claims)]
    for source, target, claims in n.friction:
        friction += [Heading(3, f"From {names[source]} to {names[target]}"), _bullets(claims)]
    section("Switch friction", "friction", friction)
    section("Specifications", "specs", [tables.specs(c, names, parts)])
    section("Pricing and availability", "pricing", tables.pricing(c, names, parts))
    section("Capabilities", "capabilities", [tables.capabilities(c, names, parts)])
    section("Benchmarks", "benchmarks", tables.benchmarks(c, names))
    section("Deep dive", "deep-dive", [Para(_join(p)) for p in n.deep_dive])
    section("FAQ", "faq",
            [Pairs(tuple([(q.question, _join(q.answer)) for q in n.faq]))] if n.faq else [])
    section("Verdict", "verdict", [_bullets(n.verdict)])
    section("Related comparisons", "related", [_bullets(n.related)] if n.related else [])
    provenance: list[Block] = [Para(_join(n.provenance))]
    if c.provenance.sources:
        provenance.append(tables.sources(c.provenance.sources))
    section("Provenance", "provenance", provenance)
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
