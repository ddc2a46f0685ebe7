"""Claims comparing bills: which is lower, by how much, or that they tie; the FAQ's answer.

The cost section is the comparison's home (``style`` ``cost``); the summary words the same claim
with the bills and their traffic (``full``). The gap is between the models that have a bill: a
model without one (no eligible priced route, or ruled out by the page's terms) is named beside
the bills in the summary, its estimate says why in the cost section. A gap under the comparison's
materiality threshold is "about the same cost".
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from phicompare.analysis.choice import NO_TRUSTED
from phicompare.analysis.cost import CENT
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .assumptions import traffic_phrase
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind, canonical
from .listings import unlisted_words
from .output_claims import its_bill, with_claims
from .resale import reversed_order
from .saving_caveats import saving_caveats
from .unreleased_words import unpriced_words
from .untiered import untiered, untiered_clause

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from phicompare.analysis.facts import CostEstimate
    from phicompare.domain.records import Model

    from .context import Context
    from .paths import FactPath

__all__ = ["FELL_SHORT", "FREE_TIER", "PRICED_FELL_BACK", "RESOLD", "Style",
           "bills_claim", "free_checks", "joined_basis", "maker_checks",
           "monthly_evidence", "resold"]

Style = Literal["full", "summary", "cost"]
"""Which section words a cost comparison: ``full`` (bills with their basis, the crossover in
full), ``summary`` (bills in full, the crossover in brief) and ``cost`` (the gap, the crossover in
full). The cost section is the comparison's home; other sections refer to it."""

_MONEY = EvidenceKind.MONEY

FREE_TIER = "a free tier whose usage limits the data does not record"
"""How a bill on a free tier is said beside its route (``CostFacts.free_indexes``) where the
data records no usage limits for it (``narrative/limits.py`` says those it records)."""


RESOLD = ("a reseller's listing of a closed-weight model",
          "resellers' listings of closed-weight models")
"""How :func:`resold` ends for bills on resellers' listings under the cheapest policy, for one
bill and for several: the caveat kept at a glance."""

FELL_SHORT = "Cost at your traffic says why"
"""How :func:`resold` ends for bills on a fallback route (``CostEstimate.fallback``): the listing
named, the why (:data:`~phicompare.analysis.choice.NO_TRUSTED`, with each passed route's reason)
said in full once a page, in the cost section's bill sentences (helper fixZ: it read in five
sections of one page)."""


PRICED_FELL_BACK = tuple(words.replace("no route", "no priced route") for words in NO_TRUSTED)
"""The fallback's why (``NO_TRUSTED``) for a free-tier-billed model's priced bill
(``CostFacts.priced``): its maker's free tier is eligible, none of its priced routes."""


def maker_checks(m: Model, vendor: FactPath, inferred: FactPath) -> tuple[Check, ...]:
    """The checks of a fallback's words on model ``m``'s maker: on record, or not.

    "no route from its maker" rests on a vendor sourced (known, not inferred); "its maker is not
    on record" on none, or on one only the id suggests (``vendor_inferred``).
    """
    if m.vendor is None:
        return (Check(op=CheckOp.NONE, paths=(vendor,)),)
    return (Check(op=CheckOp.KNOWN, paths=(vendor,)),
            Check(op=CheckOp.TRUE if m.vendor_inferred else CheckOp.FALSE, paths=(inferred,)))


def resold(x: Context, indexes: Iterable[int],
           own: Iterable[int] | None = None) -> tuple[str, Callable[[], Basis]]:
    """The caveat of a sentence comparing bills, where some of them are resellers' listings.

    Under :attr:`~phicompare.RoutePolicy.CHEAPEST` a closed-weight model may be billed on a
    reseller's listing below its maker's price (``CostEstimate.reseller_bill``); the cost section
    gives the maker's bill for scale, and every other sentence comparing bills names the
    listing (review 6, D32): "Claude Sonnet 4.5's bill on QiHang and GPT-5's on OpenCode Zen are
    resellers' listings of closed-weight models". Under the default policy a closed-weight model
    with no eligible route from its maker or from a major cloud or platform is billed on another
    provider's listing (``CostEstimate.fallback``): the cost section's bill sentence says why in
    full (no route from its maker or from a major cloud or platform is eligible, or its maker is
    not on record, with each passed route's reason), and every other sentence names the listing
    and sends the reader there, once a sentence for all its bills: "Grok 4 Fast's bill is on
    Requesty's listing: Cost at your traffic says why" (:data:`FELL_SHORT`; helper fixZ: the why
    read in five sections of one page). Empty where no bill among ``indexes`` is either.

    ``own``: the models a sentence picks or answers with (default: every one of ``indexes``).
    Only their own bills' listings are named: a rival's bill on a listing is the cost
    section's fact, and the pick's advantage does not rest on it (at its maker's price the
    rival would cost more still; with no such route eligible, the listing is its cheapest
    bill). The reversal is said where the lowest bill is theirs (review 12, L14).
    """
    wanted = frozenset(indexes)
    mine = [e for e in x.c.cost.estimates if e.model_index in wanted]
    if not any(e.reseller_bill or e.fallback for e in mine):  # (most pages: nothing to say, and
        return "", _no_basis  # no reversal, which is of a reseller's listing)
    picked = wanted if own is None else frozenset(own)
    # the lowest bill a reseller's, above another at its maker's price (review 9, H9): said
    # where the lowest is theirs, with every listing it weighs
    flip, flipped = reversed_order(x, mine)
    lowest = min([(e.monthly, e.model_index) for e in mine if e.monthly is not None],
                 default=None)
    if lowest is None or lowest[1] not in picked:  # (a reversal of another's bill)
        flip, flipped = "", None
    picked = wanted if flip else picked
    sold = [e for e in mine if e.reseller_bill and e.model_index in picked]
    fell = [e for e in mine if e.fallback and not e.reseller_bill and e.model_index in picked]
    if not sold and not fell:
        return "", _no_basis
    parts = []
    if sold:
        bills = _sold_words(_by_provider(x, sold))
        several = len(sold) > 1
        parts.append(f"{bills} {'are' if several else 'is'} "
                     f"{RESOLD[1] if several else RESOLD[0]}")
    if fell:  # (the why in full in the cost section's bills alone: fixZ)
        parts.append(f"{_fell_words(_by_provider(x, fell))}: {FELL_SHORT}")
    parts += [flip] if flip else []

    def basis() -> Basis:
        own = Basis(
            tuple(Evidence(paths.estimate(e.model_index, "provider_name"), e.provider_name)
                  for e in (*sold, *fell)),
            (*(Check(op=CheckOp.TRUE, paths=(paths.estimate(e.model_index, "reseller_bill"),))
               for e in sold),
             *(Check(op=CheckOp.TRUE, paths=(paths.estimate(e.model_index, "fallback"),))
               for e in fell)))
        return own if flipped is None else joined_basis(flipped, own)
    return "; ".join(parts), basis


def _by_provider(x: Context, estimates: Sequence[CostEstimate]) -> list[tuple[str, list[str]]]:
    """The bills' providers in first-seen order, each with the names of the models billed there.

    A caveat names each provider once (two bills on Cheap Host's listings: "M's and N's bills
    are both on Cheap Host's listings", never "M's bill is on Cheap Host's listing and N's on
    Cheap Host's").
    """
    groups: dict[str, list[str]] = {}
    for e in estimates:
        groups.setdefault(e.provider_name or "", []).append(x.names[e.model_index])
    return list(groups.items())


def _owners(names: Sequence[str]) -> str:
    """"M's", "M's and N's"."""
    return fmt.join_words([f"{name}'s" for name in names])


def _sold_words(groups: Sequence[tuple[str, list[str]]]) -> str:
    """Resellers' bills: "M's bill on Q and N's on R", "M's and N's bills on Q"."""
    return fmt.join_words([
        (f"{owners[0]}'s bill on {name}" if len(owners) == 1 else
         f"{_owners(owners)} bills on {name}") if k == 0 else f"{_owners(owners)} on {name}"
        for k, (name, owners) in enumerate(groups)])


def _fell_words(groups: Sequence[tuple[str, list[str]]]) -> str:
    """Fallback bills, each provider once: "M's and N's bills are both on Q's listings".

    One each: "M's bill is on Q's listing and N's on R's".
    """
    words = []
    for k, (name, owners) in enumerate(groups):
        every = "" if len(owners) == 1 else "both " if len(owners) == 2 else "all "
        if k == 0:
            words.append(f"{owners[0]}'s bill is on {name}'s listing" if len(owners) == 1 else
                         f"{_owners(owners)} bills are {every}on {name}'s listings")
        else:
            words.append(f"{_owners(owners)} {every}on {name}'s")
    return fmt.join_words(words)


def _no_basis() -> Basis:
    return Basis((), ())


def joined_basis(first: Basis, second: Basis) -> Basis:
    """Two bases' evidence and checks, the second's first (a caveat's after its sentence's)."""
    return Basis((*second.evidence, *first.evidence), (*second.checks, *first.checks))


def free_checks(i: int, free: tuple[int, ...] | None = None) -> tuple[Check, ...]:
    """The checks of a sentence that says model ``i``'s bill is on a free tier.

    ``free`` (``CostFacts.free_indexes``) is checked too where given: a draft shared by every
    comparison of a model (:func:`~phicompare.narrative.cost.estimate_draft`) checks its route.
    """
    status = Check(op=CheckOp.IN, paths=(paths.estimate(i, "route.status"),),
                   values=(RouteStatus.FREE_TIER.value,))
    if free is None:
        return (status,)
    return status, Check(op=CheckOp.IN, paths=(paths.FREE,), values=(canonical(free),))


def monthly_evidence(e: CostEstimate) -> Evidence:
    """A bill as its sentence shows it."""
    return Evidence(paths.estimate(e.model_index, "monthly"), e.monthly,
                    fmt.money(e.monthly or Decimal(0)), _MONEY)


def bills_claim(x: Context, style: Style) -> Claim | None:
    """Which bill is lower, or that they tie; ``None`` without two estimates to compare.

    The summary words the bills as the FAQ does (``full``): one claim serves both.
    """
    cost = x.c.cost
    # the priced bills: one on a free tier is no price (named beside them, as one without)
    known = [e for e in cost.estimates
             if e.monthly is not None and e.model_index not in cost.free_indexes]
    if len(known) < 2 or cost.gap is None:
        return None
    worded: Style = "full" if style == "summary" else style
    if len(cost.cheapest_indexes) == len(known):
        return _tie(x, known, worded)
    return _cheaper(x, known, worded)


def _unbilled(x: Context) -> tuple[str, tuple[Check, ...]]:
    """The models with no priced bill beside those compared, and its checks.

    "; Gemma 3 4B has no eligible priced route", the summary's wording where no two bills
    compare (:func:`~phicompare.narrative.cost.cost_headline`); "; Gemma 3n E2B IT is billed
    $0.00 on a free tier, which is not a price" (``CostFacts.free_indexes``).
    """
    cost = x.c.cost
    missing = [e.model_index for e in cost.estimates if e.monthly is None]
    free = [e for e in cost.estimates if e.model_index in cost.free_indexes]
    # (one released after the page's date: "was not released until", review 30, #5)
    words, why = unpriced_words(x, missing)
    text, checks = f"; {words}" if missing else "", [*why.checks]
    if free:
        bills = [fmt.money(e.monthly or Decimal(0)) for e in free]
        names = fmt.join_words([x.names[e.model_index] for e in free])
        text += (f"; {names} is billed {bills[0]} on a free tier, which is not a price"
                 if len(free) == 1 else
                 f"; {names} are billed on free tiers ({fmt.join_words(bills)}), which are not "
                 "prices")
        checks += [c for e in free for c in free_checks(e.model_index, cost.free_indexes)]
    return text, tuple(checks)


def _free_evidence(x: Context) -> list[Evidence]:
    """The bills on free tiers, as :func:`_unbilled` shows them, and the models' release dates."""
    lack = [e.model_index for e in x.c.cost.estimates if e.monthly is None]
    return [*(monthly_evidence(e) for e in x.c.cost.estimates
              if e.model_index in x.c.cost.free_indexes), *unpriced_words(x, lack)[1].evidence]


def _tie(x: Context, known: list[CostEstimate], style: Style) -> Claim:
    first = known[0]
    money = fmt.money(first.monthly or Decimal(0))
    evidence: list[Evidence] = []
    unbilled, none = _unbilled(x)
    caveat, resale = "", _no_basis
    if style in ("full", "summary"):
        phrase, evidence = traffic_phrase(x)
        who = fmt.join_words([x.names[e.model_index] for e in known]) if unbilled else "they"
        shown = [e.model_index for e in known]
        caveat, resale = with_claims(x, shown, *resold(x, shown))
        caveat = f"; {caveat}" if caveat else ""
        text = f"At {phrase} {who} cost the same, {money} a month: a tie{unbilled}{caveat}."
    else:
        priced = " priced" if x.c.cost.free_indexes else ""
        between = f" between the two{priced} bills" if unbilled and len(known) == 2 else \
            f" between the{priced} bills" if unbilled else ""
        text = f"There is no gap{between}: a tie at {money} a month."
    evidence += [monthly_evidence(first), Evidence(paths.COST_GAP, x.c.cost.gap)]
    if style in ("full", "summary"):
        evidence += _free_evidence(x)
    sold = resale()
    return Claim(key="tie", text=text, evidence=(*evidence, *sold.evidence),
                 checks=(*(Check(op=CheckOp.EQUAL,
                                 paths=(paths.estimate(first.model_index, "monthly"),
                                        paths.estimate(e.model_index, "monthly")))
                           for e in known[1:]), *none, *sold.checks))


def _cheaper(x: Context, known: list[CostEstimate], style: Style) -> Claim:
    cost = x.c.cost
    close = cost.close_indexes
    # the models with a bill: one without (no eligible priced route) leaves the others' gap,
    # which the summary states with the models that have none, the cost section between bills
    two = len(known) == 2
    same = len(close) == len(known)  # no gap is material
    unbilled, none = _unbilled(x)
    # the gap between the bills as shown (each to the cent), where the facts have it
    gap_path, gap_value = ((paths.COST_SHOWN_GAP, cost.shown_gap) if cost.shown_gap is not None
                           else (paths.COST_GAP, cost.gap or Decimal(0)))
    gap = fmt.money(gap_value)
    # the materiality share is worded only where no gap, or no one model, decides; bills of a
    # cent or two are close for being under a cent apart, which their share does not show
    by_share = cost.close_by_share
    share = fmt.percent(cost.materiality) if (same or len(close) > 1) and by_share else ""
    near = fmt.before_rounding([e.monthly for e in cost.estimates if e.model_index in close])
    apart = f"under {share} apart" if share else f"less than a cent apart{near}"
    low = fmt.join_words([x.names[i] for i in close])
    full = style in ("full", "summary")  # the bills with their traffic, then the gap or share
    # under a cent and immaterial: bills that print alike, or a float artefact in a price
    cent = same and (cost.gap or Decimal(0)) < CENT
    # the traffic with its shares, which the bills assume too (review 25, P7)
    phrase, said = x.traffic_said  # (the terms' alone: kept with the catalog)
    # several close bills, not every bill, all alike to the cent (the page's full sentence)
    tied = not same and len(close) > 1 and len({cost.estimates[i].monthly for i in close}) == 1
    # bills about the same, one on a route missing a tier others apply: different bases
    shaky = untiered(x, close) if same and any(r.tier_above is not None
                                               for r in x.c.routes) else []
    caveat, caveat_evidence, caveat_checks = untiered_clause(x, shaky)
    # each bill's cache or batch price not on record, where the bills are stated (review 40)
    unlisted = [unlisted_words(e) for e in known] if full else []
    if full:
        bills = fmt.join_words([f"{x.names[e.model_index]} {fmt.money(e.monthly or Decimal(0))}"
                                f"{words}" for e, (words, _) in zip(known, unlisted, strict=True)])
        text = f"At {phrase} the bills are {bills}: "
        shown = [e.model_index for e in known]
        sold_caveat, resale = with_claims(x, shown, *resold(x, shown))
        if not unbilled and not same and len(close) == 1:  # (right after "A is cheaper")
            sold_caveat = its_bill(sold_caveat, low)
        unbilled += f"; {sold_caveat}" if sold_caveat else ""  # (whose bills compared are resold)
        # the one lower bill's caveats, as the verdict gives them (review 29, F4)
        note, noted = saving_caveats(x, close[0]) if not same and len(close) == 1 else ("", None)
        if same and shaky:
            brief = untiered_clause(x, shaky, figured=False)[0]
            text += (f"{apart}, but on different bases ({brief}), so whether they cost about "
                     f"the same is not known{unbilled}.")
        elif same:
            text += f"about the same cost, {apart}{unbilled}."
        elif two:
            text += f"{low} is {gap} cheaper{note}{unbilled}."
        elif len(close) == 1:
            text += f"{low} is cheapest{note}{unbilled}."
        elif tied:  # close bills equal to the cent: a tie, not "within 5%" (review 24, P5)
            text += f"{low} tie for cheapest{unbilled}."
        else:
            within = f"within {share} of each other" if share else \
                f"less than a cent apart{near}"
            text += f"{low} are cheapest, {within}{unbilled}."
        quote_gap = two and not same
        quote_share = bool(share) and (same or (not two and len(close) > 1 and not tied))
    else:
        resale, noted = _no_basis, None  # (the section's own sentences say whose bill is resold)
        # beside a model without a bill (its estimate says why, just before), the gap is the
        # bills' ("between the two bills")
        counted = "" if not unbilled else " two" if two else f" {fmt.count_word(len(known))}"
        priced = " priced" if cost.free_indexes else ""
        between = f" between the{counted}{priced} bills" if unbilled else ""
        pick = "either" if two else "one over the others"
        if cent:
            text = (f"The{counted} bills differ by less than a cent a month{near}: about the "
                    f"same cost, and no reason to pick {pick}.")
            quote_gap, quote_share = False, False
        elif same and shaky:
            text = (f"The gap{between}, {gap} a month, is under {share}, but the bills rest on "
                    f"different bases: {caveat}; whether they cost about the same is not "
                    "known.")
            quote_gap, quote_share = True, bool(share)
        elif same:
            text = (f"The gap{between}, {gap} a month, is under {share}: about the same cost, "
                    f"and no reason to pick {pick}.")
            quote_gap, quote_share = True, bool(share)
        elif two:
            text = f"The gap{between} is {gap} a month, in favour of {low}."
            quote_gap, quote_share = True, False
        else:
            verb = "is" if len(close) == 1 else "are"
            among = f"Of the models with a{priced} bill, " if unbilled else ""
            text = f"{among}{low} {verb} cheapest; the dearest costs {gap} a month more."
            quote_gap, quote_share = True, False
    others = [e for e in known if e.model_index not in close]
    free = _free_evidence(x) if full else []  # (made now: a basis never holds the comparison)

    def basis() -> Basis:
        evidence = ([*said, *[monthly_evidence(e) for e in known], *free,
                     *(ev for _, shown in unlisted for ev in shown)] if full else [])
        if cent:
            evidence.append(Evidence(paths.COST_GAP, cost.gap))
        elif quote_gap:
            evidence.append(Evidence(gap_path, gap_value, gap, _MONEY))
        if quote_share:
            evidence.append(Evidence(paths.MATERIALITY, cost.materiality, share,
                                     EvidenceKind.PERCENT))
        if shaky and not full:  # (the summary's has no figure)
            evidence += caveat_evidence
        sold = joined_basis(resale(), noted()) if noted else resale()
        return Basis((*evidence, *sold.evidence), (
            *caveat_checks,
            Check(op=CheckOp.IN, paths=(paths.CLOSE,), values=(canonical(close),)),
            *(Check(op=CheckOp.LESS, paths=(paths.estimate(i, "monthly"),
                                            paths.estimate(e.model_index, "monthly")))
              for i in close for e in others),
            *(Check(op=CheckOp.EQUAL, paths=(paths.estimate(close[0], "monthly"),
                                             paths.estimate(i, "monthly")))
              for i in close[1:] if tied and full), *none, *sold.checks))

    return Claim(key="about-same" if same else "cheaper", text=text, basis=basis)


