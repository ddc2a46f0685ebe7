"""One word, one meaning: review 7's wording findings (F16, F17, F35, F23, F9)."""

from __future__ import annotations

import re

from phicompare import Traffic, compare, default_catalog
from phicompare.domain.capabilities import Support
from phicompare.narrative.leads import CATEGORY_WORKLOADS, MEASURES

_WORD = {"general knowledge": "knowledge", "problem solving": "problem", "math": "math",
         "coding": "coding", "instruction following": "instruction", "chat preference": "chat",
         "multilingual work": "multilingual", "long-context work": "long-context",
         "commonsense": "commonsense", "science questions": "science",
         "agentic tasks": "agentic", "image-based questions": "image"}
"""The word of each category's workload a reader files a benchmark under."""


def test_every_category_has_a_word() -> None:
    assert set(_WORD) == set(CATEGORY_WORKLOADS.values())


def test_a_benchmark_is_named_by_its_own_category_word_and_no_other() -> None:
    """F16(b): HellaSwag was "sentence completion" in the verdict and "commonsense" in the FAQ;
    ARC-C "science questions" in the verdict and problem solving in the FAQ. What a benchmark
    measures carries the word of the category the FAQ files it under, and no other's."""
    for bench in default_catalog().benchmarks:
        what = MEASURES.get(bench.id)
        if what is None or bench.category is None:
            continue
        own = _WORD[CATEGORY_WORKLOADS.get(bench.category, bench.category)]
        assert re.search(rf"\b{re.escape(own)}", what), (bench.id, what, own)
        for word in set(_WORD.values()) - {own}:
            assert not re.search(rf"\b{re.escape(word)}", what), (bench.id, what, word)


def test_hellaswag_reads_as_commonsense_in_the_verdict_and_the_faq() -> None:
    """F16(b), the review's page: the FAQ asks "Which is better at commonsense" over HellaSwag,
    so the verdict's HellaSwag reason says commonsense too."""
    c = compare("phi-3.5-mini", "phi-4-mini", "llama-3.2-3b-instruct", include_free=True,
                traffic=Traffic(input_tokens=50_000_000,
                                                       output_tokens=10_000_000))
    faq = [q.question for q in c.narrative.faq]
    assert any(q.startswith("Which is better at commonsense") for q in faq)
    llama = c.narrative.verdict[2].text
    assert "commonsense sentence completion (HellaSwag)" in llama, llama
    assert c.check() == []


def test_a_tie_broken_for_a_platform_does_not_call_it_a_major_cloud() -> None:
    """F17: the cloud tier holds GitHub Models and NVIDIA NIM's API catalog, large platforms
    that are not clouds: the tie-break and a passed reseller's listing say "cloud or platform"."""
    from phicompare.analysis.choice import choice, provider_role
    from phicompare.domain.records import ProviderTier
    words = choice("GitHub Models", ("NVIDIA NIM (API catalog)",), ProviderTier.CLOUD)
    assert words == ("GitHub Models costs exactly as much as NVIDIA NIM (API catalog); a major "
                     "cloud's or platform's route is preferred to an inference host's or "
                     "gateway's")
    role = provider_role(ProviderTier.CLOUD)
    assert role == "a major cloud or platform"


def test_no_page_calls_the_cloud_tier_a_major_cloud_alone() -> None:
    """Outside the tie-break the cloud tier was still "a major cloud" ("no route from its maker
    or a major cloud is eligible"; "(for a closed-weight model, from its maker or a major
    cloud)"), though it holds GitHub Models and NVIDIA NIM's API catalog: every sentence says
    "a major cloud or platform", as the tie-break does."""
    import datetime as dt
    import re
    alone = re.compile(r"major cloud(?!(?:'s)? or platform)")
    c = compare("grok-4-fast", "gpt-5-mini", as_of=dt.date(2026, 11, 30))
    page = c.to_markdown()
    assert "no route from its maker or from a major cloud or platform is eligible" in page
    assert "(for a closed-weight model, from its maker or from a major cloud or platform)" in page
    assert not alone.search(page), alone.search(page)
    assert c.check() == []


def test_a_tie_names_every_provider_or_none() -> None:
    """F35: "Mistral costs exactly as much as Microsoft Foundry, Kilo Gateway, Helicone and two
    more" named three of five tied providers, and why those three was not said. Up to six are
    all named, in the grammar of a list; more are counted, none named."""
    from phicompare.analysis.choice import choice
    from phicompare.domain.records import ProviderTier
    five = ("Microsoft Foundry", "Kilo Gateway", "Helicone", "Poe", "Requesty")
    assert choice("Mistral", five, ProviderTier.FIRST_PARTY).startswith(
        "Mistral costs exactly as much as Microsoft Foundry, Kilo Gateway, Helicone, Poe and "
        "Requesty; the model maker's own API is preferred")
    twelve = tuple(f"P{k}" for k in range(12))
    words = choice("Mistral", twelve, ProviderTier.FIRST_PARTY)
    assert words.startswith("Mistral costs exactly as much as 12 other providers; ")
    assert "P0" not in words
    assert "more" not in words


def test_capability_coverage_names_only_providers_the_page_allows() -> None:
    """F23: "Groq, DeepInfra, Nebius AI Studio ... do not list it" on a page that excludes
    DeepInfra. The providers that offer a capability, or do not list it, are those the page's
    filters leave in, in the tradeoffs, switch friction and the capabilities table alike."""
    c = compare("llama-3.1-8b", "qwen2.5-7b", exclude_providers=["deepinfra", "together"])
    friction = [cl for *_, claims in (*c.narrative.friction, *c.narrative.friction_shared)
                for cl in claims]
    texts = [cl.text for cl in (*c.narrative.tradeoffs, *friction)]
    coverage = [t for t in texts if "do not list it" in t or "does not list it" in t]
    assert coverage
    for text in coverage:
        assert "DeepInfra" not in text, text
        assert "Together AI" not in text, text
    for row in c.capabilities:
        assert all("DeepInfra" not in names for names in (*row.offered_by, *row.not_listed_by))
    assert c.check() == []
    plain = compare("llama-3.1-8b", "qwen2.5-7b")  # the memo per model is not filtered
    assert any("DeepInfra" in names for row in plain.capabilities for names in row.not_listed_by)


def test_a_capability_only_excluded_providers_offer_is_not_supported_on_the_page() -> None:
    """F23: where every provider flagging a capability is one the page leaves out, the page
    does not count it as supported (tradeoffs, friction, picks read the support); the table's
    cell says only left-out providers offer it instead of "from 2 of 8 providers", which
    mixed excluded providers with allowed ones. The unfiltered page is unchanged."""
    plain = compare("llama-3.1-8b", "qwen2.5-7b")
    k, offered = next((k, row.offered_by[0]) for k, row in enumerate(plain.capabilities)
                      if row.documented and row.documented[0] is not True and row.offered_by[0])
    assert plain.capabilities[k].support[0] is Support.YES
    ids = {p.id for p in default_catalog().providers if p.name in offered}
    c = compare("llama-3.1-8b", "qwen2.5-7b", exclude_providers=sorted(ids))
    row = c.capabilities[k]
    assert row.offered_by[0] == offered
    assert row.support[0] is Support.of(row.documented[0])
    label = row.capability.value.replace("_", " ")
    said = [cl.text for cl in c.narrative.tradeoffs if label in cl.text.lower()]
    assert all(f"{c.models[0].name} documents" not in t and "which this page excludes"
               not in t for t in said), said
    md = c.to_markdown()
    assert "(offered only by providers this page leaves out)" in md
    assert c.check() == []
    assert "leaves out" not in plain.to_markdown()
    again = compare("llama-3.1-8b", "qwen2.5-7b")  # the per-model memo is not filtered
    assert again.capabilities[k].support[0] is Support.YES


def test_a_tradeoff_says_only_left_out_providers_offer_a_capability() -> None:
    """F23: Llama 3.1 8B's structured outputs, flagged only by OpenRouter and Weights & Biases
    Inference, on a page that excludes both: not documented on the page, and the tradeoff says
    who offers it and that the page excludes them."""
    c = compare("llama-3.1-8b-instruct", "phi-4-mini", exclude_providers=["openrouter", "wandb"])
    said = [cl.text for cl in c.narrative.tradeoffs if "structured outputs" in cl.text]
    assert said
    assert ("for Llama 3.1 8B it is not documented; only OpenRouter and Weights & Biases "
            "Inference, which this page excludes, offer it for Llama 3.1 8B.") in said[0], said
    assert c.check() == []


def test_the_faq_names_only_the_providers_the_page_allows() -> None:
    """F23: "Where can I run M?" listed DeepInfra on an --exclude-provider deepinfra page. It
    names the providers the page allows and says which it leaves out; the unfiltered page
    (the same models, after, so a kept draft would show) still names DeepInfra."""
    c = compare("llama-3.1-8b", "phi-4-mini", exclude_providers=["deepinfra"])
    where = next(q for q in c.narrative.faq if q.key == "where")
    first = where.answer[0].text
    assert first.endswith("; this page leaves out DeepInfra."), first
    assert first.count("DeepInfra") == 1, first
    assert "leaves out" not in where.answer[1].text  # Phi-4 Mini has no DeepInfra route
    assert c.check() == []
    plain = compare("llama-3.1-8b", "phi-4-mini")
    text = next(q for q in plain.narrative.faq if q.key == "where").answer[0].text
    assert "DeepInfra" in text, text
    assert "leaves out" not in text, text
    only = compare("llama-3.1-8b", "phi-4-mini", providers=["deepinfra"])
    text = next(q for q in only.narrative.faq if q.key == "where").answer[1].text
    assert "no provider this page allows; this page leaves out" in text, text
    assert only.check() == []


def test_the_scorecard_lists_long_context_by_the_verdict_rule() -> None:
    """F9: GPT-5 (400K tokens) beside Claude Sonnet 4.5 (200K recorded, routes that take 1M):
    the verdict picks no longer context, and the scorecard's decision fit listed "long context"
    for GPT-5 all the same. Both follow one rule (``narrative.longer``): a window more than 2.5%
    longer than every other model's and than the routes those models' records understate."""
    c = compare("claude-sonnet-4-5", "gpt-5")
    assert not any("longer context" in cl.text for cl in c.narrative.verdict)
    fit = next(r for r in c.narrative.scorecard if r.label == "Decision fit")
    assert "long context" not in fit.cells[1], fit.cells
    assert c.check() == []
    c = compare("claude-sonnet-4-0", "gpt-4.1")  # 1,047,576 against routes up to 1,000,000
    assert any("longer context" in cl.text for cl in c.narrative.verdict)
    fit = next(r for r in c.narrative.scorecard if r.label == "Decision fit")
    assert "long context" in fit.cells[1], fit.cells
    assert c.check() == []
