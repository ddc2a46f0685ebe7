"""Test helpers: walking results for floats, mirroring a two-model comparison."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import attrs

import phicompare
from phicompare import (
    Catalog,
    Comparison,
    Model,
    Provider,
    ProviderRoute,
    default_catalog,
    estimate as estimate_of,
    load_catalog,
)


def float_paths(value: object, path: str = "") -> Iterator[str]:
    """The path of every float inside ``value``: attrs objects, tuples, lists and dicts."""
    if isinstance(value, float):
        yield path or "<root>"
    elif attrs.has(type(value)):
        for field in attrs.fields(cast("Any", type(value))):
            yield from float_paths(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            yield from float_paths(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from float_paths(key, f"{path}{{key}}")
            yield from float_paths(item, f"{path}[{key!r}]")


def money_values(c: Comparison) -> Iterator[Decimal | None]:
    """Every money figure of a comparison: monthly costs, line amounts, gaps, blended prices."""
    yield c.cost.gap
    for estimate in c.cost.estimates:
        yield estimate.monthly
        yield estimate.blended
        for line in estimate.lines:
            yield line.amount
            yield line.unit_price
    for row in c.routes:
        yield row.monthly
        yield row.route.input
        yield row.route.output
    for item in c.friction:
        yield item.amount


def by_id(c: Comparison, index: int) -> str:
    return c.models[index].id


def mirror_view(c: Comparison) -> dict[str, Any]:
    """The facts of a comparison keyed by model id, not position, so that ``compare(a, b)`` and
    ``compare(b, a)`` give equal views. Pairwise gaps are signed as (lower id) - (higher id)."""
    ids = [m.id for m in c.models]
    order = sorted(range(len(ids)), key=ids.__getitem__)

    def per_model(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(values[i] for i in order)

    benchmarks = {}
    for row in c.benchmarks:
        gap = row.pair(order[0], order[1])
        benchmarks[row.benchmark.id] = (
            per_model(row.scores), per_model(row.near_chance), row.shared, gap.comparable,
            gap.gap, gap.interval_95, gap.significant,
            None if gap.leader_index is None else ids[gap.leader_index])
    return {
        "models": per_model(c.models),
        "specs": [(s.field, s.label, per_model(s.values), s.differs) for s in c.specs],
        "capabilities": [(r.capability, per_model(r.support)) for r in c.capabilities],
        "benchmarks": benchmarks,
        "shared_first": [row.shared for row in c.benchmarks],
        "routes": sorted(
            ((r.model.id, r.route.provider, r.route.provider_model_id or "", r.provider_name,
              r.eligible, r.reason or "", r.monthly, r.context_window) for r in c.routes),
            key=repr),
        "estimates": {ids[e.model_index]: (e.route, e.provider_name, e.monthly, e.lines, e.blended,
                                     e.notes, e.reason) for e in c.cost.estimates},
        "gap": c.cost.gap,
        "cheapest": sorted(ids[i] for i in c.cost.cheapest_indexes),
        "blend": c.cost.blend,
        "crossovers": sorted((x.cheaper_input.id, x.cheaper_output.id, x.input_share)
                             for x in c.cost.crossovers),
        "friction": sorted(
            ((ids[f.source_index], ids[f.target_index], f.kind.value, f.subject, f.before, f.after,
              f.amount) for f in c.friction), key=repr),
        "related": sorted((r.models, r.reason) for r in c.related),
        "sources": sorted((s.url, frozenset(s.supports), s.checked)
                          for s in c.provenance.sources),
        "unsourced": sorted((ids[i], label) for i, label in c.provenance.unsourced),
        "checks": (c.provenance.oldest_check, c.provenance.newest_check),
        "shared_providers": sorted(c.shared_providers),
        "options": (c.traffic, c.requires, c.include_free, c.as_of),
    }


def raw_json(path: Path) -> Any:
    """A snapshot's JSON as its importer reads it: numbers with a point as Decimals."""
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


def base_price(value: Any) -> Any:
    """A genai-prices price: the value itself, or its ``base`` when tiered."""
    return value["base"] if isinstance(value, dict) else value


def genai_price_entries(data_json: Path) -> dict[tuple[str, str | None, str | None], Any]:
    """genai-prices' price entries by (provider, model, start date), as the importer keeps them.

    A time-of-day entry's prices are the route's own (the rest of the day becomes a price
    window); a lone zero beside a non-zero price is unknown.
    """
    entries = {}
    for provider in raw_json(data_json):
        for model in provider["models"]:
            prices = model["prices"]
            listed = prices if isinstance(prices, list) else [{"prices": prices}]
            timed = [e for e in listed if "start_time" in (e.get("constraint") or {})]
            for entry in listed:
                constraint = entry.get("constraint") or {}
                if "start_time" not in constraint:
                    key = (provider["id"], model["id"], constraint.get("start_date"))
                    kept = dict((timed[0] if len(timed) == 1 else entry)["prices"])
                    if not model["id"].endswith(":free"):
                        kept = drop_lone_zero(kept, "input_mtok", "output_mtok")
                    entries[key] = kept
    return entries


def drop_lone_zero(prices: dict[str, Any], input_key: str, output_key: str) -> dict[str, Any]:
    """``prices`` without a zero input (or output) price beside a non-zero other side."""
    price_in, price_out = base_price(prices.get(input_key)), base_price(prices.get(output_key))
    if price_in is not None and price_out is not None and (price_in == 0) != (price_out == 0):
        dropped = input_key if price_in == 0 else output_key
        return {k: v for k, v in prices.items() if k != dropped}
    return prices


CATALOG_HEADER = """
schema = 1
[[providers]]
id = "p1"
name = "Provider One"

[[benchmarks]]
id = "b1"
name = "Bench One"
items = 100
"""
"""A catalog file's opening: one provider and one benchmark that test models can refer to."""


def write_catalog(tmp_path: Path, body: str, name: str = "cat.toml",
                  header: str = CATALOG_HEADER) -> Path:
    """Write ``header`` and ``body`` (each dedented) as the catalog file ``name``."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(header) + textwrap.dedent(body), encoding="utf-8")
    return path


# --- the bundled catalog's layers ---------------------------------------------------------------

DATA = Path(phicompare.__file__).resolve().parent / "data"  # the installed package's (wheel too)
CURATED_PATHS = (DATA / "providers.toml", DATA / "benchmarks.toml", DATA / "models")
"""The curated layer's files: tests that walk every model or pair walk these (a fixed set),
not the imported layer's thousand-odd models."""


def curated_catalog() -> Catalog:
    """The curated layer alone, as its own catalog (neighbours among curated models only)."""
    return load_catalog(*CURATED_PATHS)


def curated_ids() -> list[str]:
    """The curated models' ids, in catalog order; compare them in ``default_catalog()``."""
    return [m.id for m in curated_catalog()]


def small_bundle(folder: Path) -> Path:
    """A data folder of the curated layer alone, indexed as the bundle tool indexes the real one.

    Set ``phicompare.catalog.loader._DATA`` to it (``monkeypatch.setattr``) and
    ``load_catalog(..., bundled=True)`` reads it as the bundled catalog: a whole load of it takes
    milliseconds, so a test can compare both ways of loading over many cases.
    """
    from phicompare.catalog.index import run_spreads
    from phicompare.catalog.index_file import index_text
    from phicompare.catalog.shelf import INDEX_FILE, index_row

    (folder / "models").mkdir(parents=True)
    base = ["benchmarks.toml", "providers.toml"]
    for name in base:
        (folder / name).write_bytes((DATA / name).read_bytes())
    files = {}
    for path in sorted((DATA / "models").glob("*.toml")):
        (folder / "models" / path.name).write_bytes(path.read_bytes())
        files[path.stem] = f"models/{path.name}"
    catalog = load_catalog(folder)
    by_file = {m.id: files[m.id] for m in catalog.models}
    rows = [index_row(m, by_file[m.id]) for m in catalog.models]
    (folder / INDEX_FILE).write_text(index_text(rows, base, run_spreads(catalog.models),
                                                "2026-11-30"), encoding="utf-8")
    return folder


TOOLS = Path(__file__).resolve().parent.parent / "tools" / "bundle_catalog.py"
"""The bundle tool beside the tests (absent from an installed-wheel run)."""


def bundle_tool() -> Any:
    """``tools/bundle_catalog.py`` as a module; the test skips where it is not beside the tests."""
    import importlib.util
    import sys

    import pytest

    if not TOOLS.is_file():
        pytest.skip("tools/ is not beside the tests (installed-wheel run)")
    spec = importlib.util.spec_from_file_location("bundle_catalog", TOOLS)
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules["bundle_catalog"] = tool
    spec.loader.exec_module(tool)
    return tool


def free_tier_sets(seed: int, count: int, as_of: Any) -> Iterator[tuple[list[str], Comparison]]:
    """``count`` seeded sets of the bundled catalog, each a model listed on free tiers or
    unpriced alone and one or two others, compared with ``include_free``: the free-tier
    samples' sets, with their ids."""
    import random

    from phicompare import compare, default_catalog
    from phicompare.domain.pricing import RouteStatus

    catalog = default_catalog()
    free_only = sorted(m.id for m in catalog.models if m.routes and all(
        r.status is RouteStatus.FREE_TIER or r.input is None or r.output is None
        for r in m.routes))
    priced = sorted(m.id for m in catalog.models if m.routes and m.id not in free_only)
    rng = random.Random(seed)
    for _ in range(count):
        models = [rng.choice(free_only), *rng.sample(priced, rng.choice([1, 2]))]
        yield models, compare(*models, include_free=True, as_of=as_of)


def pqr_catalog(*models: Model) -> Catalog:
    """A catalog of ``models`` on three plain providers, ``p``, ``q`` and ``r`` (P, Q, R)."""
    return Catalog(models=models, providers=(Provider(id="p", name="P"),
                                             Provider(id="q", name="Q"),
                                             Provider(id="r", name="R")))


def provider_routes(model_id: str, provider: str) -> list[ProviderRoute]:
    """The bundled catalog's routes of the model on ``provider`` (at least one)."""
    routes = [r for r in default_catalog().model(model_id).routes if r.provider == provider]
    assert routes, (model_id, provider)
    return routes


def route_reasons(model_id: str, provider: str, day: dt.date) -> set[str | None]:
    """The reasons a page dated ``day`` gives ``provider``'s routes of the model (free tiers in)."""
    rows = estimate_of(model_id, as_of=day, include_free=True).routes
    reasons = {row.reason for row in rows if row.route.provider == provider}
    assert reasons, (model_id, provider, day)
    return reasons


def one_route_model(model_id: str, price: str, checked: dt.date) -> Model:
    """A model of 128,000 tokens with one route on provider ``p`` at ``price`` in and out."""
    route = ProviderRoute(provider="p", input=Decimal(price), output=Decimal(price),
                          source="https://example.com/prices", checked=checked)
    return Model(id=model_id, name=model_id.upper(), context_window=128_000, routes=(route,))


def vision_listed_pages(day: dt.date) -> Iterator[tuple[Comparison, list[str]]]:
    """Pages of the text-only records some route listing flags vision for, beside GPT-4o mini,
    where the capabilities table reads "no": each with the listings that flag it, in order."""
    from phicompare import compare
    from phicompare.narrative.context import context_of

    for model in default_catalog().models:
        if model.input_modalities != ("text",) or not any(
                r.capabilities is not None and r.capabilities.vision for r in model.routes):
            continue  # (a cheap sieve: the listings are read below)
        c = compare(model.id, "gpt-4o-mini", as_of=day)
        x = context_of(c)
        loud = list(dict.fromkeys(c.routes[k].provider_name for k in x.listed[0]
                                  if (flags := c.routes[k].route.capabilities) is not None
                                  and flags.vision))
        if loud and c.capabilities[0].support[0].value == "no":
            yield c, loud


def friction_said(c: Comparison) -> dict[str, list[str]]:
    """Each friction group's sentences by its pair ("A <-> B" shared, "A -> B" a move), with
    the page's claims checked first."""
    assert c.check() == []
    n, names = c.narrative, c.names
    said = {f"{names[a]} <-> {names[b]}": [claim.text for claim in claims]
            for a, b, claims in n.friction_shared}
    said |= {f"{names[s]} -> {names[t]}": [claim.text for claim in claims]
             for s, t, claims in n.friction}
    return said
