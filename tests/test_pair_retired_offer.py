"""A pair page's capability cell says an offer only a retired route made, as ``show`` does.

Helper fixAE, item 2: ``phicompare jais-30b-chat qwen3.5-flash`` read "Function calling |
not documented" for JAIS 30b Chat, where ``phicompare show jais-30b-chat`` reads "not documented
(offered only on a route retired on 2026-07-30)" (fixAD): its one route, on GitHub Models, flags
function calling and retired on 2026-07-30. Before that day the cell counts the route's offer.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.render.blocks import Table
from phicompare.render.tables import capabilities


def _cells(day: dt.date) -> dict[str, str]:
    c = compare("jais-30b-chat", "qwen3.5-flash", as_of=day)
    assert c.check() == []
    table = capabilities(c, ("JAIS 30b Chat", "Qwen3.5 Flash"), ())
    assert isinstance(table, Table)
    return {str(row[0]): str(row[1]) for row in table.rows}


def test_an_offer_only_a_retired_route_made_is_said() -> None:
    cells = _cells(dt.date(2026, 12, 2))
    assert cells["Function calling"] == (
        "not documented (offered only on a route retired on 2026-07-30)")
    assert cells["Reasoning mode"] == "not documented"  # (no route flagged it)


def test_before_the_retirement_the_route_offers_it() -> None:
    assert _cells(dt.date(2026, 7, 1))["Function calling"] == "from its one provider"
