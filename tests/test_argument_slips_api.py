"""The public API's other keyword-taking functions and methods name a slip in one line.

``load_catalog``, ``route_cost``, ``blended_price``, ``crossover_share`` and the ``to_text``,
``to_html`` and ``to_frame`` of ``Recommendation`` (``to_frame`` of ``ModelCost``), and then every
public method of ``Comparison`` and ``compare_all``'s own arguments, raised
Python's bare ``TypeError`` for a misspelt keyword, keywords by position,
an argument given twice or one left out; each is now ``keywords_checked``'s ``ArgumentError``.
The calls carry ``type: ignore``: mypy still rejects them.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from phicompare import (
    Comparison,
    blended_price,
    compare,
    compare_all,
    crossover_share,
    estimate,
    load_catalog,
    recommend,
    route_cost,
)
from phicompare.exceptions import ArgumentError


def test_load_catalog_names_the_keyword_meant() -> None:
    with pytest.raises(ArgumentError, match=r"^load_catalog: unknown keyword 'bundle'; "
                                            r"did you mean 'bundled'\?$"):
        load_catalog(bundle=True)  # type: ignore[call-arg]


def test_the_cost_functions_name_the_slip() -> None:
    with pytest.raises(ArgumentError, match=r"^blended_price: unknown keyword 'blnd'; "
                                            r"did you mean 'blend'\?$"):
        blended_price(Decimal(1), Decimal(2), blnd=(1, 1))  # type: ignore[call-arg]
    with pytest.raises(ArgumentError, match=r"^route_cost: missing required argument 'route'$"):
        route_cost(traffic=None)  # type: ignore[call-arg, arg-type]
    pair = (Decimal(1), Decimal(2))
    with pytest.raises(ArgumentError, match=r"^crossover_share: 'a' given twice, by position "):
        crossover_share(pair, a=pair)  # type: ignore[misc, call-arg]


def test_recommendation_and_estimate_methods_name_the_slip() -> None:
    r = recommend(limit=1)
    with pytest.raises(ArgumentError, match=r"^Recommendation.to_text: unknown keyword 'widht'; "
                                            r"did you mean 'width'\?$"):
        r.to_text(widht=60)  # type: ignore[call-arg]
    with pytest.raises(ArgumentError) as caught:
        r.to_html(False)  # type: ignore[call-arg]
    assert str(caught.value) == ("Recommendation.to_html takes keywords, got 1 positional "
                                 "argument; did you mean Recommendation.to_html(document=False)?")
    with pytest.raises(ArgumentError, match=r"^Recommendation.to_frame takes keywords"):
        r.to_frame("float")  # type: ignore[call-arg]
    with pytest.raises(ArgumentError, match=r"^ModelCost.to_frame: unknown keyword 'mony'; "):
        estimate("phi-2").to_frame(mony="float")  # type: ignore[call-arg]


def _comparison() -> Comparison:
    return compare("phi-2", "phi-4-mini")


@pytest.mark.parametrize(("call", "message"), [
    (lambda c: c.to_json(indent=2),
     "Comparison.to_json: unknown keyword 'indent'; it takes none"),
    (lambda c: c.check(strict=True),
     "Comparison.check: unknown keyword 'strict'; it takes none"),
    (lambda c: c.to_markdown(secions=["summary"]),
     "Comparison.to_markdown: unknown keyword 'secions'; did you mean 'sections'?"),
    (lambda c: c.to_html(False), ("Comparison.to_html takes keywords, got 1 positional "
     "argument; did you mean Comparison.to_html(document=False)?")),
    (lambda c: c.to_text(60, ["summary"]), ("Comparison.to_text takes 1 positional argument, "
     "got 2; did you mean Comparison.to_text(60, sections=['summary'])?")),
    (lambda c: c.to_frame("cost", "float"), ("Comparison.to_frame takes 1 positional "
     "argument, got 2; did you mean Comparison.to_frame('cost', money='float')?")),
    (lambda c: c.estimate(), "Comparison.estimate: missing required argument 'model'"),
    (lambda c: c.routes_of(modle=0),
     "Comparison.routes_of: unknown keyword 'modle'; did you mean 'model'?"),
    (lambda c: c.position(0, model=1),
     "Comparison.position: 'model' given twice, by position (0) and by keyword"),
    (lambda c: c.to_dict(True), "Comparison.to_dict takes no arguments, got 1"),
    (lambda c: type(c).from_json(c.to_json(), strict=True),
     "Comparison.from_json: unknown keyword 'strict'; it takes text"),
    (lambda c: type(c).from_dict(), "Comparison.from_dict: missing required argument 'data'"),
    (lambda c: c.inconsistencies(fix=True),
     "Comparison.inconsistencies: unknown keyword 'fix'; it takes none"),
])
def test_comparison_methods_name_the_slip(call: Callable[[Comparison], object],
                                          message: str) -> None:
    with pytest.raises(ArgumentError) as caught:
        call(_comparison())
    assert str(caught.value) == message


def test_compare_all_names_an_argument_given_twice_or_too_many() -> None:
    with pytest.raises(ArgumentError, match=r"^compare_all: 'catalog' given twice, by "
                                            r"position \(None\) and by keyword$"):
        compare_all(None, catalog=None)  # type: ignore[misc]
    with pytest.raises(ArgumentError, match=r"^compare_all takes 3 positional arguments, got 4; "
                                            r"did you mean compare_all\(None, None, None, "
                                            r"format='md'\)\?$"):
        compare_all(None, None, None, "md")  # type: ignore[call-arg]
