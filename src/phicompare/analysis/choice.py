"""Why a route sets a model's bill, in words: ties, preferred tiers, passed-over listings.

The sentences :class:`~phicompare.CostEstimate` carries in ``choice`` (see
``docs/cost-model.md``), made where the routes are chosen (:mod:`phicompare.analysis.routes`).
Words only: the bills and prices a choice rests on are the estimate's figures
(``passed_bills``, ``maker_bill``, ``below_maker``), which the narrative words with its one set
of formatters (:mod:`phicompare.narrative.listings`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from phicompare.domain.names import normalize_name
from phicompare.domain.records import Model, Provider, ProviderTier

from .eligibility import by_date
from .facts import RETIREMENT_NOTICE_DAYS, STALE_PRICE_DAYS

if TYPE_CHECKING:
    import datetime as dt

    from phicompare.domain.pricing import ProviderRoute

__all__ = ["FRESHER_RULE", "NO_TRUSTED", "RECORD_RULE", "SERVICE_RULE", "STALE_RULE", "TIES_NAMED",
           "TIE_RULES",
           "WIDER_RULE", "choice", "fallback_choice", "lost_to", "maker_on_record", "makes",
           "names_list", "passed_choice", "provider_role", "reseller_choice", "retiring_rule",
           "served_tier", "unbilled_reason"]


def names_list(names: list[str], word: str = "and") -> str:
    """Names as a list, each once (a provider's two routes): "A", "A, B and C".

    ``word`` joins the last two: "or" where each name is meant alone ("no MMLU score for A or
    B", never "for A and B", which reads as a joint score: review 23, P10).

    Examples:
        >>> names_list(["302.AI"]), names_list(["302.AI", "Helicone", "302.AI", "OpenRouter"])
        ('302.AI', '302.AI, Helicone and OpenRouter')
        >>> names_list(["A", "B", "C"], "or")
        'A, B or C'
    """
    once = list(dict.fromkeys(names))
    return once[0] if len(once) == 1 else f"{', '.join(once[:-1])} {word} {once[-1]}"


_TIER_WORDS = {
    ProviderTier.FIRST_PARTY: "the model maker's own API is preferred",
    # the reseller tier is inference hosts, routers and gateways: no route there is called a
    # reseller's (NVIDIA's own NIM API catalog is in the cloud tier, as GitHub Models is: review 6,
    # D22); those are large platforms, not clouds, so the tier's words name both (review 7, F17)
    ProviderTier.CLOUD: ("a major cloud's or platform's route is preferred to an inference host's "
                         "or gateway's"),
    ProviderTier.RESELLER: "a provider the catalog describes is preferred to one it does not",
}


TIES_NAMED = 6
"""A tie with at most this many other providers names them all; with more, it counts them."""


WIDER_RULE = "the route that takes the longest context is preferred"
"""The words of a tie broken by the routes' windows (review 7, F28)."""


SERVICE_RULE = (f"a route that does not retire within {RETIREMENT_NOTICE_DAYS} days of the "
                "comparison's date is preferred to one that does")
"""The words of a tie broken first: a tied route retires within the page's notice, the billed
one does not (review 29, F1; review 30)."""

STALE_RULE = (f"a price checked within {STALE_PRICE_DAYS} days of the comparison's date is "
              "preferred to an older one")
"""The words of a tie broken next: a tied route's price is stale, the billed one's is not
(review 30: Microsoft Foundry's GPT-4o price checked in 2024 over OpenAI's checked in 2026)."""

RECORD_RULE = ("a price on record on the comparison's date is preferred to one checked after "
               "it")
"""The words of a tie broken with the age: a tied route's price was checked after the page's
date (:meth:`~phicompare.ProviderRoute.priced_on`), no record of what it cost that day; the
billed one's is on record (review 31, #1: a price checked in 2026 counted as fresh on a page
dated 2025-08-01)."""

FRESHER_RULE = "the price checked most recently is preferred"
"""The words of a tie broken after tier and window by the routes' checked dates (review 30)."""


def choice(name: str, tied: tuple[str, ...], preferred: ProviderTier | None, *,
           wider: bool = False, first: Sequence[str] = (), fresher: bool = False,
           named: bool = False) -> str:
    """Why the estimate's route is the one chosen (see ``docs/cost-model.md``).

    ``first``: the rules that broke the tie before tier and window (:data:`SERVICE_RULE`,
    :data:`STALE_RULE`); ``fresher``: after them, the price checked most recently
    (:data:`FRESHER_RULE`); ``named``: last, of routes alike but in name, the first.

    Examples:
        >>> choice("Groq", (), None), choice("Groq", ("Together AI",), ProviderTier.CLOUD)[:44]
        ('the cheapest eligible route', 'Groq costs exactly as much as Together AI; a')
        >>> choice("Groq", ("Together AI",), None, first=[SERVICE_RULE]).partition("; ")[2]
        "a route that does not retire within 90 days of the comparison's date is preferred to \
one that does"
    """
    if not tied:
        return "the cheapest eligible route"
    others, rule = _tie_words(tied, preferred, wider=wider, first=first, fresher=fresher,
                              named=named)
    return f"{name} costs exactly as much as {others}; {rule}"


def _tie_words(tied: tuple[str, ...], preferred: ProviderTier | None, *,
               wider: bool = False, first: Sequence[str] = (), fresher: bool = False,
               named: bool = False) -> tuple[str, str]:
    """The tied providers (all named, up to :data:`TIES_NAMED`) and the rule that broke the tie.

    More tied providers than that are counted, none named (review 7, F35).

    ``wider``: a tied route of the same tier group took a shorter context (review 7, F28).

    Examples:
        >>> _tie_words(("A", "B"), None)[0], _tie_words(tuple("ABCDE"), None)[0]
        ('A and B', 'A, B, C, D and E')
        >>> _tie_words(tuple("ABCDEFG"), None)[0]
        'seven other providers'
        >>> _tie_words(("A",), None, wider=True)[1]
        'the route that takes the longest context is preferred'
        >>> _tie_words(("A", "B"), ProviderTier.FIRST_PARTY, first=[STALE_RULE])[1]
        "a price checked within 180 days of the comparison's date is preferred to an older one; \
then the model maker's own API is preferred"
        >>> _tie_words(("A", "B"), ProviderTier.CLOUD, fresher=True, named=True)[1]
        "a major cloud's or platform's route is preferred to an inference host's or gateway's; \
then the price checked most recently is preferred; then the first by name is taken"
    """
    rules = [_TIER_WORDS[preferred]] if preferred is not None else []
    if wider:  # (a maker's or cloud's tier ranks before the window, a described provider after)
        rules.insert(0 if preferred is ProviderTier.RESELLER else len(rules), WIDER_RULE)
    # the notice and a stale price rank before all (review 29, F1; review 30); the checked
    # date after tier and window, and a tied route alike in all but name is left by name last
    rules = [*first, *rules, *([FRESHER_RULE] if fresher else [])]
    rules += [_BY_NAME] if named and rules else []
    rule = "; then ".join(rules) if rules else _BY_NAME
    if len(tied) <= TIES_NAMED:  # "A", "A and B", "A, B and C", ... every one named
        return names_list(list(tied)), rule
    # more than can be read in a line: counted, none named, so no reader asks why these three
    # (review 7, F35: "A, B, C and two more" named three of five with no reason)
    count = len(tied)
    counted = _COUNT_WORDS[count] if count < len(_COUNT_WORDS) else f"{count:,}"
    return f"{counted} other providers", rule


def lost_to(rule: str, names: Sequence[str], tied: Sequence[str]) -> str:
    """A rule that broke the tie, naming the routes it put behind where others were left.

    Review 31, #2: "a price checked within 180 days ...; then the route that takes the longest
    context is preferred, though Kilo Gateway takes 327,680 tokens against 10,000,000 on Lambda
    Inference API" did not say that Lambda Inference API lost on its price's age, not its window.

    Examples:
        >>> lost_to("a rule", ["B", "B"], ("B", "C")), lost_to("a rule", ["B"], ("B",))
        ("a rule, B's", 'a rule')
    """
    behind = list(dict.fromkeys(names))
    if len(behind) >= len(tied):  # (it put every tied route behind: the others are the names)
        return rule
    return rule + ", " + names_list([name + "'s" for name in behind])


def retiring_rule(dates: Mapping[str, dt.date | None]) -> str:
    """The notice that broke the tie, naming the routes it put behind and when they retire.

    ``dates``: each provider put behind, by name, and its route's retirement date. Review 31,
    #3: "a route that does not retire within 90 days ... is preferred to one that does" never
    said which route retires or when.

    Examples:
        >>> import datetime as dt
        >>> retiring_rule({"A": dt.date(2026, 12, 1), "B": None}).partition(": ")[2]
        "A's retires on 2026-12-01"
    """
    said = [f"{name}'s on {when.isoformat()}" for name, when in dates.items() if when is not None]
    if not said:
        return SERVICE_RULE
    return f"{SERVICE_RULE}: {said[0].replace(' on ', ' retires on ', 1)}" + "".join(
        f", {one}" for one in said[1:])


def unbilled_reason(model: Model, rows: Sequence[tuple[ProviderRoute, str, str | None]],
                    day: dt.date) -> str:
    """Why ``model`` has no bill on ``day``: ``CostEstimate.reason`` where it has no route.

    ``rows``: each route in force on the day, with its provider's name and why it is not
    eligible (``None``: it is). Each reason is said once, after the routes it leaves out ("A, B
    and C: requests of ..."), retirements in date order (:func:`~.eligibility.by_date`); a
    provider with two routes has each named by its id there.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> m = default_catalog().model("phi-2")
        >>> unbilled_reason(m, [(m.routes[0], "Fireworks AI", "deprecated")], dt.date(2026, 1, 1))
        'no eligible route (Fireworks AI: deprecated)'
        >>> unbilled_reason(m, [], dt.date(2026, 1, 1))
        'no route in force on 2026-01-01 (every price starts later)'
    """
    if model.released is not None and day < model.released:
        return f"not released until {model.released.isoformat()}"  # (every route's reason)
    reasons: dict[str, list[str]] = {}  # reason -> the routes it leaves out, in route order
    for route, name, reason in rows:
        if reason is not None:
            reasons.setdefault(reason, []).append(
                f"{name} ({route.provider_model_id})" if route.provider_model_id
                and sum(r.provider == route.provider for r, _, _ in rows) > 1 else name)
    if reasons:
        return "no eligible route (" + "; ".join(
            f"{names_list(names)}: {reason}" for reason, names in by_date(reasons)) + ")"
    if model.routes:
        return f"no route in force on {day.isoformat()} (every price starts later)"
    return "no provider route in the catalog"


NO_TRUSTED = ("no route from its maker or from a major cloud or platform is eligible",
              "its maker is not on record, and no route from a major cloud or platform is eligible")
"""Why a closed-weight model's bill falls back (:func:`fallback_choice`): for a model whose maker
is on record, and for one whose maker is not (:func:`maker_on_record`)."""


def maker_on_record(model: Model) -> bool:
    """Whether the catalog records ``model``'s maker: a vendor sourced, not one its id suggests.

    A model without one has no route the data can call its maker's, nor one it can call not its
    maker's: its fallback says the maker is not on record (``vendor_inferred``: review 8, G8).

    Examples:
        >>> maker_on_record(Model(id="m", name="M", vendor="Mistral"))
        True
        >>> maker_on_record(Model(id="m", name="M")), maker_on_record(
        ...     Model(id="m", name="M", vendor="Mistral", vendor_inferred=True))
        (False, False)
    """
    return model.vendor is not None and not model.vendor_inferred


def fallback_choice(name: str, tied: tuple[str, ...], preferred: ProviderTier | None,
                    held: Sequence[tuple[str, str]] = (), *, wider: bool = False,
                    maker: bool = True, first: Sequence[str] = (), fresher: bool = False,
                    named: bool = False) -> str:
    """Why a closed-weight model's bill is not its maker's or a cloud's: none is eligible.

    Not "can carry this traffic": the caller's provider filters may be why. ``held`` holds such
    routes the data has (provider name, why not eligible): each reason is said once, after its
    providers ("Google: deprecated"; review 7, F34). ``maker``: whether the model's maker is on
    record (:func:`maker_on_record`); where it is not, no route can be said not to be its
    maker's, and the words say so (:data:`NO_TRUSTED`).

    Examples:
        >>> fallback_choice("Poe", (), None)[:57]
        'no route from its maker or from a major cloud or platform'
        >>> print(fallback_choice("Poe", (), None, [("Google", "deprecated"),
        ...                                          ("Vertex", "deprecated")]))
        no route from its maker or from a major cloud or platform is eligible (Google and Vertex: \
deprecated), so the cheapest eligible route sets the bill
        >>> fallback_choice("Alibaba (China)", (), None, maker=False)[:50]
        'its maker is not on record, and no route from a ma'
    """
    grouped: dict[str, list[str]] = {}
    for provider, reason in held:
        grouped.setdefault(reason, []).append(provider)
    out = " ({})".format("; ".join(f"{names_list(names)}: {reason}"
                                   for reason, names in grouped.items())) if held else ""
    why = f"{NO_TRUSTED[0 if maker else 1]}{out}, so the cheapest eligible route sets the bill"
    if not tied:
        return why
    others, rule = _tie_words(tied, preferred, wider=wider, first=first, fresher=fresher,
                              named=named)
    return f"{why}, and {name} costs exactly as much as {others} ({rule})"


def passed_choice(name: str, tier: ProviderTier | None, tied: tuple[str, ...] = (),
                  tie_tier: ProviderTier | None = None, *, wider: bool = False,
                  first: Sequence[str] = (), fresher: bool = False,
                  named: bool = False) -> str:
    """Why a closed-weight model's bill is its maker's or a cloud's, not a reseller's.

    In words: the reseller's lower listings it passed over are figures
    (``CostEstimate.passed_bills``), which the cost section adds
    (:func:`phicompare.narrative.listings.choice_text`). ``tier`` is the route's tier for the
    model (:func:`served_tier`). A tie with other routes from its maker or a major cloud or
    platform (``tied``, their providers) is said before the listings, with the rule that broke
    it: the tier (``tie_tier``, the route's) or, all of one tier, the window or the name
    (review 10, I15); before either, a route's retiring within the notice or a stale price
    (``first``), where the tied routes need not be of one tier, so none is said to be "also"
    the route's.

    Examples:
        >>> passed_choice("Anthropic", ProviderTier.FIRST_PARTY)[:48]
        "billed on Anthropic, the model maker's own API; "
        >>> print(passed_choice("Amazon Bedrock", ProviderTier.CLOUD, ("Google Vertex AI",)))
        billed on Amazon Bedrock, a major cloud or platform; Amazon Bedrock costs exactly as \
much as Google Vertex AI, also a major cloud or platform (the first by name is taken); a \
reseller's lower listing of a closed-weight model does not set the bill
        >>> passed_choice("A", ProviderTier.CLOUD, ("B", "C")).split("; ")[1]
        'A costs exactly as much as B and C, also major clouds or platforms (the first by name \
is taken)'
        >>> passed_choice("Microsoft Foundry", ProviderTier.CLOUD, ("OpenAI",),
        ...               first=[STALE_RULE]).split("; ")[1]
        "Microsoft Foundry costs exactly as much as OpenAI (a price checked within 180 days of \
the comparison's date is preferred to an older one)"
    """
    tie = ""
    if tied:
        others, rule = _tie_words(tied, tie_tier, wider=wider, first=first, fresher=fresher,
                                  named=named)
        also = "" if tie_tier is not None or first else ", also " + (
            provider_role(tier) if len(tied) == 1 else _ROLES.get(tier, "resellers' listings"))
        tie = f"; {name} costs exactly as much as {others}{also} ({rule})"
    return (f"billed on {name}, {provider_role(tier)}{tie}; a reseller's lower listing "
            "of a closed-weight model does not set the bill")


_ROLES: dict[ProviderTier | None, str] = {
    ProviderTier.FIRST_PARTY: "the model maker's own APIs",
    ProviderTier.CLOUD: "major clouds or platforms"}
""":func:`provider_role` of several providers (of the tiers a passed listing's bill is on)."""


def reseller_choice(name: str) -> str:
    """Why a closed-weight model's bill is a reseller's listing (the cheapest policy), in words.

    The bill from its maker or a major cloud it undercuts is a figure
    (``CostEstimate.maker_bill``), which the cost section adds for scale: the mirror of
    :func:`passed_choice` (review 6, D32).

    Examples:
        >>> reseller_choice("QiHang")
        "billed on QiHang, a reseller's listing of a closed-weight model"
    """
    return f"billed on {name}, a reseller's listing of a closed-weight model"


def provider_role(tier: ProviderTier | None) -> str:
    """A trusted route's provider as a reader knows it: the model maker's own API or a cloud's.

    ``tier`` is the route's tier for the model (:func:`served_tier`): a first-party provider is
    "the model maker's own API" only for its own lab's models; serving another lab's, it is a
    reseller of that model. The cloud tier holds large platforms too (GitHub Models, NVIDIA
    NIM's API catalog): "a major cloud or platform".

    Examples:
        >>> provider_role(ProviderTier.FIRST_PARTY), provider_role(ProviderTier.RESELLER)
        ("the model maker's own API", "a reseller's listing")
    """
    return ("the model maker's own API" if tier is ProviderTier.FIRST_PARTY else
            "a major cloud or platform" if tier is ProviderTier.CLOUD else "a reseller's listing")


def makes(model: Model, provider: Provider) -> bool:
    """Whether ``provider`` is ``model``'s maker: the catalog lists the model's vendor as its own.

    A first-party provider's ``vendors`` (``docs/catalog.md``) name the labs whose models it
    makes. An unknown vendor has no maker to match (rule 2: unknown is not asserted), nor has
    one only the model's id suggests (``vendor_inferred``, review 8, G8); a provider without
    ``vendors`` makes none.

    Examples:
        >>> zai = Provider(id="zai", name="Z.AI", tier=ProviderTier.FIRST_PARTY,
        ...                vendors=("Zhipu AI",))
        >>> makes(Model(id="g", name="G", vendor="Zhipu AI"), zai)
        True
        >>> makes(Model(id="g", name="G", vendor="zhipu-ai"), zai)
        True
        >>> claude, unknown = Model(id="c", name="C", vendor="Anthropic"), Model(id="m", name="M")
        >>> makes(claude, zai), makes(unknown, zai)
        (False, False)
        >>> makes(Model(id="g", name="G", vendor="Zhipu AI", vendor_inferred=True), zai)
        False
    """
    if model.vendor is None or not maker_on_record(model):
        return False
    vendor = normalize_name(model.vendor)
    return any(normalize_name(own) == vendor for own in provider.vendors)


def served_tier(model: Model, provider: Provider) -> ProviderTier | None:
    """``provider``'s tier for a route of ``model``: the one rule.

    A lab's own API (tier first-party) is first-party for the models it makes only
    (:func:`makes`). Serving another lab's model it is a reseller of that model, as any
    inference host is (review 8, G6: Perplexity Agent's Claude Sonnet 4.5 is no maker's route).
    Ties, the maker-first policy and its words all read this tier.

    Examples:
        >>> claude = Model(id="c", name="C", vendor="Anthropic")
        >>> agent = Provider(id="pa", name="Perplexity Agent", tier=ProviderTier.FIRST_PARTY,
        ...                  vendors=("Perplexity",))
        >>> served_tier(claude, agent)
        <ProviderTier.RESELLER: 'reseller'>
        >>> served_tier(claude, Provider(id="a", name="Anthropic", tier=ProviderTier.FIRST_PARTY,
        ...                              vendors=("Anthropic",)))
        <ProviderTier.FIRST_PARTY: 'first-party'>
        >>> served_tier(claude, Provider(id="b", name="Big Cloud", tier=ProviderTier.CLOUD))
        <ProviderTier.CLOUD: 'cloud'>
    """
    if provider.tier is ProviderTier.FIRST_PARTY and not makes(model, provider):
        return ProviderTier.RESELLER
    return provider.tier


_BY_NAME = "the first by name is taken"

TIE_RULES = (SERVICE_RULE, STALE_RULE, RECORD_RULE, WIDER_RULE, FRESHER_RULE,
             *_TIER_WORDS.values(), _BY_NAME)
"""Every rule a tie of equal bills is broken by, in the words a ``choice`` says it (the
narrative says a rule once where several bills' ties are broken by it alone: helper fixBG)."""

_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
