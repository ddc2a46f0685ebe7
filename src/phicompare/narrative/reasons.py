"""The claims that explain a ranking: why each candidate of a recommendation stands where it does.

:func:`explain` turns a :class:`~phicompare.analysis.recommend.Recommendation` into
:class:`~phicompare.narrative.claims.Claim` s (text, evidence, checks) whose paths resolve in the
recommendation (``candidates[0].estimate.monthly``); :func:`check_reasons` re-derives them. Like
the rest of the narrative it reads no catalog and computes no numbers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, cast

import attrs

from phicompare.analysis.facts import STALE_PRICE_DAYS
from phicompare.analysis.ranking import OrderBasis
from phicompare.analysis.requirements import Fit, RequirementKind
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, reprs
from .benchmarks import setting_label
from .bill_prices import bill_prices
from .bills import maker_checks
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .free_picks import free_tiers_claim
from .later_picks import later_claim, later_words
from .listed_name import name_evidence
from .met_words import met_words
from .only_flag import only_flag
from .output_claims import claim_basis, claim_words, over
from .paths import FactPath
from .pick_close import close_after_first, close_words, limit_claim
from .priority_lines import priority_lines, priority_notes
from .reason_check import check_reasons
from .release_unknown import release_unknown_claim
from .ruled_out import ruled_out_claim
from .traffic_words import share_words, traffic_text

if TYPE_CHECKING:

    from phicompare.analysis.recommend import Candidate, Recommendation
    from phicompare.analysis.requirements import RequirementCheck

__all__ = ["Reasons", "check_reasons", "explain"]

_RULE_OUT_ROUTES = frozenset({RequirementKind.CAPABILITY, RequirementKind.MIN_CONTEXT,
                              RequirementKind.PROVIDERS, RequirementKind.RELEASED})
"""Failed requirements that leave a model no eligible route: its route claim would repeat them."""


@attrs.frozen(kw_only=True)
class Reasons:
    """A recommendation's claims: the summary, each candidate's and each rejected model's.

    ``candidates`` is aligned with the recommendation's ``candidates``, ``rejected`` with its
    ``rejected``.

    Examples:
        >>> from phicompare import recommend
        >>> [name for name, _ in recommend(limit=2).reasons.sections()]
        ['summary', 'candidate 0', 'candidate 1']
    """

    __repr__ = reprs.reasons

    summary: tuple[Claim, ...]
    candidates: tuple[tuple[Claim, ...], ...]
    rejected: tuple[tuple[Claim, ...], ...]
    notes: tuple[Claim, ...] = ()
    """Said once under the list, of every candidate: a priority benchmark none has a score on."""

    def sections(self) -> list[tuple[str, tuple[Claim, ...]]]:
        """(section name, claims) pairs, in order (see the class example)."""
        return [("summary", self.summary), *([("notes", self.notes)] if self.notes else []),
                *((f"candidate {i}", c) for i, c in enumerate(self.candidates)),
                *((f"rejected {i}", c) for i, c in enumerate(self.rejected))]


def _ev(path: str, value: object, shown: str | None = None,
        kind: EvidenceKind = EvidenceKind.TEXT, source: str | None = None) -> Evidence:
    return Evidence(FactPath(path), value, shown, kind, source)


def _paths(*paths: str) -> tuple[FactPath, ...]:
    """Paths into a recommendation (``candidates[0].estimate.monthly``)."""
    return tuple(FactPath(path) for path in paths)


def _money(path: str, value: Decimal) -> Evidence:
    return _ev(path, value, fmt.money(value), EvidenceKind.MONEY)


def explain(r: Recommendation) -> Reasons:
    """Every claim of a recommendation.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> r = recommend(licenses=["Apache-2.0"], as_of=dt.date(2026, 11, 25), limit=1)
        >>> for claim in explain(r).candidates[0][:2]:
        ...     print(claim.text)  # doctest: +NORMALIZE_WHITESPACE
        Mistral Nemo: $23.50 a month on OpenRouter, at $0.02 input and $0.03 output per 1M
        tokens.
        Meets each requirement: released 2024-07-18, licence Apache-2.0.
    """
    return Reasons(summary=_summary(r),
                   candidates=tuple(_candidate(r, i) for i in range(len(r.candidates))),
                   rejected=tuple(_rejected(r, i) for i in range(len(r.rejected))),
                   notes=priority_notes(r))


def _traffic(r: Recommendation) -> tuple[str, list[Evidence]]:
    t = r.traffic
    text = traffic_text(t)  # ("about" where a count is rounded)
    count = EvidenceKind.COUNT
    evidence = [_ev("traffic.input_tokens", t.input_tokens, fmt.big_count(t.input_tokens), count),
                _ev("traffic.output_tokens", t.output_tokens, fmt.big_count(t.output_tokens),
                    count)]
    notes = []
    if t.requests is not None:
        # to the request, as a comparison's assumptions give it: 9,990 is not "10K"
        notes.append(f"{fmt.exact_tokens(t.requests)} request{'s' * (t.requests != 1)}")
        evidence.append(_ev("traffic.requests", t.requests, fmt.exact_tokens(t.requests),
                            EvidenceKind.TOKENS_EXACT))
    for share, words, field in share_words(t):  # the bills' terms (API review 15, A8)
        notes.append(f"{fmt.percent(share)} {words}")
        evidence.append(_ev(f"traffic.{field}", share, fmt.percent(share), EvidenceKind.PERCENT))
    return text + (f" ({'; '.join(notes)})" if notes else ""), evidence


def _summary(r: Recommendation) -> tuple[Claim, ...]:
    traffic, evidence = _traffic(r)
    day = fmt.date(r.as_of)
    evidence += [_ev("as_of", r.as_of, day, EvidenceKind.DATE),
                 _ev("considered", r.considered, fmt.count_word(r.considered),
                     EvidenceKind.COUNT_WORD),
                 _ev("matched", r.matched, None if r.matched == 0 else fmt.count_word(r.matched),
                     EvidenceKind.COUNT_WORD)]
    # counts as every sentence writes them: "the three models", "1,005" (helper fixS)
    models = fmt.plural(r.considered, "model")
    if r.matched == 0:
        lead = f"Of the {models}, none meets every requirement"
    else:
        # "Of the 909 models, 829 meet ...": a numeral opens no sentence (review 15 leftovers, R2)
        lead = (f"Of the {models}, {fmt.count_word(r.matched)} "
                f"meet{'s' * (r.matched == 1)} every requirement")
    claims = [Claim(key="summary:matched", text=f"{lead} at {traffic}, on the routes in service on "
                    f"{day} at their prices as last checked.", evidence=tuple(evidence))]
    if (later := later_claim(r)) is not None:  # (ranked on prices checked after it: review 29)
        claims.append(later)
    if r.matched == 0 and len(r.ruled_out_alone) > 1:  # what to relax (review 27, P10)
        claims.append(ruled_out_claim(r))
    if len(r.candidates) < r.matched:  # (near or equal bills the limit cuts said: fixW)
        claims.append(limit_claim(r))
    if r.free_tiers:
        claims.append(free_tiers_claim(r))
    if r.release_unknown_count:  # (left out by the day asked, unknown: API review 14, A1)
        claims.append(release_unknown_claim(r))
    return tuple(claims)


def _candidate(r: Recommendation, i: int) -> tuple[Claim, ...]:
    c = r.candidates[i]
    p = f"candidates[{i}]"
    name = r.names[c.model.id]  # (with its id where another listed model shares it)
    route, monthly = c.route, c.monthly
    price_in, price_out = c.estimate.input_price, c.estimate.output_price
    if route is None or monthly is None or price_in is None or price_out is None:
        return ()  # pragma: no cover - a candidate always has a priced route
    provider = c.provider_name or route.provider
    # a closed model billed on a reseller says why, as the comparison's cost section does (F34)
    flag = "fallback" if c.estimate.fallback else "reseller_bill" if c.estimate.reseller_bill \
        else None
    why = f"; {c.estimate.choice}" if flag is not None and c.estimate.choice else ""
    # responses (requests) longer than the model's own output limit (window): the bill rests
    # on the listing's (H8, I9)
    found = over(c.estimate, c.model, r.traffic)
    claimed = ([], ()) if found is None else claim_basis(found, lambda o: cast(
        "tuple[FactPath, FactPath, FactPath]", _paths(
            f"{p}.estimate.{o.fields[0]}", f"{p}.model.{o.fields[1]}", f"traffic.{o.fields[2]}")))
    why += "" if found is None else f"; the bill is on {claim_words(found)}"
    # a price checked long ago is dated, as the comparison's cost section dates it (review 21, P8)
    old = next((j for j, row in enumerate(c.routes) if row.stale
                and (row.route is route or row.route == route)), None)
    dated = "" if old is None else (f"; prices as last checked on {fmt.date(route.checked)}, "
                                    f"more than {STALE_PRICE_DAYS} days before {fmt.date(r.as_of)}")
    # a price checked after the date, undated: what it cost then is not recorded (review 29, F2)
    after, after_evidence, after_checks = later_words(r, i)
    dated += after
    # every price the bill adds up to, and the notes on those not listed (review 16, P2)
    quoted, priced = bill_prices(c.estimate, f"{p}.estimate")
    claims = [Claim(
        key=f"cost:{c.model.id}",
        text=f"{name}: {fmt.money(monthly)} a month on {provider}, at {quoted}{dated}{why}.",
        evidence=(*name_evidence(f"{p}.model", c.model, name),
                  _ev(f"{p}.estimate.monthly", monthly, fmt.money(monthly), EvidenceKind.MONEY,
                      route.source),
                  _ev(f"{p}.estimate.provider_name", provider, provider), *priced,
                  *([_ev(f"{p}.estimate.choice", c.estimate.choice, c.estimate.choice)]
                    if flag is not None and c.estimate.choice else []), *claimed[0],
                  *([] if old is None else [
                      _ev(f"{p}.estimate.route.checked", route.checked,
                          fmt.date(route.checked), EvidenceKind.DATE),
                      _ev("as_of", r.as_of, fmt.date(r.as_of), EvidenceKind.DATE)]),
                  *after_evidence),
        checks=(Check(op=CheckOp.KNOWN, paths=_paths(f"{p}.estimate.monthly",)),
                *([Check(op=CheckOp.TRUE, paths=_paths(f"{p}.estimate.{flag}"))]
                  if flag is not None and c.estimate.choice else []),
                # (a fallback's words on its maker: on record, or not)
                *(maker_checks(c.model, FactPath(f"{p}.model.vendor"),
                               FactPath(f"{p}.model.vendor_inferred"))
                  if flag == "fallback" and c.estimate.choice else ()), *claimed[1],
                *([] if old is None else [Check(op=CheckOp.TRUE,
                                                paths=_paths(f"{p}.routes[{old}].stale"))]),
                *after_checks))]
    met = [(k, check) for k, check in enumerate(c.checks)
           if check.requirement.kind not in (RequirementKind.ROUTE, RequirementKind.BUDGET)]
    if met:
        parts: list[str] = []
        evidence: list[Evidence] = []
        wide: list[Check] = []
        for k, check in met:
            text, shown, own = met_words(check, provider, c.model, c.routes, route.context_window)
            if text.endswith(f" offered on {provider}"):  # the only provider to flag it (fixAE)
                text, flags = only_flag(text, provider, c.routes, check.requirement.value, p)
                evidence, wide = [*evidence, *flags.evidence], [*wide, *flags.checks]
            parts.append(text)
            if shown is not None and route.context_window is None:  # the model's, not the route's
                path = _paths(f"{p}.estimate.route.context_window")
                wide.append(Check(op=CheckOp.NONE, paths=path))
                evidence.append(_ev(path[0], None))
            evidence.append(_ev(f"{p}.checks[{k}].fit", check.fit))
            if shown is not None:
                evidence.append(_ev(f"{p}.checks[{k}].actual", check.actual, shown,
                                    EvidenceKind.TOKENS_EXACT))
            if own is not None:  # a listing above the model's own window counts it (F9)
                pair = _paths(f"{p}.model.context_window", f"{p}.estimate.route.context_window")
                evidence.append(_ev(pair[0], own, fmt.exact_tokens(own),
                                    EvidenceKind.TOKENS_EXACT))
                evidence.append(_ev(pair[1], route.context_window,
                                    fmt.exact_tokens(int(route.context_window or 0)),
                                    EvidenceKind.TOKENS_EXACT))
                wide.append(Check(op=CheckOp.LESS, paths=pair))
        claims.append(Claim(
            key=f"requirements:{c.model.id}", text=f"Meets each requirement: {', '.join(parts)}.",
            evidence=tuple(evidence),
            checks=(*(Check(op=CheckOp.IN, paths=_paths(f"{p}.checks[{k}].fit"),
                            values=(Fit.MET.value,)) for k, _ in met), *wide)))
    if r.budget is not None:
        at = monthly == r.budget
        claims.append(Claim(
            key=f"budget:{c.model.id}",
            text=f"{'Exactly at' if at else 'Within'} the {fmt.money(r.budget)} monthly budget.",
            evidence=(_money("budget", r.budget), _ev(f"{p}.estimate.monthly", monthly)),
            checks=(Check(op=CheckOp.EQUAL if at else CheckOp.LESS,
                          paths=_paths(f"{p}.estimate.monthly", "budget")),)))
    claims.append(_rank(r, i))
    claims.extend(priority_lines(r, i))
    return tuple(claims)


def _rank(r: Recommendation, i: int) -> Claim:
    c = r.candidates[i]
    p = f"candidates[{i}]"
    key = f"rank:{c.model.id}"
    if i == 0:
        if r.matched == 1:  # (not "the only model listed": the limit is a display's)
            return Claim(key=key, text="Ranked first: the only model that meets every "
                                       "requirement.",
                         evidence=(_ev(f"{p}.rank", c.rank), _ev("matched", r.matched)),
                         checks=(Check(op=CheckOp.IN, paths=_paths(f"{p}.rank",), values=("1",)),
                                 Check(op=CheckOp.IN, paths=_paths("matched"), values=("1",))))
        # the next bills within the comparison's materiality share said so (review 16, P4),
        # judged over the matched models, the listed or not (review 17, P2)
        close, shown, within = close_after_first(r)
        nexts = [*(("candidates[1]", n) for n in r.candidates[1:2]),
                 *(("close_unlisted[0]", n) for n in r.close_unlisted[:1])][:1]
        after = [Check(op=CheckOp.EQUAL if n.monthly == c.monthly else CheckOp.LESS,
                       paths=_paths(f"{p}.estimate.monthly", f"{at}.estimate.monthly"))
                 for at, n in nexts] or [Check(op=CheckOp.IN, paths=_paths(f"{p}.rank"),
                                               values=("1",))]
        # (a free tier is never ranked: recommend() lists free tiers apart, F27)
        return Claim(key=key,
                     text=f"Ranked first: no model that meets every requirement costs less{close}.",
                     evidence=(_ev(f"{p}.rank", c.rank), _ev("matched", r.matched), *shown),
                     checks=(*after, _priced(p), *within))
    before = r.candidates[i - 1]
    q = f"candidates[{i - 1}]"
    first = r.names[r.candidates[0].model.id]
    place = c.placement
    rank = fmt.capitalize(f"ranked {fmt.ordinal(i + 1)}")
    same = Check(op=CheckOp.EQUAL, paths=_paths(f"{q}.estimate.monthly", f"{p}.estimate.monthly"))
    if place is None or place.basis is OrderBasis.COST:
        gap = c.shown_gap if c.shown_gap is not None else Decimal(0)  # (as the bills print)
        # bills that print alike differ by less than a cent, never "$0.00 a month more"
        more = (f"{fmt.money(gap)} a month more than {first}" if gap else
                f"the same printed bill as {first}, less than a cent a month more before "
                "rounding")
        # within the materiality share of the first's bill: about the same cost (P4)
        close, shown, within = close_words(r, i) if gap else ("", (), ())
        return Claim(key=key, text=f"{rank}: {more}{close}.",
                     evidence=(_money(f"{p}.shown_gap", gap) if gap else
                               _ev(f"{p}.shown_gap", gap),
                               *name_evidence("candidates[0].model", r.candidates[0].model,
                                              first), *shown),
                     checks=(Check(op=CheckOp.LESS, paths=_paths(f"{q}.estimate.monthly",
                                                  f"{p}.estimate.monthly")), *within))
    if place.basis is OrderBasis.PRICE:  # bills of no tokens, by price (review 40, #3)
        low, high = before.estimate.blended, c.estimate.blended
        if low is None or high is None:  # pragma: no cover - only priced bills are ordered so
            return Claim(key=key, text=f"{rank}.", evidence=(_ev(f"{p}.rank", c.rank),))
        name = r.names[before.model.id]
        places = max(fmt.price_places(low), fmt.price_places(high))  # (side by side: one precision)
        kind = {3: EvidenceKind.PRICE_3, 4: EvidenceKind.PRICE_4}.get(places, EvidenceKind.PRICE)
        shown_a, shown_b = fmt.price(low, places), fmt.price(high, places)
        return Claim(
            key=key,
            text=(f"{rank}: the same bill as {name} with no tokens to price, at a higher "
                  f"blended price, {shown_b} per 1M tokens against {shown_a}."),
            evidence=(*name_evidence(f"{q}.model", before.model, name),
                      _ev(f"{p}.estimate.blended", high, shown_b, kind),
                      _ev(f"{q}.estimate.blended", low, shown_a, kind)),
            checks=(same, Check(op=CheckOp.LESS, paths=_paths(f"{q}.estimate.blended",
                                                              f"{p}.estimate.blended"))))
    if place.basis is OrderBasis.BENCHMARK:
        j = next(k for k, s in enumerate(c.priorities) if s.benchmark.id == place.benchmark)
        mine, theirs = c.priorities[j], before.priorities[j]
        if mine.score is None or theirs.score is None:  # pragma: no cover - usable ones have both
            return Claim(key=key, text=f"{rank}.", evidence=(_ev(f"{p}.rank", c.rank),))
        label = setting_label(mine.benchmark.label, mine.score.setting)
        a, b = fmt.points(theirs.score.score), fmt.points(mine.score.score)
        op = CheckOp.GREATER if mine.benchmark.higher_is_better else CheckOp.LESS
        return Claim(
            key=key,
            text=(f"{rank}: the same bill as {r.names[before.model.id]}, which scores {a} on "
                  f"{label} against {b}."),
            evidence=(*name_evidence(f"{q}.model", before.model, r.names[before.model.id]),
                      _ev(f"{q}.priorities[{j}].score.score", theirs.score.score, a,
                          EvidenceKind.POINTS, theirs.score.source),
                      _ev(f"{p}.priorities[{j}].score.score", mine.score.score, b,
                          EvidenceKind.POINTS, mine.score.source)),
            checks=(same, Check(op=op, paths=_paths(f"{q}.priorities[{j}].score.score",
                                              f"{p}.priorities[{j}].score.score"))))
    # the ids that order them are shown (only names are printed); where a priority line
    # follows to say why the benchmark could not order them, this line does not say it first
    # (review 23, P10)
    why = "" if place.unusable else ", and no priority benchmark orders them"
    return Claim(
        key=key,
        text=(f"{rank}: the same bill as {r.names[before.model.id]}{why}, so they are listed "
              f"by id ({before.model.id} before {c.model.id})."),
        evidence=(*name_evidence(f"{q}.model", before.model, r.names[before.model.id]),
                  _ev(f"{q}.model.id", before.model.id, before.model.id),
                  _ev(f"{p}.model.id", c.model.id, c.model.id)),
        checks=(same,))


def _priced(p: str) -> Check:
    """A check that the candidate at ``p`` is billed at a price, not on a free tier."""
    return Check(op=CheckOp.IN, paths=_paths(f"{p}.estimate.route.status"),
                 values=tuple(s.value for s in RouteStatus if s is not RouteStatus.FREE_TIER))


def _rejected(r: Recommendation, i: int) -> tuple[Claim, ...]:
    c = r.rejected[i]
    p = f"rejected[{i}]"
    name = r.names[c.model.id]
    claims = []
    failed = {k.requirement.kind for k in c.failures if k.fit is Fit.NOT_MET
              or k.requirement.kind is not RequirementKind.RELEASED}  # (a later release, A1)
    for k, check in enumerate(c.checks):
        kind = check.requirement.kind
        if check.fit is Fit.MET or (kind is RequirementKind.BUDGET
                                    and RequirementKind.ROUTE in failed):
            continue  # (no bill: the route claim says why)
        if kind is RequirementKind.ROUTE and failed & _RULE_OUT_ROUTES:
            continue  # no eligible route follows from the requirement already stated
        text, evidence, checks = _failure(c, check, f"{p}.checks[{k}]", r)
        claims.append(Claim(
            key=f"rejected:{c.model.id}:{kind.value}:{check.requirement.value}",
            text=f"{name}: {text}.",
            evidence=(*name_evidence(f"{p}.model", c.model, name),
                      _ev(f"{p}.checks[{k}].fit", check.fit),
                      *evidence),
            checks=(Check(op=CheckOp.IN, paths=_paths(f"{p}.checks[{k}].fit"),
                          values=(check.fit.value,)), *checks)))
    return tuple(claims)


def _failure(c: Candidate, check: RequirementCheck, path: str,
             r: Recommendation) -> tuple[str, tuple[Evidence, ...], tuple[Check, ...]]:
    kind, value = check.requirement.kind, check.requirement.value or ""
    unknown = check.fit is Fit.UNKNOWN
    if kind is RequirementKind.CAPABILITY:
        label = value.replace("_", " ")
        said = f"{label} not documented" if unknown else f"documents no {label}"
        # (only routes on providers the filters leave out flag it: the check's reason says so)
        return (said if check.reason is None else f"{said}; {check.reason}"), (), ()
    if kind is RequirementKind.MIN_CONTEXT:
        if unknown:
            return "context window not yet sourced", (), (Check(op=CheckOp.NONE, paths=_paths(
                f"{path}.actual",)),)
        shown, asked = fmt.tokens(int(check.actual or 0)), fmt.tokens(int(value))
        return (f"a context window of {shown} tokens, under the {asked} asked",
                (_ev(f"{path}.actual", check.actual, shown, EvidenceKind.TOKENS_TEXT),
                 _ev(f"{path}.requirement.value", value, asked, EvidenceKind.TOKENS_TEXT)), ())
    if kind is RequirementKind.OPEN_WEIGHTS:
        if unknown:
            return "whether its weights are published is not yet sourced", (), ()
        return ("does not publish its weights" if value == "yes"
                else "publishes its weights"), (), ()
    if kind is RequirementKind.LICENSE:
        if unknown:
            return "licence not yet sourced", (), ()
        return (f"licence {check.actual}, not among those allowed ({value})",
                (_ev(f"{path}.actual", check.actual, check.actual),), ())
    if kind is RequirementKind.PROVIDERS:
        return "no route on a provider allowed", (), ()
    if kind is RequirementKind.RELEASED:  # unknown is never met (API review 14, A1)
        return (f"release date not yet sourced, and no route listed by {value}" if unknown
                else f"not released until {check.actual}, after {value}"), (), ()
    if kind is RequirementKind.ROUTE:
        why = check.reason or "no eligible route"
        return why, (_ev(f"{path}.reason", check.reason, check.reason),), ()
    monthly = c.monthly if c.monthly is not None else Decimal(0)
    budget = r.budget if r.budget is not None else Decimal(0)
    bill = f"{path.split('.', maxsplit=1)[0]}.estimate.monthly"
    return (f"{fmt.money(monthly)} a month, over the {fmt.money(budget)} budget",
            (_money(bill, monthly), _money("budget", budget)),
            (Check(op=CheckOp.GREATER, paths=_paths(bill, "budget")),))
