"""A provider whose name ends in brackets is never the last thing inside another bracket.

"NVIDIA NIM (API catalog)", "Alibaba (China)" and "SiliconFlow (China)" name providers of the
bundled catalog. Written inside a bracket, the pages closed two at once: "usdvalidate's route
listing (NVIDIA NIM (API catalog)) does not list it", "... per 1M (Alibaba (China))",
"behind Qwen3-VL Plus's bill (Alibaba (China)) to 128K" (helper fixAH's brief, item 1). Each
place now names the provider after "on", as "its listing on Poe" reads already.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import compare, default_catalog

DAY = dt.date(2026, 12, 2)

_PAIRS = [
    ("usdvalidate", "claude-opus-4-6"),  # one listing: tradeoffs, friction and verdict
    ("seed-oss-36b-instruct", "glm-4.6v"),  # three listings, the last "SiliconFlow (China)"
    ("google-paligemma", "seed-oss-36b-instruct"),  # "its route listing ... offers"
    ("phi-3-small-8k", "moonshot-kimi-k2-instruct"),  # "inputs and capabilities are ..."
    ("qwen3-vl-plus", "qwen3-next-80b-a3b-thinking"),  # the bills' routes' context
    ("qwen-plus", "baichuan-m2"),  # the scorecard's price cell
]


def _bracketed() -> list[str]:
    catalog = default_catalog()
    names = {catalog.provider_name(r.provider) for m in catalog.models for r in m.routes}
    return sorted(n for n in names if n.endswith(")"))


@pytest.mark.parametrize(("a", "b"), _PAIRS)
def test_no_bracketed_provider_closes_a_bracket(a: str, b: str) -> None:
    """No page of these pairs has a bracketed provider's name right before a ")"."""
    c = compare(a, b, as_of=DAY)
    pages = (c.to_markdown(), " ".join(c.to_text(width=100).split()))
    bracketed = _bracketed()
    assert "NVIDIA NIM (API catalog)" in bracketed
    assert "Alibaba (China)" in bracketed
    found = [name for page in pages for name in bracketed if f"{name})" in page]
    assert found == [], found
    assert c.check() == []


def test_each_place_names_the_provider_after_on() -> None:
    """The listing, the move's bills, the price cell: "on P", the sentences as they now read."""
    c = compare("usdvalidate", "claude-opus-4-6", as_of=DAY)
    assert ("Claude Opus 4.6 documents vision; usdvalidate's route listing on NVIDIA NIM (API "
            "catalog) does not list it.") in c.to_markdown()
    c = compare("phi-3-small-8k", "moonshot-kimi-k2-instruct", as_of=DAY)
    assert ("Moonshot Kimi K2 Instruct's inputs and capabilities are those of its route listing "
            "on Alibaba (China): no source of its own states them.") in c.to_markdown()
    c = compare("qwen3-vl-plus", "qwen3-next-80b-a3b-thinking", as_of=DAY)
    assert ("from 256K tokens behind Qwen3-VL Plus's bill on Alibaba (China) to 128K behind "
            "Qwen3-Next 80B-A3B (Thinking)'s on Kilo Gateway;") in c.to_markdown()
    c = compare("qwen-plus", "baichuan-m2", as_of=DAY)
    assert "| $0.115 in / $0.287 out per 1M on Alibaba (China) |" in c.to_markdown().replace(
        "\\$", "$")
