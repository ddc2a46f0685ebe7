"""Which models fit a workload: :func:`recommend` ranks a catalog under requirements.

The rule (docs/decisions.md):

1. Each model is judged on every requirement: met, not met, or unknown. Unknown is never met:
   a capability the catalog does not document, a licence or open-weights flag not sourced, a
   context window not sourced, all keep a model out.
2. The cost of a model is its cheapest eligible route (the same estimate as ``compare`` and
   ``estimate``); routes on providers left out, too short for ``min_context``, or lacking a
   required capability are not eligible, nor, at a request count, those too short for the
   requests or whose output limit is under their responses. A model without an eligible route
   is not a candidate.
3. Candidates (every requirement met, the bill within the budget) are ranked by monthly cost.
4. Candidates with the same monthly bill are ordered by the priority benchmarks, in the order
   given, each used only where every tied model has a score under one setting and harness (the
   scores compare directly); a benchmark that cannot order them is skipped, and the reason
   recorded. What is still tied goes by model id.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from phicompare.catalog.index import Catalog
from phicompare.domain.arguments import check_flag, keywords_checked
from phicompare.domain.capabilities import Capability
from phicompare.domain.pricing import RouteStatus
from phicompare.domain.record import MONEY
from phicompare.domain.records import Benchmark, Model, RoutePolicy
from phicompare.exceptions import ArgumentError, ComparisonError

from .checks import check_arguments
from .cost import money_text, shown_difference
from .estimate import EstimateView, ModelCost, cost_of, make_terms
from .facts import DEFAULT_MATERIALITY, CostEstimate, RouteRow
from .pick_names import listed_names
from .pick_terms import (
    asked_benchmarks as _benchmarks,
    asked_budget as _budget,
    asked_licenses as _licenses,
    asked_requirements as _requirements,
)
from .ranking import OrderBasis, Placement, PriorityScore, order_ties
from .recommend_cut import close_count, cut
from .recommend_judged import Judged, free_terms, judged_all, loosened_terms, ruled_out_alone
from .requirements import Fit, Requirement, RequirementCheck, RequirementKind, judge
from .traffic import Traffic

if TYPE_CHECKING:  # the claims live a layer up; they are built on first use
    from phicompare.narrative.reasons import Reasons

__all__ = [
    "Candidate",
    "Fit",
    "OrderBasis",
    "Placement",
    "PriorityScore",
    "Recommendation",
    "Requirement",
    "RequirementCheck",
    "RequirementKind",
    "recommend",
]


@attrs.frozen(kw_only=True, repr=False)
class Candidate(EstimateView):
    """A model judged against the requirements: its cost, each requirement's fit, its place.

    ``rank`` counts from 1 among the models that meet every requirement (``None`` for a model
    that does not); ``gap`` is its monthly bill less the first candidate's, and ``shown_gap``
    the same as the two bills print, to the cent (what pages say); ``placement`` says how it
    was ordered after the candidate before it (``None`` for the first).

    Examples:
        >>> import datetime as dt
        >>> first = recommend(min_context=128_000, as_of=dt.date(2026, 11, 25)).candidates[0]
        >>> first.rank, first.model.id, first.monthly, first.meets
        (1, 'ling-2.6-flash', Decimal('15.50'), True)
        >>> [(c.requirement.kind.value, c.fit.value, c.actual) for c in first.checks]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('released', 'met', '2026-04-21'), ('min-context', 'met', '262144'),
         ('route', 'met', 'openrouter')]
    """

    model: Model
    rank: int | None
    estimate: CostEstimate
    routes: tuple[RouteRow, ...]
    checks: tuple[RequirementCheck, ...]
    priorities: tuple[PriorityScore, ...] = ()
    gap: Decimal | None = attrs.field(default=None, metadata=MONEY)
    placement: Placement | None = None
    shown_gap: Decimal | None = attrs.field(default=None, metadata=MONEY)

    @property
    def meets(self) -> bool:
        """Whether every requirement is met (unknown is not met)."""
        return all(c.fit is Fit.MET for c in self.checks)

    @property
    def failures(self) -> tuple[RequirementCheck, ...]:
        """The requirements not met or unknown."""
        return tuple(c for c in self.checks if c.fit is not Fit.MET)


@attrs.frozen(kw_only=True, repr=False)
class Recommendation:
    """A ranked list of models that fit a workload, and why (see :func:`recommend`).

    ``candidates`` are ranked (at most ``limit``); ``matched`` counts every model that meets
    the requirements, ``considered`` every model judged; ``rejected`` holds the others, each
    with its failed requirements, when :func:`recommend` was asked to explain them. A free tier
    is not a price: with ``include_free`` the ranking is of priced bills still, and
    ``free_tiers`` holds apart, unranked, the models that meet every requirement on a free tier
    (at most ``limit``, by name; ``free_matched`` counts them all): within their recorded usage
    limits, or with none recorded (a free tier the traffic exceeds is no eligible route; review 7,
    F27). Those are not also ``rejected``, whose reasons then count free tiers (review 12, L6).
    With a date asked (``as_of``), ``release_unknown`` holds the models left out because whether
    they were out by then is unknown (no release date on record, no route listed by then: at
    most ``limit``, by name; ``release_unknown_count`` counts them all), whatever else they fail.

    Examples:
        >>> r = recommend(requires=["vision"], limit=2, explain_rejected=True)
        >>> r.matched > len(r.candidates) == 2, r.considered - r.matched == len(r.rejected)
        (True, True)
        >>> r.rejected[0].failures[0].fit.value
        'not met'
    """

    traffic: Traffic
    as_of: dt.date
    include_free: bool
    requirements: tuple[Requirement, ...]
    budget: Decimal | None
    priorities: tuple[Benchmark, ...]
    candidates: tuple[Candidate, ...]
    rejected: tuple[Candidate, ...]
    matched: int
    considered: int
    limit: int | None = None
    free_tiers: tuple[Candidate, ...] = ()
    free_matched: int = 0
    release_unknown: tuple[Model, ...] = ()
    release_unknown_count: int = 0
    materiality: Decimal = DEFAULT_MATERIALITY
    """The share of the first candidate's bill within which a bill is "about the same cost":
    the comparison's (``CostFacts.materiality``, 5%), so the two say alike (review 16, P4)."""
    close_unlisted: tuple[Candidate, ...] = ()
    """The matched models past ``limit`` whose bill is within ``materiality`` of the first
    candidate's, in rank order: not listed, yet about the same cost (review 17, P2)."""
    tied_unlisted: tuple[Candidate, ...] = ()
    """The matched models past ``limit`` billed exactly as the last listed one (fixW), in order."""
    ruled_out_alone: tuple[int, ...] = ()
    """For each requirement (``requirements``' order), the models that meet every other one but
    not it: what to relax when none matches (review 27, P10). Free tiers are not counted."""

    @property
    def close_count(self) -> int:
        """The matched bills within ``materiality`` of the first's, its own too (listed or not)."""
        return close_count(self.candidates, self.close_unlisted, self.materiality)

    @functools.cached_property
    def names(self) -> dict[str, str]:
        """Each model listed, by id: its name, and its id where a listed model shares the name.

        See :func:`~phicompare.analysis.pick_names.listed_names` (with an example).
        """
        return listed_names(self)

    @functools.cached_property
    def reasons(self) -> Reasons:
        """The claims that explain the ranking, built on first use.

        Examples:
            >>> r = recommend(requires=["structured_outputs"], limit=2)
            >>> r.reasons.candidates[0][0].text.startswith(r.candidates[0].model.name)
            True
        """
        from phicompare.narrative.reasons import explain  # noqa: PLC0415

        return explain(self)

    def check(self) -> list[str]:
        """Contradictions between the reasons and these facts; empty when every claim holds.

        Examples:
            >>> recommend(min_context=100_000, budget="500", explain_rejected=True).check()
            []
        """
        from phicompare.narrative.reasons import check_reasons  # noqa: PLC0415

        return check_reasons(self.reasons, self)

    @keywords_checked
    def to_frame(self, *, money: str = "decimal") -> Any:
        """The candidates as a pandas DataFrame, one row each (the ``frames`` extra).

        Examples:
            >>> import pytest; _ = pytest.importorskip("pandas")
            >>> list(recommend(limit=3).to_frame().columns[:3])
            ['rank', 'model', 'name']
        """
        from phicompare.render.frames import recommendation_frame  # noqa: PLC0415

        return recommendation_frame(self, money=money)

    @keywords_checked
    def to_text(self, width: int = 80) -> str:
        """The ranking as plain text wrapped to ``width`` columns: what ``phicompare pick`` prints.

        A width under 30 is laid out at 30 columns; one not a positive ``int`` is refused.

        Examples:
            >>> text = recommend(limit=2).to_text(width=60)
            >>> text.splitlines()[0], max(len(line) for line in text.splitlines()) <= 60
            ('Models that fit', True)
        """
        from phicompare.render.text import recommendation_text  # noqa: PLC0415

        from .checks import check_width  # noqa: PLC0415

        check_width(width)
        return recommendation_text(self, width)

    def to_markdown(self) -> str:
        """The ranking as Markdown: the candidates' table, each one's reasons, the misfits.

        Examples:
            >>> recommend(limit=1).to_markdown().splitlines()[0]
            '# Models that fit'
        """
        from phicompare.render.markdown import recommendation_markdown  # noqa: PLC0415

        return recommendation_markdown(self)

    @keywords_checked
    def to_html(self, *, document: bool = True) -> str:
        """The ranking as a whole HTML document, or (``document=False``) a fragment.

        Examples:
            >>> recommend(limit=1).to_html().startswith("<!DOCTYPE html>")
            True
        """
        from phicompare.render.html import recommendation_html  # noqa: PLC0415

        return recommendation_html(self, document=document)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        return self.to_html(document=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the facts: models by id, Decimals and dates as strings.

        The traffic is written whole, as ``Comparison.to_dict()`` writes it (its 1-hour cache
        writes, hour and weekday too; API review 15, A7).

        Examples:
            >>> d = recommend(open_weights=True, limit=1).to_dict()
            >>> sorted(d)[:4], len(d["candidates"])
            (['as_of', 'budget', 'candidates', 'close_unlisted'], 1)
        """
        from phicompare.render.serialize import unstructure  # noqa: PLC0415

        return {
            "as_of": self.as_of.isoformat(),
            "traffic": unstructure(self.traffic),
            "include_free": self.include_free,
            "requirements": [{"kind": r.kind.value, "value": r.value} for r in self.requirements],
            "budget": None if self.budget is None else money_text(self.budget),
            "priorities": [b.id for b in self.priorities],
            "considered": self.considered,
            "matched": self.matched,
            "candidates": [_candidate_dict(c) for c in self.candidates],
            "rejected": [_candidate_dict(c) for c in self.rejected],
            "free_tiers": [_candidate_dict(c) for c in self.free_tiers],
            "free_matched": self.free_matched,
            "release_unknown": [m.id for m in self.release_unknown],
            "release_unknown_count": self.release_unknown_count,
            "materiality": format(self.materiality, "f"),
            "close_unlisted": [_candidate_dict(c) for c in self.close_unlisted],
            "tied_unlisted": [_candidate_dict(c) for c in self.tied_unlisted],
            "ruled_out_alone": list(self.ruled_out_alone),
        }

    def __repr__(self) -> str:
        top = ", ".join(f"{c.rank}. {c.model.id} ${c.monthly:,.2f}" for c in self.candidates[:3])
        more = len(self.candidates) - 3
        tail = f" (+{more} more)" if more > 0 else ""
        return (f"<Recommendation: {self.matched} of {self.considered} models meet every "
                f"requirement{'; ' + top if top else ''}{tail}>")


def _candidate_dict(c: Candidate) -> dict[str, Any]:
    return {
        "model": c.model.id,
        "rank": c.rank,
        "monthly": None if c.monthly is None else money_text(c.monthly),
        "provider": None if c.route is None else c.route.provider,
        "provider_name": c.provider_name,
        "gap": None if c.gap is None else money_text(c.gap),
        "checks": [{"kind": k.requirement.kind.value, "value": k.requirement.value,
                    "fit": k.fit.value, "actual": k.actual, "reason": k.reason}
                   for k in c.checks],
        "priorities": [{"benchmark": p.benchmark.id,
                        "score": None if p.score is None else format(p.score.score, "f"),
                        "setting": None if p.score is None else p.score.setting}
                       for p in c.priorities],
        "placement": None if c.placement is None else {
            "basis": c.placement.basis.value, "benchmark": c.placement.benchmark,
            "unusable": [list(u) for u in c.placement.unusable]},
    }


@keywords_checked
def recommend(
    catalog: Catalog | None = None,
    *,
    traffic: Traffic | None = None,
    requires: Iterable[Capability | str] = (),
    min_context: int | None = None,
    open_weights: bool | None = None,
    licenses: Iterable[str] | None = None,
    providers: Iterable[str] | None = None,
    exclude_providers: Iterable[str] = (),
    budget: Decimal | int | str | None = None,
    priorities: Iterable[str] = (),
    include_free: bool = False,
    as_of: dt.date | str | None = None,
    limit: int | None = 10,
    explain_rejected: bool = False,
    route_policy: RoutePolicy | str = RoutePolicy.MAKER_FIRST,
) -> Recommendation:
    """The models of a catalog that fit a workload, cheapest first, each with why.

    Args:
        catalog: The models to choose from; the bundled catalog by default.
        traffic: Monthly traffic; 800M input and 250M output tokens by default.
        requires: Capabilities the model must document on the route counted.
        min_context: Tokens the route counted must take in one request.
        open_weights: ``True`` for open weights only, ``False`` for closed weights only.
        licenses: Licences allowed (``"MIT"``, ``"Apache-2.0"``: any case).
        providers: Provider ids (or names) whose routes may be counted; all by default.
        exclude_providers: Provider ids (or names) whose routes are not counted.
        budget: The most a month may cost, in USD (a Decimal, an int or a number's text such
            as ``"200"``; no float, and no ``"$200"``).
        priorities: Benchmark ids (or names) that order models with the same bill, in order.
        include_free: Count free-tier routes.
        as_of: The comparison's date (a date or its ISO text, "2025-01-01"); today by default.
            Given, each model must be out by then: its release date on or before it, or, with
            no date on record, a route listed (checked) by then; unknown is never met. Each
            route's price in force then where dated, else its latest checked price and status.
        limit: The most candidates returned (``None``: all).
        explain_rejected: Also return the models that fail, each with its failed requirements.
        route_policy: Which eligible route sets each bill (:class:`~phicompare.RoutePolicy`).

    Raises:
        ArgumentError: an argument of the wrong type (a catalog that is not a Catalog, a switch
            that is not a bool); a keyword it does not take, with the closest.
        ComparisonError: bad traffic, an unknown capability, provider, licence or benchmark, a
            negative or float budget, a limit under 1.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import Traffic
        >>> bot = Traffic.from_requests(per_day=10_000, input_tokens=1_500, output_tokens=300)
        >>> r = recommend(traffic=bot, requires=["structured_outputs"], budget=200,
        ...               as_of=dt.date(2026, 11, 25), limit=3)
        >>> for c in r.candidates:
        ...     print(c.rank, c.model.id, c.monthly, c.provider_name)
        1 ling-2.6-flash 7.20 OpenRouter
        2 llama-3.1-8b 11.70 OpenRouter
        3 mistral-nemo 11.70 OpenRouter
        >>> r.check()
        []
    """
    if isinstance(catalog, str):  # estimate's first argument is a model (API review 15, A5)
        msg = (f"recommend's first argument is a Catalog (see load_catalog), got str "  # type: ignore[unreachable]
               f"{catalog!r}; for one model's cost, estimate({catalog!r})")[:300]
        raise ArgumentError(msg)
    check_arguments((), catalog=catalog, requires=requires, include_free=include_free)
    check_flag("open_weights", open_weights, either=True)  # "no" is truthy (API review 15, A2)
    check_flag("explain_rejected", explain_rejected)
    if catalog is None:
        from phicompare.catalog.bundled import default_catalog  # noqa: PLC0415 - start-up speed

        catalog = default_catalog()
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        msg = f"limit is a positive whole number of candidates or None, got {limit!r}"
        raise (ComparisonError if isinstance(limit, int) and not isinstance(limit, bool)
               else ArgumentError)(msg)
    terms = make_terms(catalog, traffic=traffic, requires=requires, include_free=include_free,
                       as_of=as_of, blend=None, providers=providers,
                       exclude_providers=exclude_providers, min_context=min_context,
                       route_policy=route_policy)
    limit_money = _budget(budget)
    allowed = _licenses(catalog, licenses)
    benchmarks = _benchmarks(catalog, priorities)
    asked = _requirements(terms.requires, min_context, open_weights, allowed, terms.providers,
                          terms.exclude_providers, limit_money,
                          None if as_of is None else terms.day)
    # a free tier is no price to rank (F27), and its row says so, not "not counted" (P7)
    priced = terms._replace(include_free=False, unranked_free=terms.include_free)
    judged: list[tuple[ModelCost, tuple[RequirementCheck, ...]]] = []
    for model in catalog.models:
        cost = cost_of(model, catalog, priced)
        judged.append((cost, tuple(judge(r, cost, priced, allowed) for r in asked)))
    full = judged_all(catalog, terms, asked, allowed) if terms.include_free else {}
    free = _free_tiers(full)
    fits = [(cost, checks) for cost, checks in judged if all(c.fit is Fit.MET for c in checks)]
    ranked = order_ties(fits, benchmarks, catalog)
    first = ranked[0][0].monthly if ranked else None
    candidates = tuple(
        Candidate(model=cost.model, rank=k, estimate=cost.estimate, routes=cost.routes,
                  checks=checks, priorities=scores, placement=placement,
                  gap=None if cost.monthly is None or first is None else cost.monthly - first,
                  shown_gap=None if cost.monthly is None or first is None
                  else shown_difference(cost.monthly, first))
        for k, (cost, checks, scores, placement) in enumerate(ranked, start=1))
    rejected: tuple[Candidate, ...] = ()
    if explain_rejected:  # a model that fits on a free tier is listed there, not here (L6)
        listed = {c.model.id for c in free}
        misses = [Candidate(model=cost.model, rank=None, estimate=cost.estimate,
                            routes=cost.routes, checks=checks)
                  for cost, checks in (free_terms(full, pair) for pair in judged)
                  if cost.model.id not in listed and any(c.fit is not Fit.MET for c in checks)]
        rejected = tuple(sorted(misses, key=lambda c: (len(c.failures), c.model.id)))
    undated = sorted((cost.model for cost, checks in judged  # (unknown is never met: A1)
                      if any(c.requirement.kind is RequirementKind.RELEASED
                             and c.fit is Fit.UNKNOWN for c in checks)),
                     key=lambda m: (m.name.casefold(), m.id))
    close, tied = cut(candidates, limit, DEFAULT_MATERIALITY)  # (what the limit leaves out)
    return Recommendation(
        traffic=terms.traffic, as_of=terms.day, include_free=terms.include_free,
        requirements=asked, budget=limit_money, priorities=benchmarks,
        candidates=candidates[:limit], rejected=rejected, matched=len(candidates),
        considered=len(judged), limit=limit, free_tiers=tuple(free[:limit]),
        free_matched=len(free), release_unknown=tuple(undated[:limit]),
        release_unknown_count=len(undated), close_unlisted=close, tied_unlisted=tied,
        ruled_out_alone=() if fits else ruled_out_alone(
            judged, asked, functools.partial(loosened_terms, priced),
            lambda m, t, r: judge(r, cost_of(m, catalog, t), t, allowed).fit is Fit.MET))


def _free_tiers(full: dict[str, Judged]) -> list[Candidate]:
    """The models that meet every requirement with a free tier setting the bill, by name."""
    found = [Candidate(model=cost.model, rank=None, estimate=cost.estimate, routes=cost.routes,
                       checks=checks)
             for cost, checks in full.values()
             if cost.route is not None and cost.route.status is RouteStatus.FREE_TIER
             and all(c.fit is Fit.MET for c in checks)]
    return sorted(found, key=lambda c: (c.model.name.casefold(), c.model.id))
