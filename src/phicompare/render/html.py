"""HTML: one self-contained page or fragment, accessible tables, every catalog string escaped.

No external asset is referenced: the style sheet is inline and scoped to ``.phicompare``, and the
whole document carries a Content-Security-Policy that allows no script at all (a site's index may
carry one small script, allowed by its hash), so even a string that escaped escaping could not run.
Tables have captions and header cells with scopes; wide tables scroll inside a focusable, labelled
region. Links are written only for http(s) URLs, and for the relative links a site gives.

A comparison's document opens with a table of contents and key-number cards, marks the winner of
each row the facts support (:mod:`phicompare.render.highlights`) and embeds its charts as inline
SVG (:mod:`phicompare.render.svg`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from phicompare.catalog.memo import Slot
from phicompare.domain.arguments import check_flag
from phicompare.narrative.standing import standings

from . import highlights, svg
from .blocks import (
    Block,
    Bullets,
    Cell,
    Derive,
    Heading,
    Link,
    Pairs,
    Para,
    Table,
    clean,
    safe_url,
)
from .catalog_pages import catalog_page, model_page
from .highlights import Win, tagged
from .page import comparison_page
from .picks import PICK_TITLE, pick_page

if TYPE_CHECKING:
    from collections.abc import Iterable

    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.recommend import Recommendation
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model

__all__ = [
    "STYLE",
    "SiteLinks",
    "catalog_html",
    "document_html",
    "escape",
    "model_html",
    "recommendation_html",
    "render_blocks",
    "render_html",
]


STYLE = (
    ".phicompare{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
    "line-height:1.5;max-width:72rem}"
    ".phicompare h1{font-size:1.6em;margin:.3em 0 .5em}"
    ".phicompare h2{font-size:1.25em;margin:1.4em 0 .4em;"
    "border-bottom:1px solid rgba(127,127,127,.4)}"
    ".phicompare h3{font-size:1.05em;margin:1em 0 .3em}"
    ".phicompare .table-wrap{overflow-x:auto;margin:.6em 0 1em;max-width:100%}"
    ".phicompare table{border-collapse:collapse;font-size:.92em}"
    ".phicompare caption{text-align:left;font-weight:600;padding:.2em 0}"
    ".phicompare th,.phicompare td{border:1px solid rgba(127,127,127,.4);padding:.25em .6em;"
    "text-align:left;vertical-align:top;overflow-wrap:break-word}"
    ".phicompare th[scope=row]{min-width:7em}"
    ".phicompare td a,.phicompare th a,.phicompare li a{overflow-wrap:anywhere}"
    ".phicompare thead th{background:rgba(127,127,127,.14)}"
    ".phicompare .num{text-align:right;font-variant-numeric:tabular-nums}"
    ".phicompare .nowrap,.phicompare .num{white-space:nowrap}"
    ".phicompare .win{font-weight:700;background:rgba(46,160,90,.16)}"
    ".phicompare .tag{display:inline-block;font-size:.78em;font-weight:600;padding:0 .4em;"
    "margin-left:.3em;border:1px solid rgba(46,160,90,.7);border-radius:.6em;"
    "white-space:nowrap}"
    ".phicompare dt{font-weight:600;margin-top:.7em}"
    ".phicompare dd{margin:.2em 0 0 1.2em}"
    ".phicompare .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));"
    "gap:.8rem;margin:.6em 0 1em}"
    ".phicompare .card{border:1px solid rgba(127,127,127,.4);border-radius:.5rem;"
    "padding:.3em .9em .6em;background:rgba(127,127,127,.06)}"
    ".phicompare .card h3{margin:.3em 0}"
    ".phicompare .card dd{margin-left:0}"
    ".phicompare .card ul{padding-left:1.1em;margin:.3em 0}"
    ".phicompare .big{font-size:1.3em;font-weight:700}"
    ".phicompare .note{font-size:.88em;opacity:.8}"
    ".phicompare .chart-wrap{overflow-x:auto;max-width:100%}"
    ".phicompare .chart{display:block;width:100%;min-width:30rem;max-width:40rem;height:auto;"
    "margin:.6em 0}"
    ".phicompare nav ol{columns:14rem;padding-left:1.4em}"
    ".phicompare nav.crumbs{margin:0 0 .4em}"
)
"""The style sheet, every rule scoped to ``.phicompare`` so a notebook's own style is untouched."""

_DOCUMENT_STYLE = ":root{color-scheme:light dark}body{margin:0;padding:1rem 1.5rem}"
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_PART: Slot[str] = Slot("html table")
"""A table about one model (:attr:`Table.part`) as HTML, kept with its comparison's catalog."""


class SiteLinks(NamedTuple):
    """Where a page of a site points: its index, and the relative file of a pair or a model.

    ``pair(a, b)`` and ``model(id)`` return ``None`` for a page the site does not have; the text
    then stays plain.
    """

    home: str
    pair: Callable[[str, str], str | None]
    model: Callable[[str], str | None]


def escape(text: str) -> str:
    """``text`` as HTML text or attribute value: ``& < > " '`` escaped, control characters gone.

    Examples:
        >>> escape("<script>alert('x')</script> & co")
        '&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co'
    """
    return html.escape(clean(text), quote=True)


def _cell(cell: Cell) -> str:
    if isinstance(cell, Link):
        if safe_url(cell.url):
            return (f'<a href="{escape(cell.url)}" rel="noopener noreferrer">'
                    f"{escape(cell.text)}</a>")
        return escape(cell.text)
    return escape(cell)


def _table(table: Table, winners: Mapping[tuple[str, str], Win] | None = None) -> str:
    numeric = table.numeric
    caption = escape(table.caption)
    out = [(f'<div class="table-wrap" role="region" aria-label="{caption}" tabindex="0">'
            f"<table><caption>{caption}</caption><thead><tr>")]
    for i, head in enumerate(table.header):
        kind = ' class="num"' if i in numeric else ""
        out.append(f'<th scope="col"{kind}>{escape(head)}</th>')
    out.append("</tr></thead><tbody>")
    for row in table.rows:
        first = row[0]
        win = None if winners is None or not isinstance(first, str) else winners.get(
            (table.caption, first))
        out.append(f'<tr><th scope="row">{_cell(first)}</th>')
        for i in range(1, len(row)):
            cell = row[i]
            kinds = ["num"] if i in numeric else []
            if isinstance(cell, str) and _DATE.match(cell):
                kinds.append("nowrap")
            tag = ""
            if win is not None and i in win.columns:
                kinds.append("win")
                tag = tagged(win.tag)  # "$105.00, cheaper" as text, not "$105.00 cheaper"
            kind = f' class="{" ".join(kinds)}"' if kinds else ""
            out.append(f"<td{kind}>{_cell(cell)}{tag}</td>")
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def render_blocks(blocks: list[Block], *, anchors: bool = False,
                  winners: Mapping[tuple[str, str], Win] | None = None,
                  after: Mapping[str, str] | None = None,
                  replace: Mapping[str, str] | None = None,
                  derive: Derive | None = None) -> str:
    r"""Blocks as HTML elements; each level-2 heading opens a ``<section>``.

    Args:
        blocks: The page.
        anchors: Give headings ``id`` attributes (only in a whole document: a notebook shows many
            fragments on one page, where ids would clash).
        winners: Rows whose winning cells are marked (see :func:`highlights.winners`).
        after: HTML to add at the end of a section, by the section's anchor (or ``"title"``:
            after the page title).
        replace: HTML that stands for a section's body, by the section's anchor.
        derive: A comparison's :meth:`~phicompare.analysis.comparison.Comparison.derive`: the
            HTML of a table about one model alone (no winner marked in it) is made once for
            every comparison of that model.

    Examples:
        >>> render_blocks([Heading(2, "Specs"), Para("<b>")])
        '<section><h2>Specs</h2>\n<p>&lt;b&gt;</p>\n</section>'
    """
    out: list[str] = []
    open_section = False
    after = after or {}
    replace = replace or {}
    current = ""
    for block in blocks:
        if current in replace and not (isinstance(block, Heading) and block.level < 3):
            continue
        if isinstance(block, Para):
            out.append(f"<p>{escape(block.text)}</p>")
        elif isinstance(block, Table):
            part = block.part
            if part is None or derive is None or (
                    winners and any(caption == block.caption for caption, _ in winners)):
                out.append(_table(block, winners))
            else:
                out.append(derive(_PART, part[0], part[1], partial(_table, block), anywhere=True))
        elif isinstance(block, Bullets):
            out.append("<ul>" + "".join(f"<li>{_cell(item)}</li>" for item in block.items)
                       + "</ul>")
        elif isinstance(block, Heading):
            anchor = f' id="{escape(block.anchor)}"' if anchors and block.anchor else ""
            heading = f"<h{block.level}{anchor}>{escape(block.text)}</h{block.level}>"
            if block.level == 1 and block.anchor in after:
                heading += "\n" + after[block.anchor]
            if block.level == 2:
                if open_section:
                    out.append(after.get(current, "") + "</section>")
                current = block.anchor
                if current in replace:
                    heading += "\n" + replace[current]
                labelled = (f' aria-labelledby="{escape(block.anchor)}"'
                            if anchors and block.anchor else "")
                heading = f"<section{labelled}>{heading}"
                open_section = True
            out.append(heading)
        elif isinstance(block, Pairs):
            out.append("<dl>" + "".join(f"<dt>{escape(term)}</dt><dd>{escape(text)}</dd>"
                                        for term, text in block.items) + "</dl>")
    if open_section:
        out.append(after.get(current, "") + "</section>")
    return "\n".join([part for part in out if part])


def document_html(body: str, title: str, *, script: str | None = None) -> str:
    """A whole HTML document around ``body``: the style sheet inline, no script but ``script``.

    ``script`` (the source of one inline script, optional) is allowed by its SHA-256 in the
    page's Content-Security-Policy; no other script can run.

    Examples:
        >>> page = document_html("<h1>Hi</h1>", "Hi")
        >>> page.startswith("<!DOCTYPE html>"), "script-src" in page
        (True, False)
        >>> "script-src 'sha256-" in document_html("", "x", script="let a = 1;")
        True
    """
    csp, tail = _CSP, ""
    if script is not None:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        csp += f"; script-src 'sha256-{digest}'"
        tail = f"<script>{script}</script>\n"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>{_DOCUMENT_STYLE}{STYLE}</style>\n</head>\n<body>\n"
        f'<main class="phicompare">\n{body}\n</main>\n{tail}'
        "</body>\n</html>\n"
    )


def _fragment(body: str) -> str:
    return f'<div class="phicompare"><style>{STYLE}</style>\n{body}\n</div>'


def _glance(blocks: list[Block]) -> tuple[tuple[str, ...], Heading | None]:
    """The page's at-a-glance lines and the heading of the section they come from.

    They are its "at a glance" block when it has one, else the verdict's; ``None`` and no lines
    where the page has neither.
    """
    found: dict[str, tuple[tuple[str, ...], Heading]] = {}
    current: Heading | None = None
    for block in blocks:
        if isinstance(block, Heading):
            current = block if block.level == 2 else current
        elif current is not None and current.anchor in _GLANCE and current.anchor not in found:
            if isinstance(block, Bullets):
                found[current.anchor] = (tuple([i if isinstance(i, str) else i.text
                                                for i in block.items]), current)
            elif isinstance(block, Para):
                found[current.anchor] = ((block.text,), current)
    for anchor in _GLANCE:
        if anchor in found:
            return found[anchor]
    return (), None


_GLANCE = ("at-a-glance", "glance", "verdict")
"""The sections whose lines the key numbers show, in the order they are looked for."""


def _without(blocks: list[Block], heading: Heading) -> list[Block]:
    """``blocks`` less the section under ``heading`` where its one block is all the card shows.

    The key numbers show that section's lines under its own heading's words, so the page does
    not print them twice (review 23, P9); a section with more than the card shows stays.
    """
    start = blocks.index(heading)
    end = next((k for k, block in enumerate(blocks[start + 1:], start + 1)
                if isinstance(block, Heading) and block.level <= 2), len(blocks))
    if end - start != 2:
        return blocks
    return blocks[:start] + blocks[end:]


_KEY_NUMBERS = "Key numbers"


def _contents(blocks: list[Block]) -> str:
    items = "".join(f'<li><a href="#{escape(b.anchor)}">{escape(b.text)}</a></li>'
                    for b in blocks if isinstance(b, Heading) and b.level == 2 and b.anchor)
    items = f'<li><a href="#key-numbers">{_KEY_NUMBERS}</a></li>' + items
    return f'<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>{items}</ol></nav>'


def _key_numbers(cards: str, *, anchors: bool) -> str:
    """The cards as the page's first section (its own heading keeps the heading order)."""
    if anchors:
        return (f'<section aria-labelledby="key-numbers"><h2 id="key-numbers">{_KEY_NUMBERS}'
                f"</h2>\n{cards}\n</section>")
    return f"<section><h2>{_KEY_NUMBERS}</h2>\n{cards}\n</section>"


def _related(c: Comparison, links: SiteLinks) -> str | None:
    """The related comparisons as links to the site's pair pages (plain text for the others)."""
    texts = [claim.text for claim in c.narrative.related]
    if not texts or len(texts) != len(c.related):
        return None
    items = []
    for text, r in zip(texts, c.related, strict=True):
        href = links.pair(*r.models)
        items.append(f'<li><a href="{escape(href)}">{escape(text)}</a></li>' if href
                     else f"<li>{escape(text)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _charts(c: Comparison) -> tuple[str, str]:
    charts = (svg.cost_chart(c, "volume"), svg.cost_chart(c, "share"))
    cost = [_scroll(chart) for chart in charts if chart]
    gaps = svg.gap_chart(c)
    return "\n".join(cost), _scroll(gaps) if gaps else ""


def _scroll(chart: str) -> str:
    """A chart in a region that scrolls sideways on a narrow screen (its text stays legible)."""
    return f'<div class="chart-wrap" role="region" aria-label="Chart" tabindex="0">{chart}</div>'


def render_html(c: Comparison, *, document: bool = True, links: SiteLinks | None = None,
                sections: Iterable[str] | None = None) -> str:
    """The comparison as HTML: a whole document, or a fragment to embed (``document=False``).

    The document opens with key-number cards and a table of contents, marks each row's winner
    where the facts support one and draws its charts as inline SVG. ``links`` (from a site)
    turns the related comparisons into links and adds a way back to the site's index.
    ``sections`` keeps only the named sections (see :data:`~phicompare.render.page.SECTIONS`).

    Examples:
        >>> from phicompare import compare
        >>> page = render_html(compare("phi-2", "phi-4-mini"))
        >>> page.startswith("<!DOCTYPE html>"), "<h1>Phi-2 vs Phi-4 Mini</h1>" in page
        (True, False)
        >>> '<h1 id="title">Phi-2 vs Phi-4 Mini</h1>' in page, '<svg class="chart gaps"' in page
        (True, True)
        >>> render_html(compare("phi-2", "phi-4-mini"), document=False)[:24]
        '<div class="phicompare">'
    """
    check_flag("document", document)  # "no" is truthy (API review 15, A2)
    blocks = comparison_page(c, sections)
    title = blocks[0]
    assert isinstance(title, Heading)  # a comparison page opens with its title
    cost_charts, gap_chart = _charts(c)
    glance, shown = _glance(blocks)
    if shown is not None:
        blocks = _without(blocks, shown)
    outs = standings(c)  # (once a page: the cards and the winning cells read them)
    top = _key_numbers(highlights.cards(c, glance, label=shown.text if shown else "", outs=outs),
                       anchors=document)
    after = {"cost": cost_charts, "benchmarks": gap_chart}
    replace: dict[str, str] = {}
    if document:
        top += "\n" + _contents(blocks)
        if links is not None:
            related = _related(c, links)
            if related is not None:
                replace["related"] = related
    after[title.anchor] = top
    body = render_blocks(blocks, anchors=document, winners=highlights.winners(c, outs=outs),
                         after=after, replace=replace, derive=c.derive)
    if not document:
        return _fragment(body)
    if links is not None:
        crumbs = [f'<a href="{escape(links.home)}">All models</a>']
        for model, name in zip(c.models, c.names, strict=True):
            href = links.model(model.id)
            if href is not None:
                crumbs.append(f'<a href="{escape(href)}">{escape(name)}</a>')
        body = (f'<nav class="crumbs" aria-label="Site">{" · ".join(crumbs)}</nav>\n' + body)
    return document_html(body, title.text)


def model_html(model: Model) -> str:
    """One model's facts, capabilities, scores and routes as an HTML fragment.

    Examples:
        >>> from phicompare import default_catalog
        >>> "<h2>Phi-2 (phi-2)</h2>" in model_html(default_catalog().model("phi-2"))
        True
    """
    return _fragment(render_blocks(model_page(model)))


def catalog_html(catalog: Catalog) -> str:
    """A catalog's models as an HTML table fragment (the first hundred), with its counts.

    Examples:
        >>> from phicompare import default_catalog
        >>> "<caption>Models</caption>" in catalog_html(default_catalog())
        True
    """
    return _fragment(render_blocks(catalog_page(catalog)))


def recommendation_html(result: Recommendation, *, document: bool = True) -> str:
    """A recommendation as HTML: a whole document, or (``document=False``) a fragment.

    Examples:
        >>> from phicompare import recommend
        >>> "<h1>Models that fit</h1>" in recommendation_html(recommend(limit=1), document=False)
        True
    """
    check_flag("document", document)  # "no" is truthy (API review 15, A2)
    body = render_blocks(pick_page(result))
    return document_html(body, PICK_TITLE) if document else _fragment(body)
