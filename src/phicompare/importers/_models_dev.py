"""models.dev: ``providers/<id>/provider.toml``, one TOML file per route, ``models/`` metadata.

Layout and schema: https://github.com/anomalyco/models.dev (``packages/core/src/schema.ts``). A
provider file may name a ``base_model`` (``openai/gpt-5.4``): the metadata file
``models/openai/gpt-5.4.toml`` is deep-merged under it (minus ``benchmarks``, ``license``,
``links`` and ``weights``), then each ``base_model_omit`` path is removed, as models.dev's own
generator does. Prices are already USD per 1M tokens.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from phicompare.catalog.walk import toml_files
from phicompare.domain.capabilities import Capabilities
from phicompare.domain.pricing import ProviderRoute, RouteStatus, Tier
from phicompare.domain.records import BenchmarkScore, Provider
from phicompare.exceptions import Problem

from ._assemble import Record, assemble, capability_facts
from ._benchmarks import BenchmarkIndex
from ._common import (
    as_count,
    as_date,
    as_money,
    lab_name,
    read_snapshot,
    require_folders,
    resolve_checked,
)
from ._gateway_defaults import DEFAULT_LIMITS, default_limits
from ._guard import NON_FATAL, as_list, screened, why
from ._identity import keep_apart, unflavoured
from ._imported import ImportedCatalog
from ._inheritance import inherit
from ._listing_models import listed_model
from ._listings import thinking_mode
from ._pricing import drop_lone_zero, tiers_of
from ._releases import derived, latest_of
from ._report import NO_PLACE, UNKNOWN, ImportReport, Tally
from ._scores import ZERO_NOT_RUN, cited_link, zero_not_run
from ._setting_text import setting_said

__all__ = ["from_models_dev"]

_ZERO_LIMIT = "0 (models.dev's placeholder for unknown): left unknown"
_NEW_YEAR = "1 January (models.dev's placeholder where it knows a year at most): left unknown"
_TEMPLATE = ("a template for another model (a distilled one, another size or release): its facts "
             "are inherited (not a moving -latest alias's), but it is not that model")
_NOT_IN_SCHEMA = "unknown to models.dev's schema, which drops it"
_KNOWN = frozenset({
    "name", "family", "attachment", "reasoning", "reasoning_options", "tool_call", "interleaved",
    "structured_output", "temperature", "knowledge", "release_date", "last_updated", "modalities",
    "open_weights", "limit", "status", "cost", "experimental", "provider", "base_model",
    "base_model_omit", "license", "links", "weights", "benchmarks",
})
_NOT_IMPORTED = ("attachment", "reasoning_options", "interleaved", "temperature", "experimental",
                 "provider", "weights")
_COST = {"input": "input", "output": "output", "cache_read": "cache_read",
         "cache_write": "cache_write"}
_COST_NO_PLACE = frozenset({"reasoning", "input_audio", "output_audio"})
_MODALITIES = ("text", "image", "audio", "video")
_LIMITS = {"context": "context_window", "output": "max_output_tokens",
           "input": "max_input_tokens"}
"""models.dev's ``[limit]`` keys; ``input`` is kept only below ``context`` (review 12, L1)."""
_STATUS = {"deprecated": RouteStatus.DEPRECATED, "alpha": RouteStatus.PREVIEW,
           "beta": RouteStatus.PREVIEW}


class _Reader:
    """One pass over a models.dev tree (private; state lives for one import)."""

    def __init__(self, root: Path, checked: dt.date, tally: Tally, *, per_file: bool = False
                 ) -> None:
        import tomli  # noqa: PLC0415 - imported with the first import, as the loader does

        self._tomli = tomli
        self.root = root
        self.snapshot = read_snapshot(root)
        self.checked = checked
        self.per_file = per_file  # no snapshot date: each file's last_updated, where it has one
        self.tally = tally
        self.benchmarks = BenchmarkIndex()
        self.parsed: dict[bytes, dict[str, Any]] = {}
        self.files = 0

    def url(self, relative: str) -> str:
        return self.snapshot.url(relative) or str(self.root / relative)

    def parse(self, path: str, relative: str) -> tuple[dict[str, Any] | None, bool]:
        """The file's tables, and whether no file read before had the same bytes.

        A copy of a file (a symlink, dereferenced in most snapshots) gives the same route at
        another provider, but its facts are not independent evidence: they count once.
        """
        self.files += 1
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
        except OSError as exc:
            self.tally.skip(relative, f"cannot read: {exc.strerror or exc}")
            return None, False
        if raw in self.parsed:
            return self.parsed[raw], False
        try:
            text = raw.decode("utf-8").removeprefix("\ufeff")  # a BOM is allowed
            data = self._tomli.loads(text, parse_float=Decimal)
        except (UnicodeDecodeError, ValueError) as exc:  # TOMLDecodeError is a ValueError
            self.tally.skip(relative, f"not valid TOML: {why(exc)}")
            return None, False
        except RecursionError:
            self.tally.skip(relative, "not valid TOML: nested too deeply")
            return None, False
        self.parsed[raw] = data
        return data, True

    # -- fields ------------------------------------------------------------------------------

    def facts(self, data: Mapping[str, Any], relative: str) -> dict[str, object]:
        """Model-level facts of one file, noting every key it does not import."""
        note = self.tally.field
        facts: dict[str, object] = {}
        for key in data:
            if key not in _KNOWN:
                note(key, _NOT_IN_SCHEMA, relative)
            elif key in _NOT_IMPORTED:
                note(key, NO_PLACE, relative)
        if isinstance(name := data.get("name"), str):
            facts["name"] = name
        if isinstance(family := data.get("family"), str):
            facts["family"] = family
        if (released := data.get("release_date")) is not None:
            if (day := as_date(released)) is not None:
                if (day.month, day.day) == (1, 1):
                    note("release_date", _NEW_YEAR, relative)
                else:
                    facts["released"] = day
            else:
                note("release_date", "not a full date (a month alone would invent the day)",
                     relative)
        if isinstance(knowledge := data.get("knowledge"), (str, dt.date)):
            facts["knowledge_cutoff"] = str(knowledge)
        if isinstance(open_weights := data.get("open_weights"), bool):
            facts["open_weights"] = open_weights
        if isinstance(license_ := data.get("license"), str):
            facts["license"] = license_
        limit = data.get("limit")
        if isinstance(limit, dict):
            for key, value in limit.items():
                target = _LIMITS.get(key)
                if target is None:
                    note(f"limit.{key}", _NOT_IN_SCHEMA, relative)
                elif (count := as_count(value)) == 0:
                    note(f"limit.{key}", _ZERO_LIMIT, relative)  # unknown stays unknown
                elif count is not None:
                    facts[target] = count
                else:
                    note(f"limit.{key}", "not a token count", relative)
            cap, window = facts.get("max_input_tokens"), facts.get("context_window")
            if isinstance(cap, int) and isinstance(window, int) and cap >= window:
                del facts["max_input_tokens"]  # the whole window: no cap below it (review 12, L1)
        modalities = data.get("modalities")
        if isinstance(modalities, dict):
            for key in ("input", "output"):
                values = modalities.get(key)
                if isinstance(values, list):
                    for value in values:
                        if value not in _MODALITIES:
                            note(f"modalities.{key} = {value!r}", NO_PLACE, relative)
                    facts[f"{key}_modalities"] = tuple(m for m in _MODALITIES if m in values)
        facts.update(capability_facts(self.capabilities(data)))
        return facts

    def capabilities(self, data: Mapping[str, Any]) -> Capabilities | None:
        flags: dict[str, bool] = {}
        for key, target in (("tool_call", "function_calling"), ("reasoning", "reasoning"),
                            ("structured_output", "structured_outputs")):
            if isinstance(value := data.get(key), bool):
                flags[target] = value
        modalities = data.get("modalities")
        if isinstance(modalities, dict) and isinstance(modalities.get("input"), list):
            flags["vision"] = "image" in modalities["input"]
        return Capabilities(**flags) if flags else None

    def route(self, provider: str, model_id: str, data: Mapping[str, Any],
              facts: Mapping[str, object], relative: str, url: str) -> ProviderRoute:
        note = self.tally.field
        prices: dict[str, Any] = {}  # keyword arguments of ProviderRoute
        tiers: list[Tier] = []
        cost = data.get("cost")
        if isinstance(cost, dict):
            for key, value in cost.items():
                if key in _COST:
                    if (money := as_money(value)) is None:
                        note(f"cost.{key}", "not a price", relative)
                    else:
                        prices[_COST[key]] = money
                elif key == "tiers" and isinstance(value, list):
                    tiers = self.tiers(value, relative)
                else:
                    note(f"cost.{key}", NO_PLACE if key in _COST_NO_PLACE else _NOT_IN_SCHEMA,
                         relative)
        status = _STATUS.get(str(data.get("status")), RouteStatus.GA)
        free = model_id.endswith((":free", "-free")) or "(free)" in str(data.get("name"))
        if status is not RouteStatus.DEPRECATED and prices.get("input") == 0 == prices.get(
                "output"):
            status = RouteStatus.FREE_TIER
        drop_lone_zero(prices, free=free, key=relative, tally=self.tally)
        context = facts.get("context_window")
        output = facts.get("max_output_tokens")
        updated = as_date(data.get("last_updated")) if self.per_file else None
        return ProviderRoute(
            provider=provider, source=url, checked=updated or self.checked,
            provider_model_id=model_id,
            tiers=tuple(tiers), status=status, capabilities=self.capabilities(data),
            context_window=context if isinstance(context, int) else None,
            max_output_tokens=output if isinstance(output, int) else None,
            **prices,
        )

    def tiers(self, tiers: list[Any], relative: str) -> list[Tier]:
        """``[[cost.tiers]]`` of ``type = "context"``: each price the tier gives, cache included.

        A price the tier leaves out keeps the last tier it crossed (else the route's own).
        """
        found: dict[int, dict[str, Decimal]] = {}
        for tier in tiers:
            if not isinstance(tier, dict):
                continue
            kind: dict[str, Any] = tier["tier"] if isinstance(tier.get("tier"), dict) else {}
            size = as_count(kind.get("size"))
            sides: dict[str, Decimal] = {}
            for key, value in tier.items():
                if key in _COST:
                    if (money := as_money(value)) is None:
                        self.tally.field(f"cost.tiers[].{key}", "not a price", relative)
                    else:
                        sides[_COST[key]] = money
                elif key != "tier":
                    note_reason = NO_PLACE if key in _COST_NO_PLACE else UNKNOWN
                    self.tally.field(f"cost.tiers[].{key}", note_reason, relative)
            if kind.get("type", "context") != "context" or size is None or not sides:
                self.tally.field("cost.tiers[]", "not a context tier with a price", relative)
                continue
            found.setdefault(size, {}).update(sides)
        return list(tiers_of(found))

    def scores(self, data: Mapping[str, Any], relative: str, url: str
               ) -> tuple[BenchmarkScore, ...]:
        found = []
        for item in data.get("benchmarks") or ():
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                self.tally.field("benchmarks[]", "no benchmark name", relative)
                continue
            score = as_money(item.get("score"))
            if score is None or score > 100:
                self.tally.field("benchmarks[].score", "not a score in points 0..100", relative)
                continue
            metric = item.get("metric")
            if zero_not_run(score, metric if isinstance(metric, str) else None):
                self.tally.field("benchmarks[].score", ZERO_NOT_RUN, relative)
                self.tally.skip(f"{relative}#{item['name']}", ZERO_NOT_RUN)
                continue
            setting = "; ".join(str(item[k]) for k in ("dataset", "variant", "version", "metric")
                                if item.get(k) is not None)
            bench, said = self.benchmarks.scored(
                item["name"], setting_said(setting, (item["name"],)),
                metric=metric if isinstance(metric, str) else None)
            date = item.get("date")
            found.append(BenchmarkScore(
                benchmark=bench, score=score, setting=said,
                harness=str(item["harness"]) if item.get("harness") else None,
                source=cited_link(item.get("source")) or url, checked=self.checked,
                note=f"dated {date}" if date else None,
            ))
        return tuple(found)


def from_models_dev(
    path: str | os.PathLike[str],
    *,
    checked: dt.date | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ImportedCatalog:
    r"""Import a models.dev tree (a checkout, or a copy of its ``providers/`` and ``models/``).

    Each ``providers/<p>/models/**.toml`` becomes a route of provider ``<p>``; files that name
    the same model (see ``docs/importers.md``) become one model. Routes carry their file's URL at
    the snapshot's commit (from ``SNAPSHOT.txt``) or the local path, and ``checked`` (else the
    snapshot's date, else each file's ``last_updated``, else the folder's modification date).

    Returns:
        An :class:`ImportedCatalog`; its ``report`` lists every field not imported (such as the
        ``cost.cached_input`` key models.dev's own schema drops) and every unreadable file.

    Examples:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> (root / "providers/azure/models").mkdir(parents=True)
        >>> _ = (root / "providers/azure/provider.toml").write_text('name = "Azure"')
        >>> _ = (root / "providers/azure/models/phi-4.toml").write_text(
        ...     'name = "Phi-4"\n[cost]\ninput = 0.125\noutput = 0.50\ncached_input = 0.1\n'
        ...     '[limit]\ncontext = 16_384\noutput = 4_096\n')
        >>> catalog = from_models_dev(root, checked=dt.date(2026, 7, 2))
        >>> route = catalog.model("phi-4").routes[0]
        >>> route.input, route.output, route.context_window
        (Decimal('0.125'), Decimal('0.50'), 16384)
        >>> print(catalog.report.fields[0])  # doctest: +ELLIPSIS
        cost.cached_input: 1 record (unknown to models.dev's schema, which drops it), e.g. ...
    """
    root = Path(path)
    require_folders(root, "models.dev", "providers", "models")
    when, checked_from = resolve_checked(checked, read_snapshot(root), root)
    per_file = checked_from == "file modification time"
    if per_file:
        checked_from = "each file's last_updated, else the folder's modification time"
    tally = Tally()
    reader = _Reader(root, when, tally, per_file=per_file)
    metadata: dict[str, tuple[dict[str, Any], str]] = {}
    records: list[Record] = []
    unread: list[Problem] = []  # folders a walk could not read or entered twice
    for file in map(str, toml_files(root / "models", unread)):
        relative = Path(file).relative_to(root).as_posix()
        data, _ = reader.parse(file, relative)
        if data is None:
            continue
        model_id = relative[len("models/"):-len(".toml")]
        metadata[model_id] = (data, relative)
        url = reader.url(relative)
        lab = model_id.split("/", 1)[0]
        try:
            record = Record(identity=model_id, source="models.dev:models", url=url,
                            names=(model_id,), primary=True,
                            facts={"vendor": lab_name(lab), **reader.facts(data, relative)},
                            scores=reader.scores(data, relative, url))
            record.sources = tuple(str(link["url"]) for link in as_list(data.get("links"))
                                   if isinstance(link, dict) and link.get("url"))
        except NON_FATAL as exc:
            tally.skip(relative, why(exc))
            continue
        records.append(record)

    providers: list[Provider] = []
    ids_by_provider: list[list[str]] = []
    provider_dirs: list[tuple[str, str]] = []
    if (root / "providers").is_dir():
        with os.scandir(root / "providers") as found:
            provider_dirs = sorted((e.name, e.path) for e in found if e.is_dir())
    for pid, folder in provider_dirs:
        providers.append(_provider(reader, folder, pid))
        ids: list[str] = []
        ids_by_provider.append(ids)
        prefix = len(f"providers/{pid}/models/")
        for file in map(str, toml_files(Path(folder) / "models", unread)):
            relative = Path(file).relative_to(root).as_posix()
            data, first = reader.parse(file, relative)
            if data is None:
                continue
            model_id = relative[prefix:-len(".toml")]
            ids.append(model_id)
            base_id = data.get("base_model")
            if isinstance(base_id, str):
                if base_id in metadata:
                    base = metadata[base_id][0]
                    # A template for a distilled model (or another size): facts, not identity
                    named = str(data.get("name", base.get("name", ""))), str(base.get("name", ""))
                    if derived(model_id, base_id) or derived(*named):
                        tally.field("base_model", _TEMPLATE, relative)
                        base_id = None
                    data = data if latest_of(model_id, data["base_model"]) else inherit(data, base)
                else:
                    tally.field("base_model", f"names no file in models/ ({base_id!r})",
                                relative)
                    base_id = None
            if default_limits(pid, model_id, data):  # a gateway's placeholder (review 21, P1)
                tally.field("limit", DEFAULT_LIMITS, relative)
                data = {key: value for key, value in data.items() if key != "limit"}
            url = reader.url(relative)
            try:
                facts = reader.facts(data, relative)
                route = reader.route(pid, model_id, data, facts, relative, url)
            except NON_FATAL as exc:
                tally.skip(relative, why(exc))
                continue
            records.append(Record(
                identity=listed_model(pid, model_id) or (
                    base_id if isinstance(base_id, str) else unflavoured(pid, model_id)),
                source=f"models.dev:{pid}", url=url, vote=first and not thinking_mode(model_id),
                names=(model_id,) if not isinstance(base_id, str) else (model_id, base_id),
                facts=facts,
                route=route,
            ))
    for problem in unread:
        tally.skip(problem.file, problem.message)
    apart = keep_apart(ids_by_provider)
    models, evidence = assemble(screened(records, tally), when, apart, aliases)
    report = ImportReport(
        source="models.dev", path=str(root), checked=when, checked_from=checked_from,
        records=reader.files, models=len(models),
        routes=sum(len(m.routes) for m in models), scores=sum(len(m.scores) for m in models),
        fields=tally.notes(), skipped=tuple(tally.skipped),
    )
    return ImportedCatalog(models=models, providers=tuple(providers),
                           benchmarks=reader.benchmarks.benchmarks(), reports=(report,),
                           evidence=evidence, keep_apart=apart)


def _provider(reader: _Reader, folder: str, pid: str) -> Provider:
    relative = f"providers/{pid}/provider.toml"
    path = os.path.join(folder, "provider.toml")
    if not os.path.isfile(path):
        reader.tally.field("provider.toml", "missing; the provider is named by its id", relative)
        return Provider(id=pid, name=pid)
    data, _ = reader.parse(path, relative)
    if data is None:
        return Provider(id=pid, name=pid)
    for key in data:
        if key not in {"name", "doc"}:
            reader.tally.field(f"provider.toml:{key}", NO_PLACE, relative)
    name = data.get("name")
    doc = data.get("doc")
    return Provider(id=pid, name=name if isinstance(name, str) and name.strip() else pid,
                    url=doc if isinstance(doc, str) else None)
