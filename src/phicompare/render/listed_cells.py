"""A listing-only model's "no" in the capabilities table, each listing said as it reads.

Where every source of a model is a listing of one of its routes, its capability flags are those
listings' (:mod:`phicompare.analysis.listed`), and a "no" is their silence: the cell read "not
listed by its 2 providers" (review 12, L11). But one listing may flag what the record, taken
from another, leaves out: Gemma 4 31B's record reads text input alone (NanoGPT's listing), while
Poe's listing flags image input. The prose names each listing as it reads since helper fixAF
("Gemma 4 31B's route listing on NanoGPT does not list it (its listing on Poe flags it)"); the
cell now does too: "flagged by Poe, not listed by NanoGPT" (helper fixAH).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.listed import listing_rows
from phicompare.narrative import format as fmt

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.comparison import Comparison

__all__ = ["Listings", "listed_no", "listings"]

_NAMED = 3
"""Providers named one by one in a cell, at most, as the prose names them; more are counted."""


class Listings(NamedTuple):
    """A listing-only model's listings on a page: their providers, and which flag each row."""

    providers: tuple[str, ...]
    """The providers of its listings in force, each once, in the route table's order."""
    flagged: tuple[tuple[str, ...], ...]
    """Per capability row of the page: the providers whose listing's own flag gives it."""


def listings(c: Comparison, i: int) -> Listings | None:
    """Model ``i``'s listings, where they are its every source (``None`` otherwise).

    The rows are the routes the page counts for it (its group's rows in force), as the prose
    reads them (:attr:`~phicompare.narrative.context.Context.listed`).

    Examples:
        >>> from phicompare import compare
        >>> found = listings(compare("doubao-seed-1.6", "phi-4-mini"), 0)
        >>> found.providers, found.flagged[0]
        (('NanoGPT', 'Qiniu'), ('Qiniu',))
        >>> listings(compare("doubao-seed-1.6", "phi-4-mini"), 1) is None
        True
    """
    rows = c.route_groups[i][0]
    found = listing_rows(c.models[i], rows)
    if not found:
        return None
    flagged = [tuple(dict.fromkeys([rows[k].provider_name for k in found
                                    if (flags := rows[k].route.capabilities) is not None
                                    and flags.flag(row.capability) is True]))
               for row in c.capabilities]
    return Listings(tuple(dict.fromkeys([rows[k].provider_name for k in found])), tuple(flagged))


def listed_no(loud: Sequence[str], silent: Sequence[str]) -> str:
    """The cell of a listing-only model's "no": the listings that flag it apart from the rest.

    ``loud``: the providers whose listing flags the capability; ``silent``: those whose listing
    does not (each named up to three, else counted).

    Examples:
        >>> listed_no([], ["NanoGPT", "Poe"])
        'not listed by its 2 providers'
        >>> listed_no([], ["NanoGPT"])
        'not listed by its one provider'
        >>> listed_no(["Poe"], ["NanoGPT"])
        'flagged by Poe, not listed by NanoGPT'
        >>> listed_no(["Helicone"], ["A", "B", "C", "D", "E", "F"])
        'flagged by Helicone, not listed by its 6 other providers'
        >>> listed_no(["P", "Q"], [])
        'flagged by P and Q, though its record reads no'
    """
    if not loud:
        return ("not listed by its one provider" if len(silent) == 1
                else f"not listed by its {len(silent)} providers")
    flagged = (fmt.join_words(list(loud)) if len(loud) <= _NAMED
               else f"{len(loud)} of its {len(loud) + len(silent)} providers")
    if not silent:  # (every listing flags it; the record, read from none of them, does not)
        return f"flagged by {flagged}, though its record reads no"
    quiet = (fmt.join_words(list(silent)) if len(silent) <= _NAMED
             else f"its {len(silent)} other providers")
    return f"flagged by {flagged}, not listed by {quiet}"
