"""How each model meets a recommendation's requirements: the judging :func:`recommend` reads.

Split from :mod:`.recommend`: each model's checks with free tiers counted, the reasons a model
fails, and how many models each requirement alone rules out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .estimate import ModelCost, cost_of
from .requirements import Fit, Requirement, RequirementCheck, RequirementKind, judge

if TYPE_CHECKING:
    from phicompare.analysis.routes import Terms
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model

__all__ = ["Judged", "free_terms", "judged_all", "loosened_terms", "ruled_out_alone"]

Judged = tuple[ModelCost, tuple[RequirementCheck, ...]]
"""A model's bill and its check of each requirement asked, in the requirements' order."""


def judged_all(catalog: Catalog, terms: Terms, asked: tuple[Requirement, ...],
               allowed: tuple[str, ...] | None) -> dict[str, Judged]:
    """Each model's bill and checks under ``terms`` as asked, free tiers counted, by id."""
    costs = (cost_of(model, catalog, terms) for model in catalog.models)
    return {c.model.id: (c, tuple(judge(r, c, terms, allowed) for r in asked)) for c in costs}


def free_terms(full: dict[str, Judged], priced: Judged) -> Judged:
    """Why a model fails: with free tiers counted, where they are, else on priced routes.

    Its free tier's own reason, never "not counted unless free tiers are included" under the
    flag that counts them (review 12, L6).
    """
    counted = full.get(priced[0].model.id)
    if counted is None or all(c.fit is Fit.MET for c in counted[1]):
        return priced
    return counted


def ruled_out_alone(judged: Sequence[Judged], asked: Sequence[Requirement],
                    loosened: Callable[[Requirement], Terms | None],
                    rejudge: Callable[[Model, Terms, Requirement], bool]) -> tuple[int, ...]:
    """For each requirement asked, the models that meet every other one but not it.

    What an empty recommendation says to relax (review 27, P10). A requirement that also
    decides which routes are eligible (a provider filter, a context, a capability: ``loosened``
    gives the terms without it, else ``None``) is judged again without it: a model it alone
    rules out meets every other requirement, the eligible route among them, once it is dropped
    (review 28, P2: "--provider openai --min-context 2M" ruled out every model by the provider
    filter alone, yet counted none). ``rejudge(model, terms, requirement)`` says whether the
    model meets ``requirement`` under ``terms``.

    Examples:
        >>> from phicompare.analysis.requirements import RequirementKind
        >>> asked = [Requirement(kind=RequirementKind.OPEN_WEIGHTS, value="yes"),
        ...          Requirement(kind=RequirementKind.BUDGET, value="0")]
        >>> met, not_met = (RequirementCheck(requirement=asked[0], fit=fit)
        ...                 for fit in (Fit.MET, Fit.NOT_MET))
        >>> ruled_out_alone([(None, (met, not_met)), (None, (not_met, not_met)),
        ...                  (None, (not_met, met))], asked, lambda r: None,
        ...                 lambda m, t, r: False)  # type: ignore[list-item]
        (1, 1)
    """
    alone = []
    for k, requirement in enumerate(asked):
        terms = loosened(requirement)
        failing = [(cost, checks) for cost, checks in judged if checks[k].fit is not Fit.MET]
        if terms is None:  # (the routes stay as judged: the models failing it and no other)
            alone.append(sum(1 for _, checks in failing
                             if all(c.fit is Fit.MET for j, c in enumerate(checks) if j != k)))
            continue
        others = [r for j, r in enumerate(asked) if j != k]
        alone.append(sum(1 for cost, _ in failing
                         if all(rejudge(cost.model, terms, r) for r in others)))
    return tuple(alone)


def loosened_terms(terms: Terms, requirement: Requirement) -> Terms | None:
    """``terms`` without ``requirement`` where it decides which routes are eligible, else None.

    The provider filters, the context asked and a capability each rule routes out as well as
    models (:func:`~phicompare.analysis.eligibility.route_eligibility`).

    Examples:
        >>> from phicompare.analysis.requirements import RequirementKind
        >>> from phicompare.analysis.estimate import make_terms
        >>> from phicompare import default_catalog
        >>> t = make_terms(default_catalog(), traffic=None, requires=["vision"],
        ...                include_free=False, as_of=None, blend=None, providers=None,
        ...                exclude_providers=(), min_context=200_000)
        >>> loosened_terms(t, Requirement(kind=RequirementKind.MIN_CONTEXT, value="200000")
        ...                ).min_context is None
        True
        >>> sorted(c.value for c in loosened_terms(
        ...     t, Requirement(kind=RequirementKind.CAPABILITY, value="vision")).requires)
        []
        >>> loosened_terms(t, Requirement(kind=RequirementKind.BUDGET, value="5")) is None
        True
    """
    kind = requirement.kind
    if kind is RequirementKind.PROVIDERS:
        return terms._replace(providers=None, exclude_providers=frozenset())
    if kind is RequirementKind.MIN_CONTEXT:
        return terms._replace(min_context=None)
    if kind is RequirementKind.CAPABILITY:
        return terms._replace(requires=frozenset(
            c for c in terms.requires if c.value != requirement.value))
    return None
