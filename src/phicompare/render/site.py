"""A static site's own pages: the index of models, a page per model, and the sitemap.

Pure functions from records and costs to HTML or XML strings; :mod:`phicompare.site` decides
which pages there are and writes them. The index's table is plain HTML a reader can use without
JavaScript; one small script (:data:`INDEX_SCRIPT`, allowed by its hash and nothing else) adds
sorting by any column and a filter box.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as xml_escape

from phicompare.domain.settings import condition
from phicompare.exceptions import ComparisonError
from phicompare.narrative import format as fmt

from . import cells
from .blocks import safe_url
from .catalog_pages import model_page
from .html import SiteLinks, document_html, escape, render_blocks

if TYPE_CHECKING:
    import datetime as dt

    from phicompare.analysis.estimate import ModelCost
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import BenchmarkScore, Model

__all__ = ["INDEX_SCRIPT", "KEY_SCORES", "index_html", "key_benchmarks", "model_site_html",
           "sitemap_xml"]

KEY_SCORES = 3
"""Benchmarks the index shows: those the most models of the site report."""

INDEX_SCRIPT = (
    "(function(){var t=document.querySelector('table.sortable');if(!t)return;"
    "var b=t.tBodies[0],h=t.tHead.rows[0].cells;"
    "function k(c){var v=c.getAttribute('data-sort');return v===null?c.textContent.trim()"
    ".toLowerCase():(v===''?null:(c.classList.contains('num')?parseFloat(v):v));}"
    "Array.prototype.forEach.call(h,function(th,i){var n=document.createElement('button');"
    "n.type='button';n.textContent=th.textContent;th.textContent='';th.appendChild(n);"
    "n.addEventListener('click',function(){var up=th.getAttribute('aria-sort')!=='ascending';"
    "Array.prototype.forEach.call(h,function(o){o.removeAttribute('aria-sort');});"
    "th.setAttribute('aria-sort',up?'ascending':'descending');"
    "var r=Array.prototype.slice.call(b.rows);r.sort(function(x,y){var p=k(x.cells[i]),"
    "q=k(y.cells[i]);if(p===q)return 0;if(p===null)return 1;if(q===null)return -1;"
    "return (p<q?-1:1)*(up?1:-1);});r.forEach(function(x){b.appendChild(x);});});});"
    "var f=document.createElement('input');f.type='search';f.placeholder='Filter models';"
    "f.setAttribute('aria-label','Filter models');f.className='filter';"
    "t.parentNode.parentNode.insertBefore(f,t.parentNode);"
    "f.addEventListener('input',function(){var s=f.value.toLowerCase();"
    "Array.prototype.forEach.call(b.rows,function(x){x.hidden=s!==''&&"
    "x.textContent.toLowerCase().indexOf(s)<0;});});})();"
)
"""The index's optional script: sort buttons on the column heads and a filter box.

A cell's ``data-sort`` is its key: a number in a numeric cell (``class="num"``), text in any
other (the model's name: read as a number it was ``NaN``, and sorting by name kept the order it
found; review 28, P3)."""

_SITE_STYLE = (
    "<style>.phicompare th button{font:inherit;font-weight:600;background:none;border:0;"
    "padding:0;color:inherit;cursor:pointer;text-align:inherit}"
    ".phicompare th[aria-sort=ascending] button::after{content:' \\2191'}"
    ".phicompare th[aria-sort=descending] button::after{content:' \\2193'}"
    ".phicompare .filter{font:inherit;padding:.3em .5em;margin:.4em 0;max-width:100%}</style>"
)


def key_benchmarks(models: Sequence[Model], limit: int = KEY_SCORES) -> list[str]:
    """The ids of the benchmarks the most ``models`` report (ties: by id), at most ``limit``.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> key_benchmarks([catalog.model(m) for m in ("phi-2", "phi-4-mini", "gemma-3-4b")])
        ['bbh', 'gsm8k', 'arc-c']
    """
    counts: dict[str, int] = {}
    for m in models:
        for benchmark in {s.benchmark for s in m.scores}:  # a model with two runs counts once
            counts[benchmark] = counts.get(benchmark, 0) + 1
    return sorted(counts, key=lambda b: (-counts[b], b))[:limit]


def _td(text: str, sort: object = None, *, numeric: bool = False) -> str:
    sort_attr = "" if sort is None else f' data-sort="{escape(str(sort))}"'
    kind = ' class="num"' if numeric else ""
    return f"<td{kind}{sort_attr}>{escape(text)}</td>"


def _unknown(text: str | None) -> str:
    return cells.UNSOURCED if text is None else text


def _runs_cell(runs: Sequence[BenchmarkScore]) -> str:
    """A model's first score on a benchmark, with its other runs under that setting.

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare.domain.records import BenchmarkScore
        >>> _runs_cell([BenchmarkScore(benchmark="gpqa", score=Decimal(s), setting="0-shot CoT")
        ...             for s in ("29.2", "39.1")])
        '29.2 (0-shot CoT); another run: 39.1'
    """
    first, *rest = runs
    cell = f"{fmt.points(first.score)} ({first.setting or 'setting not stated'})"
    kind = condition(first.setting)
    others = [fmt.points(s.score) for s in rest if condition(s.setting) == kind]
    if not others:
        return cell
    word = "another run" if len(others) == 1 else "other runs"
    return f"{cell}; {word}: {fmt.join_words(others)}"


def index_html(costs: Sequence[ModelCost], links: SiteLinks, *, pairs: int,
               labels: dict[str, str], traffic_phrase: str) -> str:
    """The site's index: one row per model, with its prices, context, bill and key scores.

    Args:
        costs: Each model's cost at the site's traffic (``phicompare.estimate``), in order.
        links: Where the model pages are.
        pairs: How many comparison pages the site has.
        labels: The short names of the benchmarks shown, by id (:func:`key_benchmarks`).
        traffic_phrase: The traffic the bills assume, in words.

    Examples:
        >>> from phicompare import estimate
        >>> links = SiteLinks("index.html", lambda a, b: None, lambda m: f"models/{m}.html")
        >>> page = index_html([estimate("phi-2")], links, pairs=0, labels={"mmlu": "MMLU"},
        ...                   traffic_phrase="800M input and 250M output tokens a month")
        >>> 'href="models/phi-2.html"' in page, "<script>" in page
        (True, True)
    """
    head = ["Model", "Vendor", "Parameters", "Context", "Input $/1M", "Output $/1M",
            "Monthly", "Open weights", *labels.values()]
    rows = []
    for cost in costs:
        m = cost.model
        href = links.model(m.id)
        name = (f'<a href="{escape(href)}">{escape(m.name)}</a>' if href else escape(m.name))
        route = cost.estimate.route
        scores: dict[str, list[BenchmarkScore]] = {}
        for s in m.scores:  # each benchmark's runs, its first shown (review 23, P6)
            scores.setdefault(s.benchmark, []).append(s)
        cols = [
            _td(cells.vendor(m.vendor, inferred=m.vendor_inferred)),
            _td(_unknown(None if m.parameters_b is None else fmt.params(m.parameters_b)),
                "" if m.parameters_b is None else m.parameters_b, numeric=True),
            _td(cells.context(m.context_window),
                "" if m.context_window is None else m.context_window, numeric=True),
            # the prices the bill applied (a long-context tier's where the requests cross it)
            _td("no route" if route is None else cells.price(cost.estimate.input_price),
                "" if route is None else cost.estimate.input_price, numeric=True),
            _td("no route" if route is None else cells.price(cost.estimate.output_price),
                "" if route is None else cost.estimate.output_price, numeric=True),
            _td("no estimate" if cost.monthly is None else fmt.money(cost.monthly),
                "" if cost.monthly is None else cost.monthly, numeric=True),
            _td(cells.yes_no(m.open_weights)),
        ]
        for bench in labels:
            runs = scores.get(bench)
            cols.append(_td("no score" if runs is None else _runs_cell(runs),
                            "" if runs is None else runs[0].score, numeric=True))
        rows.append(f'<tr><th scope="row" data-sort="{escape(m.name.lower())}">{name}</th>'
                    + "".join(cols) + "</tr>")
    header = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    count = fmt.plural(len(costs), "model")
    count = count[:1].upper() + count[1:]  # the sentence's first word
    body = (
        f'<h1 id="title">Model comparisons</h1>\n'
        f"<p>{escape(count)} and {escape(fmt.plural(pairs, 'comparison page'))}. Prices are "
        f"each model's cheapest eligible route at {escape(traffic_phrase)} (a closed-weight "
        "model's from its maker or from a major cloud or platform, where it has one); scores "
        "are as each source reports them, with their settings (scores taken under different "
        "settings do not compare directly).</p>\n"
        '<div class="table-wrap" role="region" aria-label="Models" tabindex="0">'
        f'<table class="sortable"><caption>Models</caption><thead><tr>{header}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    return document_html(_SITE_STYLE + body, "Model comparisons", script=INDEX_SCRIPT)


def model_site_html(model: Model, links: SiteLinks,
                    comparisons: Sequence[tuple[str, str]],
                    catalog: Catalog | None = None, day: dt.date | None = None) -> str:
    """A model's page in a site: its facts, then links to its comparison pages.

    ``comparisons`` holds ``(other model's name, relative link)`` pairs; ``day`` is the site's
    date (its comparisons' ``as_of``; today by default), the day its routes' status is said on.

    Examples:
        >>> from phicompare import default_catalog
        >>> links = SiteLinks("../index.html", lambda a, b: None, lambda m: None)
        >>> page = model_site_html(default_catalog().model("phi-2"), links,
        ...                        [("Phi-4 Mini", "../pairs/phi-2--vs--phi-4-mini.html")])
        >>> "Phi-2 vs Phi-4 Mini" in page
        True
    """
    body = [(f'<nav class="crumbs" aria-label="Site"><a href="{escape(links.home)}">'
            "All models</a></nav>"),
            render_blocks(model_page(model, level=1, catalog=catalog, day=day))]
    if comparisons:
        items = "".join(f'<li><a href="{escape(href)}">{escape(model.name)} vs '
                        f"{escape(other)}</a></li>" for other, href in comparisons)
        body.append(f'<section aria-labelledby="comparisons"><h2 id="comparisons">'
                    f"Comparisons</h2><ul>{items}</ul></section>")
    return document_html("\n".join(body), model.name)


def sitemap_xml(base_url: str, paths: Sequence[str]) -> str:
    """The sitemap of a site at ``base_url``: one ``<url>`` per page path.

    Raises:
        ComparisonError: (a ``ValueError``) ``base_url`` is not an http(s) URL.

    Examples:
        >>> print(sitemap_xml("https://example.com/llms", ["index.html"]), end="")
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://example.com/llms/index.html</loc></url>
        </urlset>
    """
    if not safe_url(base_url):
        msg = f"base URL {base_url!r} is not an http(s) URL"
        raise ComparisonError(msg)
    base = base_url.rstrip("/") + "/"
    urls = "".join(f"<url><loc>{xml_escape(base + p)}</loc></url>\n" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{urls}</urlset>\n")
