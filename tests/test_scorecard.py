"""The scorecard's rows say what the page's own tables show (review 6, D5 and D24)."""

from __future__ import annotations

from decimal import Decimal

import attrs

from phicompare import (
    Benchmark,
    BenchmarkScore,
    Catalog,
    Model,
    Traffic,
    compare,
    default_catalog,
)
from phicompare.analysis.comparison import Comparison


def _row(c: Comparison, key: str) -> tuple[str, ...]:
    return next(row.cells for row in c.narrative.scorecard if row.key == key)


def test_a_gap_without_an_interval_is_no_lead_assessed() -> None:
    """D24: one comparable pair with no interval ("noise not assessed" in the table); the
    scorecard read "no lead outside noise (one comparable pair)" as if noise had been measured.
    (Claude Sonnet 3.7 and 4's Aider Polyglot pair, the old example, is no longer comparable:
    its settings are not on record, review 7, F2.)"""
    models = tuple(Model(id=k, name=k.upper(), scores=(BenchmarkScore(
        benchmark="aider", score=Decimal(v), harness="aider", evaluation="board"),))
        for k, v in (("a", "64.9"), ("b", "61.3")))
    c = compare("a", "b", catalog=Catalog(models=models, benchmarks=(
        Benchmark(id="aider", name="Aider Polyglot"),)))
    assert _row(c, "benchmarks") == ("no lead assessed (one comparable pair, no interval)",) * 2
    assert c.check() == []


def test_pairs_with_and_without_an_interval_are_counted_apart() -> None:
    """D24: Phi-2 trails Phi-4 Mini outside noise on three comparable pairs and has no interval
    on three more: "no lead outside noise" counts the three assessed and names the rest."""
    c = compare("phi-2", "phi-4-mini")
    assert _row(c, "benchmarks")[0] == (
        "no lead outside noise (three comparable pairs assessed; three not assessed)")
    assert c.check() == []


def test_decision_fit_keeps_to_differences_when_the_rival_is_ruled_out() -> None:
    """D5: at 302,000-token requests Claude Opus 4.1 is ruled out, and Gemini 2.5 Pro's fit
    listed vision, multimodal input, reasoning mode and function calling, all of which Claude
    Opus 4.1 documents (its Capabilities column reads yes). A capability every other model
    documents is no fit of one's, whether the others are left in or not."""
    c = compare("gemini-2.5-pro", "claude-opus-4-1",
                traffic=Traffic.from_requests(per_day=1000, input_tokens=300_000,
                                              output_tokens=2000))
    assert c.narrative.verdict[1].text.startswith("Claude Opus 4.1: no pick")
    fit = _row(c, "fit")[0]
    for row in c.capabilities:
        if row.support[1].value == "yes":
            assert row.capability.label.lower() not in fit.lower(), (row.capability, fit)
    assert "long context" in fit
    assert c.check() == []


def test_fit_and_verdict_weigh_the_models_left_in_and_name_them() -> None:
    """Requiring structured outputs rules Phi-3.5 Mini out; the scorecard gave it instruction
    following, competition math and harder general knowledge (over every model shown) while the
    verdict picked Llama 3.1 8B for the same three, weighed over Phi-1 alone, without saying so
    (Phi-3.5 Mini leads Llama 3.1 8B on them). Both now weigh the models left in, and name them
    where a model is left out. Phi-1, which has no route, is given structured outputs: a model
    with no route that does not document a required capability is out too (helper leftP)."""
    catalog = default_catalog()
    models = [catalog.model(m) for m in ("phi-1", "phi-3.5-mini", "llama-3.1-8b")]
    models[0] = attrs.evolve(models[0], capabilities=attrs.evolve(
        models[0].capabilities, structured_outputs=True))
    c = compare(*models, catalog=Catalog(models=tuple(models), benchmarks=catalog.benchmarks),
                requires={"structured_outputs"})
    fit = _row(c, "fit")
    assert c.narrative.verdict[1].text.startswith("Phi-3.5 Mini: no pick")
    assert fit[1].startswith("instruction following (OLL IFEval)")  # over every other shown
    lead = "a lead over Phi-1 on each of instruction following (OLL IFEval), competition math"
    assert lead in fit[2]
    assert lead in c.narrative.verdict[2].text
    assert lead in c.narrative.at_a_glance[0].text
    assert c.check() == []


def test_a_longer_context_among_the_models_left_in_names_them_in_the_scorecard() -> None:
    """Requiring vision rules Gemini 1.5 Pro (2M tokens) out; the verdict picks Claude Sonnet
    4.6 for "a longer context than Kimi K2.6", and the scorecard now says the same of it."""
    c = compare("kimi-k2.6", "claude-sonnet-4-6", "gemini-1.5-pro", requires={"vision"})
    fit = _row(c, "fit")
    assert "a longer context than Kimi K2.6" in c.narrative.verdict[1].text
    assert "long context over Kimi K2.6" in fit[1]
    assert fit[2].endswith("long context")  # Gemini 1.5 Pro's, over every other model
    assert c.check() == []
