"""Review 35, #4-#6 (helper fixBR): retiring routes grouped, a bill note of the bills compared
alone, and one form for a capability some rivals share."""

from __future__ import annotations

import datetime as dt

from phicompare import compare


def test_next_bill_route_dated_and_retirements_grouped() -> None:
    """#4: the route that bills o1 next is dated beside it; routes retiring one day, one
    sentence."""
    for model, day in (("o1", dt.date(2026, 8, 29)), ("o4-mini", dt.date(2026, 8, 29)),
                       ("o4-mini", dt.date(2026, 10, 13))):
        c = compare(model, "phi-2", as_of=day)
        assert c.check() == []
        page = c.to_markdown()
        said = "a month on Poe, whose route retires on 2026-11-19, as no route from its maker"
        assert said in page, model
        assert "Poe's route for" not in page
        assert page.count("routes for " + model + " retire on 2026-11-19") == 1
        assert f"Helicone's route for {model} retires" not in page


def test_lower_bill_note_names_only_bills_compared() -> None:
    """#5: "a lower bill than GPT-4o" carries no note on GPT-4o mini's bill."""
    c = compare("gpt-4o", "gpt-4o-mini", "claude-3-haiku", "gpt-5-mini",
                as_of=dt.date(2024, 8, 1))
    assert c.check() == []
    page = c.to_markdown()
    line = next(p for p in page.splitlines() if p.startswith("- Pick Claude Haiku 3"))
    assert "GPT-4o mini's bill" not in line, line
    assert "what GPT-4o mini's bill was on the comparison's date" not in page


def test_shared_capability_one_form() -> None:
    """#6: "reasoning mode over GPT-4o (which GPT-5 Mini shares)", as the unknown case reads."""
    c = compare("gpt-4o", "claude-sonnet-4-5", "gpt-5-mini")
    assert c.check() == []
    page = c.to_markdown()
    assert "- Pick Claude Sonnet 4.5 for reasoning mode over GPT-4o (which GPT-5 Mini shares)." \
        in page
    picks = [line for line in page.splitlines() if line.startswith("- Pick ")]
    assert not any("does not support it" in line for line in picks), picks


def _faq(c: object) -> dict[str, str]:
    return {q.question: " ".join(claim.text for claim in q.answer)
            for q in c.narrative.faq}  # type: ignore[attr-defined]


def test_cheaper_among_released_models_and_better_at_of_them() -> None:
    """#7: "Which is cheaper" answered among the released models, the unreleased one dated;
    "better at" questions of the released models alone."""
    c = compare("gpt-4o", "gpt-4o-mini", "gpt-5-mini", as_of=dt.date(2024, 8, 1))
    assert c.check() == []
    assert _faq(c)["Which is cheaper, GPT-4o, GPT-4o mini or GPT-5 Mini?"].startswith(
        "GPT-4o mini, at ")
    assert "; GPT-5 Mini was not released until 2025-08-07." in _faq(c)[
        "Which is cheaper, GPT-4o, GPT-4o mini or GPT-5 Mini?"]
    c = compare("phi-3-mini-128k", "phi-4-mini", "phi-2", as_of=dt.date(2024, 6, 1))
    assert c.check() == []
    faq = _faq(c)
    cheaper = faq["Which is cheaper, Phi-3 Mini 128K, Phi-4 Mini or Phi-2?"]
    assert cheaper.startswith("Phi-3 Mini 128K and Phi-2 cost the same: ")
    assert cheaper.endswith("; Phi-4 Mini was not released until 2025-02-26.")
    better = [q for q in faq if q.startswith(("Which is better", "Which scores higher"))]
    assert better
    assert all("Phi-4 Mini" not in q and "Phi-4 Mini" not in faq[q] for q in better), better
    assert "Which is better at math, Phi-3 Mini 128K or Phi-2?" in faq
