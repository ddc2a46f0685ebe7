"""How a requirement a `pick` candidate meets reads: "documents vision", "takes 200,000 tokens".

Split from :mod:`phicompare.narrative.reasons`, which says each candidate's met requirements
with these words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.listed import listing_rows, maker_capabilities
from phicompare.analysis.requirements import RequirementKind
from phicompare.domain.capabilities import Capability

from . import format as fmt
from .unsupported import capability_word

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import RouteRow
    from phicompare.analysis.requirements import RequirementCheck
    from phicompare.domain.records import Model

__all__ = ["met_words"]


def met_words(check: RequirementCheck, provider: str, model: Model,
         rows: Sequence[RouteRow], window: int | None) -> tuple[str, str | None, int | None]:
    """How a met requirement reads, the tokens it shows, and the model's own window if smaller.

    The tokens: a minimum context's, to the token (review 11, K6); the model's own window where the
    bill's route lists more: a listing above it counts no more, so the model's record meets the
    context asked, and the words say so (review 30, F9, after review 10, I9); where the bill's route
    lists no window (``window``), the model's record meets it, and the words say so, not that the
    route takes it (review 21, P8). A capability the model's own record does not document is met by
    the route the bill is on (route eligibility asks the route for it): "vision offered on Novita
    AI", not "documents". A flag of its maker's own listing (one of ``rows``) is the model's, as on
    a pair page: "documents function calling" for Command R7B Arabic on Cohere's API (helper fixZ,
    after fixY's rule); a flag of a model whose every source is a reseller's listing is the
    listings' offer, as a pair page says it (``analysis.listed.as_listings``): "vision offered on
    ZenMux", or on the listings' providers where the bill's is none of them.
    """
    kind, value = check.requirement.kind, check.requirement.value or ""
    if kind is RequirementKind.CAPABILITY:
        label = capability_word(Capability(value))  # "reasoning mode", as pages say it
        listed = list(dict.fromkeys(rows[k].provider_name for k in listing_rows(model, rows)))
        if listed and provider not in listed:  # (the record's flag is its listings')
            return f"{label} offered on {fmt.join_words(listed)}", None, None
        if listed or maker_capabilities(model, rows).flag(Capability(value)) is not True:
            return f"{label} offered on {provider}", None, None
        return f"documents {label}", None, None
    if kind is RequirementKind.MIN_CONTEXT:
        own, actual = model.context_window, int(check.actual or 0)
        if own is not None and window is not None and own < window:  # (counted at its own)
            return (f"takes {fmt.exact_tokens(actual)} tokens by the model's own record "
                    f"({provider}'s listing of {fmt.exact_tokens(window)} is above it)"), \
                fmt.exact_tokens(actual), own
        # a figure set against a threshold is written to the token, never short: "256K" for
        # 262,144 reads below the 260,000 asked (review 11, K6)
        if window is None:
            text = (f"takes {fmt.exact_tokens(actual)} tokens by the model's own record "
                    f"({provider} lists no window)")
            return text, fmt.exact_tokens(actual), None
        return (f"takes {fmt.exact_tokens(actual)} tokens on {provider}",
                fmt.exact_tokens(actual), None)
    if kind is RequirementKind.OPEN_WEIGHTS:
        return ("publishes its weights" if value == "yes" else "keeps its weights closed"), \
            None, None
    if kind is RequirementKind.LICENSE:
        return f"licence {check.actual}", None, None
    if kind is RequirementKind.RELEASED:  # (API review 14, A1)
        return (f"released {check.actual}" if check.actual else check.reason or ""), None, None
    return f"served by an allowed provider ({provider})", None, None
