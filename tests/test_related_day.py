"""Related comparisons on the page's date: a neighbour retired or unreleased then is passed over.

Helper fixAU: a page for Gemini 3.5 Flash suggested comparing it with Gemini 2.0 Flash, every
route of which retired on 2026-06-01, on any date: the neighbours were the catalog's, day-free.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, ProviderRoute, compare, default_catalog
from phicompare.analysis.related import kinship

from .helpers import curated_ids

TODAY = dt.date(2026, 12, 3)
SPRING = dt.date(2026, 5, 1)  # Gemini 2.0 Flash's routes serve until 2026-06-01


def _gone(model: Model, day: dt.date) -> bool:
    """Not released by ``day`` (with no release date recorded: no route of it listed by then,
    as ``pick --as-of`` judges it), or every route of it retired by then and its weights not
    published (read off the records)."""
    unreleased = (day < model.released if model.released is not None
                  else not any(r.checked <= day for r in model.routes))
    return unreleased or (model.open_weights is not True and bool(model.routes)
                          and all(r.retired(day) for r in model.routes))


def test_gemini_3_5_flash_suggests_no_retired_model_today() -> None:
    catalog = default_catalog()
    c = compare("gemini-3.5-flash", "gpt-5.5", as_of=TODAY)
    mine = [r.models[1] for r in c.related if r.models[0] == "gemini-3.5-flash"]
    assert "gemini-2.0-flash" not in mine
    assert not [other for other in mine if _gone(catalog.model(other), TODAY)]
    # passed over for the next one, not left a gap: three suggestions still
    assert len(mine) == 3, mine
    assert c.check() == []


def test_a_page_dated_while_the_old_model_served_may_still_suggest_it() -> None:
    c = compare("gemini-3.5-flash", "gpt-5.5", as_of=SPRING)
    assert ("gemini-3.5-flash", "gemini-2.0-flash") in [r.models for r in c.related]
    assert c.check() == []


def test_a_page_dated_before_a_neighbour_was_first_listed_does_not_suggest_it() -> None:
    """Review 30, F8: DeepSeek Reasoner has no release date, and its routes were first listed
    on 2026-07-02; a page dated 2024-06-01 suggested "DeepSeek Chat vs DeepSeek Reasoner",
    a model ``pick --as-of 2024-06-01`` leaves out."""
    reasoner = default_catalog().model("deepseek-reasoner")
    assert reasoner.released is None
    assert min(r.checked for r in reasoner.routes) == dt.date(2026, 7, 2)
    june = compare("gpt-4-1106-preview", "deepseek-chat", as_of="2024-06-01")
    assert not [r for r in june.related if "deepseek-reasoner" in r.models]
    assert june.check() == []
    listed = compare("gpt-4-1106-preview", "deepseek-chat", as_of="2026-07-02")
    assert ("deepseek-chat", "deepseek-reasoner") in [r.models for r in listed.related]


def test_no_related_model_is_retired_or_unreleased_on_the_pages_date() -> None:
    catalog = default_catalog()
    for model_id in curated_ids():
        model = catalog.model(model_id)
        for day in (dt.date(2024, 6, 1), SPRING, TODAY):
            for other in kinship(model, catalog, day).others:
                assert not _gone(catalog.model(other), day), (model_id, day, other)


def _route(retires: dt.date | None = None) -> ProviderRoute:
    return ProviderRoute(provider="p", source="https://example.com", checked=dt.date(2026, 1, 1),
                         input=Decimal(1), output=Decimal(2), retires=retires)


def _zeta(model_id: str, size: int, *, released: dt.date | None = None,
          retires: dt.date | None = None, routes: int = 1, weights: bool = False) -> Model:
    return Model(id=model_id, name=model_id.title(), vendor="Zeta Labs", family="zeta",
                 parameters_b=Decimal(size), released=released, open_weights=weights,
                 routes=tuple(_route(retires) for _ in range(routes)))


_ZETA = (
    _zeta("zeta-10b", 10),
    _zeta("zeta-11b", 11, retires=dt.date(2026, 6, 1)),  # the nearest: retires in June
    _zeta("zeta-12b", 12, released=dt.date(2026, 9, 1)),  # released in September
    _zeta("zeta-13b", 13),
    _zeta("zeta-14b", 14, released=dt.date(2025, 1, 1), routes=0),  # no route: none retires
    _zeta("zeta-15b", 15),
)
_WEIGHTS = (_ZETA[0], _zeta("zeta-11b", 11, retires=dt.date(2026, 6, 1), weights=True),
            *_ZETA[2:])


def _kin(catalog: Catalog, day: dt.date) -> tuple[str, ...]:
    kin = kinship(catalog.model("zeta-10b"), catalog, day)
    return tuple(k.other for k in kin.by_reason["same-family"])


def test_neighbours_not_usable_on_the_day_give_way_to_the_next_ones() -> None:
    catalog = Catalog(models=_ZETA)
    assert _kin(catalog, dt.date(2026, 5, 31)) == ("zeta-11b", "zeta-13b", "zeta-14b")
    assert _kin(catalog, dt.date(2026, 6, 1)) == ("zeta-13b", "zeta-14b", "zeta-15b")
    assert _kin(catalog, dt.date(2026, 9, 1)) == ("zeta-12b", "zeta-13b", "zeta-14b")


def test_a_neighbour_with_published_weights_outlives_its_routes() -> None:
    """Its weights run anywhere once no route serves it (as a page says, review 20, P5)."""
    assert _kin(Catalog(models=_WEIGHTS), dt.date(2026, 6, 1)) == (
        "zeta-11b", "zeta-13b", "zeta-14b")


def test_an_undated_neighbour_waits_for_its_first_listing_and_one_with_no_route_never_comes(
        ) -> None:
    """With no release date, a neighbour is out once a route of it is listed (checked), as
    ``pick --as-of`` judges it; with no route either, it is never out (unknown is never met)."""
    undated = (_ZETA[0], _zeta("zeta-11b", 11), _zeta("zeta-12b", 12, routes=0),
               _zeta("zeta-13b", 13), _zeta("zeta-14b", 14), _zeta("zeta-15b", 15))
    catalog = Catalog(models=undated)  # every route listed on 2026-01-01
    assert _kin(catalog, dt.date(2025, 12, 31)) == ()
    assert _kin(catalog, dt.date(2026, 1, 1)) == ("zeta-11b", "zeta-13b", "zeta-14b")


def test_kinship_is_kept_once_an_era_not_once_a_day() -> None:
    """Days between two of the days a neighbour's use changes on share one value."""
    catalog = Catalog(models=_ZETA)
    model = catalog.model("zeta-10b")
    june, july = kinship(model, catalog, dt.date(2026, 6, 2)), kinship(
        model, catalog, dt.date(2026, 7, 30))
    assert june is july
    assert kinship(model, catalog, dt.date(2026, 9, 1)) is not june
    held = len(catalog._memo)
    for day in range(1, 29):
        kinship(model, catalog, dt.date(2026, 7, day))
    assert len(catalog._memo) == held
