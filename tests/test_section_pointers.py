"""A page of some sections never sends the reader to a section it does not print.

A bill on a fallback listing is named wherever bills are compared, with the why left to the
cost section ("...: Cost at your traffic says why"; helper fixZ), and the deep dive's maker's
own reports speak of "the benchmark table". A page of ``--sections verdict`` (or
``to_markdown(sections=...)``) printed those pointers with no such section (stop 53's closing
note). The listing stays named; the pointing words go; a whole page is unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import compare
from phicompare.cli.main import main
from phicompare.render.page import SECTIONS

DAY = dt.date(2026, 11, 30)
POINTER = ": Cost at your traffic says why"
ITS = "its bill is on Requesty's listing"


@pytest.fixture(scope="module")
def grok():  # type: ignore[no-untyped-def]
    """Grok 4 Fast against GPT-5 Mini: Grok 4 Fast's bill is Requesty's listing (a fallback)."""
    c = compare("grok-4-fast", "gpt-5-mini", as_of=DAY)
    assert c.cost.estimates[0].fallback
    return c


@pytest.mark.parametrize("shown", [("verdict",), ("summary",), ("glance",), ("faq",),
                                   ("summary", "glance", "faq", "verdict")])
def test_no_pointer_to_the_cost_section_left_out(grok, shown) -> None:  # type: ignore[no-untyped-def]
    page = grok.to_markdown(sections=shown)
    assert "Cost at your traffic" not in page, page
    assert "Requesty's listing" in page  # (the listing is still named)


def test_the_verdict_names_the_listing_without_the_pointer(grok) -> None:  # type: ignore[no-untyped-def]
    page = grok.to_markdown(sections=["verdict"])
    assert f"(\\$285.00 a month; {ITS})" in page, page
    assert POINTER not in page


def test_every_format_and_the_command_line(grok, capsys) -> None:  # type: ignore[no-untyped-def]
    assert POINTER not in grok.to_html(sections=["summary", "verdict"])
    assert main(["grok-4-fast", "gpt-5-mini", "--as-of", "2026-11-30",
                 "--sections", "verdict"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # (the text page wraps its lines)
    assert ITS in out, out
    assert "Cost at your traffic" not in out, out


def test_a_page_with_the_cost_section_keeps_the_pointer(grok) -> None:  # type: ignore[no-untyped-def]
    assert f"{ITS}{POINTER}" in grok.to_markdown(sections=["cost", "verdict"])
    assert f"{ITS}{POINTER}" in grok.to_markdown(sections=SECTIONS)
    assert grok.to_markdown(sections=SECTIONS) == grok.to_markdown()
    assert grok.to_text(sections=SECTIONS) == grok.to_text()


def test_the_deep_dive_without_the_benchmark_table() -> None:
    c = compare("llama-3.1-8b", "qwen2.5-7b-instruct")
    whole = c.to_markdown()
    assert "Llama 3.1 8B's scores in the benchmark table on MMLU" in whole
    alone = c.to_markdown(sections=["deep-dive"])
    assert "benchmark table" not in alone, alone
    assert "Llama 3.1 8B's scores on MMLU, MMLU-Pro" in alone
    assert "benchmark table on MMLU" in c.to_markdown(sections=["deep-dive", "benchmarks"])


def test_the_comparison_keeps_its_narrative(grok) -> None:  # type: ignore[no-untyped-def]
    """The page's sentences change, not the comparison's claims (they still check)."""
    grok.to_markdown(sections=["verdict"])
    assert POINTER in grok.narrative.verdict[0].text
    assert grok.check() == []
