"""Why each bill's provider was chosen, as the cost section says it: a shared reason said once.

A bill's note on its provider (``CostEstimate.choice``: a tie broken by tier or window, a
reseller passed over, a reseller's bill under the cheapest policy) is said where it explains
something. Models whose notes read word for word alike, figures included, are named together
("GPT-4.1 and o3 alike: billed on OpenAI, the model maker's own API; ...", where the two
sentences differed only by the name: review 15 leftovers, R4), each model's evidence and checks
kept. Alike means in every fact too: a tie broken for a route that takes a shorter window than a
route it tied with says so ("..., though Amazon Bedrock takes 128K tokens against 256K on Kilo
Gateway, ..."), and notes whose routes' windows differ are kept apart (review 16, P3: "Ministral
3 3B 2512 and Ministral 3 8B alike: Amazon Bedrock costs exactly as much as ..." joined the one
256K route of the 3B with the one 128K route of the 8B).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.choice import (
    FRESHER_RULE,
    RECORD_RULE,
    SERVICE_RULE,
    STALE_RULE,
    WIDER_RULE,
)

from . import format as fmt, paths
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .listings import choice_checks, choice_evidence, choice_text, same_listed
from .tie_rules import rule_claim, tie_of
from .window_forms import materially_wider

if TYPE_CHECKING:
    from phicompare.analysis.facts import CostEstimate

    from .context import Context

__all__ = ["choice_claims"]


def choice_claims(x: Context) -> list[Claim]:
    """The notes on the bills' providers, one sentence for the models that share one.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> c = compare("gpt-5", "claude-opus-4-1", "claude-opus-4", as_of=dt.date(2026, 10, 20))
        >>> [claim.text.partition(":")[0] for claim in choice_claims(context_of(c))]
        ['GPT-5', 'Claude Opus 4.1 and Claude Opus 4 alike']
    """
    said: dict[tuple[str, tuple[int, ...]], list[CostEstimate]] = {}
    for e in x.c.cost.estimates:
        # a tie broken by tier, window, the notice or the prices' age, a reseller passed over,
        # or (the cheapest policy) a reseller's bill
        shown = e.preferred_tier is not None or e.reseller_bill or (e.choice is not None and any(
            rule in e.choice for rule in (WIDER_RULE, SERVICE_RULE, RECORD_RULE, STALE_RULE,
                                          FRESHER_RULE)))
        if shown and e.choice is not None and not e.fallback:
            rows = x.c.route_groups[e.model_index][0]  # (those applying a long-context tier)
            tiering = [r.provider_name for r in rows if r.tier_above is not None]
            # (the routes of listings at the bill's own prices: which lacked prices they list)
            same = {e.passed_bills[k].provider_name for k in same_listed(e)}
            routes = [r.route for r in x.c.routes if r.model_index == e.model_index
                      and r.eligible and r.provider_name in same]
            text = choice_text(e, tiering, x.c.as_of, routes) or e.choice
            said.setdefault((text, _windows(x, e)), []).append(e)
    # a rule that alone broke the ties of two notes or more: said once, before them (fixBG)
    ties = {key: tie for key, whom in said.items() if (tie := tie_of(whom[0])) is not None}
    rules: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for key, tie in ties.items():
        rules.setdefault(tie.rule, []).append(key)
    once = {key: rule for rule, keys in rules.items() if len(keys) > 1 for key in keys}
    claims = []
    for key, whom in said.items():
        text = key[0]
        if (rule := once.get(key)) is not None and key == rules[rule][0]:
            claims.append(rule_claim(x, rule, [e for k in rules[rule] for e in said[k]]))
        names = fmt.join_words([x.names[e.model_index] for e in whom])
        shorter, evidence, checks = _shorter(x, whom[0])
        tie = ties[key] if key in once else None
        choice = whom[0].choice or ""
        if tie is not None and text.startswith(choice):  # (the figures follow its words)
            text = tie.words(choice) + text[len(choice):]
            parts = tie.parts(choice)
            evidence += [Evidence(paths.estimate(e.model_index, "choice"), e.choice)
                         for e in whom]
            checks += [Check(op=CheckOp.CONTAINS, paths=(paths.estimate(e.model_index, "choice"),),
                             values=parts) for e in whom]
        quoted = [ev for e in whom for ev in choice_evidence(e, x.c.as_of)  # (whole, or in parts)
                  if tie is None or ev.path != paths.estimate(e.model_index, "choice")]
        claims.append(Claim(
            key=f"choice:{whom[0].model_index}",
            text=f"{names}{' alike' if len(whom) > 1 else ''}: {text}{shorter}.",
            evidence=(*quoted, *evidence),
            checks=(*[Check(op=CheckOp.TRUE, paths=(paths.estimate(
                e.model_index, "reseller_bill"),)) for e in whom if e.reseller_bill],
                    *[check for e in whom for check in choice_checks(e, x.c.as_of)], *checks)))
    return claims


def _windows(x: Context, e: CostEstimate) -> tuple[int, ...]:
    """How each route the bill tied with compares in window to the billed one: -1, 0 or 1.

    Windows within 2.5% of each other are alike, as everywhere on a page (``materially_wider``).

    (2 where a window is not sourced.) Notes join only where these are alike too.
    """
    rows = _tied_rows(x, e)
    if not rows:
        return ()
    own = x.c.routes[rows[0]].context_window
    return tuple([2 if own is None or (w := x.c.routes[r].context_window) is None
                  else materially_wider(w, own) - materially_wider(own, w) for r in rows[1:]])


def _tied_rows(x: Context, e: CostEstimate) -> list[int]:
    """The billed route's row, then the rows of the eligible routes it tied with (in order)."""
    if e.route is None or not e.tied_with:
        return []
    rows, indexes = x.c.route_groups[e.model_index]
    # (equal where not the same object: a comparison evolved makes its rows afresh)
    billed = [r for row, r in zip(rows, indexes, strict=True)
              if row.route is e.route or row.route == e.route]
    tied = [r for name in e.tied_with for row, r in zip(rows, indexes, strict=True)
            if row.eligible and row.provider_name == name and r not in billed[:1]]
    return [*billed[:1], *tied] if billed else []


def _shorter(x: Context, e: CostEstimate) -> tuple[str, list[Evidence], list[Check]]:
    """", though A takes 128K tokens against 256K on B and C": a tie broken for a shorter window.

    Empty where the billed route takes as much as every route it tied with, or about as much
    (within 2.5%: 128,000 and 131,072 tokens are one window to every page), or about the
    model's input limit or more (review 30, #2), or its window is not sourced.
    """
    rows = _tied_rows(x, e)
    routes = x.c.routes
    if not rows or routes[rows[0]].context_window is None:
        return "", [], []
    # where the window broke the tie, only the routes the notice and the price's age left beside
    # it reached the window (review 31, #2: "then the route that takes the longest context is
    # preferred, though Kilo Gateway takes 327,680 tokens against 10,000,000 on Lambda Inference
    # API", whose price was stale); elsewhere a wider tied route is the bill's caveat
    day = x.c.as_of
    if e.choice is not None and WIDER_RULE in e.choice:
        rows = [rows[0], *(r for r in rows[1:]
                           if routes[r].tie_class(day) == routes[rows[0]].tie_class(day))]
    own = routes[rows[0]].context_window or 0
    # (a route that takes about the model's input limit or more cuts no prompt the model takes,
    # as in bill_window: GPT-5 Mini's 272K on Microsoft Foundry against 400K: review 30, #2)
    cap = x.c.models[e.model_index].max_input_tokens
    wider = [] if cap is not None and not materially_wider(cap, own) else [
        r for r in rows[1:] if materially_wider(routes[r].context_window or 0, own)]
    if not wider:
        return "", [], []
    most = max(routes[r].context_window or 0 for r in wider)
    widest = [r for r in wider if routes[r].context_window == most]
    form = x.windows.side([own, most])
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    names = ("the others" if len(widest) == len(rows) - 1 > 1 else  # (not one: "the others")
             fmt.join_words([routes[r].provider_name for r in widest]))
    text = (f", though {routes[rows[0]].provider_name} takes {form(own)} tokens against "
            f"{form(most)} on {names}")
    evidence = [Evidence(paths.route(r, "context_window"), routes[r].context_window,
                         form(routes[r].context_window or 0), kind) for r in (rows[0], *widest)]
    evidence += [Evidence(paths.route(r, "provider_name"), routes[r].provider_name)
                 for r in (rows[0], *widest)]
    checks = [Check(op=CheckOp.LESS, paths=(paths.route(rows[0], "context_window"),
                                            paths.route(r, "context_window"))) for r in widest]
    checks.append(Check(op=CheckOp.EQUAL, paths=(paths.estimate(e.model_index, "provider_name"),
                                                 paths.route(rows[0], "provider_name"))))
    return text, evidence, checks
