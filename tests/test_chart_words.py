"""Chart descriptions say what the page's prose says (review 8, G7): a tie in the bills is a tie,
and a gap chart counts its comparable pairs, intervals and pairs not compared as the tables do."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from phicompare import (
    Benchmark,
    BenchmarkScore,
    Catalog,
    Comparison,
    Model,
    Provider,
    ProviderRoute,
    compare,
)
from phicompare.render.chart_words import times
from phicompare.render.svg import cost_chart, gap_chart

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"
SVG = "{http://www.w3.org/2000/svg}"


def _route(provider: str, price_in: str, price_out: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price_in), output=Decimal(price_out),
                         source=URL, checked=DAY)


def _score(benchmark: str, value: str, evaluation: str, setting: str = "5-shot") -> BenchmarkScore:
    return BenchmarkScore(benchmark=benchmark, score=Decimal(value), setting=setting,
                          evaluation=evaluation)


def _page(b_route: ProviderRoute, *, third: bool = False) -> Comparison:
    """A and B on one provider; "plain" scored in one table with no item count (no interval),
    "apart" in two tables, "differ" under two settings."""
    a = Model(id="a", name="A", routes=(_route("p", "2", "8"),), scores=(
        _score("plain", "70", "t"), _score("apart", "60", "one"),
        _score("differ", "50", "t", "0-shot")))
    b = Model(id="b", name="B", routes=(b_route,), scores=(
        _score("plain", "65", "t"), _score("apart", "55", "two"),
        _score("differ", "40", "t", "8-shot")))
    models = [a, b]
    if third:
        models.append(Model(id="c", name="C", routes=(_route("p", "5", "20"),)))
    cat = Catalog(models=tuple(models), providers=(Provider(id="p", name="P"),),
                  benchmarks=(Benchmark(id="plain", name="Plain"),
                              Benchmark(id="apart", name="Apart", items=1000),
                              Benchmark(id="differ", name="Differ", items=1000)))
    return compare(*(m.id for m in models), catalog=cat, as_of=DAY)


def _desc(svg: str | None) -> str:
    assert svg is not None
    found = ET.fromstring(svg).find(f"{SVG}desc")
    assert found is not None
    return found.text or ""


def test_equal_bills_are_equal_all_along_not_the_same_cheaper_model() -> None:
    """o3 and GPT-4.1 at $2.00/$8.00 each: "a tie" in the summary, so the chart says so too."""
    c = _page(_route("p", "2", "8"))
    assert c.cost.gap == 0
    for axis in ("volume", "share"):
        text = _desc(cost_chart(c, axis))
        assert "the bills are equal all along" in text, text
        assert "cheaper model" not in text


def test_two_equal_lowest_bills_below_a_third_are_said_as_equal() -> None:
    text = _desc(cost_chart(_page(_route("p", "2", "8"), third=True)))
    assert "A and B have equal bills, the lowest, all along" in text, text
    assert "the cheapest model is the same all along" not in text


def test_a_lower_bill_everywhere_is_still_the_same_cheaper_model() -> None:
    text = _desc(cost_chart(_page(_route("p", "3", "9"))))
    assert "the cheaper model is the same all along" in text, text


def test_bills_that_meet_at_one_end_are_not_one_cheaper_model_all_along() -> None:
    """Equal output prices: at 0% input the bills meet, so A is never dearer, not always cheaper."""
    text = _desc(cost_chart(_page(_route("p", "3", "8")), "share"))
    assert "A is never dearer than the other, and the bills are equal at some points" in text, text


def test_gap_chart_counts_pairs_as_the_tables_read_them() -> None:
    """No interval is claimed where none is drawn; every pair not compared is counted."""
    c = _page(_route("p", "2", "8"))
    svg = gap_chart(c)
    text = _desc(svg)
    assert text == ("Three pairs of scores on shared benchmarks: one comparable, no 95% sampling "
                    "interval drawn; two not compared (separate evaluations or settings that "
                    "differ)."), text
    assert "each with its 95% sampling interval" not in text
    assert 'aria-label="Benchmark gaps (no 95% sampling interval drawn)"' in (svg or "")


@pytest.mark.parametrize(("count", "said"), [(1, "once"), (2, "twice"), (3, "three times"),
                                             (12, "12 times")])
def test_how_often_a_chart_says_lines_cross(count: int, said: str) -> None:
    """"two models' bills cross once", never "one time" (review 8)."""
    assert times(count) == said
