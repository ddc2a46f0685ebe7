"""Whether a route can take the caller's workload, whatever its price or status.

The caller's terms a route must meet (``RouteRow.unfit``): the provider filters, the context
asked, the requests' size and the required capabilities. A model none of whose routes meets them
is ruled out by the page's terms (``docs/narrative.md``).
"""

from __future__ import annotations

import enum
import re

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from .traffic import Traffic

__all__ = ["Unfit", "article", "input_overrun", "input_text", "output_overrun", "overrun_text",
           "window_text", "workload_unfit"]


class Unfit(str, enum.Enum):
    """Why a route cannot take the caller's workload whatever its price or status.

    The caller's own terms: the provider filters, the context asked (``min_context``), the
    requests' size (input plus output tokens of one request), their responses' size (output
    tokens of one request, against a recorded output limit) and the required capabilities. A
    model none of whose routes meets them is ruled out by the page's terms
    (``docs/narrative.md``).

    Examples:
        >>> Unfit("context").name
        'CONTEXT'
    """

    PROVIDER = "provider"
    """The provider is excluded, or not among those allowed."""
    MIN_CONTEXT = "min-context"
    """The route's context window is under the context asked, or not sourced."""
    CONTEXT = "context"
    """The requests exceed the route's context window, or their input the model's input limit
    (``Model.max_input_tokens``, a cap below the window: review 12, L1)."""
    CONTEXT_UNSOURCED = "context-unsourced"
    """The route's context window is not sourced: the requests cannot be confirmed to fit."""
    OUTPUT = "output"
    """The requests' responses exceed the route's output limit (its own, else the model's); an
    output limit not sourced is no failure: it is not known to be lower."""
    CAPABILITY = "capability"
    """A required capability is not documented for the route, or not supported."""


def workload_unfit(model: Model, route: ProviderRoute, traffic: Traffic,
                   requires: frozenset[Capability]) -> Unfit | None:
    """Why ``route`` cannot take requests of ``traffic``'s size or ``requires``, or ``None``.

    Price, status and dates do not count here (:func:`route_eligibility` says all). A route
    that fails several terms is unfit for the first of: a required capability, then the
    requests' size; the caller's provider and minimum-context filters come after both
    (``analysis.routes``). So a model that lacks a capability is ruled out for it alone, not
    for "every term" because one small route also fails the size.

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.traffic import Traffic
        >>> m = default_catalog().model("phi-2")
        >>> big = Traffic(input_tokens=10_000, output_tokens=0, requests=1)
        >>> workload_unfit(m, m.routes[0], big, frozenset()).value
        'context'
        >>> workload_unfit(m, m.routes[0], Traffic(), frozenset()) is None
        True
    """
    if requires:  # first: a capability a model lacks is lacking on every route, its sizes vary
        capabilities = model.route_capabilities(route)
        if any(capabilities.support(c) is not Support.YES for c in requires):
            return Unfit.CAPABILITY
    size = traffic.request_tokens
    if size is not None:
        context = model.route_context(route)
        if context is None:
            return Unfit.CONTEXT_UNSOURCED
        if size > context:
            return Unfit.CONTEXT
    if input_overrun(model, traffic) is not None:
        return Unfit.CONTEXT
    if output_overrun(model, route, traffic) is not None:
        return Unfit.OUTPUT
    return None


def input_overrun(model: Model, traffic: Traffic) -> tuple[int, int] | None:
    """The requests' input tokens and the model's input limit they exceed, or ``None``.

    The limit is the model's own cap below its context window (``Model.max_input_tokens``;
    GPT-5 takes at most 272,000 input tokens of its 400,000): the maker's API refuses a request
    over it whatever the window's room, so no route can carry it (review 12, L1). No cap on
    record, or no request count, is no failure.

    Examples:
        >>> m = Model(id="m", name="M", context_window=400_000, max_input_tokens=272_000)
        >>> input_overrun(m, Traffic(input_tokens=350_000, output_tokens=2_000, requests=1))
        (350000, 272000)
        >>> input_overrun(m, Traffic(input_tokens=270_000, output_tokens=2_000, requests=1))
    """
    asked, cap = traffic.request_input_tokens, model.max_input_tokens
    if asked is not None and cap is not None and asked > cap:
        return asked, cap
    return None


def output_overrun(model: Model, route: ProviderRoute,
                   traffic: Traffic) -> tuple[int, int, int | None] | None:
    """The responses' tokens, the output limit they exceed on ``route``, and a whole window.

    The third figure is the route's own whole window it listed as its output limit where the
    model's lower limit holds instead (``None``: it listed none such). The limit is the
    route's own, else the model's; one not sourced is no failure, nor are responses of unknown
    size (no request count). Review 8, G1. A route's figure that is its whole window is no
    output limit: the model's own holds (``Model.route_output``; review 10, I1).

    Examples:
        >>> import datetime as dt
        >>> own = {"provider": "p", "source": "https://example.com", "checked": dt.date(2026, 1, 1)}
        >>> m = Model(id="m", name="M", max_output_tokens=4_096)
        >>> t = Traffic(input_tokens=500, output_tokens=20_000, requests=1)
        >>> output_overrun(m, ProviderRoute(**own), t)
        (20000, 4096, None)
        >>> output_overrun(m, ProviderRoute(**own, max_output_tokens=32_768), t) is None
        True
        >>> output_overrun(m, ProviderRoute(**own, context_window=32_768,
        ...                                 max_output_tokens=32_768), t)
        (20000, 4096, 32768)
    """
    answer, limit = traffic.request_output_tokens, model.route_output(route)
    if answer is not None and limit is not None and answer > limit:
        whole = model.window_output(route)  # (said only where the model's own is lower)
        return answer, limit, None if whole == limit else whole
    return None


def window_text(size: int, context: int) -> str:
    """Why a route cannot take requests of ``size`` tokens (a route row's ``reason``).

    Examples:
        >>> window_text(9_000, 8_192), window_text(20_500, 16_384)
        ('requests of 9,000 tokens exceed an 8,192-token context window', \
'requests of 20,500 tokens exceed a 16,384-token context window')
    """
    return f"requests of {size:,} tokens exceed {article(context)} {context:,}-token context window"


def input_text(asked: int, cap: int, context: int | None) -> str:
    """Why no route can take requests of ``asked`` input tokens (a route row's ``reason``).

    Examples:
        >>> input_text(350_000, 272_000, 400_000)
        'requests of 350,000 input tokens exceed a 272,000-token input limit (of a \
400,000-token context window, input and output together)'
        >>> input_text(350_000, 272_000, None)
        'requests of 350,000 input tokens exceed a 272,000-token input limit'
    """
    text = f"requests of {asked:,} input tokens exceed {article(cap)} {cap:,}-token input limit"
    if context is None:
        return text
    return (f"{text} (of {article(context)} {context:,}-token context window, input and output "
            "together)")


def overrun_text(answer: int, limit: int, whole: int | None = None) -> str:
    """Why a route cannot give responses of ``answer`` tokens (a route row's ``reason``).

    ``whole``: the route's listed figure that is its whole context window, no output limit, so
    the model's own ``limit`` holds there (review 10, I1).

    Examples:
        >>> overrun_text(20_000, 8_192)
        'responses of 20,000 tokens exceed an 8,192-token output limit'
        >>> overrun_text(20_000, 4_096)
        'responses of 20,000 tokens exceed a 4,096-token output limit'
        >>> overrun_text(60_000, 32_768, 164_000)[62:]
        "(the model's: the route's 164,000 is its whole context window)"
    """
    text = f"responses of {answer:,} tokens exceed {article(limit)} {limit:,}-token output limit"
    if whole is None:
        return text
    return f"{text} (the model's: the route's {whole:,} is its whole context window)"


def article(number: int | str) -> str:
    """The indefinite article before ``number`` said aloud: "an 8,192", "an 11,000", "a 4,096".

    The one rule for every count or figure a sentence puts an article before (token counts in
    the reasons a route cannot carry a request, a gap's points): ``number`` as an int, or as
    the page writes it ("8.0", "11,000").

    Examples:
        >>> [article(n) for n in (8_192, 11_000, 18_000, 800, 4_096, 110_000, 1_100)]
        ['an', 'an', 'an', 'an', 'a', 'a', 'a']
        >>> [article(t) for t in ("8.0", "11.2", "18.3", "1.8", "0.1", "80.5")]
        ['an', 'an', 'an', 'a', 'a', 'an']
    """
    text = f"{number:,}" if isinstance(number, int) else number
    lead = re.split(r"[,.]", text.lstrip("+-"))[0]
    return "an" if lead.startswith("8") or lead in {"11", "18"} else "a"
