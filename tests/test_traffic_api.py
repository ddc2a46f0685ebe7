"""Traffic from requests a month, and traffic scaled down exactly (API review 14's notes)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from phicompare import ArgumentError, ComparisonError, Traffic


def test_per_month_is_the_month_of_requests_per_day_gives() -> None:
    by_day = Traffic.from_requests(per_day=10_000, input_tokens=2_000, output_tokens=500)
    by_month = Traffic.from_requests(per_month=300_000, input_tokens=2_000, output_tokens=500)
    assert by_month == by_day


@pytest.mark.parametrize("counts", [{}, {"per_day": 1, "per_month": 30}])
def test_requests_come_one_way(counts: dict[str, int]) -> None:
    with pytest.raises(ComparisonError, match="per_day or per_month, one of them"):
        Traffic.from_requests(input_tokens=1, output_tokens=1, **counts)


@pytest.mark.parametrize("counts", [{"per_month": 0}, {"per_day": 0}, {"per_day": 5, "days": 0}])
def test_no_requests_is_no_traffic(counts: dict[str, int]) -> None:
    """Review 34: zero traffic is taken however it is written (``0:0`` always was)."""
    none = Traffic(input_tokens=0, output_tokens=0)
    assert Traffic.from_requests(input_tokens=1, output_tokens=1, **counts) == none
    assert Traffic.parse("0/day@1:1") == Traffic.parse("0:0") == none


@pytest.mark.parametrize("value", [Decimal("1000000"), 1e6])
def test_a_whole_count_that_is_no_int_says_so(value: object) -> None:
    """Review 34: "must be a whole number of tokens, got Decimal('1000000')" was false."""
    with pytest.raises(ArgumentError) as caught:  # a wrong type (review 40)
        Traffic(input_tokens=value, output_tokens=1)  # type: ignore[arg-type]
    assert str(caught.value) == (f"input_tokens is a count of tokens, an int; got {value!r} "
                                 "(pass 1000000)")


def test_a_fraction_scales_exactly() -> None:
    half = Traffic(cached_share="0.25").scaled(Decimal("0.5"))
    assert (half.input_tokens, half.output_tokens) == (400_000_000, 125_000_000)
    assert half.cached_share == Decimal("0.25")  # shares are of the tokens: unchanged


@pytest.mark.parametrize(("factor", "message"), [
    (0.5, "exact decimal"), (True, "exact decimal"), ("half", "a number, 0 or more"),
    ("-1", "a number, 0 or more"), ("Infinity", "a number, 0 or more"),
])
def test_a_bad_factor_is_named(factor: object, message: str) -> None:
    with pytest.raises(ComparisonError, match=message):
        Traffic().scaled(factor)  # type: ignore[arg-type]


def test_a_part_of_a_request_is_refused() -> None:
    traffic = Traffic.from_requests(per_month=3, input_tokens=10, output_tokens=2)
    with pytest.raises(ComparisonError, match=r"requests scaled by 0\.5 is 1\.5"):
        traffic.scaled("0.5")


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 1000))
def test_half_of_twice_is_once(tokens_in: int, tokens_out: int, k: int) -> None:
    traffic = Traffic(input_tokens=tokens_in, output_tokens=tokens_out)
    assert traffic.scaled(2 * k).scaled("0.5") == traffic.scaled(k)
    assert traffic.scaled(k).input_tokens == tokens_in * k


# Traffic.parse: the command line's traffic text, in the API (API review 14's notes)


@given(st.integers(0, 10**12), st.integers(0, 10**12))
def test_parse_reads_tokens_a_month(tokens_in: int, tokens_out: int) -> None:
    expected = Traffic(input_tokens=tokens_in, output_tokens=tokens_out)
    assert Traffic.parse(f"{tokens_in}:{tokens_out}") == expected
    assert Traffic.parse(f"{tokens_in:,}:{tokens_out:_}") == expected


@given(st.integers(1, 10**5), st.integers(0, 10**4), st.integers(0, 10**4))
def test_parse_reads_requests_as_from_requests_does(per_day: int, tokens_in: int,
                                                    tokens_out: int) -> None:
    by_day = Traffic.from_requests(per_day=per_day, input_tokens=tokens_in,
                                   output_tokens=tokens_out)
    assert Traffic.parse(f"{per_day}/day@{tokens_in}:{tokens_out}") == by_day
    assert Traffic.parse(f"{per_day * 30}/month@{tokens_in}:{tokens_out}") == by_day


def test_parse_takes_suffixes_and_the_other_fields() -> None:
    traffic = Traffic.parse("1.5B:200M", cached_share="0.3")
    assert (traffic.input_tokens, traffic.output_tokens) == (1_500_000_000, 200_000_000)
    assert traffic.cached_share == Decimal("0.3")


@pytest.mark.parametrize(("text", "message"), [
    ("800M", r"'800M' is not IN:OUT tokens a month"),
    ("1.5:2", r"'1.5' is not a whole number"),
    ("-1:2", r"'-1' is negative"),
    ("9" * 70 + ":1", r"is not a count such as 800M"),
    # review 23: the part at fault, not "'10000/hour@2000' is not a count"
    ("10000/hour@2000:500", r"requests are counted per day or per month, not per 'hour'"),
    ("10000/day2000:500", r"is not REQUESTS/day@IN:OUT tokens a request"),
    ("800M:250M:10", r"'800M:250M:10' has 3 fields; IN:OUT takes two"),
    ("1e9:1", r"'1e9' is not a count such as 800M, 2.5K or 1000 \(an exponent is not read"),
])
def test_parse_names_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ComparisonError, match=message):
        Traffic.parse(text)


def test_parse_refuses_what_is_not_text() -> None:
    with pytest.raises(ComparisonError, match="a string such as '800M:250M'"):
        Traffic.parse(800)  # type: ignore[arg-type]
