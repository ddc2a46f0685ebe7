"""Why a route sets a model's bill, in words: ties, preferred tiers, passed-over listings.

The sentences :class:`~phicompare.CostEstimate` carries in ``choice`` (see
``docs/cost-model.md``), made where the routes are chosen (:mod:`phicompare.analysis.routes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from phicompare.domain.records import Model, ProviderTier

__all__ = ["NAMED_TIERING", "WIDER_RULE", "choice", "fallback_choice", "names_list",
           "passed_choice", "reseller_choice", "tiering_clause"]


def names_list(names: list[str]) -> str:
    """Providers' names as a list, each once (a provider's two routes): "A", "A, B and C".

    Examples:
        >>> names_list(["302.AI"]), names_list(["302.AI", "Helicone", "302.AI", "OpenRouter"])
        ('302.AI', '302.AI, Helicone and OpenRouter')
    """
    once = list(dict.fromkeys(names))
    return once[0] if len(once) == 1 else f"{', '.join(once[:-1])} and {once[-1]}"


_TIER_WORDS = {
    ProviderTier.FIRST_PARTY: "the model maker's own API is preferred",
    # the reseller tier is inference hosts, routers and gateways: NVIDIA's own NIM API catalog
    # serves other labs' models, but it resells no one's API (review 6, D22)
    ProviderTier.CLOUD: "a major cloud's route is preferred to an inference host's or gateway's",
    ProviderTier.RESELLER: "a provider the catalog describes is preferred to one it does not",
}


WIDER_RULE = "the route that takes the longest context is preferred"
"""The words of a tie broken by the routes' windows (review 7, F28)."""


def choice(name: str, tied: tuple[str, ...], preferred: ProviderTier | None, *,
           wider: bool = False) -> str:
    """Why the estimate's route is the one chosen (see ``docs/cost-model.md``).

    Examples:
        >>> choice("Groq", (), None), choice("Groq", ("Together AI",), ProviderTier.CLOUD)[:44]
        ('the cheapest eligible route', 'Groq costs exactly as much as Together AI; a')
    """
    if not tied:
        return "the cheapest eligible route"
    others, rule = _tie_words(tied, preferred, wider=wider)
    return f"{name} costs exactly as much as {others}; {rule}"


def _tie_words(tied: tuple[str, ...], preferred: ProviderTier | None, *,
               wider: bool = False) -> tuple[str, str]:
    """The tied providers (three named, then a count) and the rule that broke the tie.

    ``wider``: a tied route of the same tier group took a shorter context (review 7, F28).

    Examples:
        >>> _tie_words(("A", "B"), None)[0], _tie_words(tuple("ABCDE"), None)[0]
        ('A and B', 'A, B, C and two more')
        >>> _tie_words(("A",), None, wider=True)[1]
        'the route that takes the longest context is preferred'
    """
    rules = [_TIER_WORDS[preferred]] if preferred is not None else []
    if wider:  # (a maker's or cloud's tier ranks before the window, a described provider after)
        rules.insert(0 if preferred is ProviderTier.RESELLER else len(rules), WIDER_RULE)
    rule = "; then ".join(rules) if rules else "the first by name is taken"
    if len(tied) <= 3:  # "A", "A and B", "A, B and C"
        return names_list(list(tied)), rule
    more = len(tied) - 3
    counted = _COUNT_WORDS[more] if more < len(_COUNT_WORDS) else f"{more:,}"
    return f"{', '.join(tied[:3])} and {counted} more", rule


def fallback_choice(name: str, tied: tuple[str, ...], preferred: ProviderTier | None, *,
                    wider: bool = False) -> str:
    """Why a closed-weight model's bill is not its maker's or a cloud's: none is eligible.

    Not "can carry this traffic": the caller's provider filters may be why.

    Examples:
        >>> fallback_choice("Poe", (), None)[:42]
        'no route from its maker or a major cloud i'
    """
    why = ("no route from its maker or a major cloud is eligible, so the cheapest eligible route "
           "sets the bill")
    if not tied:
        return why
    others, rule = _tie_words(tied, preferred, wider=wider)
    return f"{why}, and {name} costs exactly as much as {others} ({rule})"


def passed_choice(model: Model, name: str, tier: ProviderTier | None,
                  passed: list[tuple[Decimal, str, bool]], tiering: Sequence[str] = ()) -> str:
    """Why a closed-weight model's bill is its maker's or a cloud's, not a reseller's.

    ``passed`` holds each reseller's lower listing (cheapest first): its bill, its provider's
    name and whether it lists no long-context tier that another route applies to the requests
    (:attr:`~phicompare.RouteRow.tier_unlisted`); those are named, since they may look lower
    only because their tier is missing from the data. A first-party provider is "the model
    maker's own API" only when its name begins as the model's vendor does; otherwise (Google's
    API serving Claude) it is "a lab's own API".

    Examples:
        >>> claude = Model(id="c", name="C", vendor="Anthropic")
        >>> passed_choice(claude, "Anthropic", ProviderTier.FIRST_PARTY,
        ...               [(Decimal("1.2"), "Poe", False)])[:48]
        "billed on Anthropic, the model maker's own API; "
    """
    who = _who(model, name, tier)
    cheapest = passed[0]
    bill = cheapest[0].quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    amount = f"${bill:,.2f}" if bill or not cheapest[0] else "under $0.01"  # never "$0.00"
    more = f", and {len(passed) - 1} more" if len(passed) > 1 else ""
    # ("does not set the bill", not "is not counted": the route table counts it as eligible)
    return (f"billed on {name}, {who}; a reseller's lower listing of a closed-weight model does "
            f"not set the bill ({cheapest[1]} at {amount} a month{more}"
            f"{_untiered(passed, tiering)})")


def reseller_choice(model: Model, name: str, bill: Decimal,
                    trusted: tuple[str, ProviderTier | None, Decimal, Decimal, Decimal]) -> str:
    """Why a closed-weight model's bill is a reseller's listing (the cheapest policy), for scale.

    ``trusted`` is the cheapest eligible route from its maker or a major cloud: its provider's
    name and tier, its bill, and the input and output prices that bill applied. The mirror of
    :func:`passed_choice`, which names the reseller's listing beside the maker's bill (review 6,
    D32).

    Examples:
        >>> claude = Model(id="c", name="C", vendor="Anthropic")
        >>> reseller_choice(claude, "QiHang", Decimal("879"), ("Anthropic",
        ...     ProviderTier.FIRST_PARTY, Decimal("6150"), Decimal("3"), Decimal("15")))
        "billed on QiHang, a reseller's listing of a closed-weight model, about 86% below its \
bill on Anthropic, the model maker's own API ($6,150.00 a month, at $3.00 input and $15.00 output \
per 1M tokens)"
    """
    other, tier, monthly, price_in, price_out = trusted
    share = ((1 - bill / monthly) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    below = f"about {share}% below" if share >= 1 else "less than 1% below"
    places = max(_places(price_in), _places(price_out))
    return (f"billed on {name}, a reseller's listing of a closed-weight model, {below} its bill on "
            f"{other}, {_who(model, other, tier)} (${_cents(monthly)} a month, at "
            f"{_price(price_in, places)} input and {_price(price_out, places)} output per 1M "
            f"tokens)")


def _who(model: Model, name: str, tier: ProviderTier | None) -> str:
    """A trusted route's provider as a reader knows it: the maker's own API, a lab's, a cloud.

    A first-party provider is "the model maker's own API" only when its name begins as the
    model's vendor does.
    """
    maker = (model.vendor or "").casefold().split()[:1]
    own = name.casefold().split()[:1] == maker != []
    return ("a major cloud" if tier is not ProviderTier.FIRST_PARTY else
            "the model maker's own API" if own else "a lab's own API")


def _cents(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"


def _places(value: Decimal) -> int:
    """The places a unit price prints at: two, up to four where it has them (as the pages do)."""
    for places in (2, 3):
        if value == value.quantize(Decimal(1).scaleb(-places)):
            return places
    return 4


def _price(value: Decimal, places: int) -> str:
    return f"${value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):,}"


def tiering_clause(names: Sequence[str]) -> str:
    """The routes that apply a long-context tier to the requests, as a clause; named where few.

    One reseller's tier is not the market's: "QiHang's route applies one to these requests".

    Examples:
        >>> tiering_clause(["QiHang"]), tiering_clause(["A", "B"]), tiering_clause(list("ABCD"))
        ("QiHang's route applies one to these requests", 'A and B apply one to these requests', \
'four other routes apply one to these requests')
    """
    count = len(names)
    if count == 1:
        return f"{names[0]}'s route applies one to these requests"
    if count == 0 or count > NAMED_TIERING:  # (none given: the routes are not at hand)
        many = "" if count == 0 else (
            f"{_COUNT_WORDS[count]} " if count < len(_COUNT_WORDS) else f"{count:,} ")
        return f"{many}other routes apply one to these requests"
    return f"{names_list(list(names))} apply one to these requests"


NAMED_TIERING = 3
"""Routes that apply a long-context tier named at most; more are counted."""
_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _untiered(passed: list[tuple[Decimal, str, bool]], tiering: Sequence[str] = ()) -> str:
    """Which passed-over listings list no long-context tier: "; none of the 13 lists ...".

    Examples:
        >>> one, two = (Decimal(1), "Poe", True), (Decimal(2), "Abacus", False)
        >>> _untiered([two]), _untiered([one, two], ["Google"])[-51:]
        ('', "though Google's route applies one to these requests")
        >>> _untiered([one])
        '; it lists no long-context tier, though other routes apply one to these requests'
        >>> _untiered([one, one])[:30]
        '; neither lists a long-context'
    """
    names = [p[1] for p in passed if p[2]]
    if not names:
        return ""
    if len(names) == len(passed):
        who = ("it lists no" if len(names) == 1 else "neither lists a" if len(names) == 2
               else f"none of the {len(names)} lists a")
    else:
        shown = names[:3] if len(names) > 3 else names[:-1]
        rest = f"{len(names) - 3} more" if len(names) > 3 else names[-1]
        who = (" and ".join([", ".join(shown), rest]) if shown else rest) + \
            (" lists no" if len(names) == 1 else " list no")
    return f"; {who} long-context tier, though {tiering_clause(tiering)}"
