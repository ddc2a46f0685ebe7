"""Why no route takes requests whose input passes the model's input limit (review 13, M4).

GPT-5 takes at most 272,000 input tokens of its 400,000-token window: requests of 300,000
input and 2,000 output tokens fit the window and pass the limit, so the verdict says "its
input limit (272,000 tokens) is below these requests' 300,000 input tokens", not "none of its
routes takes requests of 302,000 tokens", which 302,000-token requests with less input are.
The rule is cost's eligibility (``analysis.workload.input_overrun``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.workload import input_overrun

from . import format as fmt, paths
from .claims import Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["limit_basis", "over_input", "over_input_basis"]


def over_input(c: Comparison, i: int, *, figured: bool, whose: str = "its") -> str | None:
    """Model ``i``'s input limit below the requests' input, in words; ``None`` where it is not.

    Examples:
        >>> from phicompare import Traffic, compare
        >>> t = Traffic.from_requests(per_day=1000, input_tokens=300_000, output_tokens=2_000)
        >>> c = compare("gpt-5", "gpt-4.1", traffic=t)
        >>> over_input(c, 0, figured=True)
        "its input limit (272,000 tokens) is below these requests' 300,000 input tokens"
        >>> over_input(c, 0, figured=False)
        "its input limit is below these requests' input"
        >>> over_input(c, 1, figured=True) is None
        True
    """
    over = input_overrun(c.models[i], c.traffic)
    if over is None:
        return None
    if not figured:
        return f"{whose} input limit is below these requests' input"
    asked, cap = over
    return (f"{whose} input limit ({fmt.exact_tokens(cap)} tokens) is below these requests' "
            f"{fmt.exact_tokens(asked)} input tokens")


def over_input_basis(c: Comparison, i: int, *, figured: bool, at: int | None = None,
                     ) -> tuple[tuple[Evidence, ...], tuple[Check, ...]]:
    """What :func:`over_input` rests on: the limit below the requests' input tokens.

    Model ``i``'s limit, read in ``c``; its path names the model at ``at`` where the claim is
    placed in another comparison (a draft: :mod:`.parts`; helper fixS).
    """
    return limit_basis(c.models[i].max_input_tokens, c.traffic.request_input_tokens,
                       i if at is None else at, figured=figured)


def limit_basis(cap: int | None, asked: int | None, at: int, *, figured: bool,
                ) -> tuple[tuple[Evidence, ...], tuple[Check, ...]]:
    """:func:`over_input_basis` from the figures alone, not the comparison.

    The model's input limit ``cap`` (the model at ``at``) below the requests' ``asked`` input
    tokens. A draft kept
    with the catalog takes the figures, not the comparison, which it would keep alive
    (:mod:`.parts`).

    Examples:
        >>> [e.path for e in limit_basis(272_000, 300_000, 2, figured=False)[0]]
        ['models[2].max_input_tokens', 'traffic.request_input_tokens']
    """
    where = paths.model(at, "max_input_tokens")
    by = paths.traffic("request_input_tokens")
    return ((Evidence(where, cap, fmt.exact_tokens(cap or 0) if figured else None,
                      EvidenceKind.TOKENS_EXACT),
             Evidence(by, asked, fmt.exact_tokens(asked or 0) if figured else None,
                      EvidenceKind.TOKENS_EXACT)),
            (Check(op=CheckOp.LESS, paths=(where, by)),))
