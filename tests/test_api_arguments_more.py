"""The public entry points api14's typed-argument fix missed raise typed errors (API review 15, A5).

Each call below raised a raw ``AttributeError``, ``TypeError`` or ``ValueError`` from deep
inside, which ``except PhicompareError`` in a tool built on the library does not catch; each
now raises an :class:`ArgumentError` naming the argument and the value. ``load_catalog()`` with
nothing to load returned an empty catalog; it is now an ``ArgumentError`` too.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from phicompare import (
    Traffic,
    compare,
    default_catalog,
    estimate,
    load_catalog,
    recommend,
    route_cost,
)
from phicompare.exceptions import ArgumentError, PhicompareError

CASES: list[tuple[Callable[[], Any], str]] = [
    (lambda: recommend("phi-4-mini"),  # type: ignore[arg-type]
     ("recommend's first argument is a Catalog (see load_catalog), got str 'phi-4-mini'; "
     "for one model's cost, estimate('phi-4-mini')")),
    (lambda: recommend(catalog=5),  # type: ignore[arg-type]
     "catalog must be a Catalog (see load_catalog), got int 5"),
    (lambda: estimate("phi-2", catalog="x"),  # type: ignore[arg-type]
     "catalog must be a Catalog (see load_catalog), got str 'x'"),
    (lambda: default_catalog().suggest(None),  # type: ignore[arg-type]
     "Catalog.suggest takes a model id or name (str), got None"),
    (lambda: default_catalog().suggest("x", limit=0),
     "Catalog.suggest: limit is a positive whole number of names, got int 0"),
    (lambda: compare("phi-2", "phi-4-mini").to_markdown(sections=5),  # type: ignore[arg-type]
     "sections is a list of section names such as ['summary', 'verdict'], got int 5"),
    (lambda: compare("phi-2", "phi-4-mini").to_html(sections=[None]),  # type: ignore[list-item]
     "sections is a list of section names such as ['summary', 'verdict'], got list [None]"),
    (lambda: route_cost(None, Traffic()),  # type: ignore[arg-type]
     "route_cost: route must be a ProviderRoute, got None"),
    (lambda: route_cost(default_catalog().model("phi-4").routes[0], "800M:250M"),  # type: ignore[arg-type]
     ("route_cost: traffic must be a Traffic, got str '800M:250M': the command line's text "
     "forms are read by Traffic.parse('800M:250M')")),  # (API review 15, A9)
    (lambda: Traffic.parse("800M:250M", cache_share="0.3"),
     "Traffic.parse: unknown option 'cache_share'; did you mean 'cached_share'?"),
    (load_catalog,
     ("load_catalog() with no path and bundled=False loads nothing; give catalog files or "
     "folders, bundled=True for the bundled catalog under them, or use default_catalog()")),
]


@pytest.mark.parametrize(("call", "message"), CASES, ids=[m[:40] for _, m in CASES])
def test_a_wrong_argument_is_an_argument_error(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(ArgumentError) as caught:
        call()
    assert str(caught.value) == message
    assert isinstance(caught.value, PhicompareError)


def test_catalog_frame_names_its_catalog() -> None:
    """Checked before pandas is imported: the error is the same without the frames extra."""
    from phicompare import catalog_frame

    with pytest.raises(ArgumentError, match=r"^catalog_frame: catalog must be a Catalog "
                                            r"\(see load_catalog\), got None$"):
        catalog_frame(None)  # type: ignore[arg-type]


def test_the_right_arguments_still_work() -> None:
    assert default_catalog().suggest("phi-4-mimi", limit=1) == ("phi-4-mini",)
    assert Traffic.parse("800M:250M", cached_share="0.3").cached_share == Decimal("0.3")
    assert compare("phi-2", "phi-4-mini").to_markdown(sections=["verdict"]).count("## ") == 1
