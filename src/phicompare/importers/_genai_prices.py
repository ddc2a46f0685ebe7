"""pydantic/genai-prices: ``prices/new_data/v2/data.json`` (generated from its provider YAML).

Prices are already USD per 1M tokens (``input_mtok``). A price may be a ``{base, tiers}`` table
whose tiers re-price the whole request once the input crosses ``start`` (phicompare's tier
semantics too); a model's ``prices`` may be a list whose later entries apply from a
``start_date`` (a price history: routes with ``effective_from``) or at a time of day (a
route whose own prices are the time window's and whose other hours are a price window). The
JSON drops the YAML's ``prices_checked`` dates; they are read back from the provider YAML files
beside it, line by line, when present.
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

from phicompare.domain.pricing import TIER_PRICES, PriceWindow, ProviderRoute, RouteStatus
from phicompare.domain.records import Provider

from ._assemble import Record, assemble
from ._common import (
    ZERO_SIZE,
    as_count,
    as_date,
    as_money,
    load_json,
    read_snapshot,
    resolve_checked,
    tidy,
)
from ._guard import as_list, attempt, expect_shape, screened
from ._identity import keep_apart
from ._imported import ImportedCatalog
from ._pricing import drop_lone_zero, tiers_of
from ._report import NO_PLACE, UNKNOWN, ImportReport, Tally

__all__ = ["from_genai_prices"]

DATA = Path("prices/new_data/v2/data.json")
_PRICES = {"input_mtok": "input", "output_mtok": "output", "cache_read_mtok": "cache_read",
           "cache_write_mtok": "cache_write", "cache_write_1h_mtok": "cache_write_1h"}
_MODEL_USED = frozenset({"id", "match", "name", "context_window", "prices", "deprecated",
                         "price_comments"})
_MODEL_ID = re.compile(r"^  - id: ['\"]?([^'\"\n]+)['\"]?\s*$")
_TIME = re.compile(r"^(\d{2}:\d{2})(:00)?(Z|\+00:00)?$")
_CHECKED = re.compile(r"^    prices_checked: (\d{4}-\d{2}-\d{2})\s*$")


def _equals(match: object) -> list[str]:
    """The exact names a ``match`` clause accepts (``equals``, also inside ``or``)."""
    if not isinstance(match, dict):
        return []
    names = [match["equals"]] if isinstance(match.get("equals"), str) else []
    for clause in match.get("or") or ():
        names.extend(_equals(clause))
    return names


_PLAIN_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")
"""A provider id that can name its YAML file beside the data (ids like "../x" or "a\x00" cannot)."""


def _prices_checked(folder: Path, provider: str) -> dict[str, dt.date]:
    try:
        lines = (folder / f"{provider}.yml").read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    found: dict[str, dt.date] = {}
    current = None
    for line in lines:
        if (model := _MODEL_ID.match(line)) is not None:
            current = model.group(1)
        elif current is not None and (checked := _CHECKED.match(line)) is not None:
            found[current] = dt.date.fromisoformat(checked.group(1))
    return found


class _Prices:
    """One ``prices`` table read into route keyword arguments and tiers (private)."""

    def __init__(self, table: Mapping[str, Any], key: str, tally: Tally) -> None:
        self.kwargs: dict[str, Any] = {}  # keyword arguments of ProviderRoute
        tiers: dict[int, dict[str, Decimal]] = {}
        for unit, value in table.items():
            target = _PRICES.get(unit)
            if target is None and unit != "requests_kcount":
                tally.field(f"prices.{unit}", NO_PLACE, key)
                continue
            base, steps = (value.get("base"), value.get("tiers") or ()) if isinstance(
                value, dict) else (value, ())
            money = as_money(base)
            if money is None:
                tally.field(f"prices.{unit}", "not a price", key)
                continue
            if target is None:  # USD per 1,000 requests
                self.kwargs["per_request"] = tidy(money.scaleb(-3))
                continue
            self.kwargs[target] = money
            for step in steps:
                start, price = as_count(step.get("start")), as_money(step.get("price"))
                if start is None or price is None:
                    tally.field(f"prices.{unit}.tiers", "not a tier", key)
                else:
                    tiers.setdefault(start, {})[target] = price
        # genai-prices bills a tier once the request's input exceeds its start, each price on
        # its own: a price without a tier at a threshold keeps its last tier crossed.
        self.tiers = tiers_of(tiers)


def from_genai_prices(
    path: str | os.PathLike[str],
    *,
    checked: dt.date | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ImportedCatalog:
    """Import pydantic/genai-prices (a checkout, its ``prices/`` folder, or ``data.json``).

    Each provider's model becomes a route (several, for a price history); its ``match`` clause's
    exact names become aliases. Routes are ``checked`` on the model's ``prices_checked`` date
    where the provider YAML gives one, else on the snapshot's date.

    Examples:
        >>> import json, tempfile
        >>> file = Path(tempfile.mkdtemp()) / "data.json"
        >>> _ = file.write_text(json.dumps([{"id": "azure", "name": "Microsoft Azure",
        ...     "models": [{"id": "phi-4", "match": {"equals": "phi-4"},
        ...                 "prices": {"input_mtok": 0.07, "output_mtok": 0.14}}]}]))
        >>> route = from_genai_prices(file, checked=dt.date(2026, 8, 21)).model("phi-4").routes[0]
        >>> route.provider, route.input, route.output
        ('azure', Decimal('0.07'), Decimal('0.14'))
    """
    given = Path(path)
    file = given
    for candidate in (given / DATA, given / DATA.relative_to("prices")):
        if candidate.is_file():
            file = candidate
    root = file.parent.parent.parent.parent if file.parent.name == "v2" else file.parent
    snapshot = read_snapshot(root)
    data = load_json(file, "genai-prices")
    expect_shape(data, list, "genai-prices", file, "a list of providers")
    when, checked_from = resolve_checked(checked, snapshot, file)
    tally = Tally()
    records: list[Record] = []
    providers: list[Provider] = []
    ids_by_provider: list[list[str]] = []
    for item in data if isinstance(data, list) else ():
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not (
                item["id"].strip()):
            tally.skip(str(file), "a provider without an id")
            continue
        pid = item["id"]
        urls = as_list(item.get("pricing_urls"))
        providers.append(Provider(id=pid, name=str(item.get("name") or pid),
                                  url=urls[0] if urls and isinstance(urls[0], str) else None))
        yaml = root / "prices" / "providers" / f"{pid}.yml"
        plain = _PLAIN_ID.fullmatch(pid) is not None  # no NUL, no "/" or "..": a file beside
        url = (snapshot.url(yaml.relative_to(root).as_posix()) or str(yaml)
               if plain and yaml.is_file() else None)
        dates = _prices_checked(yaml.parent, pid) if plain else {}
        ids: list[str] = []
        ids_by_provider.append(ids)
        for model in as_list(item.get("models")):
            if not isinstance(model, dict) or not isinstance(model.get("id"), str):
                tally.skip(f"{file}#{pid}", "a model without an id")
                continue
            ids.append(model["id"])
            records.extend(attempt(tally, f"{file}#{pid}/{model['id']}", partial(
                _records, pid, model, url or f"{file}#{pid}/{model['id']}",
                dates.get(model["id"], when), tally)) or ())
    apart = keep_apart(ids_by_provider)
    models, evidence = assemble(screened(records, tally), when, apart, aliases)
    report = ImportReport(
        source="genai-prices", path=str(file), checked=when, checked_from=checked_from,
        records=sum(len(ids) for ids in ids_by_provider), models=len(models),
        routes=sum(len(m.routes) for m in models), fields=tally.notes(),
        skipped=tuple(tally.skipped),
    )
    return ImportedCatalog(models=models, providers=tuple(providers), reports=(report,),
                           evidence=evidence, keep_apart=apart)


def _records(pid: str, model: Mapping[str, Any], url: str, checked: dt.date, tally: Tally
             ) -> list[Record]:
    key = f"{pid}/{model['id']}"
    for field in model:
        if field not in _MODEL_USED:
            tally.field(field, NO_PLACE if field == "description" else UNKNOWN, key)
    entries = model.get("prices")
    if isinstance(entries, dict):
        entries = [{"prices": entries}]
    facts: dict[str, object] = {}
    if isinstance(name := model.get("name"), str) and name:
        facts["name"] = name.removesuffix(" (free)")
    if (context := as_count(model.get("context_window"))) == 0:
        tally.field("context_window", ZERO_SIZE, key)  # unknown stays unknown (review 27, P3)
        context = None
    if context is not None:
        facts["context_window"] = context
    notes = model.get("price_comments") if isinstance(model.get("price_comments"), str) else None
    names = tuple(dict.fromkeys([model["id"], *_equals(model.get("match"))]))
    entries = entries if isinstance(entries, list) else []
    timed = [e for e in entries if "start_time" in (e.get("constraint") or {})
             or "end_time" in (e.get("constraint") or {})]
    peak = _peak(timed, key, tally)
    free = model["id"].endswith(":free")
    records: list[Record] = []
    for entry in entries:
        constraint = entry.get("constraint") or {}
        if entry in timed:
            continue
        start = as_date(constraint.get("start_date")) if constraint else None
        if constraint and start is None:
            tally.field("prices[].constraint", "not a start date", key)
            continue
        prices = _Prices(entry.get("prices") or {}, key, tally)
        kwargs, tiers = prices.kwargs, prices.tiers
        windows: tuple[PriceWindow, ...] = ()
        if peak is not None:
            # The time window's prices hold while it is open; this entry's at every other time.
            # The window becomes the route's own price and the rest of the day a price window.
            window, peak_prices = peak
            if tiers:
                tally.field("prices[].tiers", "tiers outside a time-of-day window: " + NO_PLACE,
                            key)
            off = {side: kwargs[side] for side in TIER_PRICES if side in kwargs}
            windows = (PriceWindow(start=window[1], end=window[0], **off),) if off else ()
            kwargs, tiers = dict(peak_prices.kwargs), peak_prices.tiers
        status = RouteStatus.GA
        if model.get("deprecated") is True:
            status = RouteStatus.DEPRECATED
        elif free or kwargs.get("input") == 0 == kwargs.get("output"):
            status = RouteStatus.FREE_TIER
        drop_lone_zero(kwargs, free=free, key=key, tally=tally)
        route = ProviderRoute(
            provider=pid, source=url, checked=checked, provider_model_id=model["id"],
            tiers=tiers, windows=windows, effective_from=start, context_window=context,
            status=status, notes=notes, **kwargs,
        )
        records.append(Record(identity=model["id"], source=f"genai-prices:{pid}", url=url,
                              names=names, facts=facts if not records else {}, route=route))
    if not records:
        tally.skip(key, "no price entry without a time-of-day constraint")
    return records


def _peak(timed: list[Any], key: str, tally: Tally
          ) -> tuple[tuple[str, str], _Prices] | None:
    """The one time-of-day entry as ((start, end) in ``HH:MM`` UTC, its prices), if any."""
    if not timed:
        return None
    if len(timed) > 1:
        tally.field("prices[].constraint.start_time", "more than one time-of-day price: "
                    + NO_PLACE, key)
        return None
    constraint = timed[0].get("constraint") or {}
    clocks = [_clock(constraint.get(name)) for name in ("start_time", "end_time")]
    if clocks[0] is None or clocks[1] is None:
        tally.field("prices[].constraint.start_time", "not a time of day", key)
        return None
    return (clocks[0], clocks[1]), _Prices(timed[0].get("prices") or {}, key, tally)


def _clock(value: object) -> str | None:
    """``"00:30:00Z"`` -> ``"00:30"`` (UTC); ``None`` for anything else or a non-zero second."""
    if not isinstance(value, str):
        return None
    match = _TIME.match(value)
    return match.group(1) if match is not None else None
