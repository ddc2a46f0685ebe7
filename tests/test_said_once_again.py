"""Sentences said per model in the same words, said once for them all (the last stop's leftovers).

- The deep dive joined a requirement several models' routes all fail into one sentence, but
  still said "none of which supports it" per model: "Phi-4 Mini has seven routes in the
  catalog, none of which supports it, and Llama 3.2 3B has eight routes in the catalog, none of
  which supports it."
- The line at a glance said a requirement once only where every model failed it: where one
  model failed another, "Phi-2 does not support vision, which this page requires; Phi-1.5 does
  not support vision, which this page requires (and it has no provider route); and ...".
- The deep dive said "Prices for X checked more than 180 days before ...: OpenRouter
  (2026-05-15)." once per model, in the same words but the name.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Comparison, compare

DAY = dt.date(2026, 11, 25)


def _deep(c: Comparison) -> list[str]:
    return [claim.text for paragraph in c.narrative.deep_dive for claim in paragraph]


def test_the_deep_dive_says_the_verb_once() -> None:
    c = compare("phi-4-mini", "phi-1.5", "llama-3.2-3b", requires={"vision"}, as_of=DAY)
    deep = _deep(c)
    assert ("This page requires vision: Phi-4 Mini has seven routes in the catalog and Llama 3.2 "
            "3B has eight; none of those routes supports it.") in deep, deep
    assert not [t for t in deep if "none of which" in t]
    assert c.check() == []


def test_the_glance_joins_the_models_that_fail_one_requirement_alike() -> None:
    c = compare("phi-2", "phi-1.5", "gpt-4o", requires={"vision", "code_execution"}, as_of=DAY)
    (glance,) = c.narrative.at_a_glance
    assert glance.text == (
        "Not one of Phi-2, Phi-1.5 and GPT-4o meets this page's terms: neither Phi-2 nor Phi-1.5 "
        "supports vision, which this page requires (Phi-1.5 has no provider route), and none of "
        "GPT-4o's routes documents code execution, which this page requires.")
    # every model's reason still rests on its facts: Phi-2's and Phi-1.5's lack of vision
    assert {e.path for e in glance.evidence} >= {"models[0].id", "models[1].id", "models[2].id"}
    assert c.check() == []


def test_old_prices_on_the_same_routes_said_once() -> None:
    # Llama 3.2 3B's and Gemma 3 4B's OpenRouter prices, the case this was written on, are
    # models.dev's later read since review 33 (#1, #5): Qwen2.5 7B's and Jamba 1.5 Mini's are old
    c = compare("phi-4-mini", "qwen2.5-7b", "jamba-1.5-mini", as_of=DAY)
    stale = [t for t in _deep(c) if t.startswith("Prices for")]
    assert stale == [
        ("Prices for Phi-4 Mini and Qwen2.5 7B checked more than 180 days before 2026-11-25: "
         "for each, OpenRouter (2026-05-15)."),
        ("Prices for Jamba 1.5 Mini checked more than 180 days before 2026-11-25: Amazon Bedrock "
         "(2024-11-24) and Google Vertex AI (2025-05-22, the route behind the bill).")], stale
    joined = next(claim for paragraph in c.narrative.deep_dive for claim in paragraph
                  if claim.text == stale[0])
    # both models' route dates are its evidence, and both routes' staleness its checks
    assert len(joined.checks) == 2
    assert c.check() == []
