"""A bill that rests on a route's own listing above its model's record (review 9, H8; I9).

A route may record a larger output limit than its model's own (a gateway listing 32,768 tokens
for a model whose record says 16,384), or a larger context window (302.AI's 2,000,000 tokens for
Gemini 2.0 Flash-Lite, recorded at 1,048,576). The estimate takes the route's figure (the limit
in force on that route), but where the traffic's responses, or its requests, are longer than the
model's own figure, the bill rests on that listing's claim alone: the summary, the cost line, the
verdict and ``pick`` say so, as they say a bill on an unconfirmed listing. One rule for both
figures (review 10, I9).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from phicompare.analysis.facts import CostEstimate
    from phicompare.analysis.traffic import Traffic
    from phicompare.domain.records import Model

    from .context import Context
    from .paths import FactPath

__all__ = ["Over", "beyond", "claim_basis", "claim_words", "its_bill", "model_paths",
           "output_claim", "output_claim_basis", "output_claim_words", "over", "with_claims"]


class Over(NamedTuple):
    """A figure of a bill's route above its model's own, which the traffic needs."""

    window: bool
    """A context window (else an output limit)."""
    listed: int
    """The route's figure."""
    own: int
    """The model's own."""
    need: int
    """What the traffic needs: its requests' tokens (a window), its responses' (an output)."""

    @property
    def fields(self) -> tuple[str, str, str]:
        """The route's, the model's and the traffic's field the figures come from."""
        if self.window:
            return "route.context_window", "context_window", "request_tokens"
        return "route.max_output_tokens", "max_output_tokens", "request_output_tokens"


Found = tuple[Over, ...]
"""What a bill rests on (never empty where said): its window first, then its output limit."""


def beyond(e: CostEstimate, own: int | None, answer: int | None) -> tuple[int, int, int] | None:
    """The route's output limit, the model's (``own``) and the responses (``answer``), or ``None``.

    Known where the bill ``e`` needs its route's output limit above the model's own; with
    ``route`` and ``own`` a context window and ``answer`` the requests' size, the same for a
    window (:func:`over` reads both).

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> from phicompare import Model, ProviderRoute
        >>> from phicompare.analysis.facts import CostEstimate
        >>> r = ProviderRoute(provider="p", input=Decimal(1), output=Decimal(1),
        ...                   source="https://example.com", checked=dt.date(2026, 1, 1),
        ...                   max_output_tokens=32_768)
        >>> e = CostEstimate(model_index=0, route=r, provider_name="P", monthly=Decimal(1),
        ...                  model=Model(id="m", name="M"))
        >>> beyond(e, 16_384, 30_000), beyond(e, 16_384, 16_000), beyond(e, None, 30_000)
        ((32768, 16384, 30000), None, None)
    """
    route = e.route
    listed = None if route is None else route.max_output_tokens
    return _above(e, listed, own, answer)


def _above(e: CostEstimate, listed: int | None, own: int | None,
           need: int | None) -> tuple[int, int, int] | None:
    if e.monthly is None or listed is None or own is None or need is None:
        return None
    if listed <= own or need <= own:
        return None
    return listed, own, need


def over(e: CostEstimate, model: Model, traffic: Traffic) -> Found | None:
    """What bill ``e`` of ``model`` rests on above the model's own figures, or ``None``.

    Its route's context window where the requests need more than the model's window, and its
    output limit where the responses need more than the model's limit (review 10, I9).
    """
    route = e.route
    window = _above(e, None if route is None else route.context_window, model.context_window,
                    traffic.request_tokens)
    output = beyond(e, model.max_output_tokens, traffic.request_output_tokens)
    found = [Over(True, *window)] if window is not None else []
    found += [Over(False, *output)] if output is not None else []
    return tuple(found) or None


def claim_words(found: Found) -> str:
    """A bill's listing whose figures are above its model's own, in words.

    "a listing whose output limit, 32,768 tokens, is above the model's own 16,384, which
    responses of 30,000 tokens need"; a window too: "a listing whose context window, 2,000,000
    tokens, is above the model's own 1,048,576, which requests of 1,502,000 tokens need".

    Examples:
        >>> words = claim_words((Over(True, 2_000_000, 1_048_576, 1_502_000),
        ...                      Over(False, 32_768, 16_384, 30_000)))
        >>> words[:48], words.split(", and ")[1][:34]
        ('a listing whose context window, 2,000,000 tokens', 'whose output limit, 32,768 tokens,')
    """
    parts = [f"{'context window' if o.window else 'output limit'}, "
             f"{fmt.exact_tokens(o.listed)} tokens, is above the model's own "
             f"{fmt.exact_tokens(o.own)}, which {'requests' if o.window else 'responses'} of "
             f"{fmt.exact_tokens(o.need)} tokens need" for o in found]
    return "a listing whose " + ", and whose ".join(parts)


def model_paths(i: int, route: tuple[FactPath, FactPath] | None = None
                ) -> Callable[[Over], tuple[FactPath, FactPath, FactPath]]:
    """The paths of model ``i``'s figures in a comparison, for :func:`claim_basis`.

    ``route``: the paths of the billed route's window and output limit, the bill's
    (``cost.estimates[i]``) by default, or another bill's (a priced bill beside a free tier's).
    """
    window, output = route or (paths.estimate(i, "route.context_window"),
                               paths.estimate(i, "route.max_output_tokens"))

    def at(o: Over) -> tuple[FactPath, FactPath, FactPath]:
        if o.window:
            return window, paths.model(i, "context_window"), paths.traffic("request_tokens")
        return (output, paths.model(i, "max_output_tokens"),
                paths.traffic("request_output_tokens"))
    return at


def claim_basis(found: Found, at: Callable[[Over], tuple[FactPath, FactPath, FactPath]],
                ) -> tuple[list[Evidence], tuple[Check, ...]]:
    """The evidence and checks of :func:`claim_words`, at the figures' paths (``at``)."""
    exact = EvidenceKind.TOKENS_EXACT
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for o in found:
        route, model, need = at(o)
        evidence += [Evidence(route, o.listed, fmt.exact_tokens(o.listed), exact),
                     Evidence(model, o.own, fmt.exact_tokens(o.own), exact),
                     Evidence(need, o.need, fmt.exact_tokens(o.need), exact)]
        # the listing takes what the traffic needs, up to its figure: responses as long as
        # the output limit, requests as large as the window (the bill's own rule; review 26, P2)
        checks += [Check(op=CheckOp.LESS, paths=(model, route)),
                   Check(op=CheckOp.LESS, paths=(model, need)),
                   Check(op=CheckOp.AT_MOST, paths=(need, route))]
    return evidence, tuple(checks)


def output_claim(x: Context, i: int) -> Found | None:
    """:func:`over` for model ``i``'s bill in the comparison."""
    return over(x.c.cost.estimates[i], x.c.models[i], x.c.traffic)


def output_claim_words(x: Context, i: int) -> str | None:
    """:func:`claim_words` for model ``i``'s bill (``None``: it rests on no such listing)."""
    found = output_claim(x, i)
    return None if found is None else claim_words(found)


def output_claim_basis(x: Context, i: int) -> tuple[list[Evidence], tuple[Check, ...]]:
    """The evidence and checks of :func:`output_claim_words` for model ``i`` (none without)."""
    found = output_claim(x, i)
    if found is None:
        return [], ()
    return claim_basis(found, model_paths(i))


def with_claims(x: Context, indexes: Sequence[int], caveat: str,
                basis: Callable[[], Basis]) -> tuple[str, Callable[[], Basis]]:
    """A caveat on the bills of ``indexes`` (``bills.resold``'s), with the listings' claims.

    Each bill that rests on a route's output limit or window above its model's is said: "Llama 4
    Maverick 17B Instruct's bill is on a listing whose output limit, 32,768 tokens, is above
    the model's own 16,384, which responses of 30,000 tokens need".
    """
    said = [f"{x.names[i]}'s bill is on {words}" for i in indexes
            if (words := output_claim_words(x, i)) is not None]
    if not said:
        return caveat, basis
    text = "; ".join([caveat, *said] if caveat else said)

    def joined() -> Basis:
        first = basis()
        found = [output_claim_basis(x, i) for i in indexes]
        return Basis((*first.evidence, *[e for f in found for e in f[0]]),
                     (*first.checks, *[c for f in found for c in f[1]]))

    return text, joined


def its_bill(caveat: str, name: str) -> str:
    """A caveat on bills (:func:`with_claims`'s) whose first words on ``name``'s bill say "its".

    Said right after "``name`` is ... cheaper" or "``name`` is cheapest" (helper fixAR: "Gemini
    3 Pro Preview is $8,936.50 cheaper; Gemini 3 Pro Preview's bill is on QiHang's listing"
    named the model twice in one sentence); a caveat on another's bill, or on several, is kept.

    Examples:
        >>> its_bill("A's bill is on Q's listing: Cost at your traffic says why", "A")
        "its bill is on Q's listing: Cost at your traffic says why"
        >>> its_bill("B's bill is on Q's listing", "A")
        "B's bill is on Q's listing"
        >>> its_bill("A's and B's bills are both on Q's listings", "A")
        "A's and B's bills are both on Q's listings"
    """
    own = f"{name}'s bill "
    return f"its bill {caveat.removeprefix(own)}" if caveat.startswith(own) else caveat
