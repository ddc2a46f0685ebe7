"""A comparison's switch friction and its providers' names, checked against its other facts.

A comparison read from JSON may have been edited by hand, and a page prints its friction items
and its route rows' provider names as they are (brief fixDE). :func:`friction_problems` works the
friction out again from the facts it is made of (each model's own fields, its column of the
capability rows, its bill, and the providers of its route rows in service on the comparison's
date that no provider filter left out, as :func:`~.friction.side` reads them) and says which
items the comparison holds that those facts do not make, and which they make that it lacks.
:func:`provider_name_problems` says where one provider is given two names (route rows of one
provider id). Which name a provider id has is the catalog's, not the comparison's: trusted.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from phicompare.domain.capabilities import Support
from phicompare.domain.names import licence_key

from .cost import money_text
from .facts import FrictionItem
from .friction import Side, friction, in_service, route_providers
from .profile import CAPABILITIES
from .routes import PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["friction_problems", "provider_name_problems"]

_LETTER = {Support.YES: "y", Support.NO: "n", Support.UNKNOWN: "?"}
"""A support's letter in a support code (:attr:`~.profile.Profile.support_code`)."""
_FILTERS = (PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED)
"""The reasons of a route row the caller's provider filters left out: no place to move to."""

_Key = tuple[int, int, str, str, "str | None", "str | None", object]


def _key(item: FrictionItem) -> _Key:
    return (item.source_index, item.target_index, item.kind.value, item.subject, item.before,
            item.after, item.amount)


def _shown(item: FrictionItem) -> str:
    """An item as a message names it: its kind, subject and values, and its models."""
    values = "".join(f", {key} {value!r}" for key, value in (
        ("before", item.before), ("after", item.after),
        ("amount", None if item.amount is None else money_text(item.amount)))
        if value is not None)
    return (f"{item.kind.value} of {item.subject!r}{values}, from model {item.source_index} to "
            f"model {item.target_index}")


def _sides(c: Comparison) -> list[Side]:
    """Each model's side as :func:`~.friction.side` reads it, from ``c``'s facts alone."""
    sides = []
    for k, model in enumerate(c.models):
        monthly = c.cost.estimates[k].monthly
        rows = [r for r in c.routes_of(k) if in_service(r, model, c.as_of)
                and r.reason not in _FILTERS]
        sides.append(Side(
            model=model, support="".join([_LETTER[row.support[k]] for row in c.capabilities]),
            licence=licence_key(model.license) if model.license else None, monthly=monthly,
            monthly_text=None if monthly is None else money_text(monthly),
            providers=route_providers(rows), context_text=str(model.context_window),
            output_text=str(model.max_output_tokens),
            kind=None if model.kind is None else model.kind.value))
    return sides


def friction_problems(c: Comparison) -> list[str]:
    """The friction items ``c`` holds that its facts do not make, and those it lacks.

    Nothing where the per-model facts are not one an entry a model (said elsewhere); a
    comparison without one capability row a capability, in order, is said so.

    Examples:
        >>> from phicompare import Comparison, ComparisonError, compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> friction_problems(c)
        []
        >>> d = c.to_dict()
        >>> d["friction"][1]["amount"] = "3.00"
        >>> try:
        ...     Comparison.from_dict(d)
        ... except ComparisonError as exc:
        ...     print(exc)
        not a consistent comparison: friction[1] (price-change of 'monthly', before '105.00', \
after '135.00', amount '3.00', from model 0 to model 1) is not one the comparison's facts make; \
friction lacks price-change of 'monthly', before '105.00', after '135.00', amount '30.00', from \
model 0 to model 1, which they make
    """
    n = len(c.models)
    if len(c.cost.estimates) != n or any(len(row.support) != n for row in c.capabilities):
        return []  # (the sizes are said by inconsistencies)
    held = [row.capability for row in c.capabilities]
    if held != list(CAPABILITIES):
        return [(f"capabilities are rows of {[cap.value for cap in held]}, but a comparison "
                 f"has one row a capability, in order: {[cap.value for cap in CAPABILITIES]}")]
    made = friction(_sides(c))
    left = Counter(_key(item) for item in made)  # what the facts make and no item took yet
    problems = []
    for k, item in enumerate(c.friction):
        if left[_key(item)] > 0:
            left[_key(item)] -= 1
        else:
            problems.append(f"friction[{k}] ({_shown(item)}) is not one the comparison's "
                            "facts make")
    for item in made:
        if left[_key(item)] > 0:
            left[_key(item)] -= 1
            which = "they make" if problems else "the comparison's facts make"
            problems.append(f"friction lacks {_shown(item)}, which {which}")
    if not problems and [_key(i) for i in c.friction] != [_key(i) for i in made]:
        problems.append("friction holds the items the comparison's facts make, but not in "
                        "their order (each pair of models, both ways, in model order)")
    return problems


def provider_name_problems(c: Comparison) -> list[str]:
    """Where one provider id has two names in ``c``'s route rows (of one model, or of two).

    Which name it has is the catalog's, not the comparison's: a name edited on each of its
    rows is refused only where other facts name the provider (an estimate's, a friction item's
    shared providers), not by this check. A capability row's providers are not checked against
    the rows: a route the comparison's date leaves out of the route table still counts there.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> provider_name_problems(c)
        []
    """
    first: dict[str, tuple[int, str]] = {}
    problems = []
    for k, row in enumerate(c.routes):
        j, name = first.setdefault(row.route.provider, (k, row.provider_name))
        if name != row.provider_name:
            problems.append(f"routes[{j}].provider_name is {name!r} and "
                            f"routes[{k}].provider_name is {row.provider_name!r}, but both are "
                            f"provider {row.route.provider!r}, which has one name")
    return problems
