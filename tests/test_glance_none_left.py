"""At a glance with no model left: the models' reasons read as one list, each clause apart."""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.narrative import format as fmt

DAY = dt.date(2026, 12, 1)
REQUIRED = "documents code execution, which this page requires"


def _glance(*models: str, **options: object) -> str:
    c = compare(*models, as_of=DAY, **options)  # type: ignore[arg-type]
    assert c.check() == []
    (claim,) = c.narrative.at_a_glance
    return claim.text


def test_three_reasons_with_commas_of_their_own_are_set_apart_by_semicolons() -> None:
    """`phi-2 phi-1.5 gpt-4o --requires code_execution`: "...; ...; and ...", where it read
    "..., which this page requires, Phi-1.5 has ... which this page requires and none of ..."."""
    text = _glance("phi-2", "phi-1.5", "gpt-4o", requires=["code_execution"])
    assert text == (
        "Not one of Phi-2, Phi-1.5 and GPT-4o meets this page's terms: none of Phi-2's routes "
        f"{REQUIRED}; Phi-1.5 has no provider route and does not document code execution, "
        f"which this page requires; and none of GPT-4o's routes {REQUIRED}.")


def test_two_reasons_with_commas_of_their_own_take_a_comma_before_and() -> None:
    """Two clauses that hold commas: "..., which this page requires, and none of ..."."""
    text = _glance("phi-2", "gpt-4o", requires=["code_execution"])
    assert text == (f"Neither Phi-2 nor GPT-4o meets this page's terms: none of Phi-2's routes "
                    f"{REQUIRED}, and none of GPT-4o's routes {REQUIRED}.")


def test_three_reasons_of_a_date_asked_join_with_a_vision_requirement() -> None:
    """A date and a requirement together: each model's clause apart, the last after "; and"."""
    c = compare("phi-2", "phi-1.5", "gpt-4o", requires=["vision"], as_of=dt.date(2024, 1, 1))
    assert c.check() == []
    (claim,) = c.narrative.at_a_glance
    # (Phi-2 and Phi-1.5 document text input alone: they "do not support" vision, review 15, P9)
    assert claim.text.endswith("Phi-2 does not support vision, which this page requires; Phi-1.5 "
                               "does not support vision, which this page requires (and it has no "
                               "provider route); and GPT-4o was not released by the "
                               "comparison's date."), claim.text


def test_join_clauses() -> None:
    """The joiner: plain clauses as words are joined (a serial comma from three), clauses with
    commas of their own set apart (a comma before "and" for two, semicolons from three)."""
    assert fmt.join_clauses(["a"]) == "a"
    assert fmt.join_clauses(["a", "b"]) == "a and b"
    assert fmt.join_clauses(["a", "b", "c"]) == "a, b, and c"
    assert fmt.join_clauses(["a, x", "b"]) == "a, x, and b"
    assert fmt.join_clauses(["a, x", "b", "c"]) == "a, x; b; and c"
