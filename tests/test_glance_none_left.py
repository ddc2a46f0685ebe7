"""At a glance with no model left: the models' reasons read as one list, each clause apart."""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.narrative import format as fmt

DAY = dt.date(2026, 12, 1)


def _glance(*models: str, **options: object) -> str:
    c = compare(*models, as_of=DAY, **options)  # type: ignore[arg-type]
    assert c.check() == []
    (claim,) = c.narrative.at_a_glance
    return claim.text


def test_reasons_with_commas_of_their_own_are_set_apart() -> None:
    """`phi-2 phi-1.5 gpt-4o --requires code_execution,vision`: where it read "..., which this
    page requires, Phi-1.5 does ... which this page requires and ..." (two requirements: each
    clause names its own, R3); Phi-2 and Phi-1.5 fail vision alike, so they share a clause, as
    in the verdict (the last stop's leftovers), and the two clauses take a comma before "and"."""
    text = _glance("phi-2", "phi-1.5", "gpt-4o", requires=["code_execution", "vision"])
    assert text == (
        "Not one of Phi-2, Phi-1.5 and GPT-4o meets this page's terms: neither Phi-2 nor Phi-1.5 "
        "supports vision, which this page requires (Phi-1.5 has no provider route), and none of "
        "GPT-4o's routes documents code execution, which this page requires.")


def test_two_reasons_with_commas_of_their_own_take_a_comma_before_and() -> None:
    """Two clauses that hold commas: "..., which this page requires, and none of ..."."""
    # (Phi-1.5 fails it in other words than GPT-4o: two clauses; helper fixS)
    text = _glance("phi-1.5", "gpt-4o", requires=["code_execution"])
    assert ", and none of GPT-4o's routes documents it." in text, text


def test_three_reasons_of_a_date_asked_join_with_a_vision_requirement() -> None:
    """A date and a requirement together: each reason's clause apart (the two models that fail
    vision alike in one clause, the last stop's leftovers), the last after ", and"."""
    c = compare("phi-2", "phi-1.5", "gpt-4o", requires=["vision"], as_of=dt.date(2024, 1, 1))
    assert c.check() == []
    (claim,) = c.narrative.at_a_glance
    # (Phi-2 and Phi-1.5 document text input alone: they "do not support" vision, review 15, P9)
    assert claim.text.endswith("neither Phi-2 nor Phi-1.5 supports vision, which this page "
                               "requires (Phi-1.5 has no provider route), and GPT-4o was not "
                               "released by the comparison's date."), claim.text


def test_join_clauses() -> None:
    """The joiner: plain clauses as words are joined (a serial comma from three), clauses with
    commas of their own set apart (a comma before "and" for two, semicolons from three)."""
    assert fmt.join_clauses(["a"]) == "a"
    assert fmt.join_clauses(["a", "b"]) == "a and b"
    assert fmt.join_clauses(["a", "b", "c"]) == "a, b, and c"
    assert fmt.join_clauses(["a, x", "b"]) == "a, x, and b"
    assert fmt.join_clauses(["a, x", "b", "c"]) == "a, x; b; and c"


# --- the requirement said once (review 15 leftovers, R3) ----------------------------------------


def test_every_model_failing_one_requirement_says_it_once() -> None:
    """R3: "This page requires code execution, and not one of ... meets it: ...", where each
    model's clause said "..., which this page requires"; each model's reason stays."""
    text = _glance("phi-2", "phi-1.5", "gpt-4o", requires=["code_execution"])
    assert text == (
        "This page requires code execution, and not one of Phi-2, Phi-1.5 and GPT-4o meets it: "
        "none of Phi-2's routes documents it; Phi-1.5 has no provider route and does not "
        "document it; and none of GPT-4o's routes documents it.")


def test_two_models_failing_one_requirement_say_it_once() -> None:
    """R3, of two models: "neither A nor B meets it"; failed alike, in one clause (fixS)."""
    text = _glance("phi-1.5", "gpt-4o", requires=["code_execution"])
    assert text == ("This page requires code execution, and neither Phi-1.5 nor GPT-4o meets "
                    "it: Phi-1.5 has no provider route and does not document it, and none of "
                    "GPT-4o's routes documents it.")
    text = _glance("phi-2", "gpt-4o", requires=["code_execution"])
    assert text == ("This page requires code execution, and none of the routes of Phi-2 and "
                    "GPT-4o documents it.")


def test_models_failing_different_terms_keep_their_own_words() -> None:
    """R3: a model out for another reason (a date) keeps its own clause; the two that fail the
    requirement alike say it once, in one clause (the last stop's leftovers)."""
    c = compare("phi-2", "phi-1.5", "gpt-4o", requires=["vision"], as_of=dt.date(2024, 1, 1))
    (claim,) = c.narrative.at_a_glance
    assert claim.text.startswith("Not one of Phi-2, Phi-1.5 and GPT-4o meets this page's terms")
    assert claim.text.count("which this page requires") == 1
    assert "GPT-4o was not released by the comparison's date" in claim.text
