"""The public API's other keyword-taking functions and methods name a slip in one line.

``load_catalog``, ``route_cost``, ``blended_price``, ``crossover_share`` and the ``to_text``,
``to_html`` and ``to_frame`` of ``Recommendation`` (``to_frame`` of ``ModelCost``) raised
Python's bare ``TypeError`` for a misspelt keyword, keywords by position,
an argument given twice or one left out; each is now ``keywords_checked``'s ``ArgumentError``.
The calls carry ``type: ignore``: mypy still rejects them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from phicompare import (
    blended_price,
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
