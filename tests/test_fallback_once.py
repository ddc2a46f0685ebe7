"""A fallback bill's caveat is said in full once a page, and at most once a section.

A closed-weight model billed off its maker and the major clouds (``CostEstimate.fallback``)
read "Grok 4.20's bill is on OpenRouter's listing: no route from its maker or from a major cloud
or platform is eligible" in five sections of one page (summary, at a glance, cost, FAQ,
verdict). The cost section's bill sentence says it in full, with each route's reason; every
other sentence that compares the bills names the listing and sends the reader there (helper
fixZ, item 1).
"""

from __future__ import annotations

import datetime as dt
import re

from phicompare import compare

DAY = dt.date(2026, 12, 2)
FULL = ("no route from its maker or from a major cloud or platform is eligible",
        "its maker is not on record, and no route from a major cloud or platform is eligible")


def _sections(page: str) -> dict[str, str]:
    parts = re.split(r"^## ", page, flags=re.MULTILINE)[1:]
    return {part.split("\n", 1)[0]: part for part in parts}


def test_a_fallback_caveat_is_said_in_full_once_a_page() -> None:
    """GPT-5.3 Codex XHigh (maker not on record) and Grok 4.20 (xAI), both billed on resellers'
    listings: each caveat in full in the cost section only, each listing once a section."""
    c = compare("gpt-5.3-codex-xhigh", "grok-4.20", as_of=DAY)
    assert all(e.fallback for e in c.cost.estimates)
    page = c.to_markdown()
    sections = _sections(page)
    for words in FULL:
        assert page.count(words) == 1, (words, page.count(words))
        assert words in sections["Cost at your traffic"]
    listing = "OpenRouter's"
    counts = {title: body.count(listing) for title, body in sections.items()}
    assert all(n <= 1 for n in counts.values()), counts
    said = [title for title, n in counts.items() if n]
    assert said == ["Summary", "At a glance", "FAQ", "Verdict"], said
    assert ("Grok 4.20 is \\$3,275.00 cheaper; GPT-5.3 Codex XHigh's bill is on Abacus's "
            "listing and Grok 4.20's on OpenRouter's: Cost at your traffic says why.") in page
    assert ("Pick Grok 4.20 for the lower bill at this traffic (\\$1,625.00 a month; its "
            "bill is on OpenRouter's listing: Cost at your traffic says why)") in page
    assert c.check() == []
