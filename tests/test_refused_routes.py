"""A capability a model documents and every route of it flags no (review 38, #2).

``phicompare grok-2 grok-4`` read "Vision yes | yes" and its tradeoffs said nothing of vision,
yet ``--requires vision`` gave "Grok-2: no eligible route (xAI: vision not listed)". The model's
own flag stays its own; the cell and a tradeoff say its routes do not offer it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Model, Provider, ProviderRoute, compare
from phicompare.analysis.comparison import Comparison
from phicompare.analysis.refused import Refusal, refusals, refused
from phicompare.domain.capabilities import Capability, Support

CHECKED = dt.date(2026, 11, 25)
PROVIDERS = tuple(Provider(id=p, name=p.upper()) for p in ("p", "q", "r"))


def _route(provider: str, **fields: object) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(1), output=Decimal(2),
                         source=f"https://example.com/{provider}", checked=CHECKED,
                         **fields)  # type: ignore[arg-type]


def _model(mid: str, *routes: ProviderRoute) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=128_000,
                 capabilities=Capabilities(vision=True), routes=routes)


NO = Capabilities(vision=False)


def _vision_cells(c: Comparison) -> list[str]:
    line = next(line for line in c.to_markdown().splitlines() if line.startswith("| Vision"))
    return [cell.strip() for cell in line.strip("|").split("|")][1:]


def _tradeoffs(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.tradeoffs]


def test_a_documented_capability_no_route_offers_is_said_beside_the_models_yes() -> None:
    a = _model("a", _route("p", capabilities=NO))
    b = _model("b", _route("q"))
    c = compare(a, b, catalog=Catalog(models=(a, b), providers=PROVIDERS))
    assert _vision_cells(c) == ["yes (not offered by its one provider, P)", "yes"]
    assert ("The routes of B offer vision; A documents it, but its one provider, P, does not "
            "offer it.") in _tradeoffs(c)
    assert c.check() == []
    row = next(r for r in c.capabilities if r.capability is Capability.VISION)
    assert row.support == (Support.YES, Support.YES)  # the model's own flag, its own
    assert row.documented == (True, True)


def test_every_provider_is_named_and_a_route_that_offers_it_ends_the_note() -> None:
    a = _model("a", _route("p", capabilities=NO), _route("q", capabilities=NO),
               _route("r", capabilities=NO))
    b = _model("b", _route("q"))
    catalog = Catalog(models=(a, b), providers=PROVIDERS)
    c = compare(a, b, catalog=catalog)
    assert _vision_cells(c)[0] == "yes (not offered by its three providers: P, Q and R)"
    assert "A documents it, but none of its three providers (P, Q and R) offers it" in \
        " ".join(_tradeoffs(c))
    assert c.check() == []
    # one route in service that leaves vision to the model: nothing to say
    served = _model("a", _route("p", capabilities=NO), _route("q"))
    c = compare(served, b, catalog=Catalog(models=(served, b), providers=PROVIDERS))
    assert _vision_cells(c) == ["yes", "yes"]
    assert not any("routes of" in t for t in _tradeoffs(c))
    # a route left out or retired does not count
    left = compare(a, b, catalog=catalog, exclude_providers=["r"])
    assert _vision_cells(left)[0] == "yes (not offered by either of its providers, P and Q)"
    assert left.check() == []


def test_no_tradeoff_where_no_rival_route_offers_it() -> None:
    a = _model("a", _route("p", capabilities=NO))
    b = _model("b", _route("q", capabilities=NO))
    c = compare(a, b, catalog=Catalog(models=(a, b), providers=PROVIDERS))
    assert _vision_cells(c) == ["yes (not offered by its one provider, P)",
                                "yes (not offered by its one provider, Q)"]
    assert not any("routes of" in t for t in _tradeoffs(c))
    assert c.check() == []


def test_grok_2s_vision_on_the_bundled_catalog() -> None:
    c = compare("grok-2", "grok-4")
    assert _vision_cells(c) == ["yes (not offered by its one provider, xAI)", "yes"]
    assert ("The routes of Grok 4 offer vision; Grok-2 documents it, but its one provider, xAI, "
            "does not offer it.") in _tradeoffs(c)
    assert c.check() == []


def test_the_route_flag_read_for_one_capability_is_route_capabilities() -> None:
    """``route_flag`` reads one capability as ``Model.route_capabilities`` reads the table,
    on every route of the bundled catalog (fixed capabilities and routes with no table too)."""
    from phicompare import default_catalog
    from phicompare.analysis.refused import route_flag

    for model in default_catalog().models:
        fixed = model.fixed_capabilities
        for route in model.routes:
            held = model.route_capabilities(route)
            for capability in Capability:
                assert route_flag(route.capabilities, capability,
                                  model.capabilities.flag(capability),
                                  capability in fixed) == held.flag(capability), (model.id,
                                                                                  capability)


def test_a_route_that_lists_the_capability_is_no_refusal() -> None:
    """GPT-5.3 Codex Spark's OpenAI route lists vision; its record fixes vision and the table
    reads it documented: no route refuses it, so no tradeoff says none offers it (a sweep
    found ``check()`` refusing the sentence: the route's flag was read off the fixed one)."""
    c = compare("gpt-5.3-codex-spark", "doubao-seed-1-6-vision-250815",
                "meta-llama-3-8b-instruct-lite", route_policy="cheapest")
    assert not [t.text for t in c.narrative.tradeoffs if "does not offer" in t.text
                or ("offers it." in t.text and "none of its" in t.text)]
    assert c.check() == []


def test_a_model_s_refusals_are_worked_out_once_per_catalog_wherever_it_stands() -> None:
    """Which rows a model refuses is its own (its flags, its routes under the terms): kept with
    the catalog, so a page asks it once a model, not once a row (issue 18), and each page
    places its routes at their own indexes."""
    a = _model("a", _route("p", capabilities=NO))
    b = _model("b", _route("q"), _route("r"))
    catalog = Catalog(models=(a, b), providers=PROVIDERS)
    first, second = compare(a, b, catalog=catalog), compare(b, a, catalog=catalog)
    k = next(k for k, r in enumerate(first.capabilities) if r.capability is Capability.VISION)
    assert refusals(first, 0) is refusals(second, 1)  # kept: not worked out again
    assert refusals(first, 0) == (Refusal(k, ("P",), (0,)),)
    assert refusals(first, 1) == refusals(second, 0) == ()
    assert refused(first, 0, k) == (("P",), (0,))
    assert refused(second, 1, k) == (("P",), (2,))  # (its route after its partner's two)
    assert ("The routes of B offer vision; A documents it, but its one provider, P, does not "
            "offer it.") in _tradeoffs(second)
    unkept = Comparison.from_dict(first.to_dict())  # no catalog: worked out afresh, equal
    assert refusals(unkept, 0) == refusals(first, 0)
    assert refusals(unkept, 0) is not refusals(first, 0)
