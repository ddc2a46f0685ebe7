"""LLMStats (llm-stats.com's data): ``models/<org>/<model>/model.json`` and ``providers/<p>/``.

A model file describes the model (release date, context, licence, parameters, links) and its
benchmark results, each with ``is_self_reported`` and a ``source_link``. Scores are fractions
(0..1) by LLMStats' schema and become points (0..100); a score above 1 breaks that schema (an Elo
rating, a raw count) and is listed in the report instead of guessed at. Provider files list
per-token prices, which become per-1M prices. The data is CC-BY-4.0: attribute LLMStats.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from phicompare.domain.capabilities import Capabilities
from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import BenchmarkScore, Provider

from ._assemble import Record, assemble, capability_facts
from ._benchmarks import BenchmarkIndex, error_rate
from ._common import (
    ZERO_SIZE,
    as_count,
    as_date,
    as_money,
    lab_name,
    per_million,
    read_snapshot,
    require_folders,
    resolve_checked,
    tidy,
)
from ._guard import attempt, screened
from ._imported import ImportedCatalog
from ._quality import priced_before_release
from ._report import NO_PLACE, UNKNOWN, ImportReport, Tally
from ._scores import ZERO_NOT_RUN, cited_link, zero_not_run
from ._setting_text import setting_said

__all__ = ["from_llmstats"]

_LINKS = ("api_ref_link", "paper_link", "scorecard_blog_link", "repo_link", "weights_link",
          "playground_link")
_USED = frozenset({*_LINKS, "name", "release_date", "input_context_size", "output_context_size",
                   "license", "multimodal", "knowledge_cutoff", "param_count",
                   "qualitative_metrics"})
_NO_PLACE = frozenset({"canonical_model_id", "fine_tuned_from_model_id", "description",
                       "web_hydrated", "training_tokens"})
_ROUTE_USED = frozenset({"model_id", "price_per_input_token", "price_per_output_token",
                         "updated_at"})
_CITED_NAMES = {
    # DeepSeek-V3's README reports "Aider-Edit 79.7" (Aider's older code-editing benchmark)
    # beside "Aider-Polyglot 49.6"; LLMStats files the first as "Aider-Polyglot Edit", the
    # polyglot benchmark's diff format, where Gemini 2.5 Pro's 72.7 stands
    ("https://github.com/deepseek-ai/DeepSeek-V3", "Aider-Polyglot Edit"): "Aider-Edit",
    # review 11, K5: OpenAI's GPT-4.1 post has one "Multilingual MMLU" row (GPT-4.1 87.3,
    # o3-mini high 80.7); LLMStats files GPT-4.1's and the others' as "MMMLU" and o3-mini's as
    # "Multilingual MMLU", the name of Microsoft's Phi-card benchmark (`multilingual-mmlu`)
    ("https://openai.com/index/gpt-4-1/", "Multilingual MMLU"): "MMMLU",
    ("https://openai.com/index/gpt-4-1", "Multilingual MMLU"): "MMMLU",
}
"""(cited link, LLMStats' benchmark name) -> the benchmark the cited page names: a mislabel."""

_PUBLISHED = {
    # dataAI, 1: LLMStats dates the GPT-4.1 post's rows 2024-11-20 (the post's GPT-4o column),
    # before GPT-4.5, o1 (2024-12-17) and o3-mini existed; the post came out 2025-04-14
    "https://openai.com/index/gpt-4-1/": (
        "2025-04-14",
        ("OpenAI's GPT-4.1 post, which launched GPT-4.1 on 2025-04-14, the catalog's release "
         "date of gpt-4.1; the post itself is not among the pages stored here: accounts of the "
         "launch read 2026-12-02, ai.gadgetsxray.com/blog/chatgpt-4.1 and "
         "thenextgentechinsider.com, date it April 14, 2025")),
}
"""Cited page -> (the day it was published, how that is known): the day of a figure LLMStats
dates (``date_recorded``) before the model it files it under was released."""

_DIFF_FORMAT = "Aider-Polyglot Edit"
"""LLMStats' name for the diff edit format column of Aider Polyglot (review 9, H13): OpenAI's and
Google's posts report the benchmark in two edit formats ("whole" and "diff": o3-mini high's 66.7
and 60.4, the second aider's own leaderboard row for "o3-mini (high)", diff), which LLMStats files
as "Aider-Polyglot" and "Aider-Polyglot Edit". One benchmark (``SAME_BENCHMARK``); the format is
the score's setting: "diff" for this name, "whole" for the other name cited to the same page."""


def _recorded(recorded: object, cited: str | None, released: object) -> str | None:
    """The note of LLMStats' ``date_recorded``, or the cited page's day where that is known.

    The page's day (:data:`_PUBLISHED`) replaces it where it precedes the model's release.

    Examples:
        >>> _recorded("2024-11-20", "https://x.test", dt.date(2025, 2, 27))
        'recorded 2024-11-20'
        >>> _recorded("2024-11-20", "https://openai.com/index/gpt-4-1/",
        ...           dt.date(2025, 2, 27))[:44]
        "published 2025-04-14 (OpenAI's GPT-4.1 post,"
    """
    if not recorded:
        return None
    page = _PUBLISHED.get(cited or "")
    if page is None or not isinstance(released, dt.date) or str(recorded) >= str(released):
        return f"recorded {recorded}"
    return (f"published {page[0]} ({page[1]}); LLMStats' date_recorded {recorded} precedes "
            f"the model's release ({released}) and does not date the figure")


def _edit_format(name: str, cited: str | None, diff_pages: set[str | None]) -> str | None:
    if name == _DIFF_FORMAT:
        return "diff"
    return "whole" if name == "Aider-Polyglot" and cited in diff_pages else None


def _with_format(setting: str | None, edit_format: str | None) -> str | None:
    """``setting`` naming the edit format, where it does not already (``Diff-Fenced`` does)."""
    if edit_format is None or edit_format in (setting or "").casefold():
        return setting
    return f"{edit_format} format" + (f"; {setting}" if setting else "")


class _Reader:
    """One pass over an LLMStats tree (private)."""

    def __init__(self, root: Path, checked: dt.date, tally: Tally) -> None:
        self.root = root
        self.snapshot = read_snapshot(root)
        self.checked = checked
        self.tally = tally
        self.benchmarks = BenchmarkIndex()
        self.files = 0

    def url(self, relative: str) -> str:
        return self.snapshot.url(relative) or str(self.root / relative)

    def load(self, file: Path) -> Any:
        self.files += 1
        relative = file.relative_to(self.root).as_posix()
        try:
            with open(file, "rb") as handle:
                return json.load(handle, parse_float=Decimal)
        except (OSError, ValueError) as exc:
            self.tally.skip(relative, f"cannot read: {exc}")
            return None

    def model(self, org: str, name: str, data: Mapping[str, Any], relative: str) -> Record:
        note = self.tally.field
        for field, value in data.items():
            if field in _NO_PLACE and value not in (None, ""):
                note(field, NO_PLACE, relative)
            elif field not in _USED and field not in _NO_PLACE:
                note(field, UNKNOWN, relative)
        facts: dict[str, object] = {"vendor": lab_name(org)}
        if isinstance(title := data.get("name"), str) and title:
            facts["name"] = title
        if (raw := data.get("release_date")) is not None:
            if (released := as_date(raw)) is not None:
                facts["released"] = released
            else:
                note("release_date", "not a full date", relative)
        for field, target in (("input_context_size", "context_window"),
                              ("output_context_size", "max_output_tokens")):
            if (count := as_count(data.get(field))) == 0:
                note(field, ZERO_SIZE, relative)  # unknown stays unknown (review 27, P3)
            elif count is not None:
                facts[target] = count
            elif data.get(field) is not None:
                note(field, "not a token count", relative)
        if isinstance(license_ := data.get("license"), str) and license_:
            facts["license"] = _LICENCES.get(license_.strip().casefold(), license_)
        if isinstance(cutoff := data.get("knowledge_cutoff"), str) and cutoff:
            facts["knowledge_cutoff"] = cutoff
        if (params := as_money(data.get("param_count"))) is not None and params <= 0:
            note("param_count", ZERO_SIZE, relative)
        elif params is not None:
            facts["parameters_b"] = tidy(params.scaleb(-9))
        if data.get("weights_link"):
            facts["open_weights"] = True
        elif facts.get("license") == "Proprietary":  # released under no licence: closed
            facts["open_weights"] = False
        if isinstance(multimodal := data.get("multimodal"), bool):
            facts.update(capability_facts(Capabilities(multimodal=multimodal)))
        url = self.url(relative)
        return Record(
            identity=f"{org}/{name}", source="llmstats", url=url, names=(name,), facts=facts,
            primary=True, scores=self.scores(data.get("qualitative_metrics"), relative, url,
                               facts.get("released")),
            sources=tuple(str(data[k]) for k in _LINKS if isinstance(data.get(k), str)),
        )

    def scores(self, items: object, relative: str, url: str, released: object = None
               ) -> tuple[BenchmarkScore, ...]:
        found = []
        diff_pages = {page for i in (items if isinstance(items, list) else ())
                      if isinstance(i, dict) and i.get("dataset_name") == _DIFF_FORMAT
                      and ((page := cited_link(i.get("source_link"))) or "",
                           _DIFF_FORMAT) not in _CITED_NAMES}
        for item in items if isinstance(items, list) else ():
            if not isinstance(item, dict) or not isinstance(name := item.get("dataset_name"),
                                                            str):
                self.tally.field("qualitative_metrics[]", "no dataset name", relative)
                continue
            fraction = as_money(item.get("score"))
            if fraction is None or fraction > 1:
                self.tally.field("qualitative_metrics[].score",
                                 "outside the schema's 0..1 (scale unknown)", relative)
                continue
            if zero_not_run(fraction):  # LLMStats' 0.0 for a benchmark it has no result for
                self.tally.field("qualitative_metrics[].score", ZERO_NOT_RUN, relative)
                self.tally.skip(f"{relative}#{name}", ZERO_NOT_RUN)
                continue
            cited = cited_link(item.get("source_link"))
            if (named := _CITED_NAMES.get((cited or "", name))) is not None:
                self.tally.field("qualitative_metrics[].dataset_name",
                                 f"{name!r} read as {named!r}, the name its cited page gives",
                                 relative)
                name = named
            self_reported = item.get("is_self_reported")
            method = item.get("analysis_method")
            recorded = item.get("date_recorded")
            said = setting_said(method, (name,)) if isinstance(method, str) else None
            bench, said = self.benchmarks.scored(  # a word error rate is lower-is-better
                name, said, metric=method if isinstance(method, str) and error_rate(method)
                else None)
            found.append(BenchmarkScore(
                benchmark=bench, score=tidy(fraction.scaleb(2)),
                setting=_with_format(said, _edit_format(name, cited, diff_pages)),
                self_reported=self_reported if isinstance(self_reported, bool) else None,
                source=cited or url, checked=self.checked,
                note=_recorded(recorded, cited, released),
            ))
        return tuple(found)

    def routes(self, provider: str, data: Mapping[str, Any], relative: str) -> list[Record]:
        records = []
        url = self.url(relative)
        for index, item in enumerate(data.get("providermodels") or ()):
            model_id = item.get("model_id") if isinstance(item, dict) else None
            if not isinstance(model_id, str) or not model_id:
                self.tally.skip(f"{relative}#providermodels[{index}]", "no model_id")
                continue
            for field in item:
                if field not in _ROUTE_USED:
                    reason = NO_PLACE if field in {"throughput", "latency"} else UNKNOWN
                    self.tally.field(f"providermodels[].{field}", reason, relative)
            prices: dict[str, Any] = {}  # keyword arguments of ProviderRoute
            for field, target in (("price_per_input_token", "input"),
                                  ("price_per_output_token", "output")):
                if (money := as_money(item.get(field))) is not None:
                    prices[target] = per_million(money)
                elif field in item:
                    self.tally.field(f"providermodels[].{field}", "not a price", relative)
            free = prices.get("input") == 0 == prices.get("output")
            route = ProviderRoute(
                provider=_route_provider(provider, model_id), source=url,
                checked=as_date(item.get("updated_at")) or self.checked,
                status=RouteStatus.FREE_TIER if free else RouteStatus.GA,
                notes=f"LLMStats model id {model_id}", **prices)
            records.append(Record(identity=model_id, source=f"llmstats:{route.provider}", url=url,
                                  names=(model_id,), route=route))
        return records


_LICENCES = {
    "apache-2.0": "Apache-2.0", "apache 2.0": "Apache-2.0", "mit": "MIT", "mit license": "MIT",
    "gemma": "Gemma Terms of Use", "llama3.1": "Llama 3.1 Community License",
    "llama3.2": "Llama 3.2 Community License", "llama3.3": "Llama 3.3 Community License",
    "llama4": "Llama 4 Community License", "deepseek": "DeepSeek License",
    "qwen": "Qwen License", "tongyi-qianwen": "Tongyi Qianwen License",
    "cc-by-nc-4.0": "CC-BY-NC-4.0",
    # free text beside the slugs: Meta's "... Community License Agreement", as llama3.3 and
    # llama4 read (dataCI: Llama 3.3 and Llama 4 read "Agreement", Llama 3.1 and 3.2 not)
    "llama 3.3 community license agreement": "Llama 3.3 Community License",
    "llama 4 community license agreement": "Llama 4 Community License",
}
"""LLMStats' licence slugs (and spellings) -> the licence's name as its owner writes it.

A name that says less than the licence (LLMStats' "CC-BY-NC", no version) is no spelling: a
keyed correction from the model's card sets it (``_card_licences``)."""
_GOOGLE_OWN = ("gemini", "gemma", "learnlm")
_VERTEX = Provider(id="google-vertex", name="Vertex AI",
                   url="https://cloud.google.com/vertex-ai/generative-ai/pricing")


def _route_provider(provider: str, model_id: str) -> str:
    """The provider a route of LLMStats' ``provider`` folder is on.

    LLMStats' ``google`` lists Claude, Llama, Mistral and Jamba models beside Gemini: those are
    Vertex AI's Model Garden, not the Gemini API its ``website`` (ai.google.dev) names, which
    serves only Google's own models.

    Examples:
        >>> _route_provider("google", "gemini-2.5-pro"), _route_provider("google", "claude-3-opus")
        ('google', 'google-vertex')
        >>> _route_provider("groq", "llama-3.1-8b-instant")
        'groq'
    """
    if provider == "google" and not model_id.casefold().startswith(_GOOGLE_OWN):
        return "google-vertex"
    return provider


def from_llmstats(
    path: str | os.PathLike[str],
    *,
    checked: dt.date | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ImportedCatalog:
    """Import an LLMStats tree (``models/`` and ``providers/``).

    Models carry their benchmark scores (points, ``self_reported`` and ``source`` as LLMStats
    gives them); provider files add priced routes, each ``checked`` on its own ``updated_at``.

    Examples:
        >>> import json, tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> (root / "models/microsoft/phi-4").mkdir(parents=True)
        >>> _ = (root / "models/microsoft/phi-4/model.json").write_text(json.dumps({
        ...     "name": "Phi 4", "release_date": "2024-12-12", "input_context_size": 16000,
        ...     "param_count": 14700000000, "qualitative_metrics": [{"dataset_name": "MMLU",
        ...     "score": 0.848, "is_self_reported": True, "analysis_method": "simple-evals",
        ...     "date_recorded": "2024-12-01", "source_link": "https://arxiv.org/pdf/2412.08905"}]}))
        >>> model = from_llmstats(root, checked=dt.date(2025, 5, 22)).model("phi-4")
        >>> model.parameters_b, model.scores[0].score, model.scores[0].self_reported
        (Decimal('14.7'), Decimal('84.8'), True)
    """
    root = Path(path)
    require_folders(root, "LLMStats", "models", "providers")
    when, checked_from = resolve_checked(checked, read_snapshot(root), root)
    tally = Tally()
    reader = _Reader(root, when, tally)
    records: list[Record] = []
    for file in sorted((root / "models").glob("*/*/model.json")):
        data = reader.load(file)
        if isinstance(data, dict):
            org, name = file.parent.parent.name, file.parent.name
            relative = file.relative_to(root).as_posix()
            record = attempt(tally, relative, partial(reader.model, org, name, data, relative))
            if record is not None:
                records.append(record)
        elif data is not None:
            tally.skip(file.relative_to(root).as_posix(), "not a JSON object")
    providers = []
    for file in sorted((root / "providers").glob("*/provider.json")):
        data = reader.load(file)
        relative = file.relative_to(root).as_posix()
        if not isinstance(data, dict):
            if data is not None:
                tally.skip(relative, "not a JSON object")
            continue
        pid = file.parent.name
        title, website = data.get("name"), data.get("website")
        named = title if isinstance(title, str) and title.strip() else pid
        providers.append(Provider(id=pid, name=named,
                                  url=website if isinstance(website, str) else None))
        records.extend(attempt(tally, relative, partial(reader.routes, pid, data, relative))
                       or ())
    if any(r.route is not None and r.route.provider == "google-vertex" for r in records):
        providers.append(_VERTEX)
    models, evidence = assemble(screened(records, tally), when, aliases=aliases)
    # a price LLMStats dates before its model was released: dated by the snapshot (F7)
    models = tuple([priced_before_release(m, {"": when}, "LLMStats")[0] for m in models])
    report = ImportReport(
        source="llmstats", path=str(root), checked=when, checked_from=checked_from,
        records=reader.files, models=len(models), routes=sum(len(m.routes) for m in models),
        scores=sum(len(m.scores) for m in models), fields=tally.notes(),
        skipped=tuple(tally.skipped),
    )
    return ImportedCatalog(models=models, providers=tuple(providers),
                           benchmarks=reader.benchmarks.benchmarks(), reports=(report,),
                           evidence=evidence)
