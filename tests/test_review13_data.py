"""Review 13's model-data findings (M2, M3, M7, M8): each model dated, priced and scored as its
maker gives it, one record a model."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import compare, default_catalog


def test_command_r_plus_04_2024_is_the_april_release_at_cohere_s_price() -> None:
    """M2: command-r-plus-04-2024 is the April 2024 Command R+ (open weights on Hugging Face,
    CC-BY-NC), at Cohere's $3/$15 like Bedrock's route; LLMStats' $0.25/$1.00 Cohere price, a
    tenth of both, made it "the lower bill" beside its own 08-2024 refresh."""
    model = default_catalog().model("command-r-plus-04-2024")
    assert model.released == dt.date(2024, 4, 4)
    assert model.open_weights is True
    (cohere,) = [r for r in model.routes if r.provider == "cohere"]
    assert (cohere.input, cohere.output) == (Decimal("3.00"), Decimal("15.00"))
    page = compare("command-r-plus-04-2024", "command-r-plus-08-2024")
    assert page.check() == []
    glance = " ".join(c.text for c in (*page.narrative.verdict, *page.narrative.at_a_glance))
    assert "(command-r-plus-04-2024) for the lower bill" not in glance, glance


def test_a_hosts_nova_v1_is_bedrocks_nova() -> None:
    """M3 (the rule): OpenRouter's amazon/nova-lite-v1 is Bedrock's amazon.nova-lite-v1:0
    without its ":0", the one model Amazon's Bedrock card names Nova Lite; one merge, one model."""
    from phicompare.catalog.index import Catalog
    from phicompare.domain.pricing import ProviderRoute
    from phicompare.domain.records import Model
    from phicompare.importers import merge
    from phicompare.importers._identity import identity_key

    for name in ("amazon/nova-lite-v1", "amazon.nova-lite-v1:0", "us.amazon.nova-lite-v1:0"):
        assert identity_key(name) == identity_key("nova-lite") == "novalite", name
    assert identity_key("amazon/nova-2-lite-v1") == identity_key("amazon.nova-2-lite-v1:0")
    assert identity_key("amazon/nova-2-lite-v1") != identity_key("nova-lite")
    day = dt.date(2025, 1, 1)
    bedrock = Model(id="nova-lite", name="Nova Lite", aliases=("amazon.nova-lite-v1:0",),
                    routes=(ProviderRoute(provider="aws-bedrock", source="https://a.test",
                                          checked=day, input=Decimal("0.06"),
                                          output=Decimal("0.24")),))
    host = Model(id="nova-lite-v1", name="Nova Lite 1.0", aliases=("amazon/nova-lite-v1",),
                 routes=(ProviderRoute(provider="openrouter", source="https://b.test",
                                       checked=day, input=Decimal("0.06"),
                                       output=Decimal("0.24")),))
    merged = merge([Catalog(models=(bedrock,)), Catalog(models=(host,))])
    assert len(merged.models) == 1
    assert len(merged.models[0].routes) == 2


def test_each_nova_model_is_one_record_dated_by_amazon() -> None:
    """M3 (the catalog): nova-lite and nova-lite-v1 (and Micro, Pro, 2 Lite) were two records
    each; Nova 2 Lite came on 2025-12-02 (re:Invent 2025), not 2024-12-01, and Nova Premier
    became generally available on 2025-04-30, not 2025-11-01."""
    catalog = default_catalog()
    ids = {m.id for m in catalog.models}
    for base in ("nova-lite", "nova-micro", "nova-pro", "nova-2-lite"):
        assert f"{base}-v1" not in ids, base
        assert catalog.model(f"{base}-v1").id == base
        routes = {r.provider for r in catalog.model(base).routes}
        assert {"aws-bedrock", "openrouter"} <= routes, (base, routes)
    assert catalog.model("nova-2-lite").released == dt.date(2025, 12, 2)
    assert catalog.model("nova-premier-v1").released == dt.date(2025, 4, 30)
    page = compare("nova-2-lite", "nova-lite")
    assert page.check() == []


def test_gpt_4_1_family_knows_june_2024() -> None:
    """M7: OpenAI's GPT-4.1 post gives the family "a refreshed knowledge cutoff of June 2024";
    models.dev's 2024-04 is not OpenAI's."""
    catalog = default_catalog()
    for model_id in ("gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano"):
        model = catalog.model(model_id)
        assert model.knowledge_cutoff == "2024-06", model_id
        assert "https://openai.com/index/gpt-4-1/" in model.sources, model_id
    page = compare("gpt-5", "gpt-4.1")
    assert page.check() == []


def test_a_score_whose_source_says_diamond_moves_to_gpqa_diamond() -> None:
    """M8 (the rule): a keyed fix moves a figure the snapshot filed under split-unstated
    ``gpqa`` to ``gpqa-diamond`` where its source's row says Diamond, the figure kept."""
    from phicompare.domain.records import BenchmarkScore, Model
    from phicompare.importers._score_fixes import ScoreFix, fixed_scores

    model = Model(id="m", name="M", scores=(
        BenchmarkScore(benchmark="gpqa", score=Decimal("78.0"), source="https://x.test"),
        BenchmarkScore(benchmark="gpqa", score=Decimal("50.0"), source="https://y.test")))
    fix = ScoreFix("m", "gpqa-diamond", Decimal("78.0"), Decimal("78.0"), None,
                   "https://x.test", dt.date(2026, 12, 1), "its row reads GPQA Diamond",
                   filed="gpqa")
    (out,), lines = fixed_scores([model], (fix,))
    assert sorted((s.benchmark, str(s.score)) for s in out.scores) == [
        ("gpqa", "50.0"), ("gpqa-diamond", "78.0")]
    assert lines == [("m: gpqa 78.0 -> gpqa-diamond 78.0 (no setting) (https://x.test, read "
                     "2026-12-01): its row reads GPQA Diamond")]


def test_o1_s_gpqa_diamond_sits_beside_o3_s() -> None:
    """M8 (the catalog): o1's 78.0, from OpenAI's o3-mini post's "GPQA Diamond" row, is its
    GPQA Diamond score, so `o3 o4-mini o1` compares it; no o1 score is split-unstated GPQA."""
    o1 = default_catalog().model("o1")
    assert [str(s.score) for s in o1.scores if s.benchmark == "gpqa-diamond"] == ["78.0"]
    assert not [s for s in o1.scores if s.benchmark == "gpqa"]
    page = compare("o3", "o4-mini", "o1")
    assert page.check() == []
    assert "GPQA | no score | no score | 78.0" not in page.to_markdown()
