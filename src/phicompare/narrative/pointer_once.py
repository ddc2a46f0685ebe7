"""A fallback bill's pointer to the cost section, said once a section.

A bill on a fallback listing (``CostEstimate.fallback``) is named wherever bills are compared,
and the cost section says why (:data:`~.bills.FELL_SHORT`; helper fixZ). On a page of three
models or more, the line at a glance and the verdict pick two or more such models, and each
pick said the pointer again: "GPT-5.3 Codex XHigh for a lower bill than Grok 4 (GPT-5.3 Codex
XHigh's bill is on Abacus's listing: Cost at your traffic says why); Grok 4.20 for the lowest
bill at this traffic (Grok 4.20's bill is on OpenRouter's listing: Cost at your traffic says
why)". Each listing is still named; the pointer is said once a section, at its first listing,
as a two-model page says it (helper fixAF).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from .bills import FELL_SHORT
from .claims import Claim

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["point_once"]

_POINTER = f": {FELL_SHORT}"


def point_once(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """``claims`` (one section's), the pointer to the cost section kept at its first listing.

    The words left name each listing, and every claim keeps its evidence and checks.

    Examples:
        >>> said = f"A's bill is on X's listing: {FELL_SHORT}"
        >>> pair = point_once([Claim(key="a", text=f"Pick A ({said})."),
        ...                    Claim(key="b", text=f"Pick B (B's bill is on Y's listing: "
        ...                                        f"{FELL_SHORT}).")])
        >>> print(pair[0].text, pair[1].text)
        Pick A (A's bill is on X's listing: Cost at your traffic says why). Pick B (B's bill is \
on Y's listing).
        >>> print(point_once([Claim(key="c", text=f"A ({said}); B (B's bill is on Y's "
        ...                                       f"listing: {FELL_SHORT})")])[0].text)
        A (A's bill is on X's listing: Cost at your traffic says why); B (B's bill is on Y's \
listing)
    """
    out: list[Claim] = []
    said = False
    for claim in claims:
        text = claim.text
        if said:
            text = text.replace(_POINTER, "")
        elif _POINTER in text:
            cut = text.index(_POINTER) + len(_POINTER)
            text = text[:cut] + text[cut:].replace(_POINTER, "")
            said = True
        out.append(claim if text == claim.text else
                   Claim(key=claim.key, text=text, basis=partial(Claim.grounds, [claim])))
    return tuple(out)
