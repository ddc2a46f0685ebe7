"""The deep dive's notes on a model's routes that retire: what bills it next, and which retire.

The route behind the bill is the cost section's to date; once it retires, the bill moves to the
route :attr:`~phicompare.analysis.facts.CostFacts.after_retirement` names, and where that route
retires too, the note says so beside it: "Once Microsoft Foundry's route behind o1's bill
retires, the bill would be $24,700.00 a month on Poe, whose route retires on 2026-11-19" (review
35, #4: Poe's retirement was said only as the tenth of eleven sentences alike). The other routes
retiring on one day are one sentence, whoever's they are: "Cloudflare AI Gateway's, Helicone's
and Poe's routes for o1 retire on 2026-11-19, 82 days after 2026-08-29" (review 35, #4), and two
of one provider's routes read "Mistral's two routes for Mistral Nemo retire on ...".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from phicompare.analysis.choice import maker_on_record
from phicompare.analysis.facts import CostEstimate, RouteRow
from phicompare.domain.pricing import ProviderRoute

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind
from .drafts import Draft

__all__ = ["billed", "retire_drafts"]


def billed(row: RouteRow, route: ProviderRoute | None) -> bool:
    """Whether ``row`` is the route ``route`` (the same route, or an equal one read back)."""
    return route is not None and (row.route is route or row.route == route)


def retire_drafts(rows: Sequence[RouteRow], name: str, as_of: dt.date,
                  bill: ProviderRoute | None, after: CostEstimate | None) -> list[Draft]:
    """The notes on model ``name``'s route rows ``rows`` that retire, but the bill's own date.

    ``bill``: the route behind the model's bill (its date is the cost section's); ``after``:
    the bill once that route retires (``None`` where it does not retire soon). A route that
    bills the model then, and retires too, is dated in that note and not again.
    """
    at = next((j for j, row in enumerate(rows) if billed(row, bill)), None)
    drafts: list[Draft] = []
    then = None
    if after is not None and at is not None:
        then = next((j for j, row in enumerate(rows) if after.monthly is not None
                     and billed(row, after.route) and row.route.retires is not None
                     and row.days_to_retirement is not None), None)
        drafts.append(_bill_after(rows, at, then, name, after))
    soon: dict[tuple[dt.date, int], list[int]] = {}  # the day, the days to it -> the rows
    for j, row in enumerate(rows):
        days, retires = row.days_to_retirement, row.route.retires
        if days is not None and retires is not None and j != then and not billed(row, bill):
            soon.setdefault((retires, days), []).append(j)
    drafts += [_retires(rows, js, name, as_of, when) for when, js in soon.items()]
    return drafts


def _bill_after(rows: Sequence[RouteRow], j: int, then: int | None, name: str,
                after: CostEstimate) -> Draft:
    """What bills the model once the route behind its bill, row ``j``, retires (soon).

    "Once OpenAI's route behind o3's bill retires, the bill would be $3,240.00 a month on Poe",
    "..., on Poe, whose route retires on 2026-11-19" where that route, row ``then``, retires
    too, or "..., no eligible route is left to bill Model Two": the estimate on the retirement
    day, as a page dated that day gives it. The bill's own date is the cost section's to say.
    """
    provider = rows[j].provider_name
    retires = None if then is None else rows[then].route.retires
    whose = "" if retires is None else f", whose route retires on {fmt.date(retires)}"
    # a closed-weight model's bill on a reseller then: why, as its cost section would say
    # (review 40: "..., on Poe" never said that no route of its maker or a cloud is left)
    fell = after.monthly is not None and after.fallback
    if fell:
        whose += (", as no route from " + ("its maker or from " if maker_on_record(after.model)
                                           else "") + "a major cloud or platform would be eligible")
    text = (f"the bill would be {fmt.money(after.monthly)} a month on {after.provider_name}"
            f"{whose}" if after.monthly is not None
            else f"no eligible route is left to bill {name}")

    def basis(i: int, ks: tuple[int, ...]) -> Basis:
        k = ks[j]
        evidence = [Evidence(paths.route(k, "provider_name"), provider, provider),
                    *([Evidence(paths.after_retirement(i, "monthly"), after.monthly,
                                fmt.money(after.monthly), EvidenceKind.MONEY),
                       Evidence(paths.after_retirement(i, "provider_name"),
                                after.provider_name, after.provider_name)]
                      if after.monthly is not None else
                      [Evidence(paths.after_retirement(i, "monthly"), None)])]
        checks = [Check(op=CheckOp.KNOWN if after.monthly is not None else CheckOp.NONE,
                        paths=(paths.after_retirement(i, "monthly"),)),
                  Check(op=CheckOp.KNOWN, paths=(paths.route(k, "days_to_retirement"),)),
                  Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "route.retires"),
                                                 paths.route(k, "route.retires"))),
                  Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                                 paths.route(k, "provider_name")))]
        if fell:
            checks.append(Check(op=CheckOp.TRUE, paths=(paths.after_retirement(i, "fallback"),)))
        if then is not None and retires is not None:  # the next route's own date
            evidence.append(Evidence(paths.route(ks[then], "route.retires"), retires,
                                     fmt.date(retires), EvidenceKind.DATE))
            checks += [Check(op=CheckOp.EQUAL, paths=(paths.after_retirement(i, "route.retires"),
                                                      paths.route(ks[then], "route.retires"))),
                       Check(op=CheckOp.EQUAL, paths=(paths.after_retirement(i, "provider_name"),
                                                      paths.route(ks[then], "provider_name")))]
        return Basis(tuple(evidence), tuple(checks))

    return Draft("bill-after", f"Once {provider}'s route behind {name}'s bill retires, {text}.",
                 basis, row=j)


def _retires(rows: Sequence[RouteRow], js: Sequence[int], name: str, as_of: dt.date,
             when: tuple[dt.date, int]) -> Draft:
    """That the model's route rows ``js`` retire ``when`` (on a date, in days): one sentence.

    One route reads "Mistral's route for Mistral Nemo retires on ..."; two of one provider's
    (Mistral's ``mistral-nemo`` and ``open-mistral-nemo``) "Mistral's two routes for Mistral
    Nemo retire on ..."; several providers' "A's, B's and C's routes for o1 retire on ...". The
    key names the first row.
    """
    retires, days = when
    day, shown = fmt.date(as_of), fmt.date(retires)
    providers = list(dict.fromkeys(rows[j].provider_name for j in js))
    whose = fmt.join_words([f"{p}'s" for p in providers])
    routes = ("route for", "retires") if len(js) == 1 else \
        (f"{fmt.count_word(len(js))} routes for" if len(providers) == 1 else "routes for",
         "retire")
    return Draft(
        "retires",
        f"{whose} {routes[0]} {name} {routes[1]} on {shown}, "
        f"{fmt.plural(days, 'day')} after {day}.",
        lambda _, ks: Basis(
            (*(e for j in js for e in (
                Evidence(paths.route(ks[j], "provider_name"), rows[j].provider_name,
                         rows[j].provider_name),
                Evidence(paths.route(ks[j], "route.retires"), retires, shown, EvidenceKind.DATE),
                Evidence(paths.route(ks[j], "days_to_retirement"), days))),
             Evidence(paths.AS_OF, as_of, day, EvidenceKind.DATE)),
            tuple(Check(op=CheckOp.KNOWN, paths=(paths.route(ks[j], "days_to_retirement"),))
                  for j in js)),
        row=js[0])
