"""Review 22, P5: a routes table marks a window the route does not list as the model's.

`pick --min-context 1M` says "NanoGPT lists no window"; the pair page's routes table printed
"| NanoGPT | $0.0748 | $0.306 | 1M (1,048,576) | ..." and `show llama-4-scout-17b-instruct`
"Lambda Inference API  $0.08  $0.30  10,000,000": the model's figure, unmarked, as the route's.
"""

from __future__ import annotations

import datetime as dt
import io
import json

from phicompare import Model, ProviderRoute, compare
from phicompare.cli.main import main
from phicompare.render import cells
from phicompare.render.blocks import Table
from phicompare.render.catalog_pages import model_page

CHECKED = dt.date(2026, 11, 1)


def _route(provider: str, window: int | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://example.com", checked=CHECKED,
                         context_window=window)


def test_the_cell_marks_the_model_window() -> None:
    assert cells.route_window(1_048_576, _route("a")) == "1M (1,048,576), the model's"
    assert cells.route_window(1_048_576, _route("a"), exact=True) == "1,048,576, the model's"
    assert cells.route_window(131_072, _route("a", 131_072)) == "128K (131,072)"
    assert cells.route_window(None, _route("a")) == "not yet sourced"


def test_a_model_page_marks_it() -> None:
    model = Model(id="m", name="M", context_window=1_048_576,
                  routes=(_route("a"), _route("b", 32_768)))
    table = next(b for b in model_page(model) if isinstance(b, Table) and "routes" in b.caption)
    assert [str(row[3]) for row in table.rows] == ["1M (1,048,576), the model's", "32K (32,768)"]


def test_the_pair_page_marks_it_in_every_format() -> None:
    c = compare("gemini-1.5-flash", "gemini-1.5-pro")
    md = c.to_markdown()
    nano = [line for line in md.splitlines() if line.startswith("| NanoGPT |")]
    assert nano, md
    assert all("| 1M (1,048,576), the model's |" in line for line in nano), nano
    assert "1M (1,048,576), the model&#x27;s" in c.to_html() or \
        "1M (1,048,576), the model's" in c.to_html()
    assert "1M (1,048,576), the model's" in c.to_text(width=200)
    assert c.check() == []


def test_json_keeps_both_figures() -> None:
    """JSON already tells them apart: the row's window in force, the route's own (null)."""
    data = json.loads(compare("gemini-1.5-flash", "gemini-1.5-pro").to_json())
    nano = [r for r in data["routes"] if r["provider_name"] == "NanoGPT"]
    assert nano
    assert all(r["context_window"] == 1_048_576 and r["route"]["context_window"] is None
               for r in nano)


def test_show_marks_it() -> None:
    out = io.StringIO()
    assert main(["show", "llama-4-scout-17b-instruct", "--width", "200"], out=out) == 0
    lambda_rows = [line for line in out.getvalue().splitlines()
                   if line.startswith("Lambda Inference API")]
    assert lambda_rows
    assert all("10,000,000, the model's" in line for line in lambda_rows), lambda_rows
