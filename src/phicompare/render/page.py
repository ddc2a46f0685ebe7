"""A comparison's page as blocks: its sections in order, formatted once for every format.

Prose comes from the comparison's narrative; tables come from its facts (see
:mod:`phicompare.render.tables`). A model's or a catalog's own page is in
:mod:`phicompare.render.catalog_pages`. Nothing here computes a figure or keeps state.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from phicompare.domain.arguments import kind
from phicompare.exceptions import ArgumentError, ComparisonError, quoted
from phicompare.narrative.pointers import unpointed

from . import scores, tables
from .blocks import Block, Bullets, Heading, Pairs, Para, Table

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.narrative.claims import Claim

__all__ = ["BRIEF", "SECTIONS", "check_sections", "comparison_page"]


_HEADINGS = tuple([Heading(2, title, anchor) for title, anchor in (
    ("Summary", "summary"), ("At a glance", "glance"), ("Decision scorecard", "scorecard"),
    ("Tradeoffs", "tradeoffs"), ("Cost at your traffic", "cost"), ("Switch friction", "friction"),
    ("Specifications", "specs"), ("Pricing and availability", "pricing"),
    ("Capabilities", "capabilities"), ("Benchmarks", "benchmarks"), ("Deep dive", "deep-dive"),
    ("FAQ", "faq"), ("Verdict", "verdict"), ("Related comparisons", "related"),
    ("Provenance", "provenance"))])
"""Each section's heading, in page order (fixed: the same blocks on every page)."""
SECTIONS = tuple([heading.anchor for heading in _HEADINGS])
"""Every section of a comparison page, in order, by its anchor."""
_EVERY = frozenset(SECTIONS)
BRIEF = ("summary", "glance", "cost", "benchmarks", "verdict")
"""The sections of a brief page: the summary, the pick, the cost, the scores, the verdict."""


def check_sections(sections: Iterable[str] | None) -> frozenset[str]:
    """The sections asked for, every one when ``None``.

    Raises:
        ComparisonError: a name that is not a section, or none at all (``sections=[]`` would
            leave a title-only page; ``phicompare --sections ""`` is refused alike); the
            message lists them.
        ArgumentError: ``sections`` is not names (``sections=5``: API review 15, A5).

    Examples:
        >>> sorted(check_sections(["verdict", "summary"]))
        ['summary', 'verdict']
    """
    if sections is None:
        return _EVERY
    if isinstance(sections, str):
        sections = (sections,)
    names = list(sections) if isinstance(sections, Iterable) else None
    if names is None or not all(isinstance(name, str) for name in names):
        msg = ("sections is a list of section names such as ['summary', 'verdict'], "
               f"got {kind(sections if names is None else names)}")
        raise ArgumentError(msg)
    asked = frozenset(names)
    unknown = sorted(asked - set(SECTIONS))
    if unknown or not asked:  # (none would leave only the title: review 30, F10, plainly)
        given = (f"sections={sections!r}" if isinstance(sections, (list, tuple, set, frozenset))
                 else "sections")
        msg = (f"unknown section {quoted(unknown[0])}" if unknown else f"{given} names no "
               "section: give section names, or None for every section") + \
            f"; sections: {', '.join(SECTIONS)}"
        raise ComparisonError(msg)
    return asked


def comparison_page(c: Comparison, sections: Iterable[str] | None = None) -> list[Block]:
    """The sections of ``c``'s page, in the order the design lists them (all by default).

    ``sections`` names those to keep by anchor (:data:`SECTIONS`; :data:`BRIEF` for a brief
    page); the title always stays. A page that leaves a section out has no sentence that points
    to it (:func:`~phicompare.narrative.pointers.unpointed`: "its bill is on X's listing", not
    "...: Cost at your traffic says why" without that section).

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
    n = c.narrative if keep is _EVERY else unpointed(c.narrative, keep)
    names = c.names
    parts = tables.model_tables(c, names)
    friction: list[Block] = []
    for a, b, claims in n.friction_shared:
        title = "Either way" if len(names) == 2 else f"Between {names[a]} and {names[b]}"
        friction += [Heading(3, title), _bullets(claims)]
    for source, target, claims in n.friction:
        friction += [Heading(3, f"From {names[source]} to {names[target]}"), _bullets(claims)]
    provenance: list[Block] = [Para(_join(n.provenance))]
    if c.provenance.sources:
        provenance.append(tables.comparison_sources(c))
    blocks: list[Block] = [Heading(1, n.title, "title")]
    bodies: tuple[list[Block], ...] = (
        [Para(_join(n.summary))],
        [Para(_join(n.at_a_glance))],
        [Table("The signals that decide, model by model", ("Signal", *names),
               tuple([(row.label, *row.cells) for row in n.scorecard]))],
        [_bullets(n.tradeoffs)],
        [Para(_join(n.cost)), *tables.breakdowns(parts)],
        friction,
        [tables.specs(c, names, parts)],
        tables.pricing(c, names, parts),
        [tables.capabilities(c, names, parts)],
        scores.benchmarks(c, names, [p.scores for p in parts]),
        [Para(_join(p)) for p in n.deep_dive],
        [Pairs(tuple([(q.question, _join(q.answer)) for q in n.faq]))] if n.faq else [],
        [_bullets(n.verdict)],
        [_bullets(n.related)] if n.related else [],
        provenance)
    for heading, body in zip(_HEADINGS, bodies, strict=True):
        if heading.anchor in keep:  # a section with nothing in it is left out
            shown = body if all(map(_FIRST, body)) else [  # (usually: every block has text)
                b for b in body if b[0] or b.__class__ not in _MAYBE_EMPTY]
            if shown:
                blocks.append(heading)
                blocks += shown
    return blocks


def _join(claims: Sequence[Claim]) -> str:
    return " ".join(map(_TEXT, claims))


def _bullets(claims: Sequence[Claim]) -> Bullets:
    return Bullets(tuple(map(_TEXT, claims)))


_TEXT = attrgetter("text")
"""A claim's sentence (read in C: no comprehension's frame a section)."""


_MAYBE_EMPTY = frozenset((Para, Bullets, Pairs))
"""Blocks that can be empty: their first field (text or items) is then empty."""
_FIRST = itemgetter(0)
