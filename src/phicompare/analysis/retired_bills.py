"""What bills a model once the route behind its bill retires, where that is soon.

A bill on a route that retires within :data:`~.facts.RETIREMENT_NOTICE_DAYS` of the page's date
holds only until then: the page names the retirement and the bill that follows it (review 32,
#3: o3's bill was on OpenAI's route, retiring eight days after the page's date, and the page
named only a retirement of a route behind no bill). The bill after is the model's estimate on
the retirement day under the same terms, as a page dated that day gives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .facts import RETIREMENT_NOTICE_DAYS, CostEstimate
from .routes import Terms, model_routes

if TYPE_CHECKING:
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model

__all__ = ["after_retirement"]


def after_retirement(models: Sequence[Model], estimates: Sequence[CostEstimate],
                     catalog: Catalog, terms: Terms) -> tuple[CostEstimate | None, ...]:
    """Per model, its estimate on the day its bill's route retires, where that is soon.

    One per model, in model order (:attr:`~.facts.CostFacts.after_retirement`): ``None`` for a
    model whose bill's route does not retire within the notice; ``monthly`` ``None``, with its
    reason, where no route is eligible then. ``()`` where no model's does.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> after = compare("o3", "gpt-4o", as_of=dt.date(2026, 12, 3)).cost.after_retirement
        >>> [None if e is None else (e.provider_name, e.monthly) for e in after]
        [('Poe', Decimal('3240.00')), None]
    """
    found: list[CostEstimate | None] = []
    for e in estimates:
        route = e.route
        days = None if route is None else route.days_to_retirement(terms.day)
        if route is None or route.retires is None or days is None \
                or days > RETIREMENT_NOTICE_DAYS:
            found.append(None)
            continue
        later = terms._replace(day=route.retires)
        found.append(model_routes(models[e.model_index], e.model_index, catalog, later)[1])
    return tuple(found) if any(e is not None for e in found) else ()
