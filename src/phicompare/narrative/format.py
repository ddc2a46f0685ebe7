"""The one set of formatters every sentence and table goes through.

Money is rounded only here, only for display: totals to cents (a total that is not zero but
would round to ``$0.00`` to two significant digits instead, ``$0.0002``), unit prices (USD per 1M
tokens) to cents or to as many places as the price has, up to four (``$0.075`` stays ``$0.075``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from phicompare.analysis.cost import TINY_PRICE, UNDER_TINY
from phicompare.analysis.statistics import shown_points
from phicompare.analysis.usage import rate_text

__all__ = [
    "big_count",
    "capitalize",
    "count_word",
    "date",
    "exact_tokens",
    "join_words",
    "licence",
    "money",
    "non_commercial",
    "ordinal",
    "params",
    "percent",
    "plural",
    "points",
    "price",
    "price_places",
    "reading",
    "token_formatter",
    "tokens",
    "tokens_cell",
]

_CENT = Decimal("0.01")
_TENTH = Decimal("0.1")
_THOUSAND = Decimal(1000)
_PRICE_QUANTA = (_CENT, Decimal("0.001"), Decimal("0.0001"))


def money(value: Decimal) -> str:
    """A total in US dollars, to the cent, with thousands separators.

    A total that is not zero never prints as ``$0.00``, and one under a cent never as
    ``$0.01``: it is "under $0.01" (and a loss that small "over -$0.01"), so bills of $0.0066
    and $0.0037 read alike, not "$0.01" beside "under $0.01". Every amount on a page keeps the
    one precision, so two bills and their gap never print at different ones ("$0.01 and
    $0.0045").

    Examples:
        >>> money(Decimal("102.5")), money(Decimal("1234567.891")), money(Decimal("-25"))
        ('$102.50', '$1,234,567.89', '-$25.00')
        >>> money(Decimal("0.0002")), money(Decimal("0.006")), money(Decimal("0"))
        ('under $0.01', 'under $0.01', '$0.00')
        >>> money(Decimal("0.01")), money(Decimal("0.0149"))
        ('$0.01', '$0.01')
    """
    rounded = value.quantize(_CENT, rounding=ROUND_HALF_UP)
    if value.is_finite() and 0 < abs(value) < _CENT:  # under a cent, not zero
        return "under $0.01" if value > 0 else "over -$0.01"
    sign = "-" if rounded < 0 else ""
    size = abs(rounded)
    if size < _THOUSAND:  # no separator to place: two places already, as str() writes them
        return f"{sign}${size!s}"  # (!s: str() itself, without Decimal.__format__'s parsing)
    return f"{sign}${size:,.2f}"


def before_rounding(bills: Iterable[Decimal | None]) -> str:
    """" before rounding" where bills said less than a cent apart print different figures.

    $0.01575 and $0.01113 are under half a cent apart, yet print "$0.02" and "$0.01": a page
    that says "less than a cent apart" beside them says which figures it means.

    Examples:
        >>> before_rounding([Decimal("0.01575"), Decimal("0.01113")])
        ' before rounding'
        >>> before_rounding([Decimal("0.0121"), Decimal("0.0149"), None])
        ''
    """
    return " before rounding" if len({money(b) for b in bills if b is not None}) > 1 else ""


def price(value: Decimal, places: int | None = None) -> str:
    """A unit price (USD per 1M tokens): at least two places, up to four when the price has them.

    ``places`` (2 to 4) prints it at that many, as prices beside it need
    (:func:`price_places`): amounts side by side never print at two precisions.

    Examples:
        >>> price(Decimal("0.075")), price(Decimal("0.3")), price(Decimal("0"))
        ('$0.075', '$0.30', '$0.00')
        >>> price(Decimal("1.23456"))
        '$1.2346'
        >>> price(Decimal("0.1"), 4), price(Decimal("0.104"), 4)
        ('$0.1000', '$0.1040')

    A price that is not zero never prints as zero: one under $0.00005, which four places round
    away, prints whole, in places (a user's catalog may list $0.00001 per 1M tokens), unless it
    is under a billionth of a dollar (:data:`~phicompare.analysis.cost.TINY_PRICE`).

        >>> price(Decimal("0.00001")), price(Decimal("4E-7"), 2), price(Decimal("0.00006"))
        ('$0.00001', '$0.0000004', '$0.0001')
        >>> price(Decimal("1E-300")), price(Decimal("-1E-300")), price(Decimal("1E-9"))
        ('under $0.000000001', 'over -$0.000000001', '$0.000000001')
    """
    if not value.is_finite():
        return f"${value}"
    if places is not None:
        rounded = value.quantize(_PRICE_QUANTA[min(max(places, 2), 4) - 2], rounding=ROUND_HALF_UP)
    else:
        rounded = value.quantize(_PRICE_QUANTA[price_places(value) - 2], rounding=ROUND_HALF_UP)
    if not rounded and value:  # a price the places would round to zero: written whole
        if abs(value) < TINY_PRICE:  # ... unless it is hundreds of digits long
            return UNDER_TINY if value > 0 else f"over -${TINY_PRICE:f}"
        return f"${value.normalize():f}"
    if -_THOUSAND < rounded < _THOUSAND:  # no separator to place
        return f"${rounded!s}"
    return f"${rounded:,}"  # rounded to four places when none holds it


def price_places(value: Decimal) -> int:
    """The places :func:`price` prints ``value`` at: the fewest, from two, that hold it (four most).

    Examples:
        >>> [price_places(Decimal(v)) for v in ("0.3", "0.075", "0.12345")]
        [2, 3, 4]
    """
    if not value.is_finite():
        return 2
    for places, quantum in enumerate(_PRICE_QUANTA, start=2):
        if value.quantize(quantum, rounding=ROUND_HALF_UP) == value:
            return places
    return 4


def points(value: Decimal | float) -> str:
    """Benchmark points with one decimal.

    Examples:
        >>> points(Decimal("16")), points(1.0949)
        ('16.0', '1.1')
    """
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    return str(shown_points(exact))


def percent(fraction: Decimal | float) -> str:
    """A fraction as a whole percentage (``0.7`` -> ``70%``); one decimal when not whole.

    Examples:
        >>> percent(Decimal("0.7")), percent(Decimal("0.625"))
        ('70%', '62.5%')
    """
    exact = fraction if isinstance(fraction, Decimal) else Decimal(str(fraction))
    shown = str((exact * 100).quantize(_TENTH, rounding=ROUND_HALF_UP))  # one decimal: "70.0"
    return (shown[:-2] if shown.endswith(".0") else shown) + "%"


_UNITS = (("K", 10**3, 1 << 10), ("M", 10**6, 1 << 20), ("B", 10**9, 1 << 30))
"""The units of a short count, smallest first: name, size and binary size."""


def _short(count: int, *, binary: bool) -> tuple[int, str, int]:
    """The one rule of short counts: the value shown in tenths of its unit, the unit, its size.

    One decimal, half up, in the largest unit the rounded count reaches (999,950 rounds to
    1,000.0K, so it reads 1M, never "1000K"). With ``binary``, a whole binary multiple of a
    unit reads in that unit (131,072 is 128K, as model cards write context windows). Whole
    numbers throughout: a tenth of ``count / size``, rounded half up, is
    ``(20 * count + size) // (2 * size)``.
    """
    tenths, unit, size = count * 10, "", 1
    for name, decimal, power in _UNITS:
        if tenths < 10_000:  # (under 1,000 of the unit reached so far)
            break
        if binary and count % decimal and not count % power and count // power < 1000:
            tenths = count // power * 10
        else:
            tenths = (20 * count + decimal) // (2 * decimal)
        unit, size = name, decimal
    return tenths, unit, size


def _short_text(count: int, *, binary: bool) -> str:
    """:func:`_short` written out: "1.5M", "128K", "1,000,000B"; never a trailing ".0"."""
    tenths, unit, _ = _short(count, binary=binary)
    whole, tenth = divmod(tenths, 10)
    return f"{whole:,}.{tenth}{unit}" if tenth else f"{whole:,}{unit}"


def tokens(count: int) -> str:
    """A token count as people write it: ``2K``, ``128K``, ``1M``.

    Binary sizes (131,072) and decimal sizes (128,000) both read as 128K, as model cards say.
    Other counts read to one decimal in the largest unit they reach, the rule of
    :func:`big_count`, and never with a trailing ".0": 1,047,576 and 1,000,000 both read 1M
    (a page wrote "1.0M" beside "1M" for a million), 999,950 reads 1M, not "1000K".

    Examples:
        >>> tokens(2048), tokens(131072), tokens(128000), tokens(1048576), tokens(500)
        ('2K', '128K', '128K', '1M', '500')
        >>> tokens(1_047_576), tokens(2_000_000), tokens(1_065_535), tokens(127_990)
        ('1M', '2M', '1.1M', '128K')
    """
    return _short_text(count, binary=True)


def exact_tokens(count: int) -> str:
    """A token count to the token, for when the short form would hide a difference: ``131,072``.

    Examples:
        >>> exact_tokens(131072), exact_tokens(128000)
        ('131,072', '128,000')
    """
    return f"{int(count):,}"


def tokens_cell(count: int) -> str:
    """A token count in a table cell: short, the exact count beside where they differ.

    The form of the specifications' cells, which the scorecard takes where short forms alone
    would print two windows alike (review 10, I14).

    Examples:
        >>> tokens_cell(131_072), tokens_cell(16_384), tokens_cell(500)
        ('128K (131,072)', '16K (16,384)', '500')
    """
    short, exact = tokens(count), exact_tokens(count)
    return exact if short == exact else f"{short} ({exact})"


def token_formatter(counts: Iterable[int]) -> Callable[[int], str]:
    """:func:`tokens`, or :func:`exact_tokens` when short forms would misstate a difference.

    Exact when two neighbours (in order of size) print a gap off by more than half their true
    gap, which covers two counts printing alike and the larger printing smaller.

    A sentence that compares 131,072 tokens with 128,000 must not read "128K against 128K";
    one that sets 163,840 beside 163,000 must not read "160K" beside "163K", nor beside 164,000
    "160K" and "164K", 4K apart for 160 tokens (a binary multiple reads in binary units, so
    short forms can run out of order or stretch a gap: review 7, F4).

    Examples:
        >>> token_formatter([131072, 2048])(131072), token_formatter([131072, 128000])(131072)
        ('128K', '131,072')
        >>> token_formatter([1_048_576, 1_047_576])(1_047_576)  # both read "1M"
        '1,047,576'
        >>> token_formatter([163_840, 164_000])(163_840)  # "160K", "164K": 160 tokens apart
        '163,840'
    """
    return exact_tokens if _misread(sorted(set(counts)), alike=True) else tokens


def windows_exact(counts: Iterable[int | None]) -> bool:
    """Whether a page writes its context windows to the token: some short forms misstate them.

    When two neighbours (in order of size) print short forms that differ, and the printed gap is
    off by more than half the true one: out of order ("160K" for 163,840 beside "163K" for
    163,000) or stretched ("164K" for 164,000). Short forms that print alike are left: a cell
    gives its exact count beside ("128K (131,072)"), a sentence the exact counts where it sets
    them side by side (:func:`token_formatter`). ``counts`` are every window a page shows, its
    models' and their routes', so that one window reads one way in prose and tables alike
    (review 7, F4).

    Examples:
        >>> windows_exact([163_840, 163_000, None]), windows_exact([131_072, 2048])
        (True, False)
        >>> windows_exact([131_072, 128_000]), windows_exact([202_752, 200_000])
        (False, True)
    """
    return _misread(sorted({c for c in counts if c is not None}), alike=False)


def windows_exact_read(read: Mapping[int, int]) -> bool:
    """:func:`windows_exact` of the windows ``read`` holds, each mapped to its :func:`reading`.

    Examples:
        >>> windows_exact_read({163_840: reading(163_840), 163_000: reading(163_000)})
        True
    """
    ordered = sorted(read)
    return _misread(ordered, alike=False, shown=[read[count] for count in ordered])


def _misread(ordered: list[int], *, alike: bool, shown: list[int] | None = None) -> bool:
    """Whether two neighbours of ``ordered`` print a gap off by more than half their true one.

    With ``alike``, two that print alike count too. Each count is read once (:func:`reading`),
    unless ``shown`` gives their readings.
    """
    if len(ordered) < 2:
        return False
    shown = [reading(count) for count in ordered] if shown is None else shown
    return any((alike or r != q) and 2 * abs(r - q - (b - a)) > b - a
               for (a, b), (q, r) in zip(pairwise(ordered), pairwise(shown), strict=True))


def reading(count: int) -> int:
    """The count :func:`tokens` shows for ``count``: "128K" reads 128,000, "1.5M" 1,500,000.

    Two counts print alike when their readings are equal.

    Examples:
        >>> reading(131072), reading(1_047_576), reading(1_500_500), reading(1_500_000)
        (128000, 1000000, 1500000, 1500000)
    """
    tenths, _, size = _short(count, binary=True)
    return tenths * size // 10


def big_count(count: int) -> str:
    """A large count of tokens in a month: ``800M``, ``1.5B``, ``250K``.

    The rule of :func:`tokens`, without its binary sizes (a month's traffic is counted in tens).

    Examples:
        >>> big_count(800_000_000), big_count(1_500_000_000), big_count(2_500), big_count(999_950)
        ('800M', '1.5B', '2.5K', '1M')
    """
    return _short_text(count, binary=False)


def rate(value: Decimal | int) -> str:
    """A usage limit, or the traffic's average a minute or a day against one.

    Whole numbers with separators; a fraction to one decimal place under ten, else "about" the
    whole number; under 0.1, "under 0.1". Written where a route's reason writes it
    (:func:`~phicompare.analysis.usage.rate_text`): one figure for one rate (review 26, P5).

    Examples:
        >>> rate(50), rate(Decimal(2000)), rate(Decimal("1.388")), rate(Decimal("1666.7"))
        ('50', '2,000', '1.4', 'about 1,667')
        >>> rate(Decimal("0.0069"))
        'under 0.1'
    """
    return rate_text(value)


def params(billions: Decimal) -> str:
    """A parameter count given in billions, by the rule of :func:`big_count`: ``3.8B``, ``8B``.

    One decimal, half up, in the largest unit the rounded count reaches, never a trailing
    ".0": a card's exact count reads as the page's other counts do (review 14, N9: "8B
    parameters", never "8.019808256B").

    Examples:
        >>> params(Decimal("3.8")), params(Decimal("14")), params(Decimal("8.019808256"))
        ('3.8B', '14B', '8B')
        >>> params(Decimal("7.61")), params(Decimal("0.5"))
        ('7.6B', '500M')
    """
    count = (billions * 1_000_000_000).to_integral_value(rounding=ROUND_HALF_UP)
    return _short_text(int(count), binary=False)


def date(value: dt.date) -> str:
    """A date as ISO 8601.

    Examples:
        >>> date(dt.date(2025, 2, 26))
        '2025-02-26'
    """
    return value.isoformat()


def join_words(items: Sequence[str], conjunction: str = "and") -> str:
    """A list as English: ``A``, ``A and B``, ``A, B and C``.

    Examples:
        >>> join_words(["A"]), join_words(["A", "B"]), join_words(["A", "B", "C"], "or")
        ('A', 'A and B', 'A, B or C')
    """
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def join_reasons(items: Sequence[str]) -> str:
    """A pick's reasons as a list: a serial comma sets apart a last one bounded by rivals.

    "..., Python coding (HumanEval), and instruction following (IFEval) over Llama 3.1 8B",
    not "... and instruction following over Llama 3.1 8B (IFEval)", which reads as bounding
    every reason (review 13, M9).

    Examples:
        >>> join_reasons(["a (A)", "b (B)", "c (C) over X"])
        'a (A), b (B), and c (C) over X'
        >>> join_reasons(["a (A)", "c (C) over X"]), join_reasons(["a", "b", "c"])
        ('a (A) and c (C) over X', 'a, b and c')
    """
    if len(items) > 2 and " over " in items[-1] and not any(" over " in i for i in items[:-1]):
        return f"{', '.join(items[:-1])}, and {items[-1]}"
    return join_words(items)


def join_clauses(items: Sequence[str]) -> str:
    """Clauses as one list: each apart, where one holds a comma of its own.

    Plain clauses read as :func:`join_words`' lists, with a serial comma from three on ("A, B,
    and C"); where a clause holds a comma ("none of Phi-2's routes documents vision, which this
    page requires"), two take a comma before "and" and three or more are set apart by
    semicolons, as a list of figures with commas is ("A, which ...; B; and C").

    Examples:
        >>> join_clauses(["a", "b"]), join_clauses(["a", "b", "c"])
        ('a and b', 'a, b, and c')
        >>> join_clauses(["a, x", "b"]), join_clauses(["a, x", "b", "c"])
        ('a, x, and b', 'a, x; b; and c')
    """
    if len(items) <= 1 or (len(items) == 2 and not any("," in i for i in items)):
        return join_words(items)
    apart = "; " if len(items) > 2 and any("," in i for i in items) else ", "
    return f"{apart.join(items[:-1])}{apart}and {items[-1]}"


def capitalize(text: str) -> str:
    """``text`` with its first letter in upper case (the rest untouched).

    Examples:
        >>> capitalize("two pairs of scores")
        'Two pairs of scores'
    """
    return text[:1].upper() + text[1:]


def opening(text: str) -> str:
    """``text`` as a sentence's opening: capitalised, and never a numeral first.

    Counts read as words up to nine only (:func:`count_word`), so a larger one that would open
    the sentence is set after "In all," (review 15 leftovers, R2).

    Examples:
        >>> opening("six pairs of scores are comparable"), opening("18 pairs of scores are")
        ('Six pairs of scores are comparable', 'In all, 18 pairs of scores are')
    """
    return f"In all, {text}" if text[:1].isdigit() else capitalize(text)


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def count_word(count: int) -> str:
    """A count as a word up to nine, as digits above, with thousands separators.

    Every count a sentence prints goes through it, so a catalog of over 999 models reads
    "1,005", never "1005" beside another sentence's "1,002" (helper fixS).

    Examples:
        >>> count_word(2), count_word(12), count_word(1005)
        ('two', '12', '1,005')
    """
    return _NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else f"{count:,}"


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")


def ordinal(n: int) -> str:
    """A rank as a word up to ten, then as digits.

    Examples:
        >>> ordinal(1), ordinal(3), ordinal(12), ordinal(22), ordinal(1_001)
        ('first', 'third', '12th', '22nd', '1,001st')
    """
    if 1 <= n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """A count with its noun in agreement, small counts in words.

    Examples:
        >>> plural(1, "provider"), plural(2, "provider"), plural(12, "benchmark")
        ('one provider', 'two providers', '12 benchmarks')
    """
    noun = singular if count == 1 else (plural_form or f"{singular}s")
    return f"{count_word(count)} {noun}"


_NAMED_LICENCE = re.compile(r"licen[cs]e|terms|agreement|policy", re.IGNORECASE)
_NON_COMMERCIAL = re.compile(r"\bNC\b|non-?commercial|research", re.IGNORECASE)


def non_commercial(name: str) -> bool:
    """Whether a licence's name says it forbids commercial use (CC-BY-NC, a research licence).

    Examples:
        >>> non_commercial("Qwen Research License"), non_commercial("CC-BY-NC-4.0")
        (True, True)
        >>> non_commercial("MIT")
        False
    """
    return _NON_COMMERCIAL.search(name) is not None


def licence(name: str) -> str:
    """A licence as prose: "the MIT licence", but "the Gemma Terms of Use" (already a noun).

    A catalog's "Proprietary" names no licence: it is "a proprietary licence".

    Examples:
        >>> licence("MIT"), licence("Gemma Terms of Use"), licence("Llama 3.2 Community License")
        ('the MIT licence', 'the Gemma Terms of Use', 'the Llama 3.2 Community License')
        >>> licence("Proprietary")
        'a proprietary licence'
    """
    if name.strip().casefold() == "proprietary":
        return "a proprietary licence"
    return f"the {name}" if _NAMED_LICENCE.search(name) else f"the {name} licence"
