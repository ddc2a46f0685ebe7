"""What the narrative's context reads of one model alone, kept with the catalog (issue 18).

Each model's listings, route-window form, standing, dormant routes, bill row, own reports and
the terms' traffic words are one lookup a model (:mod:`phicompare.narrative.own`), its rows
counted among its own and placed on each page. A page must read them as worked out afresh:
from its own rows (a model second on a page has its rows after its partner's), and as a
comparison with no catalog (which keeps nothing) works them out.
"""

from __future__ import annotations

import datetime as dt
import itertools
import pickle

import pytest

from phicompare import compare
from phicompare.analysis.comparison import Comparison
from phicompare.narrative.bill_window import find_bill_row
from phicompare.narrative.context import Context, context_of
from phicompare.narrative.inputs import listed_inputs
from phicompare.narrative.standing import Out, fit_route
from phicompare.narrative.traffic_words import traffic_terms
from phicompare.narrative.window_forms import page_exact

DAY = dt.date(2026, 11, 25)
# ruled out for a requirement (phi-2, with routes; phi-1.5, with none), kept in on published
# weights (trinity-large-preview-free), listed only by its providers (gpt-realtime-1.5), own
# reports (llama-3.1-8b), windows to the token (deepseek-v3.2): each at either position
MODELS = ("phi-1.5", "phi-2", "trinity-large-preview-free", "gpt-realtime-1.5", "llama-3.1-8b",
          "deepseek-v3.2", "gpt-4o")
TERMS: tuple[dict[str, object], ...] = ({}, {"requires": {"function_calling"}})
PAGES = [(a, b, terms) for a, b in itertools.permutations(MODELS, 2)
         for terms in TERMS]


def _plain_standings(c: Comparison) -> list[tuple[bool, tuple[int, ...], tuple[int, ...],
                                                  tuple[int, ...]] | None]:
    """Each model's unfit, retired and deprecated rows, by the page's own rows (no memo)."""
    found: list[tuple[bool, tuple[int, ...], tuple[int, ...], tuple[int, ...]] | None] = []
    for i, model in enumerate(c.models):
        ks = [k for k, row in enumerate(c.routes) if row.model_index == i]
        unfit = tuple([k for k in ks if c.routes[k].unfit is not None])
        rest = [k for k in ks if c.routes[k].unfit is None]
        gone = tuple([k for k in rest if c.routes[k].route.retired(c.as_of)])
        old = tuple([k for k in rest if k not in gone and c.routes[k].deprecated])
        unreleased = model.released is not None and c.as_of < model.released
        found.append((unreleased, unfit, gone, old) if fit_route(c, i) is None else
                     (unreleased, (), (), ()) if unreleased else None)
    return found


def _read(x: Context) -> tuple[object, ...]:
    return (x.out, x.dormant, x.bill_rows, x.listed, x.windows.exact, x.reports, x.traffic_said)


@pytest.mark.parametrize(("a", "b", "terms"), PAGES)
def test_a_models_own_part_reads_as_worked_out_afresh(a: str, b: str,
                                                      terms: dict[str, object]) -> None:
    c = compare(a, b, as_of=DAY, **terms)  # type: ignore[arg-type]
    kept = context_of(c)
    afresh = pickle.loads(pickle.dumps(c))  # (no catalog: nothing kept, all worked out)
    assert afresh._drawn_from is None
    assert _read(kept) == _read(context_of(afresh))
    assert kept.bill_rows == tuple([find_bill_row(c, i) for i in range(2)])
    assert kept.listed == tuple([listed_inputs(c, i) for i in range(2)])
    assert kept.windows.exact is page_exact(c)
    assert kept.traffic_said == (traffic_terms(c.traffic)[0], tuple(traffic_terms(c.traffic)[1]))
    for i, (out, plain) in enumerate(zip(kept.out, _plain_standings(c), strict=True)):
        if out is not None and (out.rows or out.retired or out.deprecated):
            assert plain == (out.unreleased, out.rows, out.retired, out.deprecated)
            assert all(c.routes[k].model_index == i for k in (*out.rows, *out.retired))
    for i, idle in enumerate(kept.dormant):
        if idle is not None:
            mine = tuple([k for k, row in enumerate(c.routes) if row.model_index == i])
            assert (*idle.retired, *idle.deprecated) == tuple(sorted(mine, key=lambda k: (
                k not in idle.retired, k)))
            assert set(idle.retired) == {k for k in mine if c.routes[k].route.retired(c.as_of)}


def test_these_pages_place_rows_after_a_partners() -> None:
    """The check above can fail: a ruled-out model second, its rows after its partner's."""
    placed: list[Out] = []
    for a, b, terms in PAGES:
        c = compare(a, b, as_of=DAY, **terms)  # type: ignore[arg-type]
        x = context_of(c)
        ks = c.route_groups[1][1]
        out = x.out[1]
        if out is not None and out.rows and ks and ks[0] > 0:
            placed.append(out)
    assert placed
    assert any(context_of(compare(a, b, as_of=DAY)).dormant != (None, None)
               for a, b in itertools.permutations(MODELS, 2))
    assert any(any(x.reports) for x in (context_of(compare(a, b, as_of=DAY))
                                        for a, b in itertools.permutations(MODELS, 2)))
