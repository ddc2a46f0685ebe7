"""Review 24's data findings P2, P3, P7, P8 and P9: LLMStats prices two snapshots contradict,
Grok 3's date and reasoning-beta scores, Mixtral 8x22B's third record, NanoGPT's window typo,
Grok 4's Foundry route.

Each catalog test fails on the catalog before helper dataAO's fixes (main at 72477f43); the rules'
own tests use made-up records.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import Model, ProviderRoute, compare, default_catalog, estimate
from phicompare.importers._added_routes import AddedRoute, added_routes
from phicompare.importers._contradicted_prices import index, uncontradicted
from phicompare.importers._window_typos import WINDOW_TYPOS, untypoed

_LLMSTATS = ("https://github.com/JonathanChavezTamales/LLMStats/blob/df1d14eda7143f27fd5e7d71d8b14"
             "cb0c807de0d/providers/fireworks/provider.json")
_TODAY = dt.date(2026, 12, 2)
_GENAI = "https://github.com/pydantic/genai-prices/blob/47df840a5ab10bbcffb8e5ac01b9899032245d1b"


def _route(model_id: str, provider: str) -> ProviderRoute:
    return next(r for r in default_catalog().model(model_id).routes if r.provider == provider)


def _priced(provider: str, day: dt.date, price: tuple[str, str], source: str = "https://x.test",
            notes: str | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, source=source, checked=day, input=Decimal(price[0]),
                         output=Decimal(price[1]), notes=notes)


def _one(route: ProviderRoute) -> list[Model]:
    return [Model(id="qwen3", name="Q", routes=(route,))]


def test_fireworks_qwen3_235b_takes_the_price_both_later_snapshots_give() -> None:
    """P2: "$105.00 ... (Fireworks AI, the route behind the bill)" from LLMStats' $0.10/$0.10;
    LiteLLM and genai-prices both give $0.22/$0.88, and the verdict's lower bill reverses."""
    route = _route("qwen3-235b-a22b", "fireworks")
    assert (route.input, route.output) == (Decimal("0.22"), Decimal("0.88"))
    assert route.source == f"{_GENAI}/prices/providers/fireworks.yml"
    assert route.checked == dt.date(2025, 7, 13)
    assert "LLMStats, 2025-04-29" in (route.notes or "")
    qwen = estimate("qwen3-235b-a22b", as_of=_TODAY)
    assert qwen.provider_name != "Fireworks AI"
    assert qwen.monthly == Decimal("310")
    llama = estimate("llama-4-maverick-17b-instruct", as_of=_TODAY).monthly
    assert llama is not None
    assert llama < qwen.monthly


def test_foundry_gpt_4o_2024_05_13_is_billed_at_its_own_price() -> None:
    """P2: "GPT-4o (2024-05-13): $4,500.00 a month on Microsoft Foundry, at $2.50 input and
    $10.00 output"; LiteLLM's azure entry and OpenAI's own route give $5/$15."""
    route = _route("gpt-4o-2024-05-13", "azure-foundry")
    assert (route.input, route.output) == (Decimal("5.00"), Decimal("15.00"))
    assert "LLMStats" not in route.source
    gpt = estimate("gpt-4o-2024-05-13", as_of=_TODAY).monthly
    claude = estimate("claude-3-5-sonnet-20240620", as_of=_TODAY).monthly
    assert gpt == Decimal("7750")
    assert claude is not None
    assert claude < gpt


def test_the_rule_leaves_a_price_only_one_snapshot_contradicts() -> None:
    """P2's caution: a real price change looks like an error to one snapshot; both must agree."""
    day = dt.date(2025, 4, 29)
    ours = _priced("fireworks", day, ("0.9", "0.9"), _LLMSTATS, "LLMStats model id qwen3")
    lite = index(_one(_priced("fireworks_ai", dt.date(2026, 9, 29), ("0.15", "0.6"))))
    gen = index(_one(_priced("fireworks", dt.date(2025, 7, 13), ("0.15", "0.6"))))
    assert uncontradicted(_one(ours), lite, {})[1] == []
    assert uncontradicted(_one(ours), lite, gen)[0][0].routes[0].input == Decimal("0.15")
    differ = index(_one(_priced("fireworks", dt.date(2025, 7, 13), ("0.2", "0.6"))))
    assert uncontradicted(_one(ours), lite, differ)[1] == []


def test_the_rule_never_sets_a_price_back_to_an_older_one() -> None:
    """P2: a snapshot dated before LLMStats' price may predate a cut LLMStats recorded."""
    ours = _priced("fireworks", dt.date(2025, 7, 20), ("2", "8"), _LLMSTATS)
    lite = index(_one(_priced("fireworks_ai", dt.date(2026, 9, 29), ("10", "40"))))
    gen = index(_one(_priced("fireworks", dt.date(2025, 7, 13), ("10", "40"))))
    assert uncontradicted(_one(ours), lite, gen)[1] == []
    other = _priced("fireworks", dt.date(2025, 4, 29), ("2", "8"), "https://models.dev.test")
    assert uncontradicted(_one(other), lite, gen)[1] == []  # not LLMStats': left alone


def test_grok_3_is_dated_by_xais_launch_not_a_listing() -> None:
    """P3: "Grok 3: from xAI, released 2024-12-09" (GitHub Models' listing), two months before
    the launch, while Grok 3 Mini of the same launch read 2025-02-17."""
    assert default_catalog().model("grok-3").released == dt.date(2025, 2, 17)
    text = compare("grok-3", "gpt-4o", as_of=dt.date(2025, 1, 15)).to_markdown()
    assert "Grok 3 was not released until 2025-02-17" in text


def test_grok_3_holds_no_reasoning_beta_scores() -> None:
    """P3: AIME 2024 93.0 (cons@64 in Think mode) set against GPT-4.1's single-pass 48.1."""
    model = default_catalog().model("grok-3")
    assert not any(s.source == "https://x.ai/blog/grok-3" for s in model.scores)
    assert "Grok 3 (Think)" in (model.notes or "")


def test_mixtral_8x22b_instruct_v0_1_is_an_alias_of_the_instruct_model() -> None:
    """P7: "Mixtral 8x22B was not released until 2025-12-11" (NanoGPT's listing date)."""
    catalog = default_catalog()
    assert all(m.id != "mixtral-8x22b-instruct-v0.1" for m in catalog.models)
    model = catalog.model("mixtral-8x22b-instruct-v0.1")
    assert model.id == "mixtral-8x22b-instruct"
    assert model.released == dt.date(2024, 4, 17)
    assert any(r.provider == "nano-gpt" for r in model.routes)


@pytest.mark.parametrize("model_id", [
    "gemini-2.5-pro-exp-03-25", "gemini-2.5-pro-preview-03-25", "gemini-2.5-flash-preview-04-17",
    "gemini-3.1-pro-preview-high", "gemini-3.1-pro-preview-low"])
def test_nanogpts_swapped_digits_are_no_models_window(model_id: str) -> None:
    """P8: "1,048,756 for Gemini 2.5 Pro Preview 0325 and 1,048,576 for Gemini 2.5 Pro"."""
    model = default_catalog().model(model_id)
    assert model.context_window == 1_048_576
    assert all(r.context_window != 1_048_756 for r in model.routes)


def test_the_window_typo_is_read_only_for_its_provider_and_vendor() -> None:
    """P8: OpenRouter's own Owl Alpha listing gives 1,048,756 too: not the typo there."""
    day = dt.date(2026, 7, 2)
    nano = attrs_route("nano-gpt", day)
    other = attrs_route("openrouter", day)
    google = Model(id="g", name="G", vendor="Google", context_window=1_048_756, routes=(nano,))
    owl = Model(id="o", name="O", context_window=1_048_756, routes=(nano,))
    kept = Model(id="k", name="K", vendor="Google", context_window=1_048_756, routes=(other,))
    out, lines = untypoed([google, owl, kept], WINDOW_TYPOS)
    assert [m.context_window for m in out] == [1_048_576, 1_048_756, 1_048_756]
    assert len(lines) == 1
    assert default_catalog().model("owl").context_window == 1_048_756


def attrs_route(provider: str, day: dt.date) -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://x.test", checked=day,
                         input=Decimal(1), output=Decimal(2), context_window=1_048_756)


def test_grok_4_is_billed_on_microsoft_foundry_not_a_resellers_discount() -> None:
    """P9: "Grok 4: $5,535.00 a month on Jiekou.AI ... no route from its maker or from a major
    cloud or platform is eligible"."""
    route = _route("grok-4", "azure-foundry")
    assert (route.input, route.output) == (Decimal("3.00"), Decimal("15.00"))
    assert route.checked == dt.date(2026, 9, 29)
    assert "azure_ai/grok-4" in (route.notes or "")
    grok = estimate("grok-4", as_of=_TODAY)
    assert grok.provider_name == "Microsoft Foundry"
    assert grok.monthly == Decimal("6150")


def test_an_added_route_yields_to_a_listed_one() -> None:
    """P9: where a snapshot lists the provider's route, the keyed one is not added beside it."""
    listed = _priced("p", dt.date(2026, 7, 2), ("2", "10"))
    keyed = AddedRoute("qwen3", _priced("p", dt.date(2026, 9, 29), ("3", "15")), "why")
    out, lines = added_routes(_one(listed), [keyed])
    assert out[0].routes == (listed,)
    assert lines == []
