"""A bill that rests on a route's own output limit above its model's record (review 9, H8).

A route may record a larger output limit than its model's own (a gateway listing 32,768 tokens
for a model whose record says 16,384). The estimate takes the route's figure (the limit in force
on that route), but where the traffic's responses are longer than the model's own limit, the
bill rests on that listing's claim alone: the cost line and the verdict say so, as they say a
bill on an unconfirmed listing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from phicompare.analysis.facts import CostEstimate

    from .context import Context
    from .paths import FactPath

__all__ = ["beyond", "claim_basis", "claim_words", "output_claim", "output_claim_basis",
           "output_claim_words", "with_claims"]


def beyond(e: CostEstimate, own: int | None, answer: int | None) -> tuple[int, int, int] | None:
    """The route's output limit, the model's (``own``) and the responses (``answer``), or ``None``.

    Known where the bill ``e`` needs its route's output limit above the model's own.

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
    if e.monthly is None or route is None or own is None or answer is None:
        return None
    listed = route.max_output_tokens
    if listed is None or listed <= own or answer <= own:
        return None
    return listed, own, answer


def claim_words(found: tuple[int, int, int]) -> str:
    """A bill's listing whose output limit is above its model's own, in words.

    "a listing whose output limit, 32,768 tokens, is above the model's own 16,384, which
    responses of 30,000 tokens need".
    """
    listed, own, answer = found
    return (f"a listing whose output limit, {fmt.exact_tokens(listed)} tokens, is above the "
            f"model's own {fmt.exact_tokens(own)}, which responses of {fmt.exact_tokens(answer)} "
            "tokens need")


def claim_basis(found: tuple[int, int, int], route: FactPath, model: FactPath,
                answers: FactPath) -> tuple[list[Evidence], tuple[Check, ...]]:
    """The evidence and checks of :func:`claim_words`, at the three facts' paths."""
    listed, own, answer = found
    exact = EvidenceKind.TOKENS_EXACT
    return ([Evidence(route, listed, fmt.exact_tokens(listed), exact),
             Evidence(model, own, fmt.exact_tokens(own), exact),
             Evidence(answers, answer, fmt.exact_tokens(answer), exact)],
            (Check(op=CheckOp.LESS, paths=(model, route)),
             Check(op=CheckOp.LESS, paths=(model, answers)),
             Check(op=CheckOp.LESS, paths=(answers, route))))


def output_claim(x: Context, i: int) -> tuple[int, int, int] | None:
    """:func:`beyond` for model ``i`` of the comparison."""
    return beyond(x.c.cost.estimates[i], x.c.models[i].max_output_tokens,
                  x.c.traffic.request_output_tokens)


def output_claim_words(x: Context, i: int) -> str | None:
    """:func:`claim_words` for model ``i``'s bill (``None``: it rests on no such listing)."""
    found = output_claim(x, i)
    return None if found is None else claim_words(found)


def output_claim_basis(x: Context, i: int) -> tuple[list[Evidence], tuple[Check, ...]]:
    """The evidence and checks of :func:`output_claim_words` for model ``i`` (none without)."""
    found = output_claim(x, i)
    if found is None:
        return [], ()
    return claim_basis(found, paths.estimate(i, "route.max_output_tokens"),
                       paths.model(i, "max_output_tokens"),
                       paths.traffic("request_output_tokens"))


def with_claims(x: Context, indexes: Sequence[int], caveat: str,
                basis: Callable[[], Basis]) -> tuple[str, Callable[[], Basis]]:
    """A caveat on the bills of ``indexes`` (``bills.resold``'s), with the output claims.

    Each bill that rests on a route's output limit above its model's is said: "Llama 4
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
