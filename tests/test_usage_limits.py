"""A free tier's usage limits: the catalog key, the loader's checks and the bundled figures.

Review 7, F27: a free tier's limits were never recorded, so never weighed against the traffic.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from phicompare import (
    Catalog,
    CatalogError,
    LimitKind,
    UsageLimits,
    default_catalog,
    load_catalog,
)

DAY = dt.date(2026, 12, 1)

CATALOG = """\
schema = 1

[[providers]]
id = "free-host"
name = "Free Host"

[[providers]]
id = "paid-host"
name = "Paid Host"

[[models]]
id = "m-one"
name = "Model One"
context_window = 131072

[[models.routes]]
provider = "free-host"
provider_model_id = "m-one:free"
input = 0
output = 0
status = "free-tier"
source = "https://free.test/models"
checked = 2026-11-20

[models.routes.limits]
requests_per_minute = 20
requests_per_day = 50
source = "https://free.test/limits"
checked = 2026-12-01
notes = "the lowest account tier"

[[models.routes]]
provider = "paid-host"
input = 0.10
output = 0.40
source = "https://paid.test/pricing"
checked = 2026-11-20

[[models]]
id = "m-two"
name = "Model Two"
context_window = 131072

[[models.routes]]
provider = "paid-host"
input = 0.20
output = 0.80
source = "https://paid.test/pricing"
checked = 2026-11-20
"""


def _catalog(tmp_path: Path, text: str = CATALOG) -> Catalog:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return load_catalog(path)


def _broken(tmp_path: Path, limits: str) -> str:
    text = CATALOG.replace(
        'requests_per_minute = 20\nrequests_per_day = 50\nsource = "https://free.test/limits"\n'
        'checked = 2026-12-01\nnotes = "the lowest account tier"\n', limits)
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    return str(info.value)


def _texts(claims: object) -> str:
    return " ".join(claim.text for claim in claims)  # type: ignore[attr-defined]


def test_the_loader_reads_a_routes_limits(tmp_path: Path) -> None:
    """The figures, their source and date, and the note are read as written."""
    catalog = _catalog(tmp_path)
    limits = catalog.model("m-one").routes[0].limits
    assert limits is not None
    assert limits == UsageLimits(requests_per_minute=20, requests_per_day=50,
                                 source="https://free.test/limits", checked=DAY,
                                 notes="the lowest account tier")
    assert limits.figures() == ((LimitKind.REQUESTS_PER_MINUTE, 20),
                                (LimitKind.REQUESTS_PER_DAY, 50))
    assert catalog.model("m-one").routes[1].limits is None


_CASES = [
    ('requests_per_day = 0\nsource = "https://x.test"\nchecked = 2026-12-01\n',
     ("models[0].routes[0].limits.requests_per_day = 0: is a usage limit: expected a whole "
      "number above zero")),
    ('requests_per_day = 2.5\nsource = "https://x.test"\nchecked = 2026-12-01\n',
     "models[0].routes[0].limits.requests_per_day = 2.5: expected a whole number"),
    ("requests_per_day = 50\n",
     ("models[0].routes[0].limits.source: missing required key: usage limits need the URL "
      "they were read from and the date checked")),
    ('requests_per_dya = 50\nsource = "https://x.test"\nchecked = 2026-12-01\n',
     ("models[0].routes[0].limits.requests_per_dya = 50: unknown key; did you mean "
      "'requests_per_day'?")),
    ('source = "https://x.test"\nchecked = 2026-12-01\n',
     ("usage limits give no figure: set at least one of requests_per_minute, "
      "requests_per_day, tokens_per_minute, tokens_per_day")),
]


@pytest.mark.parametrize(("limits", "expected"), _CASES)
def test_the_loader_names_a_broken_limit_by_its_key_path(tmp_path: Path, limits: str,
                                                         expected: str) -> None:
    """A zero, a fraction, a missing source, a misspelt key, no figure: each a problem."""
    assert expected in _broken(tmp_path, limits)


def test_limits_that_are_not_a_table_are_a_problem(tmp_path: Path) -> None:
    """`limits = 50` is not a table of limits."""
    text = CATALOG.replace("[models.routes.limits]\n", "limits = 50\n[models.routes.other]\n")
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError, match=r"limits = 50: expected a table of usage limits"):
        load_catalog(path)


def test_the_bundled_free_tiers_cite_their_limits() -> None:
    """OpenRouter's `:free` routes carry 20 a minute and 50 a day, from OpenRouter's page."""
    routes = [r for m in default_catalog().models for r in m.routes
              if r.provider == "openrouter" and (r.provider_model_id or "").endswith(":free")]
    assert routes
    for route in routes:
        assert route.limits is not None
        assert (route.limits.requests_per_minute, route.limits.requests_per_day) == (20, 50)
        assert route.limits.source.startswith("https://openrouter.ai/docs/")
        assert route.limits.checked == DAY
