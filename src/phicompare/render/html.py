"""HTML: one self-contained page or fragment, accessible tables, every catalog string escaped.

No external asset is referenced: the style sheet is inline and scoped to ``.phicompare``, and the
whole document carries a Content-Security-Policy that allows no script at all, so even a string
that escaped escaping could not run. Tables have captions and header cells with scopes; wide tables
scroll inside a focusable, labelled region. Links are written only for http(s) URLs.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from .blocks import Block, Bullets, Cell, Heading, Link, Pairs, Para, Table, clean, safe_url
from .catalog_pages import catalog_page, model_page
from .page import comparison_page

if TYPE_CHECKING:
    from collections.abc import Iterable

    from phicompare.analysis.comparison import Comparison
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model

__all__ = ["STYLE", "catalog_html", "escape", "model_html", "render_blocks", "render_html"]


STYLE = (
    ".phicompare{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
    "line-height:1.5;max-width:72rem}"
    ".phicompare h1{font-size:1.6em;margin:.3em 0 .5em}"
    ".phicompare h2{font-size:1.25em;margin:1.4em 0 .4em;"
    "border-bottom:1px solid rgba(127,127,127,.4)}"
    ".phicompare h3{font-size:1.05em;margin:1em 0 .3em}"
    ".phicompare .table-wrap{overflow-x:auto;margin:.6em 0 1em}"
    ".phicompare table{border-collapse:collapse;font-size:.92em}"
    ".phicompare caption{text-align:left;font-weight:600;padding:.2em 0}"
    ".phicompare th,.phicompare td{border:1px solid rgba(127,127,127,.4);padding:.25em .6em;"
    "text-align:left;vertical-align:top;overflow-wrap:anywhere}"
    ".phicompare thead th{background:rgba(127,127,127,.14)}"
    ".phicompare .num{text-align:right;font-variant-numeric:tabular-nums}"
    ".phicompare dt{font-weight:600;margin-top:.7em}"
    ".phicompare dd{margin:.2em 0 0 1.2em}"
)
"""The style sheet, every rule scoped to ``.phicompare`` so a notebook's own style is untouched."""

_DOCUMENT_STYLE = ":root{color-scheme:light dark}body{margin:0;padding:1rem 1.5rem}"
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


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


def _table(table: Table) -> str:
    numeric = table.numeric
    caption = escape(table.caption)
    out = [(f'<div class="table-wrap" role="region" aria-label="{caption}" tabindex="0">'
            f"<table><caption>{caption}</caption><thead><tr>")]
    for i, head in enumerate(table.header):
        kind = ' class="num"' if i in numeric else ""
        out.append(f'<th scope="col"{kind}>{escape(head)}</th>')
    out.append("</tr></thead><tbody>")
    for row in table.rows:
        out.append(f'<tr><th scope="row">{_cell(row[0])}</th>')
        for i in range(1, len(row)):
            kind = ' class="num"' if i in numeric else ""
            out.append(f"<td{kind}>{_cell(row[i])}</td>")
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def render_blocks(blocks: list[Block], *, anchors: bool = False) -> str:
    r"""Blocks as HTML elements; each level-2 heading opens a ``<section>``.

    Args:
        blocks: The page.
        anchors: Give headings ``id`` attributes (only in a whole document: a notebook shows many
            fragments on one page, where ids would clash).

    Examples:
        >>> render_blocks([Heading(2, "Specs"), Para("<b>")])
        '<section><h2>Specs</h2>\n<p>&lt;b&gt;</p>\n</section>'
    """
    out: list[str] = []
    open_section = False
    for block in blocks:
        if isinstance(block, Para):
            out.append(f"<p>{escape(block.text)}</p>")
        elif isinstance(block, Table):
            out.append(_table(block))
        elif isinstance(block, Bullets):
            out.append("<ul>" + "".join(f"<li>{_cell(item)}</li>" for item in block.items)
                       + "</ul>")
        elif isinstance(block, Heading):
            anchor = f' id="{escape(block.anchor)}"' if anchors and block.anchor else ""
            heading = f"<h{block.level}{anchor}>{escape(block.text)}</h{block.level}>"
            if block.level == 2:
                if open_section:
                    out.append("</section>")
                labelled = (f' aria-labelledby="{escape(block.anchor)}"'
                            if anchors and block.anchor else "")
                heading = f"<section{labelled}>{heading}"
                open_section = True
            out.append(heading)
        elif isinstance(block, Pairs):
            out.append("<dl>" + "".join(f"<dt>{escape(term)}</dt><dd>{escape(text)}</dd>"
                                        for term, text in block.items) + "</dl>")
    if open_section:
        out.append("</section>")
    return "\n".join(out)


def _wrap(blocks: list[Block], title: str, *, document: bool) -> str:
    if not document:
        return (f'<div class="phicompare"><style>{STYLE}</style>\n'
                f"{render_blocks(blocks)}\n</div>")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>{_DOCUMENT_STYLE}{STYLE}</style>\n</head>\n<body>\n"
        f'<main class="phicompare">\n{render_blocks(blocks, anchors=True)}\n</main>\n'
        "</body>\n</html>\n"
    )


def render_html(c: Comparison, *, document: bool = True,
                sections: Iterable[str] | None = None) -> str:
    """The comparison as HTML: a whole document, or a fragment to embed (``document=False``).

    ``sections`` keeps only the named sections (see :data:`~phicompare.render.page.SECTIONS`).

    Examples:
        >>> from phicompare import compare
        >>> page = render_html(compare("phi-2", "phi-4-mini"))
        >>> page.startswith("<!DOCTYPE html>"), "<h1>Phi-2 vs Phi-4 Mini</h1>" in page
        (True, False)
        >>> '<h1 id="title">Phi-2 vs Phi-4 Mini</h1>' in page
        True
        >>> render_html(compare("phi-2", "phi-4-mini"), document=False)[:24]
        '<div class="phicompare">'
    """
    blocks = comparison_page(c, sections)
    title = blocks[0]
    assert isinstance(title, Heading)  # a comparison page opens with its title
    return _wrap(blocks, title.text, document=document)


def model_html(model: Model) -> str:
    """One model's facts, capabilities, scores and routes as an HTML fragment.

    Examples:
        >>> from phicompare import default_catalog
        >>> "<h2>Phi-2 (phi-2)</h2>" in model_html(default_catalog().model("phi-2"))
        True
    """
    return _wrap(model_page(model), model.name, document=False)


def catalog_html(catalog: Catalog) -> str:
    """A catalog's models as an HTML table fragment (the first hundred), with its counts.

    Examples:
        >>> from phicompare import default_catalog
        >>> "<caption>Models</caption>" in catalog_html(default_catalog())
        True
    """
    return _wrap(catalog_page(catalog), "Catalog", document=False)
