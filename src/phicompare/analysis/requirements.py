"""What a workload asks of a model, and how each model meets it: met, not met, or unknown."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import attrs

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.in_use import first_listed
from phicompare.domain.names import licence_key
from phicompare.domain.records import Model

from .cost import money_text
from .estimate import ModelCost
from .routes import Terms, asked_context

__all__ = ["Fit", "Requirement", "RequirementCheck", "RequirementKind", "judge"]


class Fit(str, enum.Enum):
    """How a model meets a requirement. Unknown is never met.

    Examples:
        >>> Fit.UNKNOWN is Fit.MET
        False
    """

    MET = "met"
    NOT_MET = "not met"
    UNKNOWN = "unknown"


class RequirementKind(str, enum.Enum):
    """A kind of requirement :func:`~phicompare.recommend` judges.

    Examples:
        >>> RequirementKind("min-context")
        <RequirementKind.MIN_CONTEXT: 'min-context'>
    """

    CAPABILITY = "capability"
    MIN_CONTEXT = "min-context"
    OPEN_WEIGHTS = "open-weights"
    LICENSE = "license"
    PROVIDERS = "providers"
    ROUTE = "route"
    BUDGET = "budget"
    RELEASED = "released"


@attrs.frozen(kw_only=True)
class Requirement:
    """One requirement: its kind and the value asked, as canonical text.

    ``value`` is a capability's name (``structured_outputs``), a token count (``131072``),
    ``yes``/``no`` (open weights), the licences allowed (``Apache-2.0, MIT``), the providers
    allowed and excluded (``openrouter; not kilo``), the budget in USD (``200``), the day a
    model must be out by (``2024-01-01``: asked with an ``as_of``), or ``None`` for the route
    requirement (an eligible route at the traffic, always asked).

    Examples:
        >>> Requirement(kind=RequirementKind.CAPABILITY, value="structured_outputs").value
        'structured_outputs'
    """

    kind: RequirementKind
    value: str | None


@attrs.frozen(kw_only=True)
class RequirementCheck:
    """How one model meets one requirement.

    ``actual`` is the model's value as canonical text (``yes``, ``131072``, ``MIT``, the
    provider id of the route counted, the monthly bill, the release date), ``None`` when
    unknown; ``reason`` says why a requirement is not met where one sentence is not enough (the
    route reasons; a capability only routes on providers the filters leave out offer), or how
    a release with no date on record is known (a route listed by the day).

    Examples:
        >>> asked = Requirement(kind=RequirementKind.OPEN_WEIGHTS, value="yes")
        >>> RequirementCheck(requirement=asked, fit=Fit.UNKNOWN).actual is None
        True
    """

    requirement: Requirement
    fit: Fit
    actual: str | None = None
    reason: str | None = None


_LEFT_OUT_OFFER = "only providers the provider filters leave out offer it"
"""A capability check's ``reason`` where only routes on left-out providers flag it."""

_SUPPORT_FIT = {Support.YES: Fit.MET, Support.NO: Fit.NOT_MET, Support.UNKNOWN: Fit.UNKNOWN}


def judge(requirement: Requirement, cost: ModelCost, terms: Terms,
          licenses: tuple[str, ...] | None) -> RequirementCheck:
    """How the model of ``cost`` meets ``requirement`` under ``terms``.

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.estimate import cost_of, make_terms
        >>> catalog = default_catalog()
        >>> terms = make_terms(catalog, traffic=None, requires=(), include_free=False,
        ...                    as_of=None, blend=None, providers=None, exclude_providers=())
        >>> cost = cost_of(catalog.model("phi-2"), catalog, terms)
        >>> judge(Requirement(kind=RequirementKind.MIN_CONTEXT, value="8192"), cost, terms,
        ...       None).fit.value
        'not met'
    """
    model, kind = cost.model, requirement.kind
    if kind is RequirementKind.CAPABILITY:
        support, left_out = _support(cost.model, Capability(requirement.value), terms)
        actual = None if support is Support.UNKNOWN else support.value
        return RequirementCheck(requirement=requirement, fit=_SUPPORT_FIT[support], actual=actual,
                                reason=_LEFT_OUT_OFFER if left_out else None)
    if kind is RequirementKind.MIN_CONTEXT:
        # (a listing above the model's own window counts no more: review 30, F9)
        context = (model.context_window if cost.route is None
                   else asked_context(model, model.route_context(cost.route)))
        return _known(requirement, None if context is None else str(context),
                      context is not None and context >= int(requirement.value or 0))
    if kind is RequirementKind.OPEN_WEIGHTS:
        flag = model.open_weights
        return _known(requirement, None if flag is None else ("yes" if flag else "no"),
                      (flag and requirement.value == "yes")
                      or (flag is False and requirement.value == "no"))
    if kind is RequirementKind.LICENSE:
        allowed = {licence_key(name) for name in licenses or ()}
        return _known(requirement, model.license,
                      model.license is not None and licence_key(model.license) in allowed)
    if kind is RequirementKind.PROVIDERS:
        if cost.route is not None:
            return RequirementCheck(requirement=requirement, fit=Fit.MET,
                                    actual=cost.route.provider)
        usable = [r.route.provider for r in cost.routes if _allowed(r.route.provider, terms)]
        if usable:
            return RequirementCheck(requirement=requirement, fit=Fit.MET, actual=usable[0])
        return RequirementCheck(requirement=requirement, fit=Fit.NOT_MET,
                                reason="no route on a provider allowed")
    if kind is RequirementKind.RELEASED:
        return _released(requirement, model)
    monthly = cost.monthly
    if kind is RequirementKind.ROUTE:
        if cost.route is None:
            return RequirementCheck(requirement=requirement, fit=Fit.NOT_MET, reason=cost.reason)
        return RequirementCheck(requirement=requirement, fit=Fit.MET, actual=cost.route.provider)
    # the budget
    if monthly is None:
        return RequirementCheck(requirement=requirement, fit=Fit.UNKNOWN)
    return _known(requirement, money_text(monthly), monthly <= Decimal(requirement.value or 0))


def _known(requirement: Requirement, actual: str | None, met: bool | None) -> RequirementCheck:
    """Met or not met when the model's value is known; unknown otherwise."""
    if actual is None:
        return RequirementCheck(requirement=requirement, fit=Fit.UNKNOWN)
    return RequirementCheck(requirement=requirement, fit=Fit.MET if met else Fit.NOT_MET,
                            actual=actual)


def _released(requirement: Requirement, model: Model) -> RequirementCheck:
    """Out by the day asked: on its release date, else by a route listed (checked) by then.

    Unknown is never met (API review 14, A1): a model with no release date on record is out by
    the day only where a route of it was checked on or before it, and the reason says so.
    """
    day = dt.date.fromisoformat(requirement.value or "")
    if model.released is not None:
        return _known(requirement, model.released.isoformat(), model.released <= day)
    listed = first_listed(model)  # (the rule related comparisons apply: domain.in_use.out_by)
    if listed is None or listed > day:
        return RequirementCheck(requirement=requirement, fit=Fit.UNKNOWN)
    return RequirementCheck(requirement=requirement, fit=Fit.MET, reason=(
        f"listed on {listed.isoformat()} (no release date recorded)"))


def _support(model: Model, capability: Capability, terms: Terms) -> tuple[Support, bool]:
    """The model's support for ``capability`` within the providers ``terms`` allow.

    The rule :func:`~phicompare.analysis.profile.within` applies to a comparison page (review 7,
    F23): :meth:`Model.support` read with the allowed routes alone. Where only left-out
    providers' routes flag it, the model's own flag stands (``no`` or not documented), and the
    second value says so.
    """
    support = model.support(capability)
    own = model.capabilities.flag(capability)
    if support is not Support.YES or own is True:  # (a fixed capability: its own flag already)
        return support, False
    if any(_allowed(r.provider, terms) and r.capabilities is not None
           and r.capabilities.flag(capability) is True for r in model.routes):
        return support, False
    return Support.of(own), True


def _allowed(provider: str, terms: Terms) -> bool:
    return provider not in terms.exclude_providers and (
        terms.providers is None or provider in terms.providers)
