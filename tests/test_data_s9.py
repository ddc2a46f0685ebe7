"""Keyed open weights and route retirements of the bundled layer (brief data8)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from phicompare import Traffic, compare, default_catalog
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.importers._conflicts import RecordFacts
from phicompare.importers._correct import Correction
from phicompare.importers._retirements import Retirement, retired_routes
from phicompare.importers._weights import keyed_weights, unconfirmed_weights

_READ = dt.date(2026, 12, 1)
_CARD = "https://huggingface.co/org/m"


def _reseller_open(model: str) -> dict[str, list[RecordFacts]]:
    return {model: [RecordFacts(source="models.dev:kilo", url="https://kilo.test",
                                facts=(("open_weights", True),))]}


def test_a_keyed_open_weights_correction_sources_a_resellers_open(tmp_path: Path) -> None:
    """A maker's card decides open weights a reseller alone gave: the card joins the sources,
    the notes say so, and OpenRouter's listing (no link) no longer leaves them unsourced."""
    listing = tmp_path / "models.json"
    listing.write_text('{"data": [{"id": "org/m", "name": "Org: M", "hugging_face_id": ""}]}',
                       encoding="utf-8")
    fix = Correction("m", "open_weights", True, _CARD, _READ, "the card")
    model = Model(id="m", name="M", open_weights=True)
    keyed, lines = keyed_weights([model], (fix,))
    assert keyed[0].open_weights is True
    assert _CARD in keyed[0].sources
    assert "Open weights true" in (keyed[0].notes or "")
    assert lines
    out, unconfirmed = unconfirmed_weights(keyed, _reseller_open("m"), listing,
                                           decided={fix.model})
    assert out[0].open_weights is True
    assert unconfirmed == []
    plain, said = unconfirmed_weights([model], _reseller_open("m"), listing)
    assert plain[0].open_weights is None
    assert said


def test_a_keyed_open_weights_correction_sets_an_unknown_flag() -> None:
    """Unknown open weights take the card's value, and the line says the change."""
    fix = Correction("m", "open_weights", True, _CARD, _READ, "the card")
    out, lines = keyed_weights([Model(id="m", name="M"), Model(id="n", name="N")], (fix,))
    assert [m.open_weights for m in out] == [True, None]
    assert lines == [f"m: open weights unknown -> true ({_CARD}, read 2026-12-01): the card"]


def test_pixtral_large_2411_and_minimax_m1_80k_publish_their_weights() -> None:
    """Their makers' Hugging Face repositories hold the weights; GLM-4 32B (Z.ai's API model
    GLM-4-32B-0414-128K, whose page says nothing of weights) stays not yet sourced."""
    catalog = default_catalog()
    for model_id, card in (
            ("pixtral-large-2411", "https://huggingface.co/mistralai/Pixtral-Large-Instruct-2411"),
            ("minimax-m1-80k", "https://huggingface.co/MiniMaxAI/MiniMax-M1-80k")):
        model = catalog.model(model_id)
        assert model.open_weights is True, model_id
        assert card in model.sources, model_id
        assert "not yet sourced" not in (model.notes or ""), model_id
    assert catalog.model("glm-4-32b").open_weights is None


def test_a_keyed_retirement_dates_the_route_and_keeps_its_price() -> None:
    """A retirement sets the route's ``retires`` day; its price and price source stay."""
    route = ProviderRoute(provider="p", source="https://price.test", checked=dt.date(2025, 7, 5),
                          input=Decimal(1), output=Decimal(2))
    fix = Retirement("m", "p", dt.date(2025, 9, 24), "https://shutdown.test", _READ, "why")
    out, lines = retired_routes([Model(id="m", name="M", routes=(route,))], (fix,))
    kept = out[0].routes[0]
    assert kept.retires == dt.date(2025, 9, 24)
    assert (kept.input, kept.source, kept.checked) == (Decimal(1), "https://price.test",
                                                        dt.date(2025, 7, 5))
    assert "https://shutdown.test" in (kept.notes or "")
    assert "https://shutdown.test" in out[0].sources
    assert lines == ["m: p route retires 2025-09-24 (https://shutdown.test, read 2026-12-01): why"]


def test_gemini_flash_8b_is_not_billed_after_google_retired_it() -> None:
    """Google shut down Gemini 1.5 Flash-8B on 2025-09-24: a page dated after bills no route of
    it; one dated before still does."""
    model = default_catalog().model("gemini-1.5-flash-8b")
    google = next(r for r in model.routes if r.provider == "google")
    assert google.retires == dt.date(2025, 9, 24)
    traffic = Traffic(input_tokens=10**9, output_tokens=10**8)
    after = compare("gpt-4o-mini", "gemini-1.5-flash-8b", traffic=traffic, as_of=_READ)
    assert after.cost.estimates[1].monthly is None
    assert after.check() == []
    before = compare("gpt-4o-mini", "gemini-1.5-flash-8b", traffic=traffic,
                     as_of=dt.date(2025, 9, 1))
    assert before.cost.estimates[1].monthly == Decimal("52.50")


_QWEN3_HYBRIDS = (("qwen3-4b", "Qwen3-4B"), ("qwen3-8b", "Qwen3-8B"), ("qwen3-14b", "Qwen3-14B"),
                  ("qwen3-30b-a3b", "Qwen3-30B-A3B"), ("qwen-3-30b", "Qwen3-30B-A3B"))
# (qwen3-235b is Qwen3-235B-A22B's record since review 9, H1, which states both itself)


def test_qwen3_hybrids_document_tool_calling_on_their_own_records() -> None:
    """Qwen's cards for the April 2025 hybrids document tool calling ("Agentic Use": "Qwen3
    excels in tool calling capabilities"), which only their routes stated."""
    catalog = default_catalog()
    for model_id, repo in _QWEN3_HYBRIDS:
        model = catalog.model(model_id)
        assert model.capabilities.function_calling is True, model_id
        assert f"https://huggingface.co/Qwen/{repo}" in model.sources, model_id
        assert "tool calling" in (model.notes or ""), model_id
