"""The prices a `pick` candidate's bill adds up to, in words, and the notes on those it lacks.

A candidate's line gave the standard input and output prices alone, though with a cached or
batch share the bill also bills cached input at the cache-read price and batch tokens at the
batch prices: "Gemma 3 27B: $47.50 a month on Kilo Gateway, at $0.03 input and $0.11 output"
where those two make $51.50 and the $0.02 cache-read price the rest (review 16, P2). The line
now names every unit price of the bill's lines, and, as the comparison's cost section does
(``cost_notes``), says where a price the traffic needs is not listed and another is billed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from . import format as fmt
from .claims import Evidence, EvidenceKind
from .cost_notes import bill_notes
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.facts import CostEstimate

__all__ = ["bill_prices", "unit_prices"]

_TOKEN_ITEMS = ("cached input", "cache writes", "cache writes (1 hour)", "batch input",
                "output", "batch output")
"""The bill's per-token lines after its input line, in the order a line quotes them."""

_WORDS = {"cache writes": "cache-write", "cache writes (1 hour)": "1-hour cache-write"}
"""A bill line's item as a price's label, where the two differ ("$0.0375 cache-write")."""


def unit_prices(e: CostEstimate) -> list[tuple[str, int | None, Decimal]]:
    """A priced bill's per-token prices in the order a page quotes them: (item, line, price).

    The standard ``input`` and ``output`` prices (no line: ``None``), and each other per-token
    line of the bill (cached input, cache writes, batch tokens) by its index in ``lines``; a
    fee a request is not among them. The pick line and the scorecard's cell quote them alike.

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare import Traffic, estimate
        >>> cost = estimate("gemma-3-27b-it", Traffic(cached_share=Decimal("0.5")),
        ...                 requires=["vision"])
        >>> [(item, str(price)) for item, _, price in unit_prices(cost.estimate)]
        [('input', '0.03'), ('cached input', '0.02'), ('output', '0.11')]
    """
    if e.input_price is None or e.output_price is None:  # pragma: no cover - a priced bill
        return []
    found: list[tuple[str, int | None, Decimal]] = [("input", None, e.input_price)]
    for item in _TOKEN_ITEMS:
        found += ([("output", None, e.output_price)] if item == "output" else
                  [(item, k, line.unit_price) for k, line in enumerate(e.lines)
                   if line.item == item])
    return found


def bill_prices(e: CostEstimate, at: str, *, notes: bool = True) -> tuple[str, list[Evidence]]:
    """"$0.03 input, $0.02 cached input and $0.11 output per 1M tokens", then the notes.

    Each price is the bill's own: the standard input and output prices the bill applied
    (``input_price``, ``output_price``), then the unit price of each other line it has (cached
    input, cache writes, batch tokens; a fee a request), so the prices times the traffic's
    tokens are the bill. The bill's notes follow ("; no cache-read price is listed, so cached
    input is billed at the input price"). ``at`` is the estimate's path
    (``candidates[0].estimate``). Without ``notes``, the prices alone (the comparison's cost
    section says each note once, for every bill it covers: ``cost_notes.note_claims``).

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare import Traffic, estimate
        >>> cost = estimate("gemma-3-27b-it", Traffic(cached_share=Decimal("0.5")),
        ...                 requires=["vision"])
        >>> bill_prices(cost.estimate, "estimate")[0]
        '$0.03 input, $0.02 cached input and $0.11 output per 1M tokens'
    """
    if e.input_price is None or e.output_price is None:  # pragma: no cover - a priced bill
        return "", []
    parts, evidence, fee = [], [], None
    for item, k, price in unit_prices(e):
        parts.append(f"{fmt.price(price)} {_WORDS.get(item, item)}")
        evidence.append(_price(f"{at}.{item}_price" if k is None else
                               f"{at}.lines[{k}].unit_price", price))
    for k, line in enumerate(e.lines):
        if line.item == "requests":
            fee = f", and {fmt.price(line.unit_price)} a request"
            evidence.append(_price(f"{at}.lines[{k}].unit_price", line.unit_price))
    text = f"{fmt.join_words(parts)} per 1M tokens{fee or ''}"
    for words, ks in bill_notes(e) if notes else ():
        text += f"; {words}"
        evidence.extend(Evidence(FactPath(f"{at}.notes[{k}]"), e.notes[k],
                                 e.notes[k] if e.notes[k] == words else None) for k in ks)
    return text, evidence


def _price(path: str, value: Decimal) -> Evidence:
    return Evidence(FactPath(path), value, fmt.price(value), EvidenceKind.PRICE)
