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

from phicompare.domain.capabilities import Capabilities
from phicompare.domain.pricing import PriceWindow, ProviderRoute, RouteStatus, Tier, TierBoundary
from phicompare.domain.records import Provider

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
from ._pricing import drop_lone_zero, tiers_of
from ._report import NO_PLACE, ImportReport, Tally

__all__ = ["FILE_NAME", "from_litellm"]

FILE_NAME = "model_prices_and_context_window.json"
_TEXT_MODES = frozenset({"chat", "completion", "responses"})
_PRICES = {
    "input_cost_per_token": "input",
    "output_cost_per_token": "output",
    "cache_read_input_token_cost": "cache_read",
    "cache_creation_input_token_cost": "cache_write",
    "cache_creation_input_token_cost_above_1hr": "cache_write_1h",
    "input_cost_per_token_batches": "batch_input",
    "output_cost_per_token_batches": "batch_output",
}
_CAPABILITIES = {
    "supports_function_calling": "function_calling",
    "supports_vision": "vision",
    "supports_reasoning": "reasoning",
    "supports_response_schema": "structured_outputs",
}
_SIDES = {
    "input_cost_per_token": "input",
    "output_cost_per_token": "output",
    "cache_read_input_token_cost": "cache_read",
    "cache_creation_input_token_cost_above_1hr": "cache_write_1h",
    "cache_creation_input_token_cost": "cache_write",
}
_TIER = re.compile(rf"^({'|'.join(_SIDES)})_above_(\d+)(k?)_tokens$")
_INCLUSIVE = frozenset({"xai"})  # providers billing a tier from exactly its threshold
_NOTES = ("source", "deprecation_date", "deprecation_source", "successor_model", "comment")
_USED = frozenset({
    *_PRICES, *_CAPABILITIES, *_NOTES, "litellm_provider", "mode", "max_input_tokens",
    "tiered_pricing", "off_peak_pricing",
    "max_output_tokens", "supported_modalities", "supported_output_modalities",
})
_MODALITIES = ("text", "image", "audio", "video")


def _provider_model_id(key: str, provider: str) -> str:
    head, sep, rest = key.partition("/")
    return rest if sep and provider.startswith(head) else key


def _prices_of(route: ProviderRoute | None) -> tuple[object, ...]:
    if route is None:
        return ()
    return (route.input, route.output, route.cache_read, route.cache_write, route.cache_write_1h,
            route.batch_input, route.batch_output, route.tiers, route.windows)


_WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


def _weekday(value: object) -> int:
    """An ISO weekday from LiteLLM's 1..7 or a day name (``"Mon"``, ``"monday"``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip()[:3].lower() in _WEEKDAYS:
        return _WEEKDAYS[value.strip()[:3].lower()]
    msg = f"not a weekday: {value!r}"
    raise ValueError(msg)


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

    def tiers(self, provider: str) -> tuple[Tier, ...]:
        """``<price>_above_<N>k_tokens`` prices as tiers above N x 1,000 input tokens.

        The whole request is billed at the tier's prices; a price without a tier of its own at a
        threshold keeps the last tier it crossed, as LiteLLM computes it. xAI's tiers apply from
        exactly the threshold (LiteLLM compares with ``>=`` there).
        """
        found: dict[int, dict[str, Decimal]] = {}
        for field, value in self.entry.items():
            match = _TIER.match(field) if "_above_" in field else None
            if match is None:
                continue
            money = as_money(value)
            if money is None:
                self.tally.field(field, "not a price", self.key)
                continue
            threshold = int(match.group(2)) * (1000 if match.group(3) else 1)
            found.setdefault(threshold, {})[_SIDES[match.group(1)]] = per_million(money)
        boundary = TierBoundary.AT_OR_ABOVE if provider in _INCLUSIVE else TierBoundary.ABOVE
        return tiers_of(found, boundary)

    def ranges(self, prices: dict[str, Any]) -> tuple[Tier, ...] | None:
        """``tiered_pricing`` (whole-request range tiers) as base prices and tiers.

        LiteLLM bills a request whose input lies in ``(start, end]`` wholly at that range's
        prices, and one beyond the last range at the last range's: the first range gives the
        route's own prices, each later one a tier above its start. A range without an output
        price keeps the entry's own; one without a cache price bills cache at its input price
        (LiteLLM's rule), which is said explicitly once an earlier range has a cache price.
        """
        table = self.entry.get("tiered_pricing")
        if table is None:
            return None
        ranges: list[tuple[int, int, dict[str, Decimal]]] = []
        for item in table if isinstance(table, list) else ():
            bounds = item.get("range") if isinstance(item, dict) else None
            start, end = ((as_money(bounds[0]), as_money(bounds[1]))
                          if isinstance(bounds, list) and len(bounds) == 2 else (None, None))
            sides = {_SIDES[f]: per_million(m) for f in _SIDES
                     if isinstance(item, dict) and (m := as_money(item.get(f))) is not None}
            if start is None or end is None or start % 1 or end % 1 or "input" not in sides:
                self.tally.field("tiered_pricing[]", "not a range with an input price", self.key)
                return None
            ranges.append((int(start), int(end), sides))
        ranges.sort(key=lambda r: r[0])
        if not ranges:
            return None
        if any(ranges[i][1] != ranges[i + 1][0] for i in range(len(ranges) - 1)):
            self.tally.field("tiered_pricing[]", "ranges with gaps: " + NO_PLACE, self.key)
            return None
        for field in ("input", "output", "cache_read", "cache_write", "cache_write_1h"):
            if field != "output":
                prices.pop(field, None)
        own_output = prices.get("output")
        cached: set[str] = set()
        found: dict[int, dict[str, Decimal]] = {}
        for i, (begin, _, sides) in enumerate(ranges):
            for side in ("cache_read", "cache_write"):
                if side in sides:
                    cached.add(side)
                elif side in cached:
                    sides[side] = sides["input"]
            if "output" not in sides and own_output is not None:
                sides["output"] = own_output
            if i == 0:
                prices.update(sides)
            else:
                found[begin] = sides
        return tiers_of(found)

    def windows(self) -> tuple[PriceWindow, ...]:
        """``off_peak_pricing`` as price windows (UTC hours, optionally on some weekdays)."""
        block = self.entry.get("off_peak_pricing")
        if not isinstance(block, dict):
            return ()
        zone = block.get("weekday_timezone")
        if zone not in (None, "UTC", "Etc/UTC"):
            self.tally.field("off_peak_pricing.weekday_timezone",
                             "weekdays of a local calendar: " + NO_PLACE, self.key)
            return ()
        sides = {_SIDES[f]: per_million(m) for f in _SIDES
                 if (m := as_money(block.get(f))) is not None}
        rules: list[tuple[Any, Any]] = [(block.get("hours_utc"), None)]
        rules += [(r.get("hours_utc"), r.get("weekdays")) for r in block.get("windows") or ()
                  if isinstance(r, dict)]
        windows: list[PriceWindow] = []
        try:
            for hours, weekdays in rules:
                for span in [hours] if isinstance(hours, str) else hours or ():
                    start, _, end = str(span).partition("-")
                    days: tuple[int, ...] = tuple(_weekday(d) for d in weekdays or [])
                    windows.append(PriceWindow(start=start.strip(), end=end.strip(),
                                               weekdays=days, **sides))
            return tuple(windows)
        except (TypeError, ValueError, KeyError) as exc:
            self.tally.field("off_peak_pricing", f"not read ({exc})", self.key)
            return ()

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
        if field not in _USED and ("_above_" not in field or _TIER.match(field) is None):
            tally.field(field, NO_PLACE, key)
    reader = _Entry(key, entry, tally)
    prices = reader.prices()
    ranges = reader.ranges(prices)
    tiers = reader.tiers(provider) if ranges is None else ranges
    if ranges is not None and reader.tiers(provider):
        tally.field("*_above_*_tokens", "beside tiered_pricing, which LiteLLM uses instead", key)
    free = ":free" in key or key.endswith("-free")
    notes, status = reader.notes(when)
    if status is None:
        zero = prices.get("input") == 0 == prices.get("output")
        status = RouteStatus.FREE_TIER if zero else RouteStatus.GA
    drop_lone_zero(prices, free=free, key=key, tally=tally)
    capabilities = reader.capabilities()
    context = as_count(entry.get("max_input_tokens"))
    output = as_count(entry.get("max_output_tokens"))
    for field, value in (("max_input_tokens", context), ("max_output_tokens", output)):
        if value == 0:  # LiteLLM writes 0 where it has no figure (embedding and moderation keys)
            tally.field(field, "0, LiteLLM's placeholder for unknown: left unknown", key)
        elif value is None and entry.get(field) is not None:
            tally.field(field, "not a token count", key)
    context, output = context or None, output or None
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
        provider_model_id=_provider_model_id(key, provider), tiers=tiers,
        windows=reader.windows(),
        context_window=context, max_output_tokens=output, status=status,
        capabilities=capabilities, notes=notes, **prices,
    )
    return Record(identity=key, source=f"litellm:{provider}", url=url, names=(key,),
                  facts=facts, route=route)
