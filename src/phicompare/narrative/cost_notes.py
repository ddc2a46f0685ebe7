"""The bills' notes as the cost section says them: a caveat shared by several said once.

A bill's notes say where a price the traffic needs is missing (``CostEstimate.notes``). Said one
note a sentence, a page on two models without batch prices read four sentences for one caveat
("Claude Sonnet 4: no batch input price is listed, so batch input is billed at the standard
price. Claude Sonnet 4: no batch output price is listed, ..." and the same for GPT-4.1: review
11, K13). A bill's two batch notes read as one, and a note several bills share names them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Claim, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import CostEstimate

    from .context import Context

__all__ = ["bill_notes", "note_claims", "note_items"]

_BATCH = ("no batch input price is listed, so batch input is billed at the standard price",
          "no batch output price is listed, so batch output is billed at the standard price")
"""The notes of a bill with no batch price on a side (``analysis.cost``), input then output."""

_BOTH = ("no batch price is listed{whom}, so batch input and output are billed at the standard "
         "prices")
"""Both batch notes of a bill (or of several: ``whom`` says "for either")."""


def note_items(e: CostEstimate) -> list[tuple[str, tuple[int, ...]]]:
    """The bill's notes as said, each with the notes it covers: both batch notes as one.

    The cost section's clauses, and a `pick` candidate's line's (``narrative.bill_prices``).
    """
    if not e.notes:  # (most bills)
        return []
    both = all(note in e.notes for note in _BATCH)
    items: list[tuple[str, tuple[int, ...]]] = []
    for k, note in enumerate(e.notes):
        if both and note == _BATCH[0]:
            items.append((_BOTH, tuple(e.notes.index(n) for n in _BATCH)))
        elif not (both and note == _BATCH[1]):
            items.append((note, (k,)))
    return items


def bill_notes(e: CostEstimate) -> list[tuple[str, tuple[int, ...]]]:
    """One bill's notes as its own clauses, each with the notes it covers: a `pick` line's.

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare import Traffic, estimate
        >>> cost = estimate("qwen3-4b", Traffic(batch_share=Decimal("0.5")))
        >>> bill_notes(cost.estimate)  # doctest: +NORMALIZE_WHITESPACE
        [('no batch price is listed, so batch input and output are billed at the standard
          prices', (0, 1))]
    """
    return [(_BOTH.format(whom="") if text == _BOTH else text, ks) for text, ks in note_items(e)]


def note_claims(x: Context, estimates: Sequence[CostEstimate]) -> list[Claim]:
    """Each note once: "A and B: no batch price is listed for either, so ...".

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> c = compare("phi-2", "phi-4-mini")
        >>> note_claims(context_of(c), c.cost.estimates)
        []
    """
    said: dict[str, list[tuple[CostEstimate, tuple[int, ...]]]] = {}
    for e in estimates:
        for text, ks in note_items(e):
            said.setdefault(text, []).append((e, ks))
    claims = []
    for text, whom in said.items():
        many = len(whom) > 1
        words = text if text != _BOTH else _BOTH.format(
            whom=(" for either" if len(whom) == 2 else " for any of them") if many else "")
        names = fmt.join_words([x.names[e.model_index] for e, _ in whom])
        first, ks = whom[0]
        claims.append(Claim(
            key=f"note:{first.model_index}:{ks[0]}", text=f"{names}: {words}.",
            evidence=tuple([Evidence(paths.estimate_note(e.model_index, k), e.notes[k],
                                     e.notes[k] if e.notes[k] == words else None)
                            for e, ks in whom for k in ks])))
    return claims + [_search_fee(x, e, k) for e in estimates for k in range(len(e.search_fees))]


def _search_fee(x: Context, e: CostEstimate, k: int) -> Claim:
    """A per-search fee the bill leaves out, the bill's own or another route's (review 20, P7)."""
    fee, i = e.search_fees[k], e.model_index
    shown = fmt.price(fee.per_search)
    evidence = [Evidence(paths.search_fee(i, k, "per_search"), fee.per_search, shown,
                         EvidenceKind.PRICE),
                Evidence(paths.search_fee(i, k, "provider_name"), fee.provider_name,
                         fee.provider_name)]
    if fee.billed:
        text = (f"{x.names[i]}: a fee of {shown} a web search on {fee.provider_name} is not "
                f"included, as the traffic gives no search count.")
    else:
        text = (f"{x.names[i]}: {fee.provider_name} charges {shown} a web search besides its "
                f"token prices, not counted here; no search fee is on record for "
                f"{e.provider_name}.")
        evidence.append(Evidence(paths.estimate(i, "provider_name"), e.provider_name,
                                 e.provider_name))
    return Claim(key=f"search-fee:{i}:{k}", text=text, evidence=tuple(evidence))
