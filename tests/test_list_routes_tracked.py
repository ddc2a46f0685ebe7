"""`phicompare list` counts a model's routes as its comparison page does.

Review 55, #4: `phicompare list` showed 30 routes for o3, counting every price period of every
route, while o3's page said "17 routes tracked": the routes in force, a price history once.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal

import pytest

from phicompare import Catalog, Model, ProviderRoute, compare, default_catalog
from phicompare.cli import listing as cli_listing
from phicompare.cli.main import main
from phicompare.narrative.overview import routes_cell


def _route(provider: str, price: str, start: dt.date | None) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com", checked=dt.date(2026, 1, 1),
                         effective_from=start)


def _listed(monkeypatch: pytest.MonkeyPatch, catalog: Catalog, *argv: str) -> str:
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: catalog)
    out = io.StringIO()
    assert main(["list", *argv], out=out) == 0
    return out.getvalue()


def test_a_price_history_is_one_route(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two price periods of one route, another route, and a price not yet in force: two."""
    later = dt.date.today() + dt.timedelta(days=400)
    model = Model(id="m", name="M", routes=(
        _route("p", "1", dt.date(2025, 1, 1)), _route("p", "2", dt.date(2025, 6, 1)),
        _route("p", "3", later), _route("q", "2", None)))
    catalog = Catalog(models=(model,))
    table = _listed(monkeypatch, catalog, "--width", "200")
    row = next(line for line in table.splitlines() if line.startswith("m "))
    assert row.split()[-1] == "2"
    assert "routes: those in force today, a price history once" in table
    [entry] = json.loads(_listed(monkeypatch, catalog, "--format", "json"))
    assert entry["routes"] == 2


def test_o3_lists_the_routes_its_page_tracks(monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = default_catalog()
    o3 = catalog.model("o3")
    page = compare("o3", "gpt-4o")
    tracked = len(page.routes_of(0))
    assert len(o3.routes) > tracked  # (price periods: the count it gave before)
    assert routes_cell(tracked) in page.to_markdown()
    entries = json.loads(_listed(monkeypatch, catalog, "--format", "json", "--vendor", "OpenAI"))
    assert next(e for e in entries if e["id"] == "o3")["routes"] == tracked
