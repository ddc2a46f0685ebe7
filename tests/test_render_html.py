"""HTML: a well-formed, self-contained page with accessible tables; data is always text."""

from __future__ import annotations

import html.parser
import itertools
import re
from pathlib import Path

import pytest

from phicompare import Comparison, default_catalog
from phicompare.narrative import format as fmt
from phicompare.render.blocks import Bullets, Heading, Link, Para, Table, clean
from phicompare.render.html import (
    STYLE,
    catalog_html,
    escape,
    model_html,
    render_blocks,
    render_html,
)

from .helpers import curated_catalog

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"
VOID = {"meta", "br", "img", "link", "input", "hr"}
ALLOWED = {"html", "head", "meta", "title", "style", "body", "main", "div", "section", "h1",
           "h2", "h3", "p", "ul", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody",
           "tr", "th", "td", "a", "nav", "ol", "span", "br", "svg", "desc", "g", "line",
           "polyline", "circle", "text"}


class Page(html.parser.HTMLParser):
    """A strict reading of a page: balanced tags, the elements, attributes and visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.errors: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "title", "script"):
            self._hidden += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag in ("style", "title", "script"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)

    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def read(page: str) -> Page:
    parsed = Page()
    parsed.feed(page)
    parsed.close()
    assert not parsed.errors, parsed.errors[:3]
    assert not parsed.stack, parsed.stack
    return parsed


@pytest.mark.parametrize(("text", "expected"), [
    ("Phi-2", "Phi-2"),
    ("<script>alert('x')</script>", "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"),
    ('a "quoted" & co', "a &quot;quoted&quot; &amp; co"),
    ("\x1b[0m\nline", "\ufffd[0m line"),
])
def test_escape(text: str, expected: str) -> None:
    assert escape(text) == expected


def test_document_is_well_formed_and_self_contained(pair: Comparison) -> None:
    document = render_html(pair)
    assert document.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    page = read(document)
    names = {tag for tag, _ in page.tags}
    assert names <= ALLOWED
    assert [tag for tag, _ in page.tags].count("h1") == 1
    for forbidden in ("<script", "<link", "<img", "<iframe", "src=", "@import", "url("):
        assert forbidden not in document
    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert csp == [{"http-equiv": "Content-Security-Policy",
                    "content": "default-src 'none'; style-src 'unsafe-inline'; img-src data:"}]
    assert ("title", {}) in page.tags


def test_tables_are_accessible(pair: Comparison) -> None:
    """Each table has a caption, column headers with scope=col and a row header per row."""
    document = render_html(pair)
    tables = re.findall(r"<table>.*?</table>", document, re.DOTALL)
    assert len(tables) >= 8
    for table in tables:
        assert table.startswith("<table><caption>")
        head = re.search(r"<thead>(.*?)</thead>", table, re.DOTALL)
        assert head is not None
        assert '<th scope="col"' in head.group(1)
        assert "<td" not in head.group(1)
        body = re.search(r"<tbody>(.*?)</tbody>", table, re.DOTALL)
        assert body is not None
        rows = re.findall(r"<tr>(.*?)</tr>", body.group(1), re.DOTALL)
        assert rows
        assert all(row.startswith('<th scope="row">') for row in rows)
    regions = re.findall(r'<div class="table-wrap" role="region" aria-label="([^"]*)" '
                         r'tabindex="0">', document)
    assert len(regions) == len(tables)


def test_visible_text_holds_the_figures(pair: Comparison) -> None:
    text = read(render_html(pair)).visible()
    # (the tag after the bill's note, as the card reads aloud: review 15, P10)
    assert text.startswith("Phi-2 vs Phi-4 Mini Key numbers Phi-2 Monthly bill $105.00 a month on "
                           "Fireworks AI, cheaper")
    assert " Contents Key numbers Summary " in text
    for estimate in pair.cost.estimates:
        assert estimate.monthly is not None
        assert fmt.money(estimate.monthly) in text
    assert "2K (2,048)" in text
    assert "not documented" in text


def test_sections_and_anchors_only_in_a_document(pair: Comparison) -> None:
    document = render_html(pair)
    assert '<section aria-labelledby="specs"><h2 id="specs">Specifications</h2>' in document
    fragment = render_html(pair, document=False)
    assert " id=" not in fragment
    assert "<section><h2>Specifications</h2>" in fragment


def test_fragment_is_one_scoped_element(pair: Comparison) -> None:
    fragment = render_html(pair, document=False)
    assert fragment.startswith('<div class="phicompare"><style>')
    assert fragment.endswith("</div>")
    read(fragment)
    for rule in STYLE.split("}"):
        if rule:
            selectors = rule.split("{")[0]
            assert all(s.strip().startswith(".phicompare") for s in selectors.split(",")), rule


def test_hostile_strings_are_text(hostile: Comparison) -> None:
    document = render_html(hostile)
    page = read(document)
    assert {tag for tag, _ in page.tags} <= ALLOWED
    hrefs = [attrs["href"] or "" for tag, attrs in page.tags if tag == "a"]
    assert hrefs
    assert all(re.match(r"https?://|#[a-z-]+\Z", href) for href in hrefs), hrefs
    assert not any("javascript" in (v or "") for _, attrs in page.tags for v in attrs.values())
    text = page.visible()
    for model in hostile.models:
        assert " ".join(clean(model.name).split()) in text
    assert "<script>alert('name')</script>" in text
    assert "MIT <img src=x onerror=alert('license')> | pipes" in text
    assert "\u202e" not in document
    assert "\x1b" not in document


def test_links_only_for_http_urls() -> None:
    out = render_blocks([Bullets((Link("docs", "https://example.com/?a=1&b=2"),
                                  Link("bad", "javascript:alert(1)")))])
    assert out == ('<ul><li><a href="https://example.com/?a=1&amp;b=2" '
                   'rel="noopener noreferrer">docs</a></li><li>bad</li></ul>')


def test_blocks() -> None:
    out = render_blocks([Heading(1, "T"), Para("p"), Heading(2, "S", "s"), Heading(3, "x"),
                         Table("c", ("a", "b"), (("1", "2"),), numeric=(1,))], anchors=True)
    assert out.splitlines() == [
        "<h1>T</h1>",
        "<p>p</p>",
        '<section aria-labelledby="s"><h2 id="s">S</h2>',
        "<h3>x</h3>",
        ('<div class="table-wrap" role="region" aria-label="c" tabindex="0"><table><caption>c'
         '</caption><thead><tr><th scope="col">a</th><th scope="col" class="num">b</th></tr>'
         '</thead><tbody><tr><th scope="row">1</th><td class="num">2</td></tr></tbody></table>'
         "</div>"),
        "</section>",
    ]


def test_model_and_catalog_fragments() -> None:
    catalog = default_catalog()
    model = read(model_html(catalog.model("phi-4-mini")))
    assert "Phi-4 Mini (phi-4-mini)" in model.visible()
    curated = curated_catalog()  # under the listing's 100 rows
    listing = catalog_html(curated)
    page = read(listing)
    assert [t for t, _ in page.tags].count("tr") == len(curated) + 1


def test_heading_levels_never_skip(pair: Comparison, hostile: Comparison) -> None:
    """One h1, then each heading at most one level below the one before (cards included)."""
    for c in (pair, hostile):
        levels = [int(tag[1]) for tag, _ in read(render_html(c)).tags
                  if re.fullmatch(r"h[1-6]", tag)]
        assert levels[0] == 1
        assert levels.count(1) == 1
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels


def test_a_context_that_prints_alike_is_not_tagged_longer() -> None:
    """GPT-4o mini's 128,000 tokens and Llama 3.1 8B's 131,072 both print "128K tokens" on the
    cards; one read "128K tokens [longer]"."""
    from phicompare import compare

    page = compare("gpt-4o-mini", "llama-3.1-8b").to_html()
    assert page.count("128K tokens</span>") == 2
    assert '<span class="tag">longer</span>' not in page


def test_one_million_and_a_binary_million_are_not_tagged_longer() -> None:
    """GPT-4.1 nano's 1,047,576 tokens and Gemini 2.0 Flash's 1,048,576 (both "1M")."""
    from phicompare import compare

    page = compare("gpt-4.1-nano", "gemini-2.0-flash").to_html()
    assert '<span class="tag">longer</span>' not in page


@pytest.mark.parametrize("pair", [("gpt-4.1", "qwen-plus"), ("gpt-4.1", "phi-4")])
def test_a_page_spells_a_million_tokens_one_way(pair: tuple[str, str]) -> None:
    """GPT-4.1's 1,047,576 tokens read "1.0M" on the cards beside Qwen Plus's "1M" (1,000,000)
    and "per 1M tokens" (review 5, P7): no page, Markdown or HTML, writes a ".0" count."""
    from phicompare import compare

    c = compare(*pair)
    for page in (c.to_markdown(), c.to_html()):
        assert not re.findall(r"\b\d+\.0[KMB]\b", page)
        assert "1M tokens" in page
    assert c.check() == []
