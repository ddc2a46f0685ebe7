"""Strict checks for data maintainers: what loads fine but should not ship.

``phicompare validate --strict`` adds these to the loader's errors: a figure without a source, a
score without a checked date (review 29, F6), a checked date older than the allowed age, a model
with no route or no benchmark score, a route whose context window exceeds its model's, a model
whose output cap exceeds its own window, a lone zero price (input 0 beside a paid output, or the
reverse) on a route not marked free, a release or checked date in the future (a future ``checked``
would silence the age check forever), a route checked before its model's release (a price cannot be
read before its model existed), a release date before the month the model's id is stamped with
(``-2506``, ``-20241022``) or three months or more after it (a listing's day, not the release:
review 25, P2) and a knowledge cutoff that is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a
first-party provider without ``vendors``, which is no model's maker (its routes count as a
reseller's), and ``vendors`` without ``vendors_source`` or ``vendors_checked``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal

from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model, Provider, ProviderTier
from phicompare.domain.stamps import id_stamp
from phicompare.exceptions import NO_VALUE, Problem

from .values import DEFAULT_MAX_AGE_DAYS, MAX_AGE_LIMIT

__all__ = ["DEFAULT_MAX_AGE_DAYS", "MAX_AGE_LIMIT", "provider_problems", "strict_problems"]

_CUTOFF = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
STAMP_LAG_MONTHS = 3
"""Months after an id's stamp month from which a release date reads as a listing's day.

Claude 3 Sonnet (``-20240229``) came out on 2024-03-04 and Pixtral Large 25.02 on Bedrock on
2025-04-08; Magistral Small 2506's listings' 2025-09-25 was three months late (review 25, P2)."""


def _cutoff_ok(text: str, today: dt.date) -> bool:
    found = _CUTOFF.fullmatch(text)
    if found is None:
        return False
    year, month, day = (int(g) if g else 1 for g in found.groups())
    try:
        return dt.date(year, month, day) <= today
    except ValueError:
        return False


def strict_problems(
    models: Iterable[tuple[Model, str, str]],
    *,
    today: dt.date,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
) -> list[Problem]:
    """The strict problems of ``models``, given as ``(model, file, key path)`` triples.

    Examples:
        >>> m = Model(id="m", name="M", context_window=2048)
        >>> [p.message for p in strict_problems([(m, "m.toml", "models[0]")],
        ...                                     today=dt.date(2026, 11, 25))][:2]
        ['a model needs `sources`: where its facts were read', 'a model needs a `checked` date']
    """
    oldest = today - dt.timedelta(days=min(max(max_age_days, 0), MAX_AGE_LIMIT))
    problems: list[Problem] = []

    def stale(checked: dt.date | None, file: str, path: str) -> None:
        if checked is not None and checked > today:
            problems.append(Problem(file, path, checked,
                                    f"is in the future (today is {today.isoformat()}); "
                                    "a checked date is when the figure was last read"))
        elif checked is not None and checked < oldest:
            problems.append(Problem(file, path, checked,
                                    f"checked more than {max_age_days} days ago; re-check it"))

    for model, file, path in models:
        if not model.sources:
            problems.append(Problem(file, f"{path}.sources", NO_VALUE,
                                    "a model needs `sources`: where its facts were read"))
        if model.checked is None:
            problems.append(Problem(file, f"{path}.checked", NO_VALUE,
                                    "a model needs a `checked` date"))
        stale(model.checked, file, f"{path}.checked")
        if model.released is not None and model.released > today:
            problems.append(Problem(file, f"{path}.released", model.released,
                                    f"is in the future (today is {today.isoformat()})"))
        problems.extend(_stamp_problems(model, file, path))
        if model.knowledge_cutoff is not None and not _cutoff_ok(model.knowledge_cutoff, today):
            problems.append(Problem(file, f"{path}.knowledge_cutoff", model.knowledge_cutoff,
                                    "expected a past date as YYYY, YYYY-MM or YYYY-MM-DD"))
        if not model.routes:
            problems.append(Problem(file, f"{path}.routes", NO_VALUE,
                                    f"model {model.id!r} has no provider route"))
        if not model.scores:
            problems.append(Problem(file, f"{path}.scores", NO_VALUE,
                                    f"model {model.id!r} has no benchmark score"))
        for i, score in enumerate(model.scores):
            if not score.source:
                problems.append(Problem(file, f"{path}.scores[{i}].source", NO_VALUE,
                                        "a score needs the URL it was read from"))
            if score.checked is None:
                problems.append(Problem(file, f"{path}.scores[{i}].checked", NO_VALUE,
                                        "a score needs a `checked` date: when its figure was "
                                        "last read against its source"))
            stale(score.checked, file, f"{path}.scores[{i}].checked")
        for i, route in enumerate(model.routes):
            if not _superseded(route, model.routes, today):  # a past price: nothing to re-read
                stale(route.checked, file, f"{path}.routes[{i}].checked")
            if model.released is not None and route.checked < model.released:
                problems.append(Problem(
                    file, f"{path}.routes[{i}].checked", route.checked,
                    f"is before the model's release ({model.released.isoformat()}): a price "
                    "cannot be read before its model existed; the date is not when this price "
                    "was read"))
            problems.extend(_pricing_problems(route, file, f"{path}.routes[{i}]"))
            if (route.context_window is not None and model.context_window is not None
                    and route.context_window > model.context_window):
                problems.append(Problem(
                    file, f"{path}.routes[{i}].context_window", route.context_window,
                    f"exceeds the model's own context window ({model.context_window})"))
        # a part above its whole: (field, value, whole, equal too, what is wrong, given the whole)
        for field, value, whole, equal, said in (
                ("max_input_tokens", model.max_input_tokens, model.context_window, True,
                 ("is not below the model's context window ({}): record an input limit only "
                  "where it is lower")),
                ("active_parameters_b", model.active_parameters_b, model.parameters_b, False,
                 ("exceeds the model's total parameters_b ({}): the parameters active per token "
                  "are a part of the total")),
                ("max_output_tokens", model.max_output_tokens, model.context_window, False,
                 ("exceeds the model's context window ({}), which the prompt and the output "
                  "share: a listing's cap, not the model's"))):
            if value is not None and whole is not None and (value > whole
                                                            or (equal and value == whole)):
                shown = f"{whole:f}" if isinstance(whole, Decimal) else str(whole)
                problems.append(Problem(file, f"{path}.{field}", value, said.format(shown)))
    return problems


def _stamp_problems(model: Model, file: str, path: str) -> list[Problem]:
    """A release date outside the month the model's id is stamped with (review 25, P2).

    Before the stamp's month the model could not exist; :data:`STAMP_LAG_MONTHS` or more after
    it, the date is most likely a reseller's listing day, not the maker's release.

    Examples:
        >>> late = Model(id="magistral-small-2506", name="M", released=dt.date(2025, 9, 25))
        >>> print(_stamp_problems(late, "m.toml", "models[0]")[0].message[:72])
        is 3 months after June 2025, the month the id magistral-small-2506 is st
        >>> import attrs
        >>> _stamp_problems(attrs.evolve(late, released=dt.date(2025, 6, 10)), "m.toml", "m")
        []
    """
    stamp = id_stamp(model.id)
    if stamp is None or model.released is None:
        return []
    lag = (model.released.year - stamp[0]) * 12 + model.released.month - stamp[1]
    month = dt.date(stamp[0], stamp[1], 1).strftime("%B %Y")
    said = f"the month the id {model.id} is stamped with"
    if lag < 0:
        why = f"is before {month}, {said}: the model did not exist yet"
    elif lag >= STAMP_LAG_MONTHS:
        why = (f"is {lag} months after {month}, {said}: a listing's day, most likely, not the "
               "maker's release; give the date the maker's card or post gives")
    else:
        return []
    return [Problem(file, f"{path}.released", model.released, why)]


def _superseded(route: ProviderRoute, routes: Iterable[ProviderRoute], today: dt.date) -> bool:
    """Whether a later price of the route's history is in force by ``today``.

    Such a price is past (review 24, P4: o3's $10/$40 before its cut of 2025-06-10): there is
    nothing to re-check.
    """
    start = route.effective_from or dt.date.min
    return any(other.provider == route.provider
               and other.provider_model_id == route.provider_model_id
               and other.effective_from is not None and start < other.effective_from <= today
               for other in routes)


def provider_problems(providers: Iterable[tuple[Provider, str, str]]) -> list[Problem]:
    """The strict problems of ``providers``, given as ``(provider, file, key path)`` triples.

    A first-party provider that lists no ``vendors`` loads, but is no model's maker: every route
    on it counts as a reseller's, in price ties and under the default route policy, which a
    maintainer who set ``tier = "first-party"`` hardly means. Its ``vendors``, like every other
    figure, needs a source and a checked date (``vendors_source``, ``vendors_checked``).

    Examples:
        >>> lab = Provider(id="lab", name="Lab", tier=ProviderTier.FIRST_PARTY)
        >>> [str(p) for p in provider_problems([(lab, "p.toml", "providers[0]")])][0][:65]
        "p.toml: providers[0].tier = 'first-party': a first-party provider"
        >>> provider_problems([(Provider(id="h", name="H"), "p.toml", "providers[1]")])
        []
    """
    problems: list[Problem] = []
    for provider, file, path in providers:
        if provider.tier is ProviderTier.FIRST_PARTY and not provider.vendors:
            problems.append(Problem(
                file, f"{path}.tier", provider.tier.value,
                "a first-party provider without `vendors` is no model's maker (its routes "
                "count as a reseller's); list the vendors whose models it makes, as the "
                'models name their vendor (vendors = ["Acme"]), or give it another tier'))
        if provider.vendors and not provider.vendors_source:
            problems.append(Problem(file, f"{path}.vendors_source", NO_VALUE,
                                    "`vendors` needs a `vendors_source`: the document that "
                                    "says whose models the provider makes"))
        if provider.vendors and provider.vendors_checked is None:
            problems.append(Problem(file, f"{path}.vendors_checked", NO_VALUE,
                                    "`vendors` needs a `vendors_checked` date"))
    return problems


def _pricing_problems(route: ProviderRoute, file: str, path: str) -> list[Problem]:
    """A lone zero: a price written 0 beside a non-zero one, on a route not marked free.

    Absent is unknown, never zero: a source that writes 0 for a price it does not know makes a
    paid route look half free.
    """
    if route.input is None or route.output is None or route.status is RouteStatus.FREE_TIER:
        return []
    if (route.input == 0) == (route.output == 0):
        return []
    side, value = ("input", route.input) if route.input == 0 else ("output", route.output)
    return [Problem(file, f"{path}.{side}", value,
                    "a lone zero beside a non-zero price: leave the key out when the price is "
                    "unknown, or set status = \"free-tier\" when it is really free")]
