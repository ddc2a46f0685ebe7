"""Text tables for the terminal: rows fitted to a width, cut where they must be; token counts.

Shared by ``phicompare list`` and ``phicompare show`` (:mod:`.listing`, :mod:`.model_view`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from phicompare.narrative import format as fmt
from phicompare.safe import one_line

__all__ = ["MIN_CELL", "fit", "window", "window_fact"]

MIN_CELL = 6
"""The narrowest a cut column gets, in characters."""


def fit(rows: list[list[str]], width: int, first: Sequence[int] = (),
        keep: Sequence[int] = ()) -> list[str]:
    """``rows`` (a header first) as table lines at most ``width`` columns wide.

    Cells pass the output boundary. Until the table fits, the widest of the ``first`` columns is
    cut (its cells end in ``…``), then the widest of the others, and a ``keep`` column only
    last (a model id is typed back into commands); none below six characters. A column cut
    until every row reads alike is left out, its room given to the others.

    Examples:
        >>> fit([["id", "name"], ["phi-2", "A very long name indeed"]], 20)
        ['id     name', '-----  -------------', 'phi-2  A very long …']
        >>> fit([["id", "name"], ["a", "Claude Opus 4"], ["b", "Claude Haiku 4"]], 10)
        ['id', '--', 'a', 'b']
    """
    cells = [[one_line(c) for c in row] for row in rows]
    widths = _widths(cells, width, first, keep)
    # a column cut until its cells all read alike ("Claude …" on every row) tells nothing: it
    # goes, and the others get its room (review 24)
    blank = [i for i, w in enumerate(widths) if i not in keep and len(cells) > 2
             and len({_cut(row[i], w) for row in cells[1:]}) == 1
             and any(len(row[i]) > w for row in cells[1:])]
    if blank:  # one at a time, a column alike in full first ("Anthropic" on every row)
        gone = min(blank, key=lambda i: len({row[i] for row in cells[1:]}) > 1)
        kept = [i for i in range(len(widths)) if i != gone]
        return fit([[row[i] for i in kept] for row in cells], width,
                   [kept.index(i) for i in first if i in kept],
                   [kept.index(i) for i in keep if i in kept])
    lines = []
    for n, row in enumerate(cells):
        cut = [_cut(c, w) for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(c.ljust(w) for c, w in zip(cut, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _widths(cells: list[list[str]], width: int, first: Sequence[int],
            keep: Sequence[int]) -> list[int]:
    """Each column's width once the table fits ``width`` (:func:`fit`'s order of cuts)."""
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    others = [i for i in range(len(widths)) if i not in keep]
    for group in (list(first), others, list(keep)):
        while group and sum(widths) + 2 * (len(widths) - 1) > width:
            widest = max(group, key=lambda i: widths[i])
            if widths[widest] <= MIN_CELL:
                break
            widths[widest] -= 1
    return widths


def _cut(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[:width - 1] + "…"


def window(count: int) -> str:
    """A context window (or output limit) as ``list`` and ``show`` print it: one unit for all.

    Thousands (K) or millions (M) of tokens to one decimal, rounded half up, as ``--min-context``
    counts them (:func:`~phicompare.narrative.format.big_count`), never a model card's binary
    "128K" for 131,072: one reading a count, so a column reads in order whatever it is sorted
    by or filtered to, and close windows print alike rather than out of order (review 9, H16:
    "32K" for 32,768 below "32.8K" for 32,767; its fix wrote 29 of 78 windows to the token).
    Where one decimal would move the count by more than 2%, two decimals: 1,050,000 and
    1,048,576 both read "1.05M", never "1.1M" beside "1M" for 0.13% (review 26, P10). No
    reading is then off by more than 2%, and the column stays in order.

    Examples:
        >>> [window(n) for n in (131_072, 128_000, 32_768, 32_767, 32_000, 1_048_576, 500)]
        ['131.1K', '128K', '32.8K', '32.8K', '32K', '1.05M', '500']
        >>> [window(n) for n in (1_050_000, 1_000_000, 1_080_000, 200_000, 10_000_000, 1_050)]
        ['1.05M', '1M', '1.1M', '200K', '10M', '1.05K']
    """
    short = fmt.big_count(count)
    size = _UNITS.get(short[-1])
    if size is None or abs(Decimal(short[:-1].replace(",", "")) * size - count) * 50 <= count:
        return short
    closer = (Decimal(count) / size).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{closer.normalize():f}{short[-1]}"


_UNITS = {"K": 10**3, "M": 10**6, "B": 10**9}
"""The size of each unit :func:`window` may print in."""


def window_fact(count: int) -> str:
    """One model's window (or output limit) as ``show`` states it: as the comparison page does.

    The page's short form (:func:`~phicompare.narrative.format.tokens`: a whole binary
    multiple in its unit, 32,768 tokens "32K", 131,072 "128K") with the exact count beside,
    as the page's specifications table reads ("32K (32,768)"), so a page and ``show`` give one
    figure (review 11, K8); ``list``'s column keeps :func:`window`'s one decimal unit, which
    keeps a column of many windows in order.

    Examples:
        >>> window_fact(32_768), window_fact(131_072), window_fact(32_767), window_fact(500)
        ('32K (32,768 tokens)', '128K (131,072 tokens)', '32.8K (32,767 tokens)', '500 tokens')
    """
    exact = fmt.exact_tokens(count)
    short = fmt.tokens(count)
    return f"{exact} tokens" if short == exact else f"{short} ({exact} tokens)"
