"""An article agrees with a number as it is read aloud: "an 8,192-token context window", "an
8.0-point gap" (review 8: "exceed a 8,000-token context window"); one helper,
``analysis.workload.article``, for the window, the output limit and a gap's points."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import Catalog, Model, Provider, ProviderRoute, Traffic, compare
from phicompare.analysis.workload import article, overrun_text, window_text
from phicompare.domain.records import Benchmark, BenchmarkScore

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _model(mid: str, window: int, score: str) -> Model:
    route = ProviderRoute(provider="p", input=Decimal(1), output=Decimal(1), source=URL,
                          checked=DAY)
    return Model(id=mid, name=mid.upper(), context_window=window, released=dt.date(2025, 1, 1),
                 routes=(route,), scores=(BenchmarkScore(
                     benchmark="b", score=Decimal(score), setting="5-shot",
                     source="https://one.example/table"),))


@pytest.mark.parametrize(("window", "said"), [
    (8_000, "requests of 9,000 tokens exceed an 8,000-token context window"),
    (4_096, "requests of 9,000 tokens exceed a 4,096-token context window"),
])
def test_the_window_reason_takes_the_article_of_its_number(window: int, said: str) -> None:
    """A route that cannot take the requests: "an 8,000-token", as the output limit's reason."""
    models = (_model("a", window, "60"), _model("b", 200_000, "52"))
    catalog = Catalog(models=models, providers=(Provider(id="p", name="P"),),
                      benchmarks=(Benchmark(id="b", name="Bench", items=100_000),))
    c = compare("a", "b", catalog=catalog, as_of=DAY,
                traffic=Traffic.from_requests(per_day=10, input_tokens=8_700, output_tokens=300))
    assert c.routes_of(0)[0].reason == said
    assert said in c.to_markdown()
    assert c.check() == []


def test_a_gap_of_eight_points_takes_an() -> None:
    """"an 8.0-point gap inside the ±... interval", never "a 8.0-point"."""
    models = (_model("a", 128_000, "60.0"), _model("b", 128_000, "52.0"))
    catalog = Catalog(models=models, providers=(Provider(id="p", name="P"),),
                      benchmarks=(Benchmark(id="b", name="Bench", items=20),))
    c = compare("a", "b", catalog=catalog, as_of=DAY)
    said = " ".join(claim.text for claim in c.narrative.claims())
    assert "an 8.0-point gap inside the" in said
    assert "a 8.0-point" not in said
    assert c.check() == []


def test_one_rule_for_every_count() -> None:
    """The window and the output limit read one helper."""
    assert window_text(9_000, 11_000).endswith("an 11,000-token context window")
    assert overrun_text(20_000, 18_000).endswith("an 18,000-token output limit")
    assert [article(n) for n in (8, 80, 800, 1_800, 180_000)] == ["an", "an", "an", "a", "a"]
