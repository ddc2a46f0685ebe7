"""Review 15's model-data findings (P4, P6, P5, P1, P7, P2, P3): each record read as its maker's
own page gives it, and no model compared with itself."""

from __future__ import annotations

import datetime as dt

from phicompare import compare, default_catalog
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.importers._correct import Correction, corrected

DAY = dt.date(2026, 12, 1)


def test_a_keyed_window_the_record_already_holds_still_bounds_its_routes() -> None:
    """P4: the route bound ran only when the keyed window changed the model's; a model whose
    listing already gave the card's window kept a route listing more (Gemma 3n E4B on NVIDIA
    NIM: 128,000 beside the card's 32K)."""
    routes = tuple(ProviderRoute(provider=p, source="https://x.test", checked=DAY,
                                 context_window=w) for p, w in (("a", 128_000), ("b", 32_768)))
    model = Model(id="m", name="M", context_window=32_768, routes=routes)
    fix = Correction("m", "context_window", 32_768, "https://card.test", DAY, "the card")
    (out,), (line,) = corrected([model], [fix])
    assert [r.context_window for r in out.routes] == [None, 32_768]
    assert out.context_window == 32_768
    assert "the window above it that a lists is not recorded on its route" in line
    assert "https://card.test" in out.sources
    unchanged, lines = corrected([Model(id="m", name="M", context_window=32_768)], [fix])
    assert lines == []
    assert unchanged[0].notes is None


def test_gemma_3n_e4b_nim_route_reads_the_card_s_window() -> None:
    """P4: E4B's NVIDIA NIM route listed 128,000; the card gives both sizes 32K, so no route of
    either reads more and no page says E4B's routes take more than E2B."""
    catalog = default_catalog()
    for model_id in ("gemma-3n-e2b-it", "gemma-3n-e4b-it"):
        model = catalog.model(model_id)
        assert all(r.context_window is None or r.context_window <= 32_768
                   for r in model.routes), model_id
    page = compare("gemma-3n-e4b-it", "gemma-3n-e2b-it", include_free=True).to_markdown()
    assert "128K" not in page
    assert "must be cut" not in page


def test_gemma_3n_sizes_are_one_release_with_the_card_s_family_licence_and_output() -> None:
    """P6: Google released both Gemma 3n sizes on 2025-06-26 (its developer guide: "the full
    release of Gemma 3n"; 2025-05-20 was the I/O preview, 2025-06-12 NVIDIA's listing); the card
    both cite gives the Gemma licence and one 32K context for output as for input (E2B's 4,096
    was NVIDIA NIM's cap, which its route keeps)."""
    catalog = default_catalog()
    e2b, e4b = catalog.model("gemma-3n-e2b-it"), catalog.model("gemma-3n-e4b-it")
    for model in (e2b, e4b):
        assert str(model.released) == "2025-06-26", model.id
        assert model.family == "gemma", model.id
        assert model.license == "Gemma Terms of Use", model.id
        assert model.max_output_tokens == 32_768, model.id
        assert "https://developers.googleblog.com/en/introducing-gemma-3n-developer-guide/" in (
            model.sources)
    nim = next(r for r in e2b.routes if r.provider == "nvidia-nim")
    assert nim.max_output_tokens == 4_096
    early = compare("gemma-3n-e2b-it", "gemma-3n-e4b-it", include_free=True,
                    as_of=dt.date(2025, 6, 1)).to_markdown()
    assert "the only model here released" not in early


def test_mistral_nemo_is_one_record_under_mistral_s_api_names() -> None:
    """P5: Mistral's page for Mistral Nemo 12B gives "API names: open-mistral-nemo-2407,
    open-mistral-nemo" (Instruct weights Mistral-Nemo-Instruct-2407, its one instruction-tuned
    model); Inference.net's mistral-nemo-12b-instruct is that model too. One record, so no page
    compares Mistral Nemo with itself."""
    catalog = default_catalog()
    ids = {m.id for m in catalog.models}
    assert "open-mistral-nemo" not in ids
    assert "mistral-nemo-12b-instruct" not in ids
    nemo = catalog.model("mistral-nemo")
    for name in ("open-mistral-nemo", "mistral-nemo-12b-instruct"):
        assert catalog.model(name).id == "mistral-nemo"
    assert {(r.provider, r.provider_model_id) for r in nemo.routes} >= {
        ("mistral", "open-mistral-nemo"), ("inference", "mistral/mistral-nemo-12b-instruct")}
    assert str(nemo.released) == "2024-07-18"


def test_doubao_seed_2_0_snapshots_are_named_apart_from_the_undated_name() -> None:
    """P5: the 260215 snapshots of Doubao Seed 2.0 Mini and Lite stay apart from the undated
    names (two stamps each, and no ByteDance page read says which the undated name serves),
    so they carry their stamp in their names as the 260428 ones do; no two records share a
    name."""
    catalog = default_catalog()
    for size in ("mini", "lite"):
        dated = catalog.model(f"doubao-seed-2-0-{size}-260215")
        undated = catalog.model(f"doubao-seed-2.0-{size}")
        assert dated.id != undated.id
        assert dated.name == f"Doubao Seed 2.0 {size.title()} 260215"
        assert undated.name == f"Doubao Seed 2.0 {size.title()}"
    page = compare("doubao-seed-2-0-mini-260215", "doubao-seed-2.0-mini").to_markdown()
    assert "Doubao Seed 2.0 Mini (doubao-seed-2-0-mini-260215)" not in page


def test_mistral_nemo_s_mistral_routes_retire_on_mistral_s_day() -> None:
    """P5's join: Mistral's page gives Mistral Nemo 12B a retirement date, 2026-07-31, so
    neither Mistral route (mistral-nemo, open-mistral-nemo) bills on a page dated after it."""
    nemo = default_catalog().model("mistral-nemo")
    mistral = [r for r in nemo.routes if r.provider == "mistral"]
    assert len(mistral) == 2
    assert {str(r.retires) for r in mistral} == {"2026-07-31"}
    bill = compare("mistral-nemo", "ministral-8b", as_of=DAY).cost.estimates[0]
    assert bill.route is not None
    assert bill.route.provider != "mistral"


def test_claude_4_routes_on_anthropic_s_api_retire_on_anthropic_s_days() -> None:
    """P1: Anthropic retired Claude Sonnet 4 and Opus 4 on 2026-06-15 and Opus 4.1 on
    2026-08-05 (its model status table, read in copies and accounts), and retires Sonnet 4.5 on
    2026-11-30 (its Claude Sonnet 4.5 page); the dates are Anthropic's API's, so Bedrock's and
    Vertex AI's routes stay and the bills move there. (Microsoft Foundry, an Anthropic-operated
    platform by Anthropic's page, retires Opus 4.1 on the same day by its own schedule: keyed
    since helper dataW, tests/test_data_lifecycle_w.py.)"""
    catalog = default_catalog()
    partners = ("aws-bedrock", "google-vertex")
    for name, day in (("claude-sonnet-4", "2026-06-15"), ("claude-opus-4", "2026-06-15"),
                      ("claude-opus-4.1", "2026-08-05"), ("claude-sonnet-4.5", "2026-11-30")):
        model = catalog.model(name)
        own = [r for r in model.routes if r.provider == "anthropic"]
        assert own, name
        assert {str(r.retires) for r in own} == {day}, name
        assert all(r.retires is None for r in model.routes if r.provider in partners), name
    bill = compare("claude-sonnet-4", "claude-opus-4.1", as_of=dt.date(2026, 12, 2)).cost
    for estimate in bill.estimates:
        assert estimate.route is None or estimate.route.provider != "anthropic"


def test_ministral_3b_2024_keeps_its_weights_closed_and_ministral_3_is_apache() -> None:
    """P2: Mistral published no weights for the October 2024 Ministral 3B (its models overview
    gives Ministral 8B's weights, Mistral Research License, and none for 3B); the Ministral 3
    models of 2512 are Apache 2.0 (Mistral's repositories)."""
    catalog = default_catalog()
    old = catalog.model("ministral-3b")
    assert old.open_weights is False
    assert old.license == "Mistral Commercial License"
    for model_id in ("ministral-3b-2512", "ministral-8b-2512", "ministral-14b-2512"):
        model = catalog.model(model_id)
        assert model.license == "Apache-2.0", model_id
        assert model.open_weights is True, model_id
    page = compare("ministral-3b", "ministral-3b-2512").to_markdown()
    assert "Ministral 3B publishes its weights" not in page


def test_ministral_8b_instruct_holds_its_instruct_table_not_the_base_model_s() -> None:
    """P3: the card's "Base Models" tables (MMLU 65.0, AGIEval 48.3, Winogrande 75.3, Arc-c
    71.9, TriviaQA 65.5, HumanEval 34.8, French MMLU 57.5) are Ministral 8B Base's; the
    Instruct table gives HumanEval pass@1 76.8, MBPP pass@1 70.0 and Math maj@1 54.5."""
    model = default_catalog().model("ministral-8b")
    scores = {s.benchmark: s for s in model.scores}
    for base in ("mmlu", "agieval", "winogrande", "arc-c", "triviaqa", "french-mmlu"):
        assert base not in scores, base
    assert str(scores["humaneval"].score) == "76.8"
    assert scores["humaneval"].setting == "pass@1"
    assert scores["mbpp"].setting == "pass@1"
    assert scores["math"].setting == "maj@1"
    page = compare("ministral-8b", "llama-3.1-8b").to_markdown()
    assert "34.8" not in page
