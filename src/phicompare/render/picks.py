"""A recommendation's page as blocks: what ``phicompare pick`` prints and a notebook shows.

The ranked candidates as a table, then each candidate's reasons and the models that do not fit,
each line a claim of :attr:`Recommendation.reasons <phicompare.Recommendation.reasons>` (the
text :meth:`~phicompare.Recommendation.check` verifies); no wording of its own beyond labels.
Each format module writes these blocks (``recommendation_text``, ``recommendation_markdown``,
``recommendation_html``); moved from the CLI's ``render_pick`` (API review 15, A7).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.narrative import format as fmt

from .blocks import Block, Bullets, Heading, Para, Table

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation

__all__ = ["PICK_TITLE", "pick_page"]

PICK_TITLE = "Models that fit"
"""The page's title (and an HTML document's)."""


def pick_page(result: Recommendation) -> list[Block]:
    """The summary, the candidates' table and notes, each one's reasons, then the misfits.

    Examples:
        >>> from phicompare import recommend
        >>> [type(b).__name__ for b in pick_page(recommend(limit=1))]
        ['Heading', 'Para', 'Table', 'Heading', 'Bullets']
    """
    reasons = result.reasons
    blocks: list[Block] = [Heading(1, PICK_TITLE),
                           Para(" ".join(c.text for c in reasons.summary))]
    if result.candidates:
        rows = tuple(
            (f"{c.rank:,}", result.names[c.model.id], c.provider_name or "",
             "" if c.monthly is None else fmt.money(c.monthly),  # (never a free tier: F27)
             "" if not c.shown_gap else "+" + fmt.money(c.shown_gap))
            for c in result.candidates)
        blocks.append(Table(caption="Candidates, cheapest first (USD a month)",
                            header=("#", "Model", "Route", "Monthly", "More than #1"),
                            rows=rows, numeric=(0, 3, 4)))
        if reasons.notes:  # (of every candidate: said once, under the list)
            blocks.append(Para(" ".join(c.text for c in reasons.notes)))
        for c, claims in zip(result.candidates, reasons.candidates, strict=True):
            blocks.append(Heading(3, f"{c.rank:,}. {result.names[c.model.id]}"))
            blocks.append(Bullets(tuple(claim.text for claim in claims)))
    if result.rejected:
        blocks.append(Heading(2, "Not a fit"))
        blocks.append(Bullets(tuple(claim.text for claims in reasons.rejected
                                    for claim in claims)))
    return blocks
