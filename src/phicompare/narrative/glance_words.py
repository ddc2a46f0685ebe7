"""The line at a glance's words: the verdict's phrases without their figures, caveats kept.

Split from :mod:`phicompare.narrative.answers`, whose ``at_a_glance`` states the verdict's picks
in a line: each phrase loses its figures and lists (:func:`glance`), keeping what the reader
must not lose (a lone benchmark's name, an unconfirmed listing, an old price, a route that
retires soon, a reseller's listing), several close bills' caveats are said once
(:func:`merged_caveats`), and rivals named apart are merged (:func:`merge_rivals`).
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.facts import RETIREMENT_NOTICE_DAYS, STALE_PRICE_DAYS

from . import format as fmt
from .bills import FELL_SHORT, PRICED_FELL_BACK, RESOLD
from .price_caveats import LATER, UNCONFIRMED

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from .context import Context
    from .fit import Favours

__all__ = ["GlanceTerms", "bracketed", "glance", "glance_terms", "merge_off_bill",
           "merge_rivals", "merged_caveats", "shared_reasons"]

_DETAIL = re.compile(r" \(([^()]*)\)")
_PROVIDER = attrgetter("provider_name")
_SET_ASIDE = re.compile("\0(\\d+)\0")


class GlanceTerms(NamedTuple):
    """The names the line at a glance reads its phrases against, gathered once a page."""

    labels: frozenset[str]
    """The page's benchmark labels: a detail that is one of them is a lone benchmark's name."""
    whole: tuple[str, ...]
    """The labels and ``names`` that hold brackets, longest first: each is kept whole."""


def glance_terms(labels: Iterable[str], names: Iterable[str] = ()) -> GlanceTerms:
    """:class:`GlanceTerms` of benchmark ``labels`` and other ``names`` (:func:`bracketed`).

    Examples:
        >>> glance_terms(["ARC-C", "MMMU (val)"], ["Alibaba (China)"]).whole
        ('Alibaba (China)', 'MMMU (val)')
    """
    held = frozenset(labels)
    whole = sorted({name for name in (*held, *names) if "(" in name}, key=lambda n: (-len(n), n))
    return GlanceTerms(held, tuple(whole))


def glance(phrase: str, terms: GlanceTerms) -> str:
    """A phrase without its figures and lists; a lone benchmark keeps its name.

    "instruction following (OLL IFEval)" rests on one benchmark: without its name it would read
    as a category, which only two benchmarks or more may claim (docs/narrative.md). Names
    that hold brackets (a benchmark's, a provider's or a model's: ``terms``) are kept whole
    inside a detail: "Alibaba (China)'s listing", never "Alibaba's" (review 10, I17).

    Examples:
        >>> labels = glance_terms({"ARC-C"})
        >>> glance("grade-school exam problems (ARC-C)", labels)
        'grade-school exam problems (ARC-C)'
        >>> glance("math (leads on GSM8K and MATH)", labels)
        'math'
        >>> glance("a longer context (128K tokens)", labels)
        'a longer context'
        >>> glance("science (AI2 Reasoning Challenge (ARC))",
        ...         glance_terms({"AI2 Reasoning Challenge (ARC)"}))
        'science (AI2 Reasoning Challenge (ARC))'
        >>> glance(f"the lower bill at this traffic ($105.00 a month, {UNCONFIRMED})", labels)
        'the lower bill at this traffic (on an unconfirmed listing that may have been retired)'
        >>> glance("the lower bill at this traffic ($879.00 a month; C's bill on Q is a "
        ...         "reseller's listing of a closed-weight model)", labels)
        "the lower bill at this traffic (C's bill on Q is a reseller's listing of a closed-weight \
model)"
        >>> print(glance("a lower bill than B ($270.00 a month, at prices last checked on "
        ...              "2025-04-29, more than 180 days before 2026-12-01)", labels))
        a lower bill than B (at prices last checked more than 180 days before the comparison's date)
        >>> print(glance("the lower bill at this traffic ($10.40 a month; Q's bill is on Alibaba "
        ...              f"(China)'s listing: {FELL_SHORT})",
        ...              glance_terms({"ARC-C"}, {"Alibaba (China)"})))
        the lower bill at this traffic (Q's bill is on Alibaba (China)'s listing: Cost at your \
traffic says why)
        >>> print(glance("a lower bill than B ($270.00 a month, on a route that retires on "
        ...              "2025-09-24, 54 days after the comparison's date)", labels))
        a lower bill than B (on a route that retires within 90 days of the comparison's date)
        >>> print(glance("the lower bill at this traffic ($3,600.00 a month, at prices checked "
        ...              "on 2026-07-02, after the comparison's date)", labels))
        the lower bill at this traffic (at prices checked after the comparison's date)
        >>> print(glance(f"the lower bill {LATER} ($51.50 a month, as checked on 2026-07-02)",
        ...              labels))
        the lower bill (at prices checked after the comparison's date)
    """
    if "(" not in phrase:  # no figures, no list and no name in brackets: as it is
        return _later_apart(phrase)
    # a name that ends in brackets ("MMMU (val)") is kept whole: set aside while the figures go
    phrase, whole = _aside(phrase, terms.whole)
    labels = terms.labels
    if whole is _as_is and phrase.endswith(")") and phrase.count("(") == 1 == phrase.count(")"):
        # (most phrases: one detail, at the end, "a longer context (128K tokens)")
        head, opened, detail = phrase[:-1].rpartition(" (")
        if opened and detail in labels:  # a lone benchmark's name: kept
            return _later_apart(phrase)
        if opened and not _caveats(detail):  # figures alone
            return _later_apart(head)

    def short(m: re.Match[str]) -> str:
        if whole(m.group(1)) in labels:  # a lone benchmark's name: kept
            return whole(m.group(0))
        caveats = _caveats(m.group(1))
        if not caveats:  # (most details: figures alone)
            return ""
        outside = _DETAIL.sub("", phrase)  # (a caveat the phrase says itself is not said again)
        kept = [whole(part) for part in caveats if part not in outside]
        return f" ({'; '.join(kept)})" if kept else ""

    return _later_apart(whole(_DETAIL.sub(short, phrase)))


def _later_apart(text: str) -> str:
    """``text`` with a bill's later prices said as a caveat, in brackets, as the others are.

    "Gemma 3 27B for the lower bill (at prices checked after the comparison's date) and
    vision", where the caveat ran on into the next reason: "for the lower bill at prices
    checked after the comparison's date and vision" (review 32, #3).

    Examples:
        >>> print(_later_apart(f"the lower bill {LATER} (on a route that retires soon)"))
        the lower bill (at prices checked after the comparison's date; on a route that retires soon)
    """
    at = text.find(f" {LATER}")
    if at < 0:  # (most phrases: a price known on the page's date)
        return text
    head, tail = text[:at], text[at + len(LATER) + 1:]
    if tail.startswith(" ("):
        return f"{head} ({LATER}; {tail[2:]}"
    return f"{head} ({LATER}){tail}"


def _aside(phrase: str, names: Sequence[str]) -> tuple[str, Callable[[str], str]]:
    """``phrase`` with each of ``names`` (longest first, each holding brackets) set aside.

    With how to put them back: as it is, where the phrase holds none of them.
    """
    named = [name for name in names if name in phrase]
    if not named:
        return phrase, _as_is
    for k, name in enumerate(named):
        phrase = phrase.replace(name, f"\0{k}\0")

    def whole(text: str) -> str:
        return _SET_ASIDE.sub(lambda n: named[int(n.group(1))], text)

    return phrase, whole


def _as_is(text: str) -> str:
    return text


def bracketed(x: Context) -> frozenset[str]:
    """The page's provider and model names that hold brackets ("Alibaba (China)")."""
    names = {*x.names, *map(_PROVIDER, x.c.routes)}  # (each provider once: many routes share one)
    return frozenset([name for name in names if "(" in name])


def merged_caveats(x: Context, alike: Sequence[int], chosen: Sequence[Favours]) -> str:
    """The caveats of several close bills said as one, each named for its model's bill.

    " (A's bill on an unconfirmed listing that may have been retired)": the verdict gives each
    model's caveat beside its bill, and the merged line must not drop it.
    """
    names = glance_terms((), bracketed(x)).whole
    aside = [_aside(chosen[k].phrases[0], names) for k in alike]
    owners: dict[str, list[int]] = {}  # each note, and whose bills it is of, said once
    for k, (phrase, whole) in zip(alike, aside, strict=True):
        for detail in _DETAIL.findall(phrase):
            for note in map(whole, _caveats(detail)):
                owners.setdefault(note, [])
                if k not in owners[note]:
                    owners[note].append(k)
    notes = [f"{_whose(x, alike, owned)} {note}" if note == UNCONFIRMED or note.startswith(
                 (_CHECKED, _AFTER, _RETIRES)) else note for note, owned in owners.items()]
    return f" ({'; '.join(notes)})" if notes else ""


def _whose(x: Context, alike: Sequence[int], owned: Sequence[int]) -> str:
    """Whose bills a note is of: "A's bill", "both bills", "A's and B's bills"."""
    if len(owned) == 1:
        return f"{x.names[owned[0]]}'s bill"
    if len(owned) == len(alike):
        return "both bills" if len(owned) == 2 else "each bill"
    possessives = [f"{x.names[k]}'s" for k in owned]
    return f"{fmt.join_words(possessives)} bills"


_OLD_PRICE = f"more than {STALE_PRICE_DAYS} days before "
_CHECKED = "at prices last checked "
_AFTER = "at prices checked "  # (on a day after the page's: fit's words, review 6, D21)
_RETIRES = "on a route that retires "
_AS_CHECKED = ", as checked on "  # (fit: no bill priced on the date, the pick at later prices)
_NAMED = re.compile(r"; (what [^;]+'s bills? (?:was|were) on )\d{4}-\d{2}-\d{2}"
                    r"( is not recorded)")
"""``later_bills``' note where some bills are priced on the date: those it names are not."""


def _caveats(detail: str) -> list[str]:
    """The caveats of a bill's figures, kept where the figures go.

    An unconfirmed listing, a price checked long before the comparison's date (review 7, F18)
    or after it (review 24, P4),
    a route that retires within the page's notice (review 10, I7), and the bills compared that
    are resellers' listings or on a fallback route (:func:`~.bills.resold`).

    Examples:
        >>> _caveats("128K tokens"), _caveats(f"$105.00 a month, {UNCONFIRMED}")
        ([], ['on an unconfirmed listing that may have been retired'])
    """
    if "; " not in detail and " on " not in detail and UNCONFIRMED not in detail:
        return []  # (most details: figures alone; each caveat below says " on " or "; ")
    kept = [UNCONFIRMED] if UNCONFIRMED in detail else []
    if f"{_CHECKED}on " in detail and _OLD_PRICE in detail:
        kept.append(f"{_CHECKED}{_OLD_PRICE}the comparison's date")
    if (f"{_AFTER}on " in detail and ", after the comparison's date" in detail) or (
            _AS_CHECKED in detail):  # (review 24, P4; every bill priced after it: review 25, P8)
        kept.append(f"{_AFTER}after the comparison's date")
        named = None
    else:  # (another's bill alone not on record on the date: review 29, F2)
        named = _NAMED.search(detail)
    if f"{_RETIRES}on " in detail:  # (review 10, I7)
        kept.append(f"{_RETIRES}within {RETIREMENT_NOTICE_DAYS} days of the comparison's date")
    if named is not None:
        kept.append(f"{named.group(1)}the comparison's date{named.group(2)}")
    return kept + [part for part in detail.split("; ")[1:] if part.endswith(_LISTING_ENDS)]


_LISTING_ENDS = (*RESOLD, FELL_SHORT,  # (the why in full in the cost section: fixZ)
                 *PRICED_FELL_BACK)  # (a free-tier-billed model's priced bill: leftO's leftover)
"""How a caveat on the bills' listings ends (:func:`~.bills.resold`): kept at a glance."""


_RIVALS = "higher scores than "


def merge_rivals(phrases: list[str]) -> list[str]:
    """One "higher scores than both A and B" where the phrases name each rival apart.

    The merged phrase takes the place of the first; "both" (or "each of") keeps its "and" apart
    from the list it stands in.

    Examples:
        >>> merge_rivals(["math", "higher scores than A", "higher scores than B"])
        ['math', 'higher scores than both A and B']
        >>> merge_rivals(["higher scores than A", "math", "higher scores than B",
        ...                "higher scores than C"])
        ['higher scores than each of A, B and C', 'math']
        >>> merge_rivals(["math", "higher scores than A"])
        ['math', 'higher scores than A']
    """
    rivals = [p.removeprefix(_RIVALS) for p in phrases if p.startswith(_RIVALS)]
    if len(rivals) < 2:
        return phrases
    first = next(k for k, p in enumerate(phrases) if p.startswith(_RIVALS))
    kept = [p for p in phrases if not p.startswith(_RIVALS)]
    merged = _RIVALS + ("both " if len(rivals) == 2 else "each of ") + fmt.join_words(rivals)
    return [*kept[:first], merged, *kept[first:]]


def shared_reasons(shorts: Mapping[int, Sequence[str]]) -> dict[str, list[int]]:
    """The phrases two or more models have alike, each with its models, in first-seen order.

    "Phi-4 Mini and Gemma 3 4B for a longer context than Gemma 3n E2B IT", said once where it
    read once for each (helper leftP): ``shorts`` are the models' unfigured phrases at a glance.

    Examples:
        >>> shared_reasons({0: ["a longer context than B", "math"], 2: ["a longer context than B"]})
        {'a longer context than B': [0, 2]}
    """
    if len(shorts) < 2:  # (one model's phrases: none alike)
        return {}
    holders: dict[str, list[int]] = {}
    for i, phrases in shorts.items():
        for phrase in dict.fromkeys(phrases):
            holders.setdefault(phrase, []).append(i)
    return {phrase: who for phrase, who in holders.items() if len(who) > 1}


_OFF_BILL = " on routes other than the bill's"


def merge_off_bill(phrases: list[str]) -> list[str]:
    """A model's reasons that all rest on routes other than its bill's, said so once.

    "a longer context and a larger output limit, both on routes other than the bill's", not
    the clause after each; only where it is every reason of the line, so that "both" has no
    other reason to reach.

    Examples:
        >>> merge_off_bill([f"a longer context{_OFF_BILL}", f"a larger output limit{_OFF_BILL}"])
        ["a longer context and a larger output limit, both on routes other than the bill's"]
        >>> merge_off_bill(["the lower bill at this traffic", f"a longer context{_OFF_BILL}"])
        ['the lower bill at this traffic', "a longer context on routes other than the bill's"]
    """
    if len(phrases) < 2 or not all(p.endswith(_OFF_BILL) for p in phrases):
        return phrases
    heads = [p[:-len(_OFF_BILL)] for p in phrases]
    return [f"{fmt.join_words(heads)}, {'both' if len(heads) == 2 else 'all'}{_OFF_BILL}"]
