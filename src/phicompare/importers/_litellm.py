"""LiteLLM's price map: ``model_prices_and_context_window.json``, one flat entry per route.

Prices there are USD per token; they become USD per 1M tokens by an exact decimal shift. Only
text-generation entries (``mode`` ``chat``, ``completion`` or ``responses``) become routes; the
others (embeddings, images, audio, rerank, ...) are listed as skipped. ``alias_of`` entries
become aliases of the model they name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from phicompare.domain.records import Capabilities, Provider, ProviderRoute, RouteStatus, Tier

from ._assemble import Record, assemble, capability_facts
from ._common import (
    as_count,
    as_date,
    as_money,
    load_json,
    per_million,
    read_snapshot,
    resolve_checked,
)
from ._guard import attempt, expect_shape, screened
from ._identity import canonical_provider, keep_apart
from ._imported import ImportedCatalog
from ._report import NO_PLACE, ImportReport, Tally

__all__ = ["FILE_NAME", "from_litellm"]

FILE_NAME = "model_prices_and_context_window.json"
_TEXT_MODES = frozenset({"chat", "completion", "responses"})
_PRICES = {
    "input_cost_per_token": "input",
    "output_cost_per_token": "output",
    "cache_read_input_token_cost": "cache_read",
    "cache_creation_input_token_cost": "cache_write",
    "input_cost_per_token_batches": "batch_input",
    "output_cost_per_token_batches": "batch_output",
}
_CAPABILITIES = {
    "supports_function_calling": "function_calling",
    "supports_vision": "vision",
    "supports_reasoning": "reasoning",
    "supports_response_schema": "structured_outputs",
}
_TIER = re.compile(r"^(input|output)_cost_per_token_above_(\d+)k_tokens$")
_NOTES = ("source", "deprecation_date", "deprecation_source", "successor_model", "comment")
_USED = frozenset({
    *_PRICES, *_CAPABILITIES, *_NOTES, "litellm_provider", "mode", "max_input_tokens",
    "max_output_tokens", "supported_modalities", "supported_output_modalities",
})
_MODALITIES = ("text", "image", "audio", "video")


def _provider_model_id(key: str, provider: str) -> str:
    head, sep, rest = key.partition("/")
    return rest if sep and provider.startswith(head) else key


def _prices_of(route: ProviderRoute | None) -> tuple[object, ...]:
    if route is None:
        return ()
    return (route.input, route.output, route.cache_read, route.cache_write, route.batch_input,
            route.batch_output, route.tiers)


def _modalities(value: object, field: str, key: str, tally: Tally) -> tuple[str, ...] | None:
    if not isinstance(value, list):
        return None
    for item in value:
        if item not in _MODALITIES:
            tally.field(f"{field} = {item!r}", NO_PLACE, key)
    return tuple(m for m in _MODALITIES if m in value)


class _Entry:
    """One price-map entry read into a route and its facts (private)."""

    def __init__(self, key: str, entry: Mapping[str, Any], tally: Tally) -> None:
        self.key = key
        self.entry = entry
        self.tally = tally

    def prices(self) -> dict[str, Any]:
        prices: dict[str, Any] = {}  # keyword arguments of ProviderRoute
        for field, target in _PRICES.items():
            if field in self.entry:
                money = as_money(self.entry[field])
                if money is None:
                    self.tally.field(field, "not a price", self.key)
                else:
                    prices[target] = per_million(money)
        return prices

    def tiers(self, prices: Mapping[str, Decimal]) -> tuple[Tier, ...]:
        """``*_cost_per_token_above_<N>k_tokens`` prices as tiers above N x 1,000 input tokens.

        The whole request is billed at the tier's prices; a side (input or output) without a tier
        price of its own keeps its base price, as LiteLLM computes it.
        """
        found: dict[int, dict[str, Decimal]] = {}
        for field, value in self.entry.items():
            match = _TIER.match(field)
            if match is None:
                continue
            money = as_money(value)
            if money is None:
                self.tally.field(field, "not a price", self.key)
                continue
            found.setdefault(int(match.group(2)) * 1000, {})[match.group(1)] = per_million(money)
        tiers = []
        for threshold, tier in sorted(found.items()):
            price_in = tier.get("input", prices.get("input"))
            price_out = tier.get("output", prices.get("output"))
            if price_in is None or price_out is None:
                self.tally.field(f"*_above_{threshold // 1000}k_tokens",
                                 "tier without a base price for its other side", self.key)
                continue
            tiers.append(Tier(above_input_tokens=threshold, input=price_in, output=price_out))
        return tuple(tiers)

    def capabilities(self) -> Capabilities | None:
        flags = {target: value for field, target in _CAPABILITIES.items()
                 if isinstance(value := self.entry.get(field), bool)}
        return Capabilities(**flags) if flags else None

    def notes(self, checked: dt.date) -> tuple[str | None, RouteStatus | None]:
        entry = self.entry
        parts = [f"LiteLLM entry {self.key}"]
        if isinstance(source := entry.get("source"), str):
            parts.append(f"LiteLLM's price source: {source}")
        status = None
        if (raw := entry.get("deprecation_date")) is not None:
            when = as_date(raw)
            if when is None:
                self.tally.field("deprecation_date", "not a date", self.key)
            else:
                status = RouteStatus.DEPRECATED if when <= checked else None
                tense = "deprecated since" if status else "deprecation scheduled for"
                cited = entry.get("deprecation_source")
                parts.append(f"{tense} {when.isoformat()}" + (f" ({cited})" if cited else ""))
        if isinstance(successor := entry.get("successor_model"), str):
            parts.append(f"successor: {successor}")
        if isinstance(comment := entry.get("comment"), str):
            parts.append(comment)
        return "; ".join(parts), status


def from_litellm(
    path: str | os.PathLike[str],
    *,
    checked: dt.date | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ImportedCatalog:
    """Import LiteLLM's price map (the JSON file, or a folder holding it).

    Per-token prices become per-1M prices exactly; ``supports_*`` flags become route
    capabilities (``function_calling``, ``vision``, ``reasoning``, ``response_schema`` as
    ``structured_outputs``); ``*_above_<N>k_tokens`` prices become long-context tiers; ``*_batches``
    prices batch prices; a ``deprecation_date`` on or before ``checked`` makes the route
    deprecated (a later one is noted). Every other key is counted in the report.

    Examples:
        >>> import json, tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / FILE_NAME).write_text(json.dumps({"azure_ai/Phi-4": {
        ...     "litellm_provider": "azure_ai", "mode": "chat", "max_input_tokens": 16384,
        ...     "input_cost_per_token": 1.25e-07, "output_cost_per_token": 5e-07,
        ...     "rpm": 100}}))
        >>> catalog = from_litellm(folder, checked=dt.date(2026, 9, 29))
        >>> route = catalog.model("azure_ai/Phi-4").routes[0]
        >>> route.provider, route.provider_model_id, route.input, route.output
        ('azure_ai', 'Phi-4', Decimal('0.125'), Decimal('0.5'))
        >>> print(catalog.report.fields[0])
        rpm: 1 record (no place in the phicompare catalog format), e.g. azure_ai/Phi-4
    """
    file = Path(path)
    if file.is_dir():
        file = file / FILE_NAME
    data = load_json(file, "litellm")
    expect_shape(data, dict, "litellm", file, "an object of model entries")
    when, checked_from = resolve_checked(checked, read_snapshot(file.parent), file)
    tally = Tally()
    records: dict[str, Record] = {}
    alias_of: dict[str, str] = {}
    owner: dict[tuple[str, str], str] = {}  # (provider, model id there) -> the first key
    records_of: dict[str, Record] = {}  # a repeated key -> the record of its route
    ids_by_provider: dict[str, list[str]] = {}
    base = str(file)
    for key, entry in data.items() if isinstance(data, dict) else ():
        if not isinstance(entry, dict):
            tally.skip(key, "not an object")
            continue
        if isinstance(target := entry.get("alias_of"), str):
            alias_of[key] = target
            continue
        mode = entry.get("mode")
        provider = entry.get("litellm_provider")
        if not isinstance(mode, str) or mode not in _TEXT_MODES:
            tally.skip(key, f"mode {mode!r} is not text generation" if isinstance(mode, str)
                       else "no mode: not a model (documentation, a rule or a price bucket)")
            continue
        if not isinstance(provider, str) or not provider:
            tally.skip(key, "no litellm_provider")
            continue
        record = attempt(tally, key, partial(_record, key, entry, provider, base, when, tally))
        if record is None:
            continue
        first = owner.setdefault((provider, _provider_model_id(key, provider)), key)
        if first == key:
            records[key] = record
            ids_by_provider.setdefault(canonical_provider(provider), []).append(key)
            continue
        # One route listed under two keys (with and without the provider prefix): the second
        # key names the first's route.
        kept = records[first]
        kept.names = (*kept.names, key)
        records_of[key] = kept
        if _prices_of(record.route) != _prices_of(kept.route):
            tally.field(key, f"repeats the route of {first!r} with other prices; the first is "
                        "kept", key)
    for alias, target in alias_of.items():
        found = records.get(target) or records_of.get(target)
        if found is None:
            tally.skip(alias, f"alias_of {target!r}, which is not imported")
        else:
            found.names = (*found.names, alias)
    apart = keep_apart(ids_by_provider.values())
    models, evidence = assemble(screened(records.values(), tally), when, apart, aliases)
    providers = tuple(Provider(id=p, name=p) for p in sorted(
        {r.route.provider for r in records.values() if r.route is not None}))
    report = ImportReport(
        source="litellm", path=base, checked=when, checked_from=checked_from,
        records=len(data) if isinstance(data, dict) else 0, models=len(models),
        routes=len(records), fields=tally.notes(), skipped=tuple(tally.skipped),
    )
    return ImportedCatalog(models=models, providers=providers, reports=(report,),
                           evidence=evidence, keep_apart=apart)


def _record(key: str, entry: Mapping[str, Any], provider: str, base: str, when: dt.date,
            tally: Tally) -> Record:
    for field in entry:
        if field not in _USED and _TIER.match(field) is None:
            tally.field(field, NO_PLACE, key)
    reader = _Entry(key, entry, tally)
    prices = reader.prices()
    notes, status = reader.notes(when)
    if status is None:
        free = prices.get("input") == 0 == prices.get("output")
        status = RouteStatus.FREE_TIER if free else RouteStatus.GA
    capabilities = reader.capabilities()
    context = as_count(entry.get("max_input_tokens"))
    output = as_count(entry.get("max_output_tokens"))
    for field, value in (("max_input_tokens", context), ("max_output_tokens", output)):
        if value is None and entry.get(field) is not None:
            tally.field(field, "not a token count", key)
    facts: dict[str, object] = {}
    if context is not None:
        facts["context_window"] = context
    if output is not None:
        facts["max_output_tokens"] = output
    for field, target in (("supported_modalities", "input_modalities"),
                          ("supported_output_modalities", "output_modalities")):
        if (modalities := _modalities(entry.get(field), field, key, tally)) is not None:
            facts[target] = modalities
    facts.update(capability_facts(capabilities))
    url = f"{base}#{key}"
    route = ProviderRoute(
        provider=provider, source=url, checked=when,
        provider_model_id=_provider_model_id(key, provider), tiers=reader.tiers(prices),
        context_window=context, max_output_tokens=output, status=status,
        capabilities=capabilities, notes=notes, **prices,
    )
    return Record(identity=key, source=f"litellm:{provider}", url=url, names=(key,),
                  facts=facts, route=route)
