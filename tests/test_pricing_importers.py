"""Every pricing rule from every source that has it: tiers side by side, tier cache prices, the
at-or-above boundary, range tiers, time windows, 1-hour cache writes, lone zeros."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from phicompare import RouteStatus
from phicompare.domain.records import PriceWindow, Tier, TierBoundary
from phicompare.importers import from_genai_prices, from_litellm, from_models_dev, from_openrouter

DAY = dt.date(2026, 1, 1)
D = Decimal


def litellm(tmp_path: Path, entries: dict[str, object]) -> dict[str, object]:
    file = tmp_path / "prices.json"
    file.write_text(json.dumps(entries), encoding="utf-8")
    catalog = from_litellm(file, checked=DAY)
    return {"catalog": catalog, "notes": {n.field: n.reason for n in catalog.report.fields}}


def test_litellm_tiers_side_by_side_with_cache_prices_and_one_hour_writes(tmp_path: Path) -> None:
    got = litellm(tmp_path, {"anthropic/m": {
        "litellm_provider": "anthropic", "mode": "chat",
        "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
        "cache_read_input_token_cost": 3e-07, "cache_creation_input_token_cost": 3.75e-06,
        "cache_creation_input_token_cost_above_1hr": 6e-06,
        "input_cost_per_token_above_200k_tokens": 6e-06,
        "output_cost_per_token_above_200k_tokens": 2.25e-05,
        "cache_read_input_token_cost_above_200k_tokens": 6e-07,
        "cache_creation_input_token_cost_above_200k_tokens": 7.5e-06,
        "cache_creation_input_token_cost_above_1hr_above_200k_tokens": 1.2e-05,
        "input_cost_per_token_above_500k_tokens": 9e-06}})
    route = got["catalog"].model("anthropic/m").routes[0]  # type: ignore[attr-defined]
    assert route.cache_write_1h == D(6)
    assert route.tiers == (
        Tier(above_input_tokens=200_000, input=D(6), output=D("22.5"), cache_read=D("0.6"),
             cache_write=D("7.5"), cache_write_1h=D(12)),
        Tier(above_input_tokens=500_000, input=D(9)))  # output keeps the 200k tier's


def test_litellm_xai_tiers_start_at_the_threshold(tmp_path: Path) -> None:
    got = litellm(tmp_path, {"xai/grok": {
        "litellm_provider": "xai", "mode": "chat", "input_cost_per_token": 2e-07,
        "output_cost_per_token": 5e-07, "input_cost_per_token_above_128k_tokens": 4e-07}})
    tier = got["catalog"].model("xai/grok").routes[0].tiers[0]  # type: ignore[attr-defined]
    assert (tier.boundary, tier.input, tier.output) == (TierBoundary.AT_OR_ABOVE, D("0.4"), None)


def test_litellm_tiered_pricing_ranges_become_base_and_tiers(tmp_path: Path) -> None:
    got = litellm(tmp_path, {"dashscope/qwen": {
        "litellm_provider": "dashscope", "mode": "chat", "output_cost_per_token": 9e-06,
        "tiered_pricing": [
            {"range": [32000, 128000], "input_cost_per_token": 2e-06},
            {"range": [0, 32000], "input_cost_per_token": 1e-06,
             "output_cost_per_token": 4e-06, "cache_read_input_token_cost": 2e-07}]}})
    route = got["catalog"].model("dashscope/qwen").routes[0]  # type: ignore[attr-defined]
    assert (route.input, route.output, route.cache_read) == (D(1), D(4), D("0.2"))
    # the second range bills cache at its input price (LiteLLM's rule) and keeps the entry's output
    assert route.tiers == (Tier(above_input_tokens=32_000, input=D(2), output=D(9),
                                cache_read=D(2)),)
    assert "tiered_pricing" not in got["notes"]  # type: ignore[operator]


def test_litellm_tiered_pricing_with_gaps_is_reported(tmp_path: Path) -> None:
    got = litellm(tmp_path, {"dashscope/qwen": {
        "litellm_provider": "dashscope", "mode": "chat",
        "tiered_pricing": [{"range": [0, 1000], "input_cost_per_token": 1e-06},
                           {"range": [2000, 3000], "input_cost_per_token": 2e-06}]}})
    route = got["catalog"].model("dashscope/qwen").routes[0]  # type: ignore[attr-defined]
    assert (route.input, route.tiers) == (None, ())
    assert "gaps" in got["notes"]["tiered_pricing[]"]  # type: ignore[index]


def test_litellm_off_peak_pricing_becomes_windows(tmp_path: Path) -> None:
    got = litellm(tmp_path, {"deepseek/x": {
        "litellm_provider": "deepseek", "mode": "chat", "input_cost_per_token": 3e-07,
        "output_cost_per_token": 1.2e-06, "off_peak_pricing": {
            "input_cost_per_token": 1.5e-07, "output_cost_per_token": 6e-07,
            "windows": [{"hours_utc": ["00:00-01:00", "10:00-00:00"], "weekdays": [1, "Tue"]},
                        {"hours_utc": "00:00-00:00", "weekdays": [6, 7]}]}},
        "tencent/y": {
            "litellm_provider": "tencent", "mode": "chat", "input_cost_per_token": 3e-07,
            "output_cost_per_token": 1.2e-06, "off_peak_pricing": {
                "input_cost_per_token": 1.5e-07, "weekday_timezone": "Asia/Shanghai",
                "windows": [{"hours_utc": "00:00-00:00", "weekdays": [6, 7]}]}}})
    catalog = got["catalog"]
    windows = catalog.model("deepseek/x").routes[0].windows  # type: ignore[attr-defined]
    assert windows == (
        PriceWindow(start="00:00", end="01:00", weekdays=(1, 2), input=D("0.15"),
                    output=D("0.6")),
        PriceWindow(start="10:00", end="00:00", weekdays=(1, 2), input=D("0.15"),
                    output=D("0.6")),
        PriceWindow(start="00:00", end="00:00", weekdays=(6, 7), input=D("0.15"),
                    output=D("0.6")))
    assert catalog.model("tencent/y").routes[0].windows == ()  # type: ignore[attr-defined]
    assert "local calendar" in got["notes"]["off_peak_pricing.weekday_timezone"]  # type: ignore[index]


def test_litellm_lone_zero_is_unknown_unless_marked_free(tmp_path: Path) -> None:
    got = litellm(tmp_path, {
        "p/paid": {"litellm_provider": "p", "mode": "chat", "input_cost_per_token": 1.4e-07,
                   "output_cost_per_token": 0},
        "p/gift:free": {"litellm_provider": "p", "mode": "chat",
                        "input_cost_per_token": 1.4e-07, "output_cost_per_token": 0},
        "p/both": {"litellm_provider": "p", "mode": "chat", "input_cost_per_token": 0,
                   "output_cost_per_token": 0}})
    catalog = got["catalog"]
    paid = catalog.model("p/paid").routes[0]  # type: ignore[attr-defined]
    assert (paid.input, paid.output, paid.is_priced) == (D("0.14"), None, False)
    assert catalog.model("p/gift:free").routes[0].output == 0  # type: ignore[attr-defined]
    both = catalog.model("p/both").routes[0]  # type: ignore[attr-defined]
    assert (both.input, both.output, both.status) == (0, 0, RouteStatus.FREE_TIER)
    assert "lone zero" in got["notes"]["output = 0"]  # type: ignore[index]


def genai(tmp_path: Path, models: list[dict[str, object]]) -> object:
    file = tmp_path / "data.json"
    file.write_text(json.dumps([{"id": "p", "name": "P", "models": models}]), encoding="utf-8")
    return from_genai_prices(file, checked=DAY)


def test_genai_prices_time_of_day_keeps_the_standard_price_and_an_off_peak_window(
        tmp_path: Path) -> None:
    catalog = genai(tmp_path, [{"id": "chat", "prices": [
        {"prices": {"input_mtok": 0.135, "cache_read_mtok": 0.035, "output_mtok": 0.55}},
        {"constraint": {"start_time": "00:30:00Z", "end_time": "16:30:00Z"},
         "prices": {"input_mtok": 0.27, "cache_read_mtok": 0.07, "output_mtok": 1.1}}]}])
    route = catalog.model("chat").routes[0]  # type: ignore[attr-defined]
    assert (route.input, route.output, route.cache_read) == (D("0.27"), D("1.1"), D("0.07"))
    assert route.windows == (PriceWindow(start="16:30", end="00:30", input=D("0.135"),
                                         output=D("0.55"), cache_read=D("0.035")),)


def test_genai_prices_tiers_per_unit_and_one_hour_writes(tmp_path: Path) -> None:
    catalog = genai(tmp_path, [{"id": "m", "prices": {
        "input_mtok": {"base": 1, "tiers": [{"start": 100, "price": 2},
                                            {"start": 400, "price": 3}]},
        "output_mtok": {"base": 1, "tiers": [{"start": 100, "price": 2}]},
        "cache_read_mtok": {"base": 0.1, "tiers": [{"start": 100, "price": 0.2}]},
        "cache_write_1h_mtok": 2}}])
    route = catalog.model("m").routes[0]  # type: ignore[attr-defined]
    assert route.cache_write_1h == 2
    assert route.tiers == (Tier(above_input_tokens=100, input=D(2), output=D(2),
                                cache_read=D("0.2")),
                           Tier(above_input_tokens=400, input=D(3)))


def test_models_dev_tier_cache_prices_and_lone_zero(tmp_path: Path) -> None:
    models = tmp_path / "providers/p/models"
    models.mkdir(parents=True)
    (models / "m.toml").write_text(
        'name = "M"\n[cost]\ninput = 3\noutput = 15\ncache_read = 0.3\n'
        '[[cost.tiers]]\ntier = { type = "context", size = 200_000 }\ninput = 6\n'
        'cache_read = 0.6\ncache_write = 7.5\n', encoding="utf-8")
    (models / "embed.toml").write_text('name = "E"\n[cost]\ninput = 0.15\noutput = 0\n',
                                       encoding="utf-8")
    catalog = from_models_dev(tmp_path, checked=DAY)
    route = catalog.model("m").routes[0]
    assert route.tiers == (Tier(above_input_tokens=200_000, input=D(6), cache_read=D("0.6"),
                                cache_write=D("7.5")),)
    embed = catalog.model("embed").routes[0]
    assert (embed.input, embed.output) == (D("0.15"), None)


def test_openrouter_lone_zero_is_unknown_unless_free(tmp_path: Path) -> None:
    file = tmp_path / "models.json"
    file.write_text(json.dumps({"data": [
        {"id": "lab/paid", "name": "Lab: Paid",
         "pricing": {"prompt": "0.00000014", "completion": "0"}},
        {"id": "lab/gift:free", "name": "Lab: Gift (free)",
         "pricing": {"prompt": "0.00000014", "completion": "0"}}]}), encoding="utf-8")
    catalog = from_openrouter(file, checked=DAY)
    assert catalog.model("lab/paid").routes[0].output is None
    assert any(r.output == 0 for r in catalog.model("lab/gift:free").routes)
