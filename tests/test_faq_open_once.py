"""The FAQ says once what two models' weights share (review 19, P6).

"Are Qwen3 8B and Mistral Small 3.1 open source?" was answered "Qwen3 8B publishes its weights
under the Apache-2.0 licence. Mistral Small 3.1 publishes its weights under the Apache-2.0
licence.": one sentence said twice, once per model.
"""

from __future__ import annotations

import pytest

from phicompare import Catalog, Comparison, Model, compare
from phicompare.narrative.claims import Claim
from phicompare.narrative.context import context_of
from phicompare.narrative.faq import open_draft, open_once


def _open(c: Comparison) -> list[str]:
    answer = next(q for q in c.narrative.faq if q.key == "open").answer
    return [claim.text for claim in answer]


def test_two_models_under_one_licence_are_said_once() -> None:
    c = compare("qwen3-8b", "mistral-small-3.1")
    assert _open(c) == ["Both publish their weights under the Apache-2.0 licence."]
    assert c.check() == []
    c = compare("phi-2", "phi-4-mini")
    assert _open(c) == ["Both publish their weights under the MIT licence."]
    assert c.check() == []


def test_closed_weights_alike_are_said_once() -> None:
    c = compare("gpt-4.1", "gpt-4.1-mini")
    assert _open(c) == ["Neither publishes its weights (licence: Proprietary)."]
    assert c.check() == []


def test_closed_weights_with_a_licence_on_record_for_one_are_said_once() -> None:
    """"GPT-4o does not publish its weights. Claude Sonnet 3.5 v2 does not publish its weights
    (licence: Proprietary)." said one answer twice; the licence is now the one model's (review
    24: three closed models read two sentences)."""
    c = compare("gpt-4o", "claude-3-5-sonnet")  # licence recorded for one only
    assert _open(c) == [("Neither publishes its weights (Claude Sonnet 3.5 v2's licence: "
                        "Proprietary).")]
    assert c.check() == []
    c = compare("gpt-5-mini", "gemini-2.5-flash", "claude-haiku-4-5")
    assert _open(c) == [("Not one of the three publishes its weights (Gemini 2.5 Flash's "
                        "licence: Proprietary).")]
    assert c.check() == []


def test_closed_weights_under_different_licences_name_each() -> None:
    models = (Model(id="a", name="A", open_weights=False, license="Proprietary"),
              Model(id="b", name="B", open_weights=False, license="Custom"))
    c = compare(*models, catalog=Catalog(models=models))
    assert _open(c) == [("Neither publishes its weights (A's licence: Proprietary; B's licence: "
                        "Custom).")]
    assert c.check() == []


def test_different_answers_keep_their_own_sentences() -> None:
    c = compare("phi-4-mini", "llama-3.2-3b", "gemma-3-4b")
    assert len(_open(c)) == 3


def test_two_of_three_alike_are_named() -> None:
    c = compare("phi-2", "gpt-4o", "phi-4-mini")
    assert _open(c) == ["Phi-2 and Phi-4 Mini publish their weights under the MIT licence.",
                        "GPT-4o does not publish its weights."]
    assert c.check() == []


def test_three_closed_models_pass_the_check() -> None:
    """"None of the three ..." read to check() as an empty slot (the word None)."""
    c = compare("gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano")
    assert _open(c) == ["Not one of the three publishes its weights (licence: Proprietary)."]
    assert c.check() == []


def _alike(open_weights: bool | None, license: str | None, n: int) -> Comparison:
    models = tuple(Model(id=f"m{k}", name=f"Model {'ABC'[k]}", open_weights=open_weights,
                         license=license) for k in range(n))
    return compare(*models, catalog=Catalog(models=models))


@pytest.mark.parametrize("open_weights", [True, False, None])
@pytest.mark.parametrize("license", [None, "MIT", "CC-BY-NC-4.0", "Proprietary"])
@pytest.mark.parametrize("n", [2, 3])
def test_every_weights_fact_shared_is_said_once(
        open_weights: bool | None, license: str | None, n: int) -> None:
    """Whatever the weights and licence, models that share them are said in one sentence."""
    c = _alike(open_weights, license, n)
    [said] = _open(c)
    assert said.count("weights") == 1  # one sentence, not one a model
    assert c.check() == []
    [claim] = next(q for q in c.narrative.faq if q.key == "open").answer
    assert {e.path for e in claim.evidence} >= {f"models[{k}].open_weights" for k in range(n)}


def test_the_join_reads_the_facts_not_the_sentences() -> None:
    """A change to ``open_draft``'s wording cannot split the joined answer (it is not matched)."""
    c = compare("qwen3-8b", "mistral-small-3.1")
    x = context_of(c)
    drafted = [open_draft(x, i).place(i, ()) for i in range(x.n)]
    drifted = [Claim(key=d.key, text=d.text.replace("publishes its weights", "releases weights"),
                     evidence=d.evidence, checks=d.checks) for d in drafted]
    [joined] = open_once(x, drifted)
    assert joined.text == "Both publish their weights under the Apache-2.0 licence."
    assert joined.evidence == (*drafted[0].evidence, *drafted[1].evidence)
    assert [claim.text for claim in open_once(x, drafted)] == [joined.text]
