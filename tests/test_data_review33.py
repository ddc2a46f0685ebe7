"""Review 33's data audit (helper dataBI): OpenRouter routes take the later read, routes their
notes call unconfirmed are ``unverified``, and the Phi-2 HumanEval conflict names its revisions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import RouteStatus
from tests.helpers import curated_catalog, provider_routes

_MODELS_DEV = ("https://github.com/anomalyco/models.dev/blob/"
               "f3fc692299671838c7c65fd8126bf84d81a2e817/providers/openrouter/models/")

# model id -> (OpenRouter id, models.dev's input and output, the dump's input and output)
_LATER_READS = {
    "llama-3.1-8b": ("meta-llama/llama-3.1-8b-instruct", ("0.02", "0.03"), ("0.02", "0.05")),
    "llama-3.2-1b": ("meta-llama/llama-3.2-1b-instruct", ("0.027", "0.201"), ("0.027", "0.20")),
    "llama-3.2-3b": ("meta-llama/llama-3.2-3b-instruct", ("0.0509", "0.335"), ("0.051", "0.34")),
    "gemma-3-4b": ("google/gemma-3-4b-it", ("0.05", "0.10"), ("0.04", "0.08")),
    "gemma-3-12b": ("google/gemma-3-12b-it", ("0.05", "0.15"), ("0.04", "0.13")),
    "phi-4": ("microsoft/phi-4", ("0.07", "0.14"), ("0.065", "0.14")),
}


def test_openrouter_routes_take_models_dev_s_later_read() -> None:
    """Where models.dev's OpenRouter file (synced from OpenRouter's API after 2026-05-15) differs
    from the dump of 2026-05-15, the route carries the file's price, cites it and is checked on the
    snapshot's day; its notes keep the dump's figure as the conflict."""
    for model_id, (or_id, later, dump) in _LATER_READS.items():
        (route,) = provider_routes(model_id, "openrouter")
        assert (route.input, route.output) == (Decimal(later[0]), Decimal(later[1])), model_id
        assert route.source == f"{_MODELS_DEV}{or_id}.toml", model_id
        assert route.checked == dt.date(2026, 7, 2), model_id
        assert route.notes is not None
        assert "later read is used" in route.notes, model_id
        dump_words = "0.065 input" if model_id == "phi-4" else f"{dump[0]}/{dump[1]}"
        assert dump_words in route.notes, model_id


def test_llama_3_1_8b_on_openrouter_reads_the_later_window() -> None:
    """The dump's 16,384-token window was OpenRouter's of 2026-05-15; its later 131,072 is kept."""
    (route,) = provider_routes("llama-3.1-8b", "openrouter")
    assert (route.context_window, route.max_output_tokens) == (131_072, 16_384)


def test_genai_prices_older_openrouter_rows_are_named_not_used() -> None:
    """genai-prices' 0.005/0.01 (1B) and 0.01/0.02 (3B) are rows of 2025-06-22, not later reads."""
    for model_id, words in (("llama-3.2-1b", "0.005/0.01"), ("llama-3.2-3b", "0.01/0.02")):
        (route,) = provider_routes(model_id, "openrouter")
        assert route.notes is not None
        assert words in route.notes, model_id
        assert "2025-06-22" in route.notes, model_id


def test_no_curated_route_the_notes_call_unconfirmed_is_ga() -> None:
    """A route whose notes say it was not re-confirmed rests on one snapshot that may be stale:
    it is ``unverified``, as Phi-2's and Phi-3 Mini 128K's Fireworks routes were already (and
    Phi-4 Mini's OpenRouter route, whose listing models.dev's later sync deleted)."""
    unconfirmed = [(m.id, r.provider) for m in curated_catalog() for r in m.routes
                   if r.notes is not None and "not re-confirmed" in r.notes.lower()]
    assert {("gemma-2-9b", "fireworks"), ("gemma-2-9b", "novita"),
            ("mistral-7b-v0.3", "fireworks"), ("phi-2", "fireworks"),
            ("phi-3-mini-128k", "fireworks"), ("phi-4-mini", "openrouter")} <= set(unconfirmed)
    statuses = {key: r.status for m in curated_catalog() for r in m.routes
                if (key := (m.id, r.provider)) in unconfirmed}
    assert statuses == dict.fromkeys(unconfirmed, RouteStatus.UNVERIFIED)


def test_phi_2_humaneval_note_names_both_revisions() -> None:
    """47.0 is Hugging Face's April revision of the Phi-3-mini-128k card; Azure ML's says 59."""
    (score,) = [s for s in curated_catalog().model("phi-2").scores if s.benchmark == "humaneval"]
    assert score.score == Decimal("47.0")
    assert score.note is not None
    for words in ("3a75f5b1", "0a9c73e2", "gives Phi-2 59"):
        assert words in score.note


def test_phi_4_reasoning_windows_cite_sources_that_say_them() -> None:
    """OpenRouter's list has neither reasoning id; LiteLLM has only azure_ai/Phi-4-reasoning."""
    for model_id in ("phi-4-reasoning", "phi-4-reasoning-plus"):
        model = curated_catalog().model(model_id)
        assert model.context_window == 32_768
        assert model.notes is not None
        assert "as LiteLLM and OpenRouter list" not in model.notes, model_id
        assert "azure_ai/Phi-4-reasoning" in model.notes, model_id
