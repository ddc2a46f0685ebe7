"""How each model has a capability, in words: documented, or offered by some of its routes.

A route's flag is never the model's feature: "OpenRouter and Kilo Gateway offer structured
outputs for Phi-4 Mini; Microsoft Foundry does not list it". Split from
:mod:`phicompare.narrative.availability` (where each model runs).
"""

from __future__ import annotations

from collections.abc import Callable

from phicompare.analysis.facts import CapabilityRow
from phicompare.analysis.routes import PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED
from phicompare.domain.capabilities import Capability, Support

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence
from .context import Context, capability_label

__all__ = ["Offers", "capability_basis", "capability_offers", "capability_phrase",
           "left_out_offer", "offer_phrase", "opening"]


_NAMED = 6
"""Providers that offer, or do not list, a capability named one by one, at most; more are
counted (the capabilities table and the route tables name them)."""


Offers = tuple[tuple[Capability, str], ...]
"""A model's capability phrases, each with the capability of its row (:func:`capability_offers`)."""


def capability_offers(x: Context, i: int) -> Offers:
    """How model ``i`` has each capability row, in words: the model's alone, kept with it.

    "Phi-4 Mini documents function calling", or "OpenRouter, W&B and Kilo offer structured
    outputs for Phi-4 Mini; Microsoft Foundry does not list it": a route's flag is never the
    model's feature. A sentence states the phrase of a capability the model has (a row it
    lacks reads "documents" too, and none states it). Each row's column is the model's own
    (its documentation and its routes' flags), so the phrases are worked out once a model
    (:attr:`~phicompare.narrative.parts.ModelParts.offers`) and read by
    :func:`capability_phrase`; :func:`capability_basis` is the basis of a claim that states
    one.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> for row, (_, phrase) in zip(x.c.capabilities, capability_offers(x, 1)):
        ...     if row.support[1].value == "yes":
        ...         print(phrase[:60])
        Phi-4 Mini documents function calling
        OpenRouter, Weights & Biases Inference and Kilo Gateway offe
    """
    return tuple([(row.capability, _row_phrase(x, row, i)) for row in x.c.capabilities])


def opening(text: str) -> str:
    """``text`` as a sentence: capitalised where it opens with a count of providers.

    Only there: a model's name keeps its case ("o3 documents ..."), and a count above nine,
    in digits, opens no sentence (:func:`~phicompare.narrative.format.opening`: "In all, 14
    providers offer ...", review 15 leftovers, R2).

    Examples:
        >>> opening("seven providers offer reasoning mode for Qwen3 14B."), opening("o3 does")
        ('Seven providers offer reasoning mode for Qwen3 14B.', 'o3 does')
        >>> opening("14 providers offer function calling for DeepSeek-R1.")
        'In all, 14 providers offer function calling for DeepSeek-R1.'
    """
    head, _, rest = text.partition(" ")
    return fmt.opening(text) if rest.startswith("providers ") and not head[:1].isupper() \
        and (head.isdigit() or not head[:1].isdigit()) else text


def capability_phrase(x: Context, k: int, i: int, offers: Offers) -> str:
    """Model ``i``'s phrase for capability row ``k``, from its kept ``offers`` where it can.

    They hold that row's capability at ``k`` where every capability is listed, as
    ``compare()`` lists them; otherwise (a comparison showing fewer rows) the phrase is
    written for this page.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> capability_phrase(x, 3, 1, capability_offers(x, 1))
        'Phi-4 Mini documents function calling'
        >>> capability_phrase(x, 3, 1, ())  # nothing kept: written here
        'Phi-4 Mini documents function calling'
    """
    row = x.c.capabilities[k]
    if k < len(offers) and offers[k][0] is row.capability:
        return offers[k][1]
    return _row_phrase(x, row, i)


def _row_phrase(x: Context, row: CapabilityRow, i: int) -> str:
    offered = row.offered_by[i] if row.offered_by else ()
    return _phrase(capability_label(row.capability).lower(), x.names[i],
                   row.documented[i] if row.documented else None, offered,
                   row.not_listed_by[i] if row.not_listed_by else (),
                   _left_out(x, i, offered))


def left_out_offer(x: Context, k: int, i: int) -> str | None:
    """That only providers the page leaves out offer capability row ``k`` for model ``i``.

    Such a capability is not supported on the page (``analysis.profile.within``): a sentence
    that says the model lacks it or does not document it adds "only DeepInfra, which this
    page excludes, offers it for Llama 3.1 8B" (review 7, F23). ``None`` where that is not so.
    """
    row = x.c.capabilities[k]
    offered = row.offered_by[i] if row.offered_by else ()
    if not offered or row.support[i] is Support.YES or row.documented[i] is True:
        return None
    left_out = _left_out(x, i, offered)
    if left_out is None:  # pragma: no cover - unsupported with an offer: only left-out ones
        return None
    who = (f"{fmt.count_word(len(offered))} providers" if len(offered) > _NAMED
           else fmt.join_words(list(offered)))
    return (f"only {who}, {left_out}, {'offers' if len(offered) == 1 else 'offer'} it for "
            f"{x.names[i]}")


def _left_out(x: Context, i: int, offered: tuple[str, ...]) -> str | None:
    """How the page leaves out the providers ``offered`` names, if it leaves out every one.

    The coverage is within the page's providers (``compare``; review 7, F23), but a capability
    that only left-out providers flag keeps them: the phrase then says so.
    """
    reasons = {r.provider_name: r.reason for r in x.c.routes_of(i)
               if r.reason in (PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED)}
    if not offered or any(name not in reasons for name in offered):
        return None
    return ("which this page excludes" if all(reasons[n] == PROVIDER_EXCLUDED for n in offered)
            else "which this page does not allow")


def offer_phrase(x: Context, k: int, i: int, name: str) -> str:
    """"Nebius AI Studio and OVHcloud AI Endpoints offer structured outputs for ``name``"."""
    row = x.c.capabilities[k]
    offered = row.offered_by[i] if row.offered_by else ()
    return _phrase(capability_label(row.capability).lower(), name, None, offered, ())


def _phrase(label: str, name: str, documented: bool | None, offered: tuple[str, ...],
            silent: tuple[str, ...], left_out: str | None = None) -> str:
    if documented is True or not offered:
        return f"{name} documents {label}"
    # a count in words under ten, as everywhere ("seven providers", not "7" beside "nine
    # routes": review 7, F25); a sentence it opens is capitalised by :func:`opening`
    who = (f"{fmt.count_word(len(offered))} providers" if len(offered) > _NAMED
           else fmt.join_words(list(offered)))
    if left_out:  # "DeepInfra, which this page excludes, offers ..." (review 7, F23)
        who += f", {left_out},"
    text = f"{who} {'offers' if len(offered) == 1 else 'offer'} {label} for {name}"
    if len(silent) > _NAMED:  # a roll call of every reseller hides the sentence
        text += f"; {fmt.plural(len(silent), 'other provider')} do not list it"
    elif silent:
        text += (f"; {fmt.join_words(list(silent))} "
                 f"{'does' if len(silent) == 1 else 'do'} not list it")
    return text


def capability_basis(x: Context, k: int, i: int) -> Callable[[], Basis]:
    """The basis of a claim stating model ``i``'s phrase for capability row ``k``.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> [e.path for e in capability_basis(x, 3, 1)().evidence]  # documented
        ['capabilities[3].documented[1]']
        >>> [e.path.split(".")[-1] for e in capability_basis(x, 5, 1)().evidence]  # by routes
        ['offered_by[1]', 'not_listed_by[1]', 'documented[1]']
    """
    row = x.c.capabilities[k]
    documented = row.documented[i] if row.documented else None
    if documented is True or not row.offered_by or not row.offered_by[i]:
        return lambda: Basis(
            (Evidence(paths.capability_source(k, "documented", i), documented),),
            (Check(op=CheckOp.TRUE, paths=(paths.capability_source(k, "documented", i),)),))
    offered, silent = row.offered_by[i], row.not_listed_by[i]
    return lambda: Basis(
        (Evidence(paths.capability_source(k, "offered_by", i), offered),
         Evidence(paths.capability_source(k, "not_listed_by", i), silent),
         Evidence(paths.capability_source(k, "documented", i), documented)),
        (Check(op=CheckOp.IN, paths=(paths.capability_source(k, "documented", i),),
               values=("none", "false")),))
