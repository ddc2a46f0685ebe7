"""Review 25's data findings (helper dataAQ): P1, P2, P8's data and two small gaps.

P1: models.dev's Azure files priced the 8K GPT-4 as GPT-4 32K ($60/$120), so every GPT-4 page
billed twice its price. P2: release dates read from listings contradicted the ids' own -2506 and
-2509 (and GPT-4o Audio's launch). P8: the gpt-4o alias cost $5/$15 until 2024-10-02, and a page
dated before billed the later $2.50/$10. Smaller: licences and sizes the makers' cards state.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import Model, ProviderRoute, compare, default_catalog
from phicompare.catalog.lint import STAMP_LAG_MONTHS, strict_problems
from phicompare.importers._dated_prices import dated_prices
from phicompare.importers._keyed_histories import KEYED_HISTORIES
from phicompare.importers._window_siblings import window_siblings
from phicompare.narrative.check import check_claims

TODAY = dt.date(2026, 12, 2)


def test_gpt4_on_foundry_is_priced_as_gpt4_not_gpt4_32k_and_retired_with_its_versions() -> None:
    """P1: $30/$60 (the catalog's gpt-4-0613 Foundry route, LiteLLM, OpenAI), gone 2025-06-06."""
    model = default_catalog().model("gpt-4")
    (route,) = [r for r in model.routes if r.provider == "azure-foundry"]
    assert (route.input, route.output) == (Decimal("30.00"), Decimal("60.00"))
    assert route.retires == dt.date(2025, 6, 6)
    assert "gpt-4-32k" in (route.notes or "")
    # dated the day before OpenAI shut GPT-4 down (2026-10-23), when its resellers' routes
    # retired too (helper dataAT): after it no route bills it
    c = compare("gpt-4", "gpt-3.5-turbo", as_of=dt.date(2026, 10, 22))
    assert c.cost.estimates[0].monthly == Decimal("39000.00")
    assert check_claims(c.narrative, c) == []


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_price_copied_from_a_sibling_named_for_a_larger_window_is_flagged(
        shared_data: Path) -> None:
    """The rule finds the Azure GPT-4 files in the shared snapshot, and nothing it need not."""
    lines = window_siblings(shared_data / "models.dev")
    assert "azure: gpt-4 ($60 and $120, 8,192 tokens) is priced as gpt-4-32k (32,768 tokens)" in (
        lines)
    assert all(" is priced as gpt-4-32k " in line for line in lines), lines


def test_a_sibling_at_another_price_or_the_same_window_is_not_flagged(tmp_path: Path) -> None:
    models = tmp_path / "providers" / "p" / "models"
    models.mkdir(parents=True)
    for name, price, window in (("a", 1, 8192), ("a-32k", 2, 32768),
                                ("b", 1, 202000), ("b-202k", 1, 202000)):
        (models / f"{name}.toml").write_text(
            f"[cost]\ninput = {price}\noutput = {price}\n[limit]\ncontext = {window}\n")
    assert window_siblings(tmp_path) == []
    (models / "a-32k.toml").write_text("[cost]\ninput = 1\noutput = 1\n[limit]\ncontext = 32768\n")
    assert window_siblings(tmp_path) == [
        "p: a ($1 and $1, 8,192 tokens) is priced as a-32k (32,768 tokens)"]


def test_release_dates_are_the_makers_not_the_listings() -> None:
    """P2: Mistral's docs date Magistral Small 1.0 and 1.2; OpenAI's SDKs GPT-4o Audio."""
    catalog = default_catalog()
    assert catalog.model("magistral-small-2506").released == dt.date(2025, 6, 10)
    assert catalog.model("magistral-small-2509").released == dt.date(2025, 9, 18)
    assert catalog.model("magistral-small").released == dt.date(2025, 9, 18)
    assert catalog.model("gpt-4o-audio-preview").released == dt.date(2024, 10, 17)
    page = compare("magistral-small-2506", "mistral-small-2506", as_of=dt.date(2025, 7, 1))
    verdict = " ".join(claim.text for claim in page.narrative.verdict)
    assert "not released until" not in verdict
    early = compare("magistral-small", "qwen3-32b", as_of=dt.date(2025, 4, 1))
    assert "Pick Magistral Small" not in " ".join(cl.text for cl in early.narrative.verdict)


def test_strict_flags_a_release_outside_the_month_the_id_is_stamped_with() -> None:
    def flagged(model_id: str, day: dt.date) -> list[str]:
        model = Model(id=model_id, name="M", released=day)
        return [p.message for p in strict_problems([(model, "m.toml", "models[0]")], today=TODAY)
                if p.path.endswith(".released")]

    late = flagged("magistral-small-2506", dt.date(2025, 9, 25))
    assert len(late) == 1
    assert "3 months after June 2025" in late[0]
    early = flagged("mistral-large-2512", dt.date(2024, 11, 1))
    assert len(early) == 1
    assert "before December 2025" in early[0]
    assert flagged("claude-3-sonnet-20240229", dt.date(2024, 3, 4)) == []  # a month on: kept
    assert flagged("m-2502", dt.date(2025, 2 + STAMP_LAG_MONTHS - 1, 8)) == []
    assert flagged("gpt-4-0613", dt.date(2023, 6, 13)) == []  # no year: not read


def test_no_bundled_model_is_dated_outside_its_ids_stamp() -> None:
    catalog = default_catalog()
    found = [(m.id, p.message) for m in catalog.models
             for p in strict_problems([(m, "f", "m")], today=TODAY)
             if p.path.endswith(".released")]
    assert found == []


def test_gpt4o_cost_its_launch_price_until_the_alias_moved() -> None:
    """P8: on 2024-07-01 gpt-4o was billed $5/$15, so Claude Sonnet 3.5 is the lower bill."""
    c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=dt.date(2024, 7, 1))
    bill = c.cost.estimates[0]
    assert (bill.input_price, bill.output_price) == (Decimal("5.00"), Decimal("15.00"))
    assert bill.monthly == Decimal("7750.00")
    assert "Pick Claude Sonnet 3.5 for the lower bill" in " ".join(
        cl.text for cl in c.narrative.verdict)
    assert check_claims(c.narrative, c) == []
    later = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=dt.date(2024, 11, 1))
    assert later.cost.estimates[0].input_price == Decimal("2.50")


def test_the_alias_history_leaves_the_dated_snapshots_alone() -> None:
    """Only gpt-4o moved: gpt-4o-2024-08-06 cost $2.50/$10 from its launch."""
    snapshot = ProviderRoute(provider="openai", provider_model_id="gpt-4o-2024-08-06",
                             input=Decimal("2.50"), output=Decimal("10.00"),
                             source="https://models.test", checked=dt.date(2026, 7, 2))
    model = Model(id="gpt-4o-2024-08-06", name="GPT-4o", vendor="OpenAI",
                  released=dt.date(2024, 8, 6), routes=(snapshot,))
    (out,), lines = dated_prices([model], KEYED_HISTORIES)
    assert out.routes == (snapshot,)
    assert lines == []
    bundled = default_catalog().model("gpt-4o-2024-08-06")
    assert all(r.effective_from is None for r in bundled.routes)


def test_licences_and_sizes_the_makers_cards_state() -> None:
    catalog = default_catalog()
    expected = {"gpt-oss-120b": ("Apache-2.0", "117", "5.1"),
                "gpt-oss-20b": ("Apache-2.0", "21", "3.6"),
                "deepseek-v3.1": ("MIT", "671", "37"),
                "mistral-large-2512": ("Apache-2.0", "675", "41"),
                "magistral-small-2509": ("Apache-2.0", "24", None)}
    for model_id, (licence, total, active) in expected.items():
        model = catalog.model(model_id)
        assert model.license == licence, model_id
        assert model.parameters_b == Decimal(total), model_id
        assert model.active_parameters_b == (Decimal(active) if active else None), model_id
    assert catalog.model("magistral-small-2509").vendor == "Mistral AI"
    assert not catalog.model("magistral-small-2509").vendor_inferred
