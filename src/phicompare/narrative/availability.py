"""Claims about where each model runs: its providers (the FAQ) and its routes (the deep dive).

Those about one model's routes are drafts (:class:`~phicompare.narrative.drafts.Draft`): their
text is the model's alone, their evidence names its rows wherever they stand in ``routes``.
How a model has each capability, in words, is :mod:`~phicompare.narrative.offers`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from phicompare.analysis.facts import STALE_PRICE_DAYS, RouteRow
from phicompare.analysis.routes import PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED, filter_unfit
from phicompare.analysis.workload import Unfit
from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context, capability_label
from .drafts import Draft
from .over_input import limit_basis, over_input
from .retire_notes import billed as is_billed, retire_drafts
from .standing import dated, lacking, unfit_phrase
from .unsupported import support_basis, support_facts, unsupported, unsupported_words

__all__ = ["availability_draft", "note_drafts", "stale_once", "where_draft"]


def where_draft(x: Context, i: int) -> Draft:
    """Where model ``i`` runs, by provider, with statuses other than generally available."""
    rows = x.c.route_groups[i][0]
    name = x.names[i]
    if not rows:
        model = x.c.models[i]
        text = (f"No route for {name} is in force on {fmt.date(x.c.as_of)}." if model.routes
                else f"No provider route for {name} is in the catalog.")
        as_of = x.c.as_of
        return Draft.at("where", text, lambda at: Basis(
            (Evidence(paths.model(at, "routes"), model.routes), Evidence(paths.AS_OF, as_of))))
    notes: dict[str, list[str]] = {}
    general: set[str] = set()  # providers with a generally available route too
    # a provider the page's filters leave out is no place to run it here (review 7, F23), by
    # the filter alone: a route both excluded and unfit otherwise is still left out (review 10, I6)
    left = tuple(k for k, r in enumerate(rows) if r.reason in _LEFT_OUT)
    out = list(dict.fromkeys(rows[k].provider_name for k in left))
    as_of = x.c.as_of
    # a provider whose routes have all retired by the page's date says so (review 10, I8); one
    # with a route in force besides is a place to run the model all the same
    gone = {k: day for k, r in enumerate(rows)
            if k not in left and (day := r.route.retires) is not None and day <= as_of}
    live = {r.provider_name for k, r in enumerate(rows) if k not in left and k not in gone}
    retired = {k: day for k, day in gone.items() if rows[k].provider_name not in live}
    for k, row in enumerate(rows):
        if k in left or k in gone:
            if k in retired:
                _note(notes.setdefault(row.provider_name, []), f"retired on {fmt.date(gone[k])}")
            continue
        statuses = notes.setdefault(row.provider_name, [])
        # on the page's date: a deprecation recorded for a later day is not yet one
        later = row.route.deprecated if not row.deprecated else None
        if row.deprecated or row.route.status is not RouteStatus.GA:
            status = ("deprecated" if row.deprecated else f"deprecated from {fmt.date(later)}"
                      if later is not None and row.route.status is RouteStatus.DEPRECATED
                      else row.route.status.value.replace("-", " "))
            _note(statuses, status)
        else:
            general.add(row.provider_name)
    # several providers whose routes retired: earliest first, one day's together, as the cost
    # section and the verdict name them, not each tagged "(retired on ...)" (review 38, #1)
    ended = list(dict.fromkeys(rows[k].provider_name for k in retired))
    grouped = len(ended) > 1
    # "OpenRouter (also free tier)" where it lists a paid route beside its free one
    parts = [(f"{provider[:-1]}; {also}{', '.join(n)})" if provider.endswith(")") else
              f"{provider} ({also}{', '.join(n)})") if n else provider
             for provider, n in sorted(notes.items(), key=lambda kv: kv[0].casefold())
             if not (grouped and provider in ended)
             for also in ["also " if provider in general else ""]]
    out = [n for n in out if n not in notes]  # (a provider left out for one route only: none)
    listed = fmt.join_words(parts) if parts else "no provider this page allows"
    if grouped:
        when = dated(list(dict.fromkeys((rows[k].provider_name, day)
                                        for k, day in sorted(retired.items()))))
        listed = (f"{listed}, and on providers where its routes were retired: {when}" if parts
                  else f"providers where its routes were all retired: {when}")
    text = f"{name} is listed on {listed}"
    # a page dated before the model's release: no place ran it then (review 9, H14)
    released = x.c.models[i].released
    unreleased = released is not None and as_of < released
    if released is not None and unreleased:
        text = (f"{name} was not released until {fmt.date(released)}, after the comparison's "
                f"date ({fmt.date(as_of)}); as last checked, the catalog lists it on {listed}")
    # (after a list of days set apart by semicolons, a sentence of its own)
    leaves = ". This page leaves out" if grouped and ";" in listed else "; this page leaves out"
    text += f"{leaves} {fmt.join_words(out)}." if out else "."
    return Draft("where", text, lambda at, ks: Basis(
        tuple(Evidence(paths.route(k, "provider_name"), r.provider_name)
              for k, r in zip(ks, rows, strict=True))
        + tuple(Evidence(paths.route(ks[j], "reason"), rows[j].reason) for j in left)
        + tuple(Evidence(paths.route(ks[j], "route.retires"), day, fmt.date(day),
                         EvidenceKind.DATE) for j, day in retired.items())
        + ((Evidence(paths.AS_OF, as_of),) if retired and not unreleased else ())
        + ((Evidence(paths.model(at, "released"), released, fmt.date(released),
                     EvidenceKind.DATE),
            Evidence(paths.AS_OF, as_of, fmt.date(as_of), EvidenceKind.DATE))
           if released is not None and unreleased else ()),
        tuple(Check(op=CheckOp.IN, paths=(paths.route(ks[j], "reason"),),
                    values=_LEFT_OUT) for j in left)
        + tuple(Check(op=CheckOp.AT_MOST, paths=(paths.route(ks[j], "route.retires"),
                                                 paths.AS_OF)) for j in retired)
        + ((Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.model(at, "released"))),)
           if unreleased else ())))


def _note(statuses: list[str], status: str) -> None:
    """Add ``status`` to a provider's notes in the FAQ's "where can I run", once."""
    if status not in statuses:
        statuses.append(status)


_LEFT_OUT = (PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED)
"""A route row's ``reason`` where the page's provider filters leave it out."""


def availability_draft(x: Context, i: int) -> Draft:
    """How many routes model ``i`` has and why none can carry the traffic.

    Only for a model with a route in force: one with none gets no estimate, and the cost
    section's reason ("no provider route in the catalog") says so once (review 6, D29).
    """
    rows = x.c.route_groups[i][0]
    eligible = sum(r.eligible for r in rows)
    released, as_of = x.c.models[i].released, x.c.as_of
    if not eligible and released is not None and as_of < released:  # (no route before it)
        return Draft.at(
            "availability",
            f"{x.names[i]} has {fmt.plural(len(rows), 'route')} in the catalog; none carries "
            f"it before its release on {fmt.date(released)}.",
            lambda at: Basis((Evidence(paths.model(at, "released"), released,
                                       fmt.date(released), EvidenceKind.DATE),
                              Evidence(paths.AS_OF, as_of)),
                             (Check(op=CheckOp.LESS, paths=(paths.AS_OF,
                                                            paths.model(at, "released"))),)))
    c = x.c
    size, requires = c.traffic.request_tokens, lacking(rows, c.requires)  # (H15)
    answer = c.traffic.request_output_tokens
    kinds, capped = frozenset([r.unfit for r in rows if r.unfit is not None]), None
    # a capability the model lacks is not supported, never undocumented (review 15, P9)
    lacked = unsupported(c, i, requires) if Unfit.CAPABILITY in kinds else ()
    if eligible:  # pragma: no cover - a model with an eligible route has no such sentence
        why = f"{fmt.count_word(eligible)} can carry this traffic"
    elif len(rows) > 1 and all(r.unfit is not None for r in rows) and (
            len(kinds) == 1 or kinds <= _SIZED | {Unfit.OUTPUT}):
        # the page's terms rule it out: the verdict's reason, in the same words
        why = (f"none of them supports {unsupported_words(lacked)}, which this page requires"
               if lacked and kinds == {Unfit.CAPABILITY} else
               unfit_phrase(kinds, requires, size, figured=True, subject="none of them",
                            answer=answer))
        if (capped := over_input(c, i, figured=True)) is not None:  # (review 13, M4)
            why = "none of them takes these requests, as " + capped.replace("these requests'",
                                                                             "their")
    else:  # each reason with its count (a model's one route: "it is deprecated")
        ruled = all(r.unfit is not None for r in rows)
        why = ("" if len(rows) == 1 else "none meets every term of this page: " if ruled
               else "none is eligible: ") + _ineligible(rows, requires, size, answer, lacked)
    shows_size = bool(kinds & _SIZED) and size is not None and not capped
    # the model's facts as read here (at i), not the comparison: the draft is kept with the
    # catalog, and a basis holding ``c`` kept every page of the model alive (a reference cycle)
    limits = (c.models[i].max_input_tokens, c.traffic.request_input_tokens)
    required = [Evidence(paths.requirement(c.requires.index(r)), r) for r in requires]
    lacks_facts = support_facts(c, i, lacked) if lacked and not capped else ()

    def basis(at: int, ks: tuple[int, ...]) -> Basis:
        evidence = [Evidence(paths.route(k, "unfit"), r.unfit) for k, r in
                    zip(ks, rows, strict=True)]
        # (a route counted by the filter its table row names: its reason; review 55, #1)
        evidence += [Evidence(paths.route(k, "reason"), r.reason) for k, r in
                     zip(ks, rows, strict=True) if r.unfit is None
                     or filter_unfit(r.reason) not in (None, r.unfit)]
        if shows_size:
            evidence.append(Evidence(paths.traffic("request_tokens"), size,
                                     fmt.exact_tokens(size or 0), EvidenceKind.TOKENS_EXACT))
        # the model's facts as read where the draft was written (at i), placed at ``at``
        more, tested = limit_basis(*limits, at, figured=True) if capped else ((), ())
        evidence += more
        if Unfit.OUTPUT in kinds and answer is not None and not capped:
            evidence.append(Evidence(paths.traffic("request_output_tokens"), answer,
                                     fmt.exact_tokens(answer), EvidenceKind.TOKENS_EXACT))
        if Unfit.CAPABILITY in kinds:
            evidence += required
        lacks = support_basis(lacks_facts, Support.NO, at)
        evidence += lacks.evidence
        return Basis(tuple(evidence), (*tested, *lacks.checks, *[
            Check(op=CheckOp.FALSE, paths=(paths.route(k, "eligible"),)) for k in ks]))

    return Draft("availability",
                 f"{x.names[i]} has {fmt.plural(len(rows), 'route')} in the catalog; {why}.",
                 basis)


_SIZED = frozenset({Unfit.CONTEXT, Unfit.CONTEXT_UNSOURCED})

_UNFIT_WORDS = {  # (one, several): why a route is unfit for the page's terms
    Unfit.PROVIDER: ("is on a provider this page does not allow",
                     "are on providers this page does not allow"),
    Unfit.MIN_CONTEXT: ("is not known to have the context window this page asks for",
                        "are not known to have the context window this page asks for"),
    Unfit.CONTEXT: ("cannot take {requests}", "cannot take {requests}"),
    Unfit.CONTEXT_UNSOURCED: ("is not known to take {requests}",
                              "are not known to take {requests}"),
    Unfit.OUTPUT: ("cannot give {responses}", "cannot give {responses}"),
    Unfit.CAPABILITY: ("does not document {required}", "do not document {required}"),
}
_REASON_WORDS = (  # (the reason's start, (one, several)): why a route fit for the terms is out
    ("no published price", ("has no published price", "have no published price")),
    ("retired", ("is retired", "are retired")),
    ("deprecated", ("is deprecated", "are deprecated")),
    ("free tier", ("is a free tier (not counted)", "are free tiers (not counted)")),
)


def _ineligible(rows: tuple[RouteRow, ...], requires: tuple[Capability, ...],
                size: int | None, answer: int | None = None,
                lacked: tuple[Capability, ...] = ()) -> str:
    """Why none of ``rows`` is eligible, each reason once with its count of routes.

    "14 cannot take requests of 301,500 tokens, one is a free tier (not counted) and one has
    no published price"; a model's one route is "it". Routes of a model that lacks a required
    capability (``lacked``) "do not support" it (review 15, P9). A route the caller's filters
    leave out counts for its filter, as the route table gives its reason (review 55, #1).
    """
    labels = [capability_label(r).lower() for r in requires]
    required = (unsupported_words(lacked) if lacked else labels[0] if len(labels) == 1 else
                f"every capability this page requires ({fmt.join_words(labels)})")
    requests = f"requests of {fmt.exact_tokens(size)} tokens" if size is not None else \
        "requests this long"
    responses = f"responses of {fmt.exact_tokens(answer)} tokens" if answer is not None else \
        "responses this long"
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        # counted as the route table says it: the caller's filter first (review 55, #1)
        if (unfit := r.unfit and (filter_unfit(r.reason) or r.unfit)) is not None:
            words = _UNFIT_WORDS[unfit] if not (lacked and unfit is Unfit.CAPABILITY) else (
                "does not support {required}", "do not support {required}")
        else:
            reason = r.reason or ""
            words = next((w for start, w in _REASON_WORDS if reason.startswith(start)),
                         ("is not eligible", "are not eligible"))
        counts[words] = counts.get(words, 0) + 1
    phrases = [("it" if len(rows) == 1 else fmt.count_word(n)) + " "
               + (one if n == 1 else several).format(requests=requests, required=required,
                                                   responses=responses)
               for (one, several), n in counts.items()]
    return fmt.join_words(phrases)


def note_drafts(x: Context, i: int) -> tuple[Draft, ...]:
    """Model ``i``'s routes that retire soon, are unverified, or carry prices checked long ago.

    The route behind its bill is left out of the first: the cost section says it beside the bill
    ("prices as last checked on ... (the route retires on ...)"), its one home; what bills the
    model once it retires is said here (``CostFacts.after_retirement``: "Once OpenAI's route
    behind o3's bill retires, the bill would be $3,240.00 a month on Poe"; review 32, #3: the
    page named a retirement of a route behind no bill, never what follows the bill's). Of the
    last, it
    is listed and marked "the route behind the bill", alone too: a page that lists one model's
    old prices and not another's reads as if the other's were current (review 7, F33).
    """
    drafts: list[Draft] = []
    as_of = x.c.as_of
    day = fmt.date(as_of)
    rows = x.c.route_groups[i][0]
    name = x.names[i]
    billed = x.c.cost.estimates[i].route
    # the bill once its route retires, and the routes retiring, those of one day together
    drafts.extend(retire_drafts(rows, name, as_of, billed, x.c.cost.after_retirement[i]
                                if x.c.cost.after_retirement else None))
    unverified = [(j, r) for j, r in enumerate(rows) if r.route.status is RouteStatus.UNVERIFIED]
    if unverified:
        names = list(dict.fromkeys(r.provider_name for _, r in unverified))
        drafts.append(Draft(
            "unverified",
            f"{fmt.join_words(names)} listed {name} once, and no newer source confirms "
            f"{'it' if len(names) == 1 else 'them'}: "
            f"{'that route' if len(unverified) == 1 else 'those routes'} may have been retired.",
            lambda _, ks: Basis(
                tuple(Evidence(paths.route(ks[j], "route.status"), r.route.status)
                      for j, r in unverified),
                tuple(Check(op=CheckOp.IN, paths=(paths.route(ks[j], "route.status"),),
                            values=(RouteStatus.UNVERIFIED.value,)) for j, _ in unverified))))
    stale = [(j, r) for j, r in enumerate(rows) if r.stale and r.monthly]
    # the route behind the bill is listed, marked, alone too, lest it read as current
    if stale:
        listed = [f"{r.provider_name} ({fmt.date(r.route.checked)}"
                  f"{', the route behind the bill' if is_billed(r, billed) else ''})"
                  for _, r in stale]
        drafts.append(Draft(
            "stale",
            f"Prices for {name} checked more than {STALE_PRICE_DAYS} days before {day}: "
            f"{fmt.join_words(listed)}.",
            lambda _, ks: Basis(
                (*(Evidence(paths.route(ks[j], "route.checked"), r.route.checked,
                            fmt.date(r.route.checked), EvidenceKind.DATE) for j, r in stale),
                 Evidence(paths.AS_OF, as_of, day, EvidenceKind.DATE)),
                tuple(Check(op=CheckOp.TRUE, paths=(paths.route(ks[j], "stale"),))
                      for j, _ in stale))))
    return tuple(drafts)


_STALE = re.compile(r"^Prices for (?P<name>.+?) (?P<rest>checked more than \d+ days before "
                    r"[^:]+): (?P<listed>.+)\.$")
"""A model's sentence on its prices checked long ago (:func:`note_drafts`)."""


def stale_once(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the old-price sentences that list the same routes said once for all.

    Three models on one aggregator read "Prices for Phi-4 Mini checked more than 180 days
    before 2026-11-25: OpenRouter (2026-05-15).", then the same of Llama 3.2 3B and of Gemma 3
    4B; where each lists the same providers and days, one sentence names the models and says
    the list holds for each. It stands where the first stood; its basis is theirs, in order.

    Examples:
        >>> lines = [Claim(key=f"stale:{i}", text=f"Prices for {name} checked more than 180 days "
        ...                "before 2026-11-25: OpenRouter (2026-05-15).")
        ...          for i, name in enumerate(("A", "B", "C"))]
        >>> [claim.text for claim in stale_once(lines)]  # doctest: +NORMALIZE_WHITESPACE
        ['Prices for A, B and C checked more than 180 days before 2026-11-25: for each,
        OpenRouter (2026-05-15).']
        >>> len(stale_once(lines[:1] + [Claim(key="stale:1", text="Prices for B checked more "
        ...     "than 180 days before 2026-11-25: Poe (2026-05-01).")]))
        2
    """
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for k, claim in enumerate(claims):
        if claim.key.startswith("stale:") and (m := _STALE.match(claim.text)) is not None:
            groups.setdefault((m["rest"], m["listed"]), []).append((k, m["name"]))
    out: dict[int, Claim | None] = {}
    for (rest, listed), who in groups.items():
        if len(who) < 2:
            continue
        out[who[0][0]] = Claim(
            key=claims[who[0][0]].key,
            text=f"Prices for {fmt.join_words([n for _, n in who])} {rest}: for each, {listed}.",
            basis=partial(Claim.grounds, [claims[k] for k, _ in who]))
        out.update({k: None for k, _ in who[1:]})
    return [line for k, claim in enumerate(claims) if (line := out.get(k, claim)) is not None]
