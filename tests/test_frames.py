"""Data frames: exact Decimals unless asked, unknown as NA (never 0), an error without pandas."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

import pytest

from phicompare import (
    Capability,
    ComparisonError,
    FrameError,
    Support,
    Traffic,
    compare,
    default_catalog,
    estimate,
    recommend,
)
from phicompare.render.frames import TABLES, catalog_frame, comparison_frame

DAY = dt.date(2026, 11, 25)


def test_without_pandas_a_frame_error_says_what_to_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs with or without pandas installed: an import that fails is a FrameError."""
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    c = compare("phi-2", "phi-4-mini", as_of=DAY)
    with pytest.raises(FrameError, match=r"pip install 'phicompare\[frames\]'") as err:
        c.to_frame()
    assert isinstance(err.value, ImportError)
    with pytest.raises(FrameError):
        catalog_frame(default_catalog())


try:
    import pandas as pd
except ImportError:  # the frames extra is not installed: only the error above is tested
    pd = None

needs_pandas = pytest.mark.skipif(pd is None, reason="pandas (the frames extra) is not installed")


@pytest.fixture(scope="module")
def pair() -> object:
    return compare("phi-2", "phi-4-mini", as_of=DAY)


@needs_pandas
@pytest.mark.parametrize(("table", "rows", "first_columns"), [
    ("benchmarks", None, ["benchmark", "label", "category", "model", "score"]),
    ("routes", 9, ["model", "provider", "provider_id", "provider_model_id", "status"]),
    ("cost", 2, ["model", "provider", "input", "output", "monthly"]),
    ("specs", 2, ["name", "released", "context_window", "max_output_tokens", "parameters_b"]),
])
def test_each_table(pair: object, table: str, rows: int | None,
                    first_columns: list[str]) -> None:
    frame = pair.to_frame(table)  # type: ignore[attr-defined]
    assert list(frame.columns[:5]) == first_columns
    if rows is not None:
        assert len(frame) == rows
    assert table in TABLES


@needs_pandas
def test_money_stays_exact_by_default(pair: object) -> None:
    cost = pair.to_frame("cost")  # type: ignore[attr-defined]
    assert cost["monthly"].dtype == object
    assert cost["monthly"].tolist() == [Decimal("105.00"), Decimal("135.000")]
    assert cost["monthly"].sum() == Decimal("240.000")


@needs_pandas
def test_a_tiny_bill_is_written_in_places_not_an_exponent() -> None:
    """A bill of $0.0000005 a month showed and went to CSV as ``5E-7`` (API review 15, notes)."""
    c = compare("gemini-2.5-flash", "gemini-2.5-flash-lite", as_of=DAY,
                traffic=Traffic.parse("1/month@1:1"))
    cost = c.to_frame("cost")
    assert Decimal("5E-7") in cost["monthly"].tolist()  # exact, equal, still a Decimal
    assert all(isinstance(v, Decimal) for v in cost["monthly"])
    assert "E-" not in cost.to_csv(), cost.to_csv()
    assert "0.0000005" in cost.to_csv()
    assert "E-" not in cost.to_string()
    assert cost["monthly"].sum() == sum(e.monthly for e in c.cost.estimates if e.monthly)


@needs_pandas
def test_float_only_when_asked(pair: object) -> None:
    cost = pair.to_frame("cost", money="float")  # type: ignore[attr-defined]
    assert str(cost["monthly"].dtype) == "Float64"
    assert cost["monthly"].tolist() == [105.0, 135.0]


@needs_pandas
def test_unknown_is_na_never_zero() -> None:
    c = compare("phi-1", "phi-2", as_of=DAY)
    cost = c.to_frame("cost")
    assert pd.isna(cost.loc[0, "monthly"])
    assert pd.isna(cost.loc[0, "provider"])
    assert pd.isna(cost.loc[0, "cheapest"])
    specs = c.to_frame("specs", money="float")
    assert pd.isna(specs.loc["phi-1", "context_window"])
    assert str(specs["context_window"].dtype) == "Int64"
    cat = catalog_frame(default_catalog(), as_of=DAY)
    assert pd.isna(cat.loc["phi-1", "input"])
    assert pd.isna(cat.loc["phi-1", "reseller_listing"])  # no route billed: unknown, not False
    for model in default_catalog():  # not documented: NA, never False
        for capability in Capability:
            value = cat.loc[model.id, capability.value]
            support = model.support(capability)
            assert pd.isna(value) if support is Support.UNKNOWN else (
                bool(value) is (support is Support.YES))


@needs_pandas
def test_benchmarks_are_tidy(pair: object) -> None:
    frame = pair.to_frame("benchmarks")  # type: ignore[attr-defined]
    mmlu = frame[frame["benchmark"] == "mmlu"].set_index("model")
    assert mmlu.loc["phi-2", "score"] == Decimal("56.3")
    assert mmlu.loc["phi-4-mini", "setting"] == "5-shot"


@needs_pandas
def test_catalog_frame_prices_skip_free_and_deprecated() -> None:
    """The billed route's prices (API review 14, A2): never a free tier's or a deprecated one's."""
    cat = catalog_frame(default_catalog(), as_of=DAY)
    assert len(cat) == len(default_catalog())
    assert cat.loc["phi-4-mini", "input"] == Decimal("0.075")  # not the free tiers' 0
    assert cat.loc["llama-3.2-1b", "input"] == Decimal("0.02")
    assert int(cat.loc["phi-4-mini", "routes"]) == 7


@needs_pandas
def test_recommendation_and_estimate_frames() -> None:
    r = recommend(limit=3, as_of=DAY)
    frame = r.to_frame()
    assert frame["model"].tolist() == [c.model.id for c in r.candidates]
    assert frame["monthly"].tolist() == [c.monthly for c in r.candidates]
    routes = estimate("phi-4-mini", as_of=DAY).to_frame(money="float")
    assert routes["eligible"].tolist().count(True) == 5
    by_provider = routes.set_index("provider")
    assert pd.isna(by_provider.loc["Microsoft Foundry", "reason"])
    assert by_provider.loc["NVIDIA NIM (API catalog)", "monthly"] == 0.0  # a free tier: zero
    # a retired route has no bill: unknown, never zero (GitHub Models closed on 2026-07-30)
    assert pd.isna(by_provider.loc["GitHub Models", "monthly"])
    assert by_provider.loc["GitHub Models", "reason"] == "retired on 2026-07-30"


@needs_pandas
@pytest.mark.parametrize(("table", "money", "message"), [
    ("prices", "decimal", "unknown table 'prices'"),
    ("cost", "int", "money is 'decimal'"),
])
def test_bad_options(pair: object, table: str, money: str, message: str) -> None:
    with pytest.raises(ComparisonError, match=message):
        comparison_frame(pair, table, money=money)  # type: ignore[arg-type]


@needs_pandas
def test_prices_beside_a_bill_are_the_ones_it_applied() -> None:
    """Requests crossing Gemini 2.5 Pro's long-context tier: the cost and routes frames'
    ``input``/``output`` are the tier's prices the bills applied, ``base_*`` the routes' own."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=1_000)
    c = compare("gemini-2.5-pro", "phi-4-mini", traffic=traffic, as_of=DAY)
    cost = c.to_frame("cost").set_index("model")
    e = c.cost.estimates[0]
    assert e.route is not None
    assert (cost.loc["gemini-2.5-pro", "input"], cost.loc["gemini-2.5-pro", "output"]) == (
        e.input_price, e.output_price) == (Decimal("2.50"), Decimal("15.00"))
    assert (cost.loc["gemini-2.5-pro", "base_input"],
            cost.loc["gemini-2.5-pro", "base_output"]) == (e.route.input, e.route.output)
    routes = c.to_frame("routes")
    for k, row in enumerate(c.routes):
        assert row.input_price is None or routes.loc[k, "input"] == row.input_price
        assert row.route.input is None or routes.loc[k, "base_input"] == row.route.input
        assert bool(routes.loc[k, "tier_unlisted"]) is row.tier_unlisted
    assert (routes["input"] != routes["base_input"]).fillna(False).any()
    assert routes["tier_unlisted"].any()
    picks = recommend(limit=3, as_of=DAY, traffic=traffic)
    assert picks.to_frame()["input"].tolist() == [p.estimate.input_price for p in picks.candidates]
