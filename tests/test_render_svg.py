"""The HTML page's charts (inline SVG), its winners and cards, and the command's progress."""

from __future__ import annotations

import html
import io
import re
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from phicompare import Comparison, Model, compare
from phicompare.cli.progress import EVERY, Progress
from phicompare.render import highlights
from phicompare.render.blocks import Block, Bullets, Heading, Para
from phicompare.render.curves import Curve, curves, flips
from phicompare.render.html import SiteLinks, _glance, render_html
from phicompare.render.svg import cost_chart, gap_chart

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_cost_chart_is_accessible_and_marks_the_crossover(pair: Comparison) -> None:
    root = parse(cost_chart(pair, "share") or "")
    assert root.get("role") == "img"
    assert root.get("aria-label") == "Monthly bill against input share"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None
    assert desc is not None
    assert "changes once" in (desc.text or "")  # not "one time" (review 8)
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert "crossover near 89% input" in texts  # the comparison's own crossover: 88.89%
    assert len(list(root.iter(f"{SVG}polyline"))) == 2


def test_volume_chart_has_no_crossover_for_linear_prices(pair: Comparison) -> None:
    root = parse(cost_chart(pair) or "")
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert not any("crossover" in t for t in texts)
    assert "your traffic" in texts
    assert len(list(root.iter(f"{SVG}circle"))) == 2  # each bill at the traffic compared


def test_a_chart_of_three_models_speaks_of_the_cheapest_or_of_two_bills_crossing() -> None:
    """Review 5, L7: three models' chart said "the cheaper model is the same all along"."""
    c = compare("phi-2", "phi-4-mini", "llama-3.2-3b")
    for axis in ("volume", "share"):
        desc = parse(cost_chart(c, axis) or "").find(f"{SVG}desc")
        assert desc is not None
        text = desc.text or ""
        assert "the cheaper model" not in text, text
        assert ("the cheapest model is the same all along" in text
                or "two models' bills cross" in text), text


def test_charts_need_two_priced_models_or_shared_scores() -> None:
    c = compare(Model(id="a", name="A"), Model(id="b", name="B"))
    assert cost_chart(c) is None
    assert gap_chart(c) is None


def test_gap_chart_marks_differing_settings_and_noise(pair: Comparison) -> None:
    root = parse(gap_chart(pair) or "")
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert 'settings differ: "0-shot CoT" against "8-shot CoT", not compared' in texts  # GSM8K
    assert "GSM8K ≠" in texts
    circles = list(root.iter(f"{SVG}circle"))
    comparable = [r for r in pair.benchmarks if r.pairs[0].comparable]
    assert len(circles) == len(comparable) + 1  # one a gap, and the legend's
    hollow = [c for c in circles if c.get("fill") == "none"]
    assert len(hollow) == sum(not r.pairs[0].significant for r in comparable)


def test_gap_chart_of_three_models_names_each_pair(hostile: Comparison) -> None:
    svg = gap_chart(hostile)
    assert svg is not None
    root = parse(svg)
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "minus" in texts
    assert "<script>" not in svg


def test_flips_skip_ties(pair: Comparison) -> None:
    a, b = curves(pair, "share")
    tie = Curve(a.estimate, ((Decimal(0), Decimal(1)), (Decimal(1), Decimal(1))))
    assert flips(tie, tie) == []
    assert len(flips(a, b)) == len(pair.cost.crossovers)


def test_winners_only_where_the_data_supports_one(pair: Comparison) -> None:
    found = highlights.winners(pair)
    marked = {row for _, row in found}
    leads = {r.benchmark.label for r in pair.benchmarks
             if r.pairs[0].comparable and r.pairs[0].significant}
    assert marked == {"Monthly at your traffic", "Context window", *leads}
    assert "GSM8K" not in marked  # different settings: nobody wins


def test_no_winner_when_a_figure_is_unknown_or_tied() -> None:
    c = compare(Model(id="a", name="A"), Model(id="b", name="B", context_window=4096))
    assert highlights.winners(c) == {}
    same = compare(Model(id="a", name="A", context_window=4096),
                   Model(id="b", name="B", context_window=4096))
    assert highlights.longest(same) == frozenset()
    cards = highlights.cards(c, ())
    assert "no estimate" in cards
    assert "not yet sourced" in cards
    assert "Verdict" not in cards


def test_page_marks_winners_and_opens_with_cards(pair: Comparison) -> None:
    page = render_html(pair)
    assert page.index('id="key-numbers"') < page.index('class="cards"') < page.index(
        'id="contents"') < page.index('id="summary"')
    assert re.search(r'<td class="num win">\$135.00|<td class="win">\$105.00', page) or (
        '<td class="win">$105.00, <span class="tag">cheaper</span></td>' in page)
    assert page.count('<span class="tag">leads</span>') == len(
        [r for r in pair.benchmarks if r.pairs[0].significant])
    assert '<nav aria-labelledby="contents">' in page
    fragment = render_html(pair, document=False)
    assert "<nav" not in fragment
    assert 'class="cards"' in fragment


def test_glance_prefers_an_at_a_glance_section() -> None:
    blocks: list[Block] = [Heading(1, "T", "title"), Heading(2, "Verdict", "verdict"),
              Bullets(("pick A",)), Heading(2, "At a glance", "at-a-glance"), Para("A or B")]
    assert _glance(blocks) == (("A or B",), blocks[3])
    assert _glance(blocks[:3]) == (("pick A",), blocks[1])
    assert _glance(blocks[:1]) == ((), None)


def test_key_numbers_name_the_at_a_glance_line_and_say_it_once() -> None:
    """Review 23, P9: the key numbers' last card showed the at-a-glance line under the heading
    "Verdict", which is not the Verdict section's text, and the "At a glance" section printed
    the same sentence again. The card now bears the words of the section it shows, and that
    section (one line the card holds whole) is not printed twice."""
    c = compare("o3", "gemini-2.5-pro")
    glance = c.narrative.at_a_glance[0].text
    page = render_html(c)
    assert '<div class="card verdict"><h3>At a glance</h3>' in page
    assert page.count(html.escape(glance, quote=False)) == 1
    assert 'id="at-a-glance"' not in page
    assert 'href="#at-a-glance"' not in page
    assert '<h2 id="verdict">Verdict</h2>' in page  # the verdict stays where it was
    only_verdict = render_html(c, sections=["verdict"])
    assert '<h3>Verdict</h3>' in only_verdict


def test_site_links_without_pages_stay_text(pair: Comparison) -> None:
    links = SiteLinks("../index.html", lambda a, b: None, lambda m: None)
    page = render_html(pair, links=links)
    related = page.split('id="related"', 1)[1].split("</section>", 1)[0]
    assert "<a " not in related
    assert '<nav class="crumbs" aria-label="Site"><a href="../index.html">All models</a></nav>' \
        in page


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_lines_without_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(EVERY + 5, "page", stream=stream)
    for done in range(1, EVERY + 6):
        progress.update(done)
    progress.close()
    assert stream.getvalue() == (f"phicompare: {EVERY} of {EVERY + 5:,} pages\n"
                                 f"phicompare: {EVERY + 5} of {EVERY + 5:,} pages\n")
    quiet = io.StringIO()
    Progress(3, "page", show=False, stream=quiet).update(3)
    assert quiet.getvalue() == ""


def test_progress_bar_on_a_terminal_with_tqdm() -> None:
    pytest.importorskip("tqdm")
    stream = Tty()
    progress = Progress(3, "page", stream=stream)
    assert progress.bar is not None
    assert list(progress.wrap(["a", "b", "c"])) == ["a", "b", "c"]
    assert progress.bar.n == 3
    progress.close()
    assert "0/3" in stream.getvalue()


def test_progress_falls_back_to_lines_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    stream = Tty()
    progress = Progress(2, "pair", stream=stream)
    assert progress.bar is None
    progress.update(2)
    assert stream.getvalue() == "phicompare: 2 of 2 pairs\n"


def test_progress_on_a_closed_stream_is_plain() -> None:
    stream = io.StringIO()
    stream.close()
    assert Progress(1, "page", show=False, stream=stream).bar is None
