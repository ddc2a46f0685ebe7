"""A fallback bill's pointer to the cost section is said once a section, however many models.

On a page of three models, the line at a glance and the verdict picked two models billed on
fallback listings, and each pick said "Cost at your traffic says why" again (helper fixAF's
brief, item 1). Each listing is still named; the pointer stays at the first, as a two-model
page says it (tests/test_fallback_once.py).
"""

from __future__ import annotations

import datetime as dt
import re

from phicompare import compare

DAY = dt.date(2026, 12, 2)
POINTER = "Cost at your traffic says why"


def _sections(page: str) -> dict[str, str]:
    parts = re.split(r"^## ", page, flags=re.MULTILINE)[1:]
    return {part.split("\n", 1)[0]: part for part in parts}


def test_three_fallback_bills_point_to_the_cost_section_once_a_section() -> None:
    """GPT-5.3 Codex XHigh and Grok 4.20, each billed on a fallback listing, beside Grok 4 (billed
    on Microsoft Foundry since review 24, P9; it was a third fallback bill)."""
    c = compare("gpt-5.3-codex-xhigh", "grok-4.20", "grok-4", as_of=DAY)
    assert [e.fallback for e in c.cost.estimates] == [True, True, False]
    sections = _sections(c.to_markdown())
    counts = {title: body.count(POINTER) for title, body in sections.items()}
    assert all(n <= 1 for n in counts.values()), counts
    assert [t for t, n in counts.items() if n] == ["Summary", "At a glance", "FAQ", "Verdict"]
    glance = c.narrative.at_a_glance[0].text
    # "its bill" right after the pick's name, not after a rival's (fixAZ)
    assert glance == (
        "GPT-5.3 Codex XHigh for a lower bill than Grok 4 (GPT-5.3 Codex XHigh's bill is on "
        f"Abacus's listing: {POINTER}); Grok 4.20 for the lowest bill at this traffic (its "
        "bill is on OpenRouter's listing) and a longer context."), glance
    verdict = [claim.text for claim in c.narrative.verdict]
    assert sum(text.count(POINTER) for text in verdict) == 1, verdict
    assert f"GPT-5.3 Codex XHigh's bill is on Abacus's listing: {POINTER})" in verdict[0]
    assert "($1,625.00 a month; its bill is on OpenRouter's listing)" in verdict[1]
    assert c.check() == []


def test_a_two_model_page_keeps_its_pointer_in_each_section() -> None:
    """One fallback pick a section: its pointer as it was (tests/test_fallback_once.py)."""
    c = compare("gpt-5.3-codex-xhigh", "grok-4.20", as_of=DAY)
    sections = _sections(c.to_markdown())
    assert {t: b.count(POINTER) for t, b in sections.items() if POINTER in b} == {
        "Summary": 1, "At a glance": 1, "FAQ": 1, "Verdict": 1}
