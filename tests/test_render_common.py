"""The page every renderer shares: which sections and tables, how unknowns read, text safety."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings, strategies as st

from phicompare import (
    Catalog,
    Comparison,
    Model,
    Provider,
    ProviderRoute,
    Traffic,
    compare,
    default_catalog,
    load_catalog,
)
from phicompare.narrative import format as fmt
from phicompare.render.blocks import (
    Bullets,
    Heading,
    Link,
    Pairs,
    Para,
    Table,
    clean,
    display_width,
    safe_url,
    safe_urls,
)
from phicompare.render.catalog_pages import catalog_page, model_page
from phicompare.render.page import comparison_page
from tests.helpers import curated_catalog

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"
SECTIONS = ["Summary", "At a glance", "Decision scorecard", "Tradeoffs", "Cost at your traffic",
            "Switch friction", "Specifications", "Pricing and availability", "Capabilities",
            "Benchmarks", "Deep dive", "FAQ", "Verdict", "Related comparisons", "Provenance"]


@pytest.fixture(scope="module")
def hostile() -> Catalog:
    return load_catalog(HOSTILE)


def _tables(page: Sequence[object]) -> dict[str, Table]:
    return {b.caption: b for b in page if isinstance(b, Table)}


def _cells(page: Sequence[object]) -> list[str]:
    found: list[str] = []
    for block in page:
        if isinstance(block, Table):
            found += [c.text if isinstance(c, Link) else c for row in block.rows for c in row]
    return found


@pytest.mark.parametrize(("text", "expected"), [
    ("Phi-4 Mini", "Phi-4 Mini"),
    ("a\nb\tc\r\nd", "a b c  d"),
    ("\x1b[31mred\x1b[0m", "\ufffd[31mred\ufffd[0m"),
    ("abc\u202edcba", "abc\ufffddcba"),
    ("nul\x00", "nul\ufffd"),
    ("模型 Ünïcödé 🚀", "模型 Ünïcödé 🚀"),
    ("no\u00a0break", "no break"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
])
def test_clean_keeps_text_and_drops_controls(text: str, expected: str) -> None:
    assert clean(text) == expected


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_clean_output_is_one_printable_line(text: str) -> None:
    """Whatever the catalog holds, cleaned text has no line break or control character."""
    cleaned = clean(text)
    assert "\n" not in cleaned
    assert "\r" not in cleaned
    assert not any(0 <= ord(ch) < 32 or ord(ch) == 127 for ch in cleaned)
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in cleaned)
    cleaned.encode("utf-8")  # always encodable


@pytest.mark.parametrize(("text", "width"), [
    ("Phi-2", 5), ("模型", 4), ("e\u0301", 1), ("🚀", 2), ("", 0), ("±1.1", 4)])
def test_display_width_counts_terminal_columns(text: str, width: int) -> None:
    assert display_width(text) == width


@pytest.mark.parametrize(("url", "safe"), [
    ("https://huggingface.co/microsoft/phi-2", True),
    ("http://example.com/a?b=1&c=2", True),
    ("HTTPS://EXAMPLE.COM", True),
    ("javascript:alert(1)", False),
    ("data:text/html,<script>", False),
    ("https://x.org/<script>", False),
    ('https://x.org/"onmouseover="alert(1)', False),
    ("https://x.org/a|b", False),
    ("https://x.org/a b", False),
    ("//x.org", False),
    ("reference/phi-2-vs-phi-4-mini.txt", False),
])
def test_safe_url_allows_only_plain_http_links(url: str, safe: bool) -> None:
    assert safe_url(url) is safe


URL_PARTS = ["https://", "http://", "HTTPS://", "Http://", "x.org", "/a", "?b=1&c=2", " ", "<",
             "|", "\\", "`", "'", '"', "\n", "\x00", "\x7f", "\u2028", "\xa0", "é", "ftp://", ""]


@given(st.lists(st.lists(st.sampled_from(URL_PARTS), max_size=4).map("".join), max_size=5))
@settings(max_examples=300, deadline=None)
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_safe_urls_is_safe_url_for_each(urls: list[str]) -> None:
    # The quick scan for the usual case must never allow what the full expression refuses.
    assert safe_urls(urls) is all(safe_url(url) for url in urls)


@pytest.mark.parametrize("urls", [
    [], ["https://a.org", "http://b.org/x"], ["https://", "https://a.org"], ["http://"],
    ["HTTPS://A.ORG"], ["https://a.org", "https://b.org/a b"], ["https://a.org\nhttps://b"]])
def test_safe_urls_edges(urls: list[str]) -> None:
    assert safe_urls(urls) is all(safe_url(url) for url in urls)


def test_page_has_every_section_in_the_design_order(pair: Comparison) -> None:
    page = comparison_page(pair)
    assert page[0] == Heading(1, "Phi-2 vs Phi-4 Mini", "title")
    sections = [b.text for b in page if isinstance(b, Heading) and b.level == 2]
    assert sections == SECTIONS


def test_page_prose_is_the_narrative(pair: Comparison) -> None:
    """Every claim of the narrative appears, unchanged, in the page's prose."""
    prose = " ".join(b.text for b in comparison_page(pair) if isinstance(b, Para))
    prose += " ".join(str(i) for b in comparison_page(pair) if isinstance(b, Bullets)
                      for i in b.items)
    prose += " ".join(a for b in comparison_page(pair) if isinstance(b, Pairs) for _, a in b.items)
    for claim in pair.narrative.claims():
        assert claim.text in prose


def test_specs_format_tokens_and_parameters_once(pair: Comparison) -> None:
    specs = _tables(comparison_page(pair))["Specifications"]
    rows = {row[0]: row[1:] for row in specs.rows}
    assert rows["Context window"] == ("2K (2,048)", "128K (131,072)")
    assert rows["Parameters"] == ("2.7B", "3.8B")
    assert rows["Knowledge cutoff"] == ("not yet sourced", "2024-06")
    assert rows["Released"] == ("2023-12-12", "2025-02-26")


def test_unknowns_are_words_never_a_dash(hostile: Catalog) -> None:
    """An unknown context window is 'not yet sourced'; a capability 'not documented'."""
    c = compare("script-model", "long-model", "dollar-model", catalog=hostile)
    page = comparison_page(c)
    tables = _tables(page)
    context = next(r for r in tables["Specifications"].rows if r[0] == "Context window")
    assert context[3] == "not yet sourced"
    capabilities = tables["Capabilities (the model's own, or the routes that offer it)"]
    assert "not documented" in {cell for row in capabilities.rows for cell in row}
    assert not {"-", "—", "–", "None", "nan"} & set(_cells(page))


def test_money_in_tables_uses_the_one_formatter(pair: Comparison) -> None:
    cells = set(_cells(comparison_page(pair)))
    for estimate in pair.cost.estimates:
        assert estimate.monthly is not None
        assert fmt.money(estimate.monthly) in cells
    for row in pair.routes:
        if row.monthly is not None:
            assert fmt.money(row.monthly) in cells


def test_benchmark_table_reads_gaps_honestly(pair: Comparison) -> None:
    table = next(t for t in comparison_page(pair) if isinstance(t, Table)
                 and t.caption.startswith("Scores both models report"))
    rows = {row[0]: row for row in table.rows}
    # MMLU's own runs differ by 3.5 points: its spread is the typical 3.7, a floor, said so
    reading = ("Phi-4 Mini higher (separate evaluations, beyond the typical run spread of 3.7, a "
               "floor)")
    assert rows["MMLU"][1:] == ("5-shot", "56.3", "67.3", "11.0", reading)
    assert rows["OLL MMLU-Pro"][1:] == ("5-shot", "18.1", "32.6", "14.5 ±1.3",
                                        "Phi-4 Mini leads, outside noise")
    assert rows["GSM8K"][1] == "0-shot CoT / 8-shot CoT"
    assert rows["GSM8K"][4:] == ("n/a", "settings differ")  # the setting column shows both
    for row in table.rows:  # a lead is only claimed outside noise
        gap = next(r for r in pair.benchmarks if r.benchmark.label == row[0]).pair(0, 1)
        assert ("leads" in str(row[5])) == bool(gap.significant)


def test_benchmarks_of_three_models_get_a_gap_per_pair() -> None:
    c = compare("phi-2", "phi-4-mini", "llama-3.2-3b")
    tables = _tables(comparison_page(c))
    gaps = tables["Gaps between pairs of scores, with 95% sampling intervals"]
    mmlu = [row for row in gaps.rows if row[0] == "MMLU"]
    assert [row[1] for row in mmlu] == ["Phi-2 vs Phi-4 Mini", "Phi-2 vs Llama 3.2 3B",
                                        "Phi-4 Mini vs Llama 3.2 3B"]


def test_every_route_is_listed_with_why_it_is_not_counted(pair: Comparison) -> None:
    tables = _tables(comparison_page(pair))
    rows = tables["Phi-4 Mini: every route (USD per 1M tokens)"].rows
    assert len(rows) == len(pair.routes_of(1))
    free = [row for row in rows if row[4] == "free tier"]
    assert free
    assert all(str(row[6]).startswith("no: free tier") for row in free)


def test_a_provider_listed_twice_names_each_route_by_its_model_id() -> None:
    day = dt.date(2026, 11, 1)
    route = ProviderRoute(provider="bedrock", source="https://x.test/r", checked=day,
                          input=Decimal(3), output=Decimal(15), provider_model_id="m-v1")
    models = (Model(id="a", name="A", routes=(
                  route, attrs.evolve(route, input=Decimal("3.3"), provider_model_id="eu.m-v1"),
                  attrs.evolve(route, provider="other", provider_model_id="m"))),
              Model(id="b", name="B", routes=(route,)))
    catalog = Catalog(models=models, providers=(Provider(id="bedrock", name="Bedrock"),
                                                Provider(id="other", name="Other")))
    tables = _tables(comparison_page(compare("a", "b", catalog=catalog, as_of=day)))
    assert [row[0] for row in tables["A: every route (USD per 1M tokens)"].rows] == [
        "Bedrock (m-v1)", "Bedrock (eu.m-v1)", "Other"]
    assert [row[0] for row in tables["B: every route (USD per 1M tokens)"].rows] == ["Bedrock"]


def test_routes_are_listed_by_provider_name() -> None:
    c = compare("gpt-4o", "claude-sonnet-4-5", as_of=dt.date(2026, 11, 25))
    tables = _tables(comparison_page(c))
    for name in c.names:
        providers = [str(row[0]) for row in tables[f"{name}: every route (USD per 1M tokens)"].rows]
        assert providers == sorted(providers, key=str.casefold)
        assert len(providers) == len(c.routes_of(c.names.index(name)))
    where = next(q for q in c.narrative.faq if q.key == "where").answer[0].text
    listed = where.removeprefix("GPT-4o is listed on ").removesuffix(".").replace(" and ", ", ")
    names = [p.split(" (")[0] for p in listed.split(", ")]
    assert names == sorted(names, key=str.casefold)


def test_cost_breakdown_lines_add_up_to_the_estimate(pair: Comparison) -> None:
    tables = _tables(comparison_page(pair))
    for estimate in pair.cost.estimates:
        assert estimate.monthly is not None
        name = pair.names[estimate.model_index]
        caption = f"{name} on {estimate.provider_name}: {fmt.money(estimate.monthly)} a month"
        rows = tables[caption].rows
        assert rows[-1] == ("Total", "", "", fmt.money(estimate.monthly))
        assert [r[0] for r in rows[:-1]] == [line.item for line in estimate.lines]


def test_a_per_request_fee_reads_as_requests_at_a_price_each() -> None:
    """A request fee's line counts requests and prices each one, not per 1M tokens."""
    route = ProviderRoute(provider="p", source="https://example.com/p", checked=dt.date(2026, 1, 1),
                          input=Decimal("1"), output=Decimal("2"), per_request=Decimal("0.001"))
    catalog = Catalog(models=tuple(Model(id=x, name=x.upper(), context_window=8192, routes=(route,))
                                   for x in "ab"), providers=(Provider(id="p", name="P"),))
    c = compare("a", "b", catalog=catalog, as_of=dt.date(2026, 1, 1),
                traffic=Traffic(input_tokens=1_000_000, output_tokens=1_000_000, requests=2_000))
    rows = _tables(comparison_page(c))["A on P: $5.00 a month"].rows
    assert ("requests", "2,000 requests", "$0.001 each", "$2.00") in rows
    assert ("input", "1,000,000", "$1.00 per 1M", "$1.00") in rows


def test_sources_are_links_with_what_they_support(pair: Comparison) -> None:
    sources = _tables(comparison_page(pair))["Sources"]
    assert len(sources.rows) == len(pair.provenance.sources)
    first = sources.rows[0]
    assert isinstance(first[0], Link)
    assert first[0].url == pair.provenance.sources[0].url


def test_model_page_lists_facts_scores_and_routes() -> None:
    model = default_catalog().model("phi-4-mini")
    page = model_page(model)
    tables = _tables(page)
    facts = {str(row[0]): row[1] for row in tables["Phi-4 Mini: facts"].rows}
    assert facts["Context window"] == "128K (131,072)"
    assert facts["Released"] == "2025-02-26"
    assert len(tables["Phi-4 Mini: routes (USD per 1M tokens)"].rows) == len(model.routes)
    assert len(tables["Phi-4 Mini: benchmark scores (points)"].rows) == len(model.scores)


def test_model_page_lists_each_routes_long_context_tiers() -> None:
    """A route's long-context tier is a price a reader needs (Gemini 2.5 Pro doubles its input
    price above 200K on Google); the column appears where some route lists one."""
    model = default_catalog().model("gemini-2.5-pro")
    table = _tables(model_page(model))["Gemini 2.5 Pro: routes (USD per 1M tokens)"]
    assert table.header[-1] == "Long-context tier (input tokens)"
    cells_by_provider = {row[0]: row[-1] for row in table.rows}
    assert cells_by_provider["google"] == "above 200K: $2.50 in, $15.00 out"
    assert cells_by_provider["abacus"] == "none listed"
    phi = _tables(model_page(default_catalog().model("phi-4-mini")))
    assert "Long-context tier (input tokens)" not in phi[
        "Phi-4 Mini: routes (USD per 1M tokens)"].header


def test_model_page_of_a_bare_model_says_what_is_unknown() -> None:
    from phicompare import Model

    page = model_page(Model(id="bare", name="Bare"))
    facts = {str(row[0]): row[1] for row in _tables(page)["Bare: facts"].rows}
    assert facts["Context window"] == "not yet sourced"
    assert facts["Open weights"] == "not yet sourced"
    assert len(page) == 3  # heading, facts, capabilities: no empty score or route table


def test_catalog_page_stops_at_its_limit() -> None:
    catalog = curated_catalog()  # under the listing's 100 rows
    page = catalog_page(catalog, limit=5)
    assert len(_tables(page)["Models"].rows) == 5
    assert page[-1] == Para(f"Showing the first 5 of {len(catalog):,} models.")
    assert len(_tables(catalog_page(catalog))["Models"].rows) == len(catalog)
    assert catalog_page(Catalog()) == [Heading(2, "Catalog: no models, no providers, "
                                                  "no benchmarks")]


def test_a_gap_is_the_difference_of_the_scores_shown_beside_it() -> None:
    """13.84 and 6.45 show as 13.8 and 6.5: the gap column says 7.3, never the exact 7.39's 7.4."""
    ids = ["phi-2", "phi-4-mini", "llama-3.2-3b", "gemma-3-4b", "phi-3.5-mini", "qwen2.5-7b",
           "llama-3.1-8b", "phi-4", "gemma-2-9b"]
    rows = 0
    for a, b in itertools.combinations(ids, 2):
        page = compare(a, b, as_of=dt.date(2026, 11, 25)).to_markdown()
        for line in page.splitlines():
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            if len(cells) != 6 or not re.fullmatch(r"\d+\.\d( ±\d+\.\d)?", cells[4]):
                continue
            first, second = (Decimal(cell.split(",")[0]) for cell in cells[2:4])  # ", near.."
            assert abs(first - second) == Decimal(cells[4].split()[0]), (a, b, line)
            rows += 1
    assert rows > 100
