"""Review 16, P5's side note: the later checkpoints' routes on the first releases' records.

Kimi K2 Instruct (2025-07-11) and Qwen3 235B-A22B (April 2025) take 128K/131K tokens; their
records listed routes at 262,144. OpenCode's ``kimi-k2`` listing is the 0905 checkpoint (its file
dates it 2025-09-05, with the 0905's 262,144 tokens) and moves to that record; Vercel's
``alibaba/qwen-3-235b`` is the April hybrid model at 131.1K (Vercel's own page), so it keeps no
listing's window above its model's. (LLM Gateway's and NanoGPT's 256,000 on Kimi K2 stay:
docs/data-notes.md.)
"""

from __future__ import annotations

from phicompare import compare, default_catalog


def test_no_route_of_either_first_release_takes_the_later_checkpoint_s_262_144() -> None:
    catalog = default_catalog()
    for model_id in ("kimi-k2", "qwen3-235b-a22b"):
        model = catalog.model(model_id)
        assert model.context_window == 131_072, model_id
        over = [(r.provider, model.route_context(r)) for r in model.routes
                if (model.route_context(r) or 0) > 256_000]
        assert over == [], model_id
    qwen = catalog.model("qwen3-235b-a22b")
    assert max(qwen.route_context(r) or 0 for r in qwen.routes) == 131_072


def test_open_code_s_kimi_k2_listing_is_the_0905_checkpoint_s_route() -> None:
    catalog = default_catalog()
    first, later = catalog.model("kimi-k2"), catalog.model("kimi-k2-0905")
    assert "opencode" not in {r.provider for r in first.routes}
    opencode = [r for r in later.routes if r.provider == "opencode"]
    assert [(r.provider_model_id, r.context_window) for r in opencode] == [("kimi-k2", 262_144)]
    assert catalog.model("kimi-k2").id == "kimi-k2"  # the name still finds the first release


def test_the_three_model_page_gives_qwen3_no_route_of_the_2507_s_window() -> None:
    """Friction said "Some of Qwen3 235B-A22B's routes take up to 262,144 tokens"."""
    page = compare("deepseek-r1", "kimi-k2", "qwen3-235b-a22b")
    assert "262,144" not in page.to_markdown()
    assert page.check() == []
