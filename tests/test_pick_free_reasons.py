"""A free tier's reason in `pick`'s words is the one that applies (review 21, P7).

`pick --include-free --requires reasoning` said of Grok 3 Mini's free tier "GitHub Models: free
tier (not counted unless free tiers are included)": under the flag that counts them, and for a
route that did not flag reasoning at all, in parentheses inside parentheses. A free tier that
lacks a required capability now says so (that holds whether free tiers count or not); one that
could carry the traffic, where the caller counts free tiers, says the ranking is of prices.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from phicompare import Catalog, Traffic, load_catalog, recommend
from phicompare.analysis.eligibility import FREE_TIER, FREE_UNRANKED
from phicompare.cli.pick import render_pick

DAY = dt.date(2026, 12, 1)
TRAFFIC = Traffic(input_tokens=1_000_000, output_tokens=200_000, requests=100)


def _catalog(tmp_path: Path, free_flags_reasoning: bool) -> Catalog:
    path = tmp_path / "catalog.toml"
    path.write_text(f"""\
schema = 1

[[providers]]
id = "maker"
name = "Maker API"
tier = "first-party"
vendors = ["Maker"]

[[providers]]
id = "host"
name = "Some Host"
tier = "reseller"

[[models]]
id = "closed"
name = "Closed Model"
vendor = "Maker"
open_weights = false
context_window = 131072

[[models.routes]]
provider = "maker"
input = 0
output = 0
status = "free-tier"
source = "https://maker.test/free"
checked = 2026-11-20

[models.routes.capabilities]
reasoning = {str(free_flags_reasoning).lower()}

[[models.routes]]
provider = "host"
input = 0.30
output = 0.50
source = "https://host.test/pricing"
checked = 2026-11-20

[models.routes.capabilities]
reasoning = true
""", encoding="utf-8")
    return load_catalog(path)


def _line(tmp_path: Path, *, flags: bool, include_free: bool) -> str:
    r = recommend(catalog=_catalog(tmp_path, flags), include_free=include_free,
                  requires=["reasoning"], traffic=TRAFFIC, as_of=DAY, limit=None)
    assert r.check() == []
    assert [c.model.id for c in r.candidates] == ["closed"]
    return " ".join(render_pick(r, 100).split())


def test_a_free_tier_lacking_a_requirement_says_what_it_lacks(tmp_path: Path) -> None:
    for include_free in (False, True):
        text = _line(tmp_path, flags=False, include_free=include_free)
        assert "(Maker API: reasoning mode not listed)" in text, include_free
        assert "free tier" not in text.split("Closed Model: ")[1].split(".")[0], include_free


def test_a_counted_free_tier_is_not_said_to_be_uncounted(tmp_path: Path) -> None:
    text = _line(tmp_path, flags=True, include_free=True)
    assert f"(Maker API: {FREE_UNRANKED})" in text
    assert "not counted unless free tiers are included" not in text


def test_without_the_flag_a_free_tier_is_not_counted_without_nested_parentheses(
        tmp_path: Path) -> None:
    text = _line(tmp_path, flags=True, include_free=False)
    assert f"(Maker API: {FREE_TIER})" in text
    assert "((" not in text
    assert "))" not in text
