"""A model's page (the site's model pages, ``Model._repr_markdown_``): what it says of the model."""

from __future__ import annotations

import datetime as dt

from phicompare import Capabilities, Model, ProviderRoute, default_catalog
from phicompare.domain.capabilities import Capability
from phicompare.render.blocks import Table
from phicompare.render.catalog_pages import capability_cell, model_page

CHECKED = dt.date(2026, 11, 1)


def _route(provider: str, **flags: bool) -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://example.com", checked=CHECKED,
                         capabilities=Capabilities(**flags) if flags else None)


def _capabilities(model: Model) -> dict[str, str]:
    table = next(b for b in model_page(model) if isinstance(b, Table)
                 and b.caption.endswith("capabilities"))
    return {str(row[0]): str(row[1]) for row in table.rows}


def test_a_route_offer_is_not_a_model_feature() -> None:
    """Review 8, G5: a capability only some routes flag reads as their offer, never "yes"."""
    model = Model(id="m", name="M", capabilities=Capabilities(function_calling=True),
                  routes=(_route("a", structured_outputs=True), _route("b"), _route("c"),
                          _route("d", structured_outputs=False)))
    cells = _capabilities(model)
    assert cells["Structured outputs"] == "on 1 of 4 routes"
    assert cells["Function calling"] == "yes"
    assert capability_cell(model, Capability.STRUCTURED_OUTPUTS) == "on 1 of 4 routes"
    denied = Model(id="n", name="N", capabilities=Capabilities(structured_outputs=False),
                   routes=(_route("a", structured_outputs=True),))
    assert _capabilities(denied)["Structured outputs"] == "no (offered on its one route)"


def test_a_site_model_page_names_providers_and_benchmarks() -> None:
    """Review 8, G5 (L): with the catalog, routes by provider name (two of one provider told
    apart by their ids) and scores by the benchmark's name, as a comparison names them."""
    catalog = default_catalog()
    model = catalog.model("deepseek-r1-0528")
    page = model_page(model, catalog=catalog)
    routes = next(b for b in page if isinstance(b, Table) and "routes" in b.caption)
    names = [str(row[0]) for row in routes.rows]
    assert "alibaba-cn" not in names
    assert "Alibaba (China) (deepseek-r1-0528)" in names
    assert len(set(names)) == len(names)
    model = catalog.model("qwen3-32b")
    scores = next(b for b in model_page(model, catalog=catalog)
                  if isinstance(b, Table) and "benchmark" in b.caption)
    labels = [str(row[0]) for row in scores.rows]
    # (a benchmark's runs are listed together: Qwen3 32B's two Aider Polyglot runs, brief
    # dataDG, are "run 1 of 2" and "run 2 of 2" apart from the record's order)
    assert sorted(labels) == sorted(catalog.benchmark(s.benchmark).label for s in model.scores)
    assert "aider-polyglot" not in labels
