"""LLMStats route prices that both later price snapshots contradict (review 24, P2).

LLMStats' provider files price some routes once, on a model's launch day, and some of those
prices are plainly wrong (Fireworks' Qwen3 235B-A22B at $0.10 and $0.10 per 1M tokens, a price
no other source gives) yet set bills and reverse verdicts. Two other snapshots price the same
provider's routes: LiteLLM's price map and pydantic's genai-prices. :func:`uncontradicted`
takes, for a route whose price LLMStats alone gives, the price both of them give where they agree
with each other and differ from LLMStats', and where both are dated after LLMStats' (so a price
is never set back to an older one: a later cut LLMStats recorded stays). The route then cites
genai-prices' provider file on its ``prices_checked`` day; its notes name LiteLLM's entry and
the price LLMStats gave, and ``docs/data-notes.md`` lists each. Where only one of the two
contradicts LLMStats, the price stays (a real price change and an error look alike then).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._noted import noted

__all__ = ["HOSTS", "LLMSTATS_PROVIDERS", "index", "uncontradicted"]

LLMSTATS_PROVIDERS = re.compile(r"^https://github\.com/JonathanChavezTamales/LLMStats/blob/"
                                r"[0-9a-f]+/providers/")
"""The URLs of LLMStats' provider files, where its route prices come from."""

HOSTS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # catalog provider: (LiteLLM's litellm_provider values, genai-prices' provider ids)
    "aws-bedrock": (("bedrock", "bedrock_converse"), ("aws",)),
    "azure-foundry": (("azure", "azure_ai"), ("azure",)),
    "cerebras": (("cerebras",), ("cerebras",)),
    "deepseek": (("deepseek",), ("deepseek",)),
    "fireworks": (("fireworks_ai",), ("fireworks",)),
    "google": (("gemini",), ("google",)),
    "groq": (("groq",), ("groq",)),
    "mistral": (("mistral",), ("mistral",)),
    "novita": (("novita",), ("novita",)),
    "openai": (("openai",), ("openai",)),
    "together": (("together_ai",), ("together",)),
    "xai": (("xai",), ("x-ai",)),
}
"""The same provider in each snapshot (those LLMStats prices and genai-prices holds)."""

_Index = Mapping[tuple[str, str], Sequence[ProviderRoute]]


def _key(name: str) -> str:
    """A name's last path part, lower-cased: ``accounts/fireworks/models/X`` -> ``x``."""
    return name.lower().rsplit("/", 1)[-1]


def index(models: Iterable[Model]) -> dict[tuple[str, str], list[ProviderRoute]]:
    """Each route of ``models`` under (its provider, each name it goes by, as :func:`_key`).

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> r = ProviderRoute(provider="p", source="https://x.test", checked=dt.date(2025, 1, 1),
        ...                   input=Decimal(1), output=Decimal(2), provider_model_id="a/B")
        >>> sorted(index([Model(id="m", name="M", routes=(r,))]))
        [('p', 'b'), ('p', 'm')]
    """
    found: dict[tuple[str, str], list[ProviderRoute]] = {}
    for model in models:
        for route in model.routes:
            names = {model.id, *model.aliases, route.provider_model_id or model.id}
            for name in sorted({_key(n) for n in names}):
                found.setdefault((route.provider, name), []).append(route)
    return found


def _names(model: Model, route: ProviderRoute) -> set[str]:
    """The names a route of ``model`` is matched by: the model's ids and LLMStats' own id."""
    own = re.findall(r"LLMStats model id (\S+?)(?:[;,]|$)", route.notes or "")
    return {_key(n) for n in (model.id, *model.aliases, *own)}


def _theirs(index: _Index, providers: Sequence[str], names: set[str]) -> list[ProviderRoute]:
    """The routes of ``providers`` under any of ``names``, each once."""
    found = [r for p in providers for n in sorted(names) for r in index.get((p, n), ())]
    return list({id(r): r for r in found}.values())


def uncontradicted(models: Sequence[Model], litellm: _Index, genai: _Index,
                   hosts: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = HOSTS
                   ) -> tuple[list[Model], list[str]]:
    """``models`` with each LLMStats-only price both other snapshots contradict set to theirs.

    ``litellm`` and ``genai`` are :func:`index` of the two snapshots' imported catalogs.

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> day = dt.date(2025, 4, 29)
        >>> ls = ProviderRoute(provider="fireworks", checked=day, input=Decimal("0.1"),
        ...     output=Decimal("0.1"), notes="LLMStats model id qwen3",
        ...     source="https://github.com/JonathanChavezTamales/LLMStats/blob/ab12/providers/f")
        >>> ll = ProviderRoute(provider="fireworks_ai", source="https://l.test#k",
        ...     checked=dt.date(2026, 9, 29), input=Decimal("0.22"), output=Decimal("0.88"),
        ...     notes="LiteLLM entry k")
        >>> gp = ProviderRoute(provider="fireworks", source="https://g.test",
        ...     checked=dt.date(2025, 7, 13), input=Decimal("0.22"), output=Decimal("0.88"))
        >>> out, lines = uncontradicted(
        ...     [Model(id="qwen3", name="Q", routes=(ls,))],
        ...     index([Model(id="qwen3", name="Q", routes=(ll,))]),
        ...     index([Model(id="qwen3", name="Q", routes=(gp,))]))
        >>> out[0].routes[0].input, out[0].routes[0].checked, out[0].routes[0].source
        (Decimal('0.22'), datetime.date(2025, 7, 13), 'https://g.test')
        >>> print(lines[0])  # doctest: +NORMALIZE_WHITESPACE
        qwen3: fireworks route $0.1 and $0.1 (LLMStats, 2025-04-29) -> $0.22 and $0.88
        (https://g.test, prices checked 2025-07-13; LiteLLM entry k, 2026-09-29 agrees)
    """
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        routes = []
        for route in model.routes:
            fixed = _fixed(model, route, litellm, genai, hosts)
            routes.append(route if fixed is None else fixed[0])
            lines.extend([f"{model.id}: {fixed[1]}"] if fixed is not None else [])
        out.append(attrs.evolve(model, routes=tuple(routes)) if routes != list(model.routes)
                   else model)
    return out, lines


def _fixed(model: Model, route: ProviderRoute, litellm: _Index, genai: _Index,
           hosts: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
           ) -> tuple[ProviderRoute, str] | None:
    """``route`` at the price both snapshots give, and its line, where the rule applies."""
    if not LLMSTATS_PROVIDERS.match(route.source) or route.provider not in hosts:
        return None
    if route.tiers or route.input is None or route.output is None:
        return None
    names = _names(model, route)
    lite = _theirs(litellm, hosts[route.provider][0], names)
    gen = _theirs(genai, hosts[route.provider][1], names)
    mine = (route.input, route.output)
    if not lite or not gen or any((r.input, r.output) == mine for r in (*lite, *gen)):
        return None
    if any(r.checked <= route.checked for r in (*lite, *gen)):
        return None  # a snapshot no newer than LLMStats': a later change is not ruled out
    agreed = [(a, b) for a in gen for b in lite
              if (a.input, a.output) == (b.input, b.output) and not a.tiers and not b.tiers]
    if not agreed:
        return None
    new, other = agreed[0]
    entry = next(iter(re.findall(r"LiteLLM entry \S+?(?=;|$)", other.notes or "")), other.source)
    said = (f"${route.input} and ${route.output} (LLMStats, {route.checked}) -> ${new.input} "
            f"and ${new.output} ({new.source}, prices checked {new.checked}; {entry}, "
            f"{other.checked} agrees)")
    note = (f"Price corrected {said}: LLMStats' price, the only source giving it, is "
            f"contradicted by both later snapshots (docs/data-notes.md).")
    return attrs.evolve(route, input=new.input, output=new.output, cache_read=new.cache_read,
                        source=new.source, checked=new.checked,
                        notes=noted(route.notes, note, ". ")), f"{route.provider} route {said}"
