"""OpenRouter's models API: the JSON of ``GET https://openrouter.ai/api/v1/models``.

Each model is one route at provider ``openrouter`` (the API lists the default route). Prices are
strings, USD per token (``"0.000000065"``); ``"-1"`` marks a router whose price varies and is read
as unknown. ``supported_parameters`` documents what the route accepts: ``tools`` means function
calling, ``structured_outputs`` structured outputs, ``reasoning`` a reasoning model.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

from phicompare.domain.capabilities import Capabilities
from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Provider

from ._assemble import Record, assemble, capability_facts
from ._common import (
    ZERO_SIZE,
    as_count,
    as_date,
    as_money,
    lab_name,
    load_json,
    per_million,
    read_snapshot,
    resolve_checked,
)
from ._guard import attempt, expect_shape, screened
from ._imported import ImportedCatalog
from ._pricing import drop_lone_zero
from ._report import NO_PLACE, UNKNOWN, ImportReport, Tally

__all__ = ["from_openrouter"]

PROVIDER = Provider(id="openrouter", name="OpenRouter", url="https://openrouter.ai/models")
_PER_TOKEN = {"prompt": "input", "completion": "output", "input_cache_read": "cache_read",
              "input_cache_write": "cache_write"}
_PRICES_NO_PLACE = frozenset({"internal_reasoning", "image", "audio"})
_USED = frozenset({"id", "hugging_face_id", "name", "context_length",
                   "architecture", "pricing", "top_provider", "supported_parameters",
                   "knowledge_cutoff", "expiration_date"})
_KNOWN_NO_PLACE = frozenset({"canonical_slug", "created", "description", "per_request_limits",
                             "default_parameters", "supported_voices", "links", "reasoning"})
_MODALITIES = ("text", "image", "audio", "video")
_PARAMETERS = {"tools": "function_calling", "structured_outputs": "structured_outputs",
               "reasoning": "reasoning"}


def _display_name(name: str) -> str:
    """``Microsoft: Phi 4 (free)`` -> ``Phi 4``: the author is the vendor, ``(free)`` the route."""
    return (name.partition(": ")[2] or name).removesuffix(" (free)")


class _Model:
    """One model of the API response read into a route and its facts (private)."""

    def __init__(self, key: str, item: Mapping[str, Any], tally: Tally) -> None:
        self.key = key
        self.item = item
        self.tally = tally

    def note_fields(self) -> None:
        for field, value in self.item.items():
            if field in _KNOWN_NO_PLACE:
                if value not in (None, {}, [], ""):
                    self.tally.field(field, NO_PLACE, self.key)
            elif field not in _USED:
                self.tally.field(field, UNKNOWN, self.key)
        for table, used in (("architecture", {"input_modalities", "output_modalities"}),
                            ("top_provider", {"context_length", "max_completion_tokens"})):
            inner = self.item.get(table)
            for field in inner if isinstance(inner, dict) else ():
                if field not in used:
                    self.tally.field(f"{table}.{field}", NO_PLACE, self.key)

    def prices(self) -> dict[str, Any]:
        prices: dict[str, Any] = {}  # keyword arguments of ProviderRoute
        pricing = self.item.get("pricing")
        for field, value in pricing.items() if isinstance(pricing, dict) else ():
            money = as_money(value)
            if field in _PER_TOKEN:
                if money is None:
                    self.tally.field(f"pricing.{field}", "not a price (-1 marks a varying "
                                     "price)", self.key)
                else:
                    prices[_PER_TOKEN[field]] = per_million(money)
            elif field == "request" and money is not None:
                prices["per_request"] = money
            elif field == "web_search" and money:  # USD a search (review 20, P7)
                prices["per_search"] = money
            elif money != 0:  # a zero fee for something the catalog cannot hold loses nothing
                reason = NO_PLACE if field in _PRICES_NO_PLACE else UNKNOWN
                self.tally.field(f"pricing.{field}", reason, self.key)
        return prices

    def capabilities(self) -> Capabilities | None:
        parameters = self.item.get("supported_parameters")
        if not isinstance(parameters, list) or not parameters:
            return None
        flags = {target: name in parameters for name, target in _PARAMETERS.items()}
        modalities = self.modalities("input_modalities")
        if modalities is not None:
            flags["vision"] = "image" in modalities
        return Capabilities(**flags)

    def modalities(self, field: str) -> tuple[str, ...] | None:
        architecture = self.item.get("architecture")
        values = architecture.get(field) if isinstance(architecture, dict) else None
        if not isinstance(values, list):
            return None
        return tuple(m for m in _MODALITIES if m in values)

    def facts(self, capabilities: Capabilities | None) -> dict[str, object]:
        item = self.item
        facts: dict[str, object] = {}
        if isinstance(name := item.get("name"), str) and name:
            facts["name"] = _display_name(name)
        if "/" in self.key:
            facts["vendor"] = lab_name(self.key.split("/", 1)[0])
        if (context := as_count(item.get("context_length"))) == 0:
            self.tally.field("context_length", ZERO_SIZE, self.key)  # (review 27, P3)
        elif context is not None:
            facts["context_window"] = context
        top = item.get("top_provider")
        if isinstance(top, dict) and (out := as_count(top.get("max_completion_tokens"))):
            facts["max_output_tokens"] = out
        elif isinstance(top, dict) and out == 0:
            self.tally.field("top_provider.max_completion_tokens", ZERO_SIZE, self.key)
        if isinstance(cutoff := item.get("knowledge_cutoff"), str) and cutoff:
            facts["knowledge_cutoff"] = cutoff
        if isinstance(hf := item.get("hugging_face_id"), str) and hf:
            facts["open_weights"] = True
        for field in ("input_modalities", "output_modalities"):
            architecture = item.get("architecture")
            values = architecture.get(field) if isinstance(architecture, dict) else None
            for value in values if isinstance(values, list) else ():
                if value not in _MODALITIES:
                    self.tally.field(f"architecture.{field} = {value!r}", NO_PLACE, self.key)
            if (modalities := self.modalities(field)) is not None:
                facts[field] = modalities
        facts.update(capability_facts(capabilities))
        return facts


def from_openrouter(
    path: str | os.PathLike[str],
    *,
    checked: dt.date | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ImportedCatalog:
    """Import a saved OpenRouter models API response (``{"data": [...]}``).

    Each model becomes a route at ``openrouter`` with its per-token prices as per-1M prices,
    ``context_length`` and the top provider's output limit; an ``expiration_date`` on or before
    ``checked`` makes it deprecated. ``checked`` defaults to the folder's ``SNAPSHOT.txt`` date,
    else the file's modification date (the API response carries no date of its own).

    Examples:
        >>> import json, tempfile
        >>> file = Path(tempfile.mkdtemp()) / "models.json"
        >>> _ = file.write_text(json.dumps({"data": [{"id": "microsoft/phi-4",
        ...     "name": "Microsoft: Phi 4", "context_length": 16384,
        ...     "pricing": {"prompt": "0.000000065", "completion": "0.00000014"}}]}))
        >>> model = from_openrouter(file, checked=dt.date(2026, 5, 15)).model("phi-4")
        >>> model.name, model.vendor, model.routes[0].input, model.routes[0].output
        ('Phi 4', 'Microsoft', Decimal('0.065'), Decimal('0.14'))
    """
    file = Path(path)
    if file.is_dir():
        file = file / "models.json"
    snapshot = read_snapshot(file.parent)
    data = load_json(file, "openrouter")
    when, checked_from = resolve_checked(checked, snapshot, file)
    items = data.get("data") if isinstance(data, dict) else data
    expect_shape(items, list, "openrouter", file, 'a list of models (or {"data": [...]})')
    tally = Tally()
    records = []
    base = str(file)
    for index, item in enumerate(items if isinstance(items, list) else ()):
        key = item.get("id") if isinstance(item, dict) else None
        if not isinstance(key, str) or not key:
            tally.skip(f"{base}#data[{index}]", "no model id")
            continue
        record = attempt(tally, key, partial(_record, key, item, base, when, tally))
        if record is not None:
            records.append(record)
    models, evidence = assemble(screened(records, tally), when, aliases=aliases)
    report = ImportReport(
        source="openrouter", path=base, checked=when, checked_from=checked_from,
        records=len(items) if isinstance(items, list) else 0, models=len(models),
        routes=len(records), fields=tally.notes(), skipped=tuple(tally.skipped),
    )
    return ImportedCatalog(models=models, providers=(PROVIDER,), reports=(report,),
                           evidence=evidence)


def _record(key: str, item: Mapping[str, Any], base: str, when: dt.date, tally: Tally
            ) -> Record:
    reader = _Model(key, item, tally)
    reader.note_fields()
    prices = reader.prices()
    capabilities = reader.capabilities()
    facts = reader.facts(capabilities)
    status = RouteStatus.FREE_TIER if prices.get("input") == 0 == prices.get(
        "output") else RouteStatus.GA
    drop_lone_zero(prices, free=key.endswith(":free"), key=key, tally=tally)
    notes = None
    if (raw := item.get("expiration_date")) is not None:
        expires = as_date(raw)
        if expires is None:
            tally.field("expiration_date", "not a date", key)
        elif expires <= when:
            status, notes = RouteStatus.DEPRECATED, f"expired {expires.isoformat()}"
        else:
            notes = f"expires {expires.isoformat()}"
    top = item.get("top_provider")
    top_context = as_count(top.get("context_length")) if isinstance(top, dict) else None
    url = f"{base}#{key}"
    route = ProviderRoute(
        provider=PROVIDER.id, source=url, checked=when, provider_model_id=key,
        context_window=top_context or as_count(item.get("context_length")) or None,
        max_output_tokens=facts.get("max_output_tokens"),  # type: ignore[arg-type]
        status=status, capabilities=capabilities, notes=notes, **prices,
    )
    names = tuple(n for n in (key, item.get("hugging_face_id"))
                  if isinstance(n, str) and n)
    source = "openrouter:free" if key.endswith(":free") else "openrouter"
    return Record(identity=key, source=source, url=url, names=names, facts=facts,
                  route=route)
