"""The formatters' fast paths write exactly what their plain definitions write."""

from __future__ import annotations

import itertools
import re
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import example, given, strategies as st

from phicompare.narrative import format as fmt

amounts = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False,
                      allow_infinity=False, places=None).filter(lambda d: d.is_finite())
"""Any finite amount, with any number of places (``0.0750``, ``1E+2``, ``-0.001``)."""


def _money(value: Decimal) -> str:
    """The definition: cents, half up, thousands separators, the sign before the dollar; a
    value that is not zero but under a cent is "under $0.01" ("over -$0.01" below zero), never
    "$0.01" (review 7, F21: "$0.01" beside "under $0.01" for bills all under a cent)."""
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if 0 < abs(value) < Decimal("0.01"):
        return "under $0.01" if value > 0 else "over -$0.01"
    return f"{'-' if rounded < 0 else ''}${abs(rounded):,.2f}"


def _price(value: Decimal) -> str:
    """The definition: as many places as the price has, two to four; one that is not zero but
    four places round to zero, whole (``$0.000001``, never ``$0.0000``)."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    places = min(max(-exponent, 2), 4)
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if value and not rounded:
        return f"${value.normalize():f}"
    return f"${rounded:,}"


def _big_count(count: int) -> str:
    """The definition: one decimal (half up) in the next unit while the count shown reaches
    1,000 of the one below, trailing zeros dropped: 999,950 is 1,000.0K, so it is "1M"."""
    shown, unit = Decimal(count), ""
    for name, size in (("K", 10**3), ("M", 10**6), ("B", 10**9)):
        if shown < 1000:
            break
        shown, unit = (Decimal(count) / size).quantize(Decimal("0.1"), ROUND_HALF_UP), name
    return f"{shown.normalize():,f}{unit}"  # (digits grouped: "1,000,000B", review 6, D26)


@given(amounts.map(lambda d: d.quantize(Decimal("1e-6"))))
def test_money_is_its_definition(value: Decimal) -> None:
    assert fmt.money(value) == _money(value)


@given(amounts.map(lambda d: d.quantize(Decimal("1e-6"))))
def test_price_is_its_definition(value: Decimal) -> None:
    assert fmt.price(value) == _price(value)


@given(st.one_of(st.integers(0, 10**13),
                 st.builds(lambda k, e: k * 10**e, st.integers(1, 9999), st.integers(0, 9))))
def test_big_count_is_its_definition(count: int) -> None:
    assert fmt.big_count(count) == _big_count(count)


def test_counts_past_a_thousand_billion_group_their_digits() -> None:
    """Review 6, D26: a monthly count of 10**15 tokens read "1000000B"."""
    assert fmt.big_count(10**15) == "1,000,000B"
    assert fmt.big_count(999_950_000_000) == "1,000B"
    assert fmt.tokens(2 * 10**12) == "2,000B"


@given(st.one_of(amounts.map(lambda d: d.quantize(Decimal("1e-4"))),
                 st.floats(-1e6, 1e6, allow_nan=False)))
def test_points_is_its_definition(value: Decimal | float) -> None:
    expected = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert fmt.points(value) == f"{expected}"


def test_the_edges_of_the_fast_paths() -> None:
    assert fmt.money(Decimal("999.995")) == "$1,000.00"
    assert fmt.money(Decimal("-0.001")) == "over -$0.01"  # not zero: never $0.00
    assert fmt.money(Decimal("-0.00")) == "$0.00"
    assert fmt.price(Decimal("0.0750")) == "$0.075"
    assert fmt.price(Decimal("1E+3")) == "$1,000.00"
    assert fmt.big_count(1_500_000_000) == "1.5B"
    assert fmt.big_count(999_950) == fmt.tokens(999_950) == "1M"  # rounds up out of K
    assert fmt.tokens(1_047_576) == fmt.tokens(1_048_576) == fmt.tokens(1_000_000) == "1M"
    assert fmt.tokens(127_990) == "128K"  # never "128.0K"


def _shown_value(shown: str) -> Decimal:
    """What a short token count says, read back from its text: "1.5M" is 1,500,000."""
    unit = {"K": 1000, "M": 1_000_000, "B": 10**9}.get(shown[-1:], 1)
    return Decimal((shown[:-1] if unit != 1 else shown).replace(",", "")) * unit


@given(st.one_of(st.integers(0, 10**9),
                 st.integers(1, 4096).map(lambda k: k * 1024),
                 st.integers(1, 4096).map(lambda k: k * 1000 + 500),
                 st.integers(10, 9999).map(lambda k: k * 100 + 50)))  # halves of a tenth
def test_reading_is_what_the_short_form_says(count: int) -> None:
    assert fmt.reading(count) == _shown_value(fmt.tokens(count))


@given(st.lists(st.integers(0, 10**8), min_size=1, max_size=4))
def test_token_formatter_is_exact_only_when_short_forms_mislead(counts: list[int]) -> None:
    """Exact when neighbours' printed gap is off by more than half the true one (review 7, F4)."""
    ordered = sorted(set(counts))
    shown = {n: _shown_value(fmt.tokens(n)) for n in ordered}
    misleading = any(2 * abs(shown[b] - shown[a] - (b - a)) > b - a
                     for a, b in itertools.pairwise(ordered))
    assert (fmt.token_formatter(counts) is fmt.exact_tokens) == misleading


def test_token_formatter_never_prints_counts_out_of_order() -> None:
    """163,840 reads "160K" beside 163,000's "163K": side by side both print to the token."""
    assert fmt.token_formatter([163_840, 163_000])(163_840) == "163,840"
    assert fmt.token_formatter([131_072, 131_000])(131_072) == "131,072"
    assert fmt.token_formatter([163_840, 164_000])(164_000) == "164,000"  # 160 tokens, not 4K
    assert fmt.token_formatter([163_840, 131_072])(163_840) == "160K"  # in order: short


def _percent(fraction: Decimal) -> str:
    """The definition: a tenth of a percent, half up, and no ".0" on a whole one."""
    value = (fraction * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{value.normalize():f}%" if value == value.to_integral() else f"{value}%"


@given(st.one_of(
    st.decimals(min_value=Decimal(-10), max_value=Decimal(10), allow_nan=False,
                allow_infinity=False, places=None),
    st.decimals(min_value=Decimal("-1E+20"), max_value=Decimal("1E+20"), allow_nan=False,
                allow_infinity=False, places=None)))
@example(Decimal(0))
@example(Decimal("-0"))
@example(Decimal("0.0005"))
@example(Decimal("-0.0005"))
@example(Decimal("1E-30"))
@example(Decimal("1E+20"))
def test_percent_is_its_definition(fraction: Decimal) -> None:
    assert fmt.percent(fraction) == _percent(fraction)


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False))
@example(2 / 3)
@example(-1e-300)
def test_percent_of_a_float_is_its_definition_of_the_float_as_written(fraction: float) -> None:
    assert fmt.percent(fraction) == _percent(Decimal(str(fraction)))


_COUNTS = st.one_of(st.integers(0, 10**10),
                    st.integers(1, 4096).map(lambda k: k * 1024),
                    st.integers(1, 4096).map(lambda k: k * (1 << 20)),
                    st.builds(lambda k, e: k * 10**e - 50, st.integers(1, 9999), st.integers(2, 9)),
                    st.builds(lambda k, e: k * 10**e, st.integers(1, 9999), st.integers(0, 9)))


@given(_COUNTS)
@example(1_047_576)
@example(1_048_000)
@example(999_950)
@example(127_990)
def test_one_rule_writes_every_compact_token_count(count: int) -> None:
    """Context windows (``tokens``) and monthly counts (``big_count``) share one rule: one
    decimal, half up, in the largest unit the rounded count reaches, never a trailing ".0"
    (1,047,576 read "1.0M" beside "1M" for a million, review 5, P7), never "1000K"; only a
    whole binary multiple of its unit reads in it (131,072 is 128K, as model cards say)."""
    shown = fmt.tokens(count)
    assert re.fullmatch(r"(0|[1-9]\d{0,2}(,\d{3})*)(\.[1-9])?[KMB]?", shown), shown
    if shown[-1:] in ("K", "M"):  # "1000K" is "1M"
        assert Decimal(shown[:-1]) < 1000, shown
    assert fmt.reading(count) == _shown_value(shown)
    if count % 1024:  # not a binary multiple: the same words as a monthly count
        assert shown == fmt.big_count(count) == _big_count(count)
