"""`pick` says whose window meets a minimum context and dates an old price (review 21, P8).

`pick --min-context 1M` said Llama 4 Scout "takes 10,000,000 tokens on Lambda Inference API"
where that route (a secondhand price list) records no window: the figure was the model's own,
lent to the route by the rule "the route's own window, else the model's". And its price, last
checked 20 months before, was not dated, as the comparison's cost section dates it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from phicompare import Catalog, load_catalog, recommend
from phicompare.cli.pick import render_pick
from phicompare.narrative.reasons import check_reasons

DAY = dt.date(2026, 12, 1)


def _catalog(tmp_path: Path, window: str, checked: str) -> Catalog:
    path = tmp_path / "catalog.toml"
    path.write_text(f"""\
schema = 1

[[providers]]
id = "host"
name = "Some Host"

[[models]]
id = "long"
name = "Long Model"
context_window = 10000000

[[models.routes]]
provider = "host"
input = 0.08
output = 0.30
source = "https://host.test/pricing"
checked = {checked}
{window}
""", encoding="utf-8")
    return load_catalog(path)


def _text(catalog: Catalog) -> str:
    r = recommend(catalog=catalog, min_context=1_000_000, as_of=DAY, limit=None)
    assert r.check() == []
    return " ".join(render_pick(r, 100).split())


def test_a_route_without_a_window_meets_the_context_on_the_models_record(
        tmp_path: Path) -> None:
    text = _text(_catalog(tmp_path, "", "2026-11-20"))
    assert ("takes 10,000,000 tokens by the model's own record (Some Host lists no window)"
            in text)
    assert "on Some Host, at $0.08 input and $0.30 output per 1M tokens." in text


def test_a_route_with_a_window_takes_it_itself(tmp_path: Path) -> None:
    text = _text(_catalog(tmp_path, "context_window = 2000000", "2026-11-20"))
    assert "takes 2,000,000 tokens on Some Host." in text
    assert "own record" not in text


def test_an_old_price_is_dated(tmp_path: Path) -> None:
    text = _text(_catalog(tmp_path, "", "2025-04-05"))
    assert ("at $0.08 input and $0.30 output per 1M tokens; prices as last checked on "
            "2025-04-05, more than 180 days before 2026-12-01.") in text


def test_the_dated_price_is_checked_against_the_routes_age(tmp_path: Path) -> None:
    """The words rest on the row's ``stale``: a fresh row under the same words is caught."""
    r = recommend(catalog=_catalog(tmp_path, "", "2025-04-05"), min_context=1_000_000,
                  as_of=DAY, limit=None)
    c = r.candidates[0]
    fresh = attrs.evolve(c, routes=tuple(attrs.evolve(row, checked_days_ago=1)
                                         for row in c.routes))
    bad = attrs.evolve(r, candidates=(fresh,))
    assert check_reasons(r.reasons, r) == []
    assert any("stale" in problem for problem in check_reasons(r.reasons, bad))
