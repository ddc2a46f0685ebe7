"""How each model meets a recommendation's requirements: the judging :func:`recommend` reads.

Split from :mod:`.recommend`: each model's checks with free tiers counted, the reasons a model
fails, and how many models each requirement alone rules out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .estimate import ModelCost, cost_of
from .requirements import Fit, Requirement, RequirementCheck, judge

if TYPE_CHECKING:
    from phicompare.analysis.routes import Terms
    from phicompare.catalog.index import Catalog

__all__ = ["Judged", "free_terms", "judged_all", "ruled_out_alone"]

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


def ruled_out_alone(judged: Sequence[Judged], count: int) -> tuple[int, ...]:
    """For each of ``count`` requirements, the models that meet every other one but not it.

    What an empty recommendation says to relax (review 27, P10): a requirement no model fails
    alone counts 0.

    Examples:
        >>> from phicompare.analysis.requirements import RequirementKind
        >>> asked = Requirement(kind=RequirementKind.OPEN_WEIGHTS, value="yes")
        >>> met, not_met = (RequirementCheck(requirement=asked, fit=fit)
        ...                 for fit in (Fit.MET, Fit.NOT_MET))
        >>> ruled_out_alone([(None, (met, not_met)), (None, (not_met, not_met)),
        ...                  (None, (not_met, met))], 2)  # type: ignore[list-item]
        (1, 1)
    """
    alone = [0] * count
    for _, checks in judged:
        failed = [k for k, check in enumerate(checks) if check.fit is not Fit.MET]
        if len(failed) == 1:
            alone[failed[0]] += 1
    return tuple(alone)
