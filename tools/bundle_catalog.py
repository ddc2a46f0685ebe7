"""Regenerate the bundled catalog's imported layer from the shared snapshots.

    python tools/bundle_catalog.py --shared ../shared/data

Reads the models.dev (MIT) and LLMStats (CC-BY-4.0) snapshots with phicompare's own importers,
merges them (one model, one id, every provider route), keeps every chat model with a price, and
writes it in the catalog TOML format (docs/catalog.md) under ``src/phicompare/data/imported/``:
one file per model in a folder per vendor, plus the providers and benchmarks the curated layer
does not define. A model the curated layer holds (same id, or one the identity rule joins to
it) is left out: curated always wins. It also writes ``src/phicompare/data/index.tsv`` (every
bundled model's id, file, name, family, size and lookup names: what ``default_catalog()`` reads
first) and the generated section of ``docs/data-notes.md`` (where the two layers disagree).

Run it again after editing a curated file: ``tests/test_market.py`` fails while the index is stale.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

import attrs

from phicompare.catalog.benchmark_names import same_benchmarks
from phicompare.catalog.index import Catalog, run_spreads
from phicompare.catalog.index_file import index_text
from phicompare.catalog.loader import bundled_files, load_catalog
from phicompare.catalog.shelf import INDEX_FILE, IndexRow, index_row
from phicompare.domain.names import normalize_name
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, Provider, ProviderTier
from phicompare.importers import (
    from_genai_prices,
    from_litellm,
    from_llmstats,
    from_models_dev,
    merge,
)
from phicompare.importers._added_routes import added_routes
from phicompare.importers._card_facts import CARD_FACTS
from phicompare.importers._card_licences import CARD_LICENCES
from phicompare.importers._card_scores import CARD_SCORES
from phicompare.importers._common import read_snapshot
from phicompare.importers._conflicts import RecordFacts
from phicompare.importers._contradicted_prices import index, uncontradicted
from phicompare.importers._correct import corrected
from phicompare.importers._corrections import CORRECTIONS, UNINFORMATIVE, uninformative_flags
from phicompare.importers._cutoffs import CUTOFFS, release_month_cutoffs
from phicompare.importers._dated_prices import dated_prices, read_histories
from phicompare.importers._deprecations import DEPRECATIONS, deprecated_routes
from phicompare.importers._foreign_scores import FOREIGN_SCORES
from phicompare.importers._foundry_openai import FOUNDRY_OPENAI_RETIREMENTS
from phicompare.importers._identity import spelling, undated
from phicompare.importers._image_flags import IMAGE_FLAGS
from phicompare.importers._keyed_histories import KEYED_HISTORIES
from phicompare.importers._lab_apis import MAKER_VENDORS, MAKERS, VENDORS_CHECKED
from phicompare.importers._listing_dates import listing_release
from phicompare.importers._listings import request_mode, unflavoured
from phicompare.importers._makers import (
    FINE_TUNE_MARKERS,
    INFERRED_NOTE,
    distilled_family,
    fine_tune_words,
    foreign_family,
    host_forms,
    maker_forms,
    maker_listed,
    publisher,
)
from phicompare.importers._mode_routes import undercut_modes
from phicompare.importers._model_pages import MODEL_PAGES
from phicompare.importers._noted import noted
from phicompare.importers._older_papers import dropped_older_papers
from phicompare.importers._openai_lifecycle import (
    OPENAI_DEPRECATIONS,
    OPENAI_RETIREMENTS,
    restatused,
)
from phicompare.importers._openai_shutdowns import (
    OPENAI_ANNOUNCED,
    OPENAI_SHUTDOWN_NOTICES,
    OPENAI_SHUTDOWNS,
)
from phicompare.importers._output_caps import outputs_within
from phicompare.importers._preview_routes import preview_routes
from phicompare.importers._quality import (
    MAX_OUTPUT_RATIO,
    MAX_PRICE,
    impossible_dates,
    listed_before_release,
    not_chat,
    not_per_token,
    price_outliers,
    priced_before_release,
    snapshot_scores,
    subscription,
    text_only_multimodal,
)
from phicompare.importers._read_before import SOURCE_DATES, read_before_release
from phicompare.importers._reasoning_listings import LISTED_MODES, PAGED_MODES
from phicompare.importers._reasoning_modes import REASONING_MODES
from phicompare.importers._recorded_days import recorded_before_release
from phicompare.importers._release_dates import RELEASE_DATES
from phicompare.importers._resold_retirements import RESOLD_RETIREMENTS
from phicompare.importers._retirements import RETIREMENTS, retired_routes
from phicompare.importers._route_batches import batched
from phicompare.importers._route_ceilings import WINDOW_FACTS, windows_within
from phicompare.importers._route_flags import reflagged
from phicompare.importers._route_limits import limited
from phicompare.importers._route_notes import noted_routes
from phicompare.importers._route_prices import repriced
from phicompare.importers._route_search import search_fees
from phicompare.importers._route_windows import rewindowed
from phicompare.importers._score_fixes import SCORE_FIXES, fixed_scores
from phicompare.importers._scores import ZERO_NOT_RUN
from phicompare.importers._stamp_dates import stamped_dates
from phicompare.importers._think_scores import THINK_SCORES
from phicompare.importers._versioned_retirements import VERSIONED_RETIREMENTS
from phicompare.importers._weights import OPEN_WEIGHTS, keyed_weights, unconfirmed_weights
from phicompare.importers._window_siblings import window_siblings
from phicompare.importers._window_typos import untypoed

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "phicompare" / "data"
NOTES = ROOT / "docs" / "data-notes.md"
LITELLM_DAY = dt.date(2026, 9, 29)  # its snapshot has no date: its newest entry's (data-notes)
BEGIN = "<!-- generated: tools/bundle_catalog.py (do not edit below) -->"
END = "<!-- end generated -->"

IMPORTED_TIERS = {
    **dict.fromkeys(MAKERS, ProviderTier.FIRST_PARTY),
    "google-vertex": ProviderTier.CLOUD,
}
"""Tiers of imported providers we can name with confidence: the labs' own APIs and the major
clouds (docs/catalog.md). The rest stay without a tier (they sort after every tier on a tie).
A lab's API also gets its ``vendors`` (``MAKER_VENDORS``): the models it is the maker of."""
IMPORTED_NAMES = {"google-vertex": "Google Vertex AI", "inference": "Inference.net",
                  "submodel": "SubModel"}
"""Imported providers whose source's name a reader cannot place: models.dev's "Vertex" (Google
Cloud's Vertex AI), "Inference" (inference.net, its API and models page) and "submodel", its id
(SubModel's docs, submodel.gitbook.io, the doc its provider file names, call the company
"SubModel"; its LLM API, InstaGen, is at llm.submodel.ai; review 7, F19)."""
BENCHMARKS_SEEN_AT = "https://github.com/JonathanChavezTamales/LLMStats"  # where LLMStats names it
KEYED_RELEASES = frozenset(fix.model for fix in (*CORRECTIONS, *RELEASE_DATES, *REASONING_MODES,
                                                *CARD_FACTS, *WINDOW_FACTS, *MODEL_PAGES)
                           if fix.field == "released")
"""Models whose release date a keyed correction sets: their cutoff is weighed against that date
alone, after it is set (review 17, P3: Qwen Plus's cutoff 2024-04 was dropped as after the
rolling name's first day, 2024-01-25, and the note kept that reason once the record read
2025-07-28)."""

NOTICE = """\
# The imported layer of phicompare's bundled catalog

Generated by `python tools/bundle_catalog.py --shared ../shared/data`; do not edit by hand
(add or correct a model in `../models/`, the curated layer, which always wins).

Built from:

- models.dev (https://github.com/anomalyco/models.dev), MIT License, Copyright (c) 2025
  models.dev. {models_dev}
- LLMStats by JonathanChavezTamales (https://github.com/JonathanChavezTamales/LLMStats),
  licensed under the Creative Commons Attribution 4.0 International License
  (https://creativecommons.org/licenses/by/4.0/). {llmstats}
  Changes made: records converted to phicompare's catalog format, merged with models.dev by
  model identity, scores rescaled to percentages.

Every route cites the snapshot file it came from (a URL at the snapshot's commit), checked on
the snapshot's date (an LLMStats price: the day LLMStats recorded it). Every score cites the
document the snapshot names for it (a paper, a model card, a leaderboard), or the snapshot file
it came from where the snapshot names none or only a placeholder (example.com), and carries the
snapshot's date as its checked date: the day the snapshot gave the figure. Built {built}.
"""


# -- writing TOML ----------------------------------------------------------------------------------


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        text = str(value)
        return text if any(c in text for c in ".eE") else f"{text}.0"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r}")  # pragma: no cover - a new field type


def _is_record(value: object) -> bool:
    return attrs.has(type(value))


def _table(record: object, path: str, lines: list[str]) -> None:
    """Scalars first, then sub-tables, then arrays of tables (TOML's order)."""
    subtables: list[tuple[str, object]] = []
    arrays: list[tuple[str, tuple[object, ...]]] = []
    for field in attrs.fields(type(record)):
        if not field.init:
            continue
        value = getattr(record, field.name)
        if value == field.default or value is None or value == ():
            continue
        if _is_record(value):
            subtables.append((field.name, value))
        elif isinstance(value, tuple) and _is_record(value[0]):
            arrays.append((field.name, value))
        else:
            lines.append(f"{field.name} = {_scalar(value)}")
    for name, value in subtables:
        lines.extend(["", f"[{path}.{name}]"])
        _table(value, f"{path}.{name}", lines)
    for name, items in arrays:
        for item in items:
            lines.extend(["", f"[[{path}.{name}]]"])
            _table(item, f"{path}.{name}", lines)


def catalog_toml(kind: str, records: Iterable[object], header: str = "") -> str:
    """A catalog file (``schema = 1``) holding ``records`` under ``[[kind]]``."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines.append("schema = 1")
    for record in records:
        lines.extend(["", f"[[{kind}]]"])
        _table(record, kind, lines)
    return "\n".join(lines) + "\n"


# -- choosing models -------------------------------------------------------------------------------


def slug(text: str) -> str:
    """A file-name-safe form of ``text``."""
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-.") or "unnamed"


def is_priced_chat(model: Model) -> bool:
    """A model that takes and writes text and has at least one priced route (chat or not)."""
    if not any(r.input is not None or r.output is not None for r in model.routes):
        return False
    if model.output_modalities and "text" not in model.output_modalities:
        return False
    return not (model.input_modalities and "text" not in model.input_modalities)


@attrs.define
class Quality:
    """What the data-quality rules (``phicompare.importers._quality``) left out or dropped."""

    not_chat: dict[str, list[str]] = attrs.Factory(dict)  # reason -> model ids
    plans: dict[str, int] = attrs.Factory(dict)  # provider id -> routes left out
    plan_reasons: dict[str, str] = attrs.Factory(dict)  # provider id -> why
    slips: list[str] = attrs.Factory(list)  # one line per route price dropped
    not_per_token: list[str] = attrs.Factory(list)  # one line per route priced by something else
    dates: list[str] = attrs.Factory(list)  # one line per impossible cutoff/release pair fixed
    inferred: list[str] = attrs.Factory(list)  # one line per family whose open weights spread
    inferred_models: int = 0  # models given their family's open weights
    unnamed: list[str] = attrs.Factory(list)  # curated model: names the import knows it by
    zeros: list[str] = attrs.Factory(list)  # one line per score of 0 read as "not run"
    moved: list[str] = attrs.Factory(list)  # one line per snapshot whose scores moved to another
    flags: dict[str, int] = attrs.Factory(dict)  # provider id -> route flags dropped
    corrected: list[str] = attrs.Factory(list)  # one line per keyed correction applied
    makers: list[str] = attrs.Factory(list)  # one line per vendor its publisher changed
    families: list[str] = attrs.Factory(list)  # one line per family dropped as another maker's
    distilled: list[str] = attrs.Factory(list)  # one line per distill given its base's family
    early: list[str] = attrs.Factory(list)  # one line per model's scores read before release
    older: list[str] = attrs.Factory(list)  # one line per model's scores cited to older papers
    priced_early: list[str] = attrs.Factory(list)  # one line per route dated before release
    weights: list[str] = attrs.Factory(list)  # one line per reseller's "open" left unconfirmed
    limits: list[str] = attrs.Factory(list)  # one line per free tier given its usage limits
    multimodal: list[str] = attrs.Factory(list)  # one line per flag its text-only inputs deny
    modes: list[str] = attrs.Factory(list)  # one line per mode listing below its plain one
    cutoffs: list[str] = attrs.Factory(list)  # one line per release-month cutoff dropped
    recorded: list[str] = attrs.Factory(list)  # one line per model's scores recorded too early
    dated: list[str] = attrs.Factory(list)  # one line per route given a dated price history
    siblings: list[str] = attrs.Factory(list)  # one line per price a window sibling's
    previews: list[str] = attrs.Factory(list)  # one line per maker's route named a preview

    def apply(self, model: Model, providers: dict[str, object],
              evidence: Sequence[RecordFacts] = ()) -> Model | None:
        """``model`` under the rules, or ``None`` when it is not a chat model with a price."""
        if not is_priced_chat(model):
            return None
        if (reason := not_chat(model)) is not None:
            self.not_chat.setdefault(reason, []).append(model.id)
            return None
        kept = []
        for route in model.routes:
            provider = providers.get(route.provider)
            why = subscription(provider) if provider is not None else None  # type: ignore[arg-type]
            if why is None:
                kept.append(route)
            else:
                self.plans[route.provider] = self.plans.get(route.provider, 0) + 1
                self.plan_reasons[route.provider] = why
        model, dropped = not_per_token(attrs.evolve(model, routes=tuple(kept)))
        model, notes = price_outliers(model)
        self.slips.extend(notes)
        model, modes = undercut_modes(model)  # a mode listing below its plain one
        self.modes.extend(modes)
        model, flags = uninformative_flags(model)
        for line in flags:
            provider = line.split(": ", 1)[1].split(" ", 1)[0]
            self.flags[provider] = self.flags.get(provider, 0) + 1
        priced = is_priced_chat(model)
        self.not_per_token.extend(note if priced else f"{note}; no priced route is left, so the "
                                  "model is left out of the layer" for note in dropped)
        if not priced:
            return None
        model, listed = listed_before_release(model, evidence)
        if listed is not None:
            self.dates.append(listed)
        model, listed = listing_release(model, evidence)  # OpenRouter's listing day alone
        if listed is not None:
            self.dates.append(listed)
        if model.id not in KEYED_RELEASES:  # judged on the keyed date once set (_possible_dates)
            model, said = impossible_dates(model)
            if said is not None:
                self.dates.append(said)
        model, said = stamped_dates(model)
        if said is not None:
            self.dates.append(said)
        return model


def _curated_names(curated: Catalog) -> set[str]:
    return {normalize_name(n) for m in curated.models for n in (m.id, *m.aliases)}


def build(shared: Path) -> tuple[Catalog, list[Model], list[str], Quality]:
    """The merged catalog, the imported models, the layer conflicts (lines), the rules' work."""
    curated = load_catalog(DATA / "providers.toml", DATA / "benchmarks.toml", DATA / "models")
    md = from_models_dev(shared / "models.dev")
    ls = from_llmstats(shared / "llmstats")
    # LLMStats marks open weights only where it links the weights (never "closed"); models.dev's
    # flag comes from its providers' files, where resellers of an open model often say false.
    merged = merge([curated, md, ls], precedence={
        "open_weights": ["catalog", ls.report.source, md.report.source]})
    curated_ids = {m.id for m in curated.models}
    taken = _curated_names(curated)
    # A provider the curated layer names under another id (models.dev's `azure` is the curated
    # `azure-foundry`, both "Microsoft Foundry"): its routes take the curated id.
    by_name = {normalize_name(p.name): p.id for p in curated.providers}
    same = {p.id: by_name[normalize_name(p.name)] for p in merged.providers
            if normalize_name(p.name) in by_name}
    imported: list[Model] = []
    conflicts: list[str] = []
    quality = Quality()
    published: set[str] = set()  # models whose ids' organisation is a third party
    quality.zeros = [f"{part.source} `{skip.record}`: score 0 dropped"
                     for part in (md.report, ls.report) for skip in part.skipped
                     if skip.reason == ZERO_NOT_RUN]
    known: dict[str, object] = {p.id: p for p in merged.providers}
    makers = maker_forms([*(v for _, v in VENDORS), *VENDOR_SPELLINGS.values(),
                          *(spelled_vendor(m).vendor or "" for m in merged.models if m.vendor)],
                         VENDOR_SPELLINGS)
    hosts = host_forms(merged.providers)
    own_apis, api_names = _own_apis(curated, merged)
    for conflict in merged.conflicts().conflicts:
        if conflict.model in curated_ids:
            conflicts.append(str(conflict))
    for model in merged.models:
        if model.id in curated_ids:
            continue
        if normalize_name(model.id) in taken:  # pragma: no cover - merge joins these
            continue
        aliases = tuple(a for a in model.aliases if normalize_name(a) not in taken)
        sources = tuple(s for s in model.sources if s.startswith("https://"))  # not blank
        routes = tuple(attrs.evolve(r, provider=same.get(r.provider, r.provider))
                       for r in model.routes)
        kept = quality.apply(attrs.evolve(
            model, aliases=aliases, sources=sources, routes=_distinct(routes)), known,
            merged.evidence.get(model.id, ()))
        if kept is not None:
            kept, third_party, line = infer_vendor(kept, makers, hosts)
            kept = maker_listed(kept, own_apis, api_names)  # its maker's API lists it (P5)
            kept, previews = preview_routes(kept, own_apis)  # the maker's "preview" (F5)
            quality.previews.extend(previews)
            imported.append(kept)
            quality.makers.extend([line] if line else [])
            if third_party:
                published.add(kept.id)
    imported = distilled_families(imported, curated, quality)
    imported = own_families(imported, curated, quality, published)
    imported, quality.moved = snapshot_scores(imported)
    fixes = (*CORRECTIONS, *RELEASE_DATES, *REASONING_MODES, *LISTED_MODES, *PAGED_MODES,
             *CARD_FACTS, *CARD_LICENCES, *IMAGE_FLAGS, *CUTOFFS, *WINDOW_FACTS,
             *MODEL_PAGES)
    imported, quality.corrected = corrected(imported, fixes)
    imported, typos = untypoed(imported)  # a provider's mistyped window (review 24, P8)
    quality.corrected.extend(typos)
    imported = _possible_dates(imported, quality)  # a corrected release against its cutoff
    # a cutoff in the release month no keyed correction set: a listing's filler (dataAK, 1)
    imported, quality.cutoffs = release_month_cutoffs(
        imported, {fix.model for fix in fixes if fix.field == "knowledge_cutoff"})
    imported, capped = outputs_within(imported)  # a cap above the window as corrected (P1)
    quality.corrected.extend(capped)
    # a listing's window above the one its model's own description gives (as corrected)
    imported, ceilings = windows_within(imported, merged.evidence)
    quality.corrected.extend(ceilings)
    # a multimodal flag beside text-only inputs (as corrected) is dropped: unknown
    imported, multimodal = text_only_multimodal(imported)
    quality.multimodal = list(multimodal)
    imported, fixed = fixed_scores(
        imported, (*SCORE_FIXES, *CARD_SCORES, *THINK_SCORES, *FOREIGN_SCORES))
    quality.corrected.extend(fixed)
    imported, quality.older = dropped_older_papers(imported)  # after fixes give true sources
    imported, quality.early = read_before_release(imported)
    # LLMStats' date_recorded before the release (as corrected) dates no figure (dataAK, 3)
    imported, quality.recorded = recorded_before_release(imported)
    imported, prices = repriced(imported)  # a provider's own price for a route given wrongly
    quality.corrected.extend(prices)
    # an LLMStats-only price both later snapshots contradict takes theirs (review 24, P2)
    imported, prices = uncontradicted(
        imported, index(from_litellm(shared / "litellm", checked=LITELLM_DAY).models),
        index(from_genai_prices(shared / "genai-prices").models))
    quality.corrected.extend(prices)
    imported, added = added_routes(imported)  # a major cloud's route the snapshots leave out
    quality.corrected.extend(added)
    imported, searches = search_fees(imported)  # a provider's fee a web search, said by bills
    quality.corrected.extend(searches)
    imported, windows = rewindowed(imported)  # a provider's own window for a route given wrongly
    quality.corrected.extend(windows)
    imported, flags = reflagged(imported)  # a provider's own capability flag for a route
    quality.corrected.extend(flags)
    # a route its provider shut down, dated
    imported, retired = retired_routes(imported, (*RETIREMENTS, *VERSIONED_RETIREMENTS,
                                                  *OPENAI_RETIREMENTS, *OPENAI_SHUTDOWNS,
                                                  *OPENAI_ANNOUNCED,
                                                  *FOUNDRY_OPENAI_RETIREMENTS,
                                                  *RESOLD_RETIREMENTS))
    quality.corrected.extend(retired)
    # a route its provider deprecated, dated
    imported, deprecated = deprecated_routes(imported, (*DEPRECATIONS, *OPENAI_DEPRECATIONS,
                                                        *OPENAI_SHUTDOWN_NOTICES))
    quality.corrected.extend(deprecated)
    imported, statuses = restatused(imported)  # the status its provider sold it under
    quality.corrected.extend(statuses)
    imported, noted = noted_routes(imported)  # a listing the sources leave in doubt, said
    quality.corrected.extend(noted)
    imported, quality.limits = limited(imported)  # a free tier's limits, from its provider's page
    # genai-prices' dated prices (start_date) as the routes' price history (review 24, P1, P4)
    # and keyed histories genai-prices leaves undated (gpt-4o's, review 25, P8)
    imported, quality.dated = dated_prices(
        imported, [*read_histories(shared / "genai-prices"), *KEYED_HISTORIES])
    # a maker's batch prices beside the standard ones its route carries (as dated)
    imported, batches = batched(imported)
    quality.corrected.extend(batches)
    # a models.dev price copied from a sibling named for a larger window (review 25, P1)
    quality.siblings = window_siblings(shared / "models.dev")
    # a price dated before its model's release (the release as corrected): its snapshot's date
    imported, quality.priced_early = _priced_after_release(imported, shared, (md, ls))
    # a maker's card decides open weights outright (keyed); a reseller's lone "open" otherwise:
    # OpenRouter's own listing decides where it lists the model
    imported, keyed = keyed_weights(imported)
    quality.corrected.extend(keyed)
    imported, quality.weights = unconfirmed_weights(
        imported, merged.evidence, shared / "openrouter" / "models.json",
        decided={fix.model for fix in OPEN_WEIGHTS})
    imported = infer_open_weights(everyday_names(imported, taken), quality)
    imported.sort(key=lambda m: m.id)
    quality.unnamed = _unnamed(curated, merged, imported, taken)
    return merged, imported, conflicts, quality


def _possible_dates(models: list[Model], quality: Quality) -> list[Model]:
    """``models`` with the impossible-dates rule run again on the releases as corrected.

    A keyed release date can put a cutoff the rule let pass after the release (review 12, L5:
    Gemini 1.0 Pro's 2024-02-01 cutoff beside its 2023-12-13 release); that cutoff is dropped.
    """
    out = []
    for model in models:
        fixed, said = impossible_dates(model)
        quality.dates.extend([said] if said is not None else [])
        out.append(fixed)
    return out


def _priced_after_release(models: list[Model], shared: Path, parts: Sequence[object]
                          ) -> tuple[list[Model], list[str]]:
    """``models`` with each route dated before its model's release dated by its snapshot."""
    names = {"models.dev": "models.dev", "llmstats": "LLMStats"}
    snapshots: dict[str, tuple[dt.date, str]] = {}
    for part in parts:
        report = part.report  # type: ignore[attr-defined]
        prefix = read_snapshot(shared / Path(report.path).name).url("")
        if prefix:
            snapshots[prefix] = (report.checked, names.get(report.source, report.source))
    fixed, lines = [], []
    for found in models:
        model = found
        for prefix, (day, name) in snapshots.items():
            model, _ = priced_before_release(model, {prefix: day}, name)
        fixed.append(model)
        # every such route, those the importer dated (by its own release date) too; the clause
        # ends a sentence where a whole-sentence note follows it ("... (2025-05-22). Route ...")
        lines += [f"{model.id}: {route.provider} route: {note}" for route in model.routes
                  for note in (n.removesuffix(".") for n in re.split(
                      r"; |(?<=\.) ", route.notes or ""))
                  if note.endswith(f"so dated by the snapshot ({route.checked})")]
    return fixed, sorted(lines)


def distilled_families(models: list[Model], curated: Catalog, quality: Quality) -> list[Model]:
    """``models``, each distilled into a family's base model in that family (review 11, K11)."""
    held = {m.family for m in (*curated.models, *models) if m.family}
    out = []
    for model in models:
        fixed = distilled_family(model, held)
        if fixed is not model:
            quality.distilled.append(f"{model.id}: {model.family!r} -> {fixed.family!r}")
        out.append(fixed)
    return out


def own_families(models: list[Model], curated: Catalog, quality: Quality,
                 published: set[str]) -> list[Model]:
    """``models`` without a family other makers' models hold, for the ``published`` ones.

    A model is published (by a third party) where its ids' organisation decided its vendor and
    is not the lab a word of its id names: a fine-tune its source filed under its base model's
    family is no kin of that family's models.
    """
    holders: dict[str, set[str]] = {}
    for m in (*curated.models, *models):
        if m.family and m.vendor and m.id not in published:
            holders.setdefault(m.family, set()).add(m.vendor)
    out = []
    for model in models:
        fixed = foreign_family(model, holders) if model.id in published else model
        if fixed is not model:
            quality.families.append(f"{model.id}: {model.family!r} (held by "
                                    f"{', '.join(sorted(holders[model.family or '']))})")
        out.append(fixed)
    return out


def _unnamed(curated: Catalog, merged: Catalog, imported: Sequence[Model],
             taken: set[str]) -> list[str]:
    """Per curated model, the names providers list it under that none of the layers resolve.

    The identity rule joins a provider's spelling (Groq's ``llama-3.1-8b-instant``) to the
    curated model, whose imported record is then left out with its names: a name listed here
    is "unknown" to a user until it is added to the curated file's aliases. So is the model id
    of a curated route (Fireworks' ``accounts/fireworks/models/phi-2-3b``; review 34, #3): an
    imported model's route ids are its aliases, a curated model's are not.
    """
    known = taken | {normalize_name(n) for m in imported for n in (m.id, *m.aliases)}
    lines = []
    for model in curated.models:
        routes = [r.provider_model_id for r in model.routes if r.provider_model_id]
        names = [a for a in (*merged.model(model.id).aliases, *routes)
                 if normalize_name(a) not in known]
        if names:
            lines.append(f"{model.id}: {', '.join(dict.fromkeys(names))}")
    return lines


def _variants(model_id: str) -> list[str]:
    """Everyday forms of an id: no ``-instruct``/``-it``/``-chat`` or date; dots as dashes."""
    short = re.sub(r"-(\d{8}|\d{4}-\d{2}-\d{2})$", "", model_id)
    short = re.sub(r"[-_](instruct|it|chat)$", "", short)
    dashed = r"\1-\2"
    forms = [short, re.sub(r"(\d)\.(\d)", dashed, model_id), re.sub(r"(\d)\.(\d)", dashed, short),
             undated(spelling(model_id.lower()))]
    return [f for f in dict.fromkeys(forms) if f != model_id]


def everyday_names(models: list[Model], taken: set[str]) -> list[Model]:
    """Each model with the everyday forms of its id as aliases, where no other model has them.

    A name goes to the model with the most routes (then the first id): ``llama-3.1-405b`` to
    ``llama-3.1-405b-instruct``, ``claude-3-5-sonnet`` to ``claude-3.5-sonnet``.
    """
    names = set(taken) | {normalize_name(n) for m in models for n in (m.id, *m.aliases)}
    out: dict[str, Model] = {}
    for model in sorted(models, key=lambda m: (-len(m.routes), m.id)):
        extra = []
        for form in _variants(model.id):
            if normalize_name(form) not in names:
                names.add(normalize_name(form))
                extra.append(form)
        out[model.id] = attrs.evolve(model, aliases=(*model.aliases, *extra))
    return [out[m.id] for m in models]


def infer_open_weights(models: list[Model], quality: Quality) -> list[Model]:
    """Each model whose open weights no source states, closed where its family's plainly are.

    A family (the same vendor and family, both named) of which at least two models have a
    source for their open weights, all saying closed, passes that to its models without one:
    every Gemini or Grok 4 variant of the snapshot whose source is silent is closed-weight like
    the ones the sources describe. Only "closed" spreads: it decides the route policy
    (docs/cost-model.md), where "open" and unknown are alike, and a family of open models
    holds closed API models too (ByteDance's Seed-OSS beside Doubao Seed). Said in the model's
    notes, and listed in data-notes.
    """
    said: dict[tuple[str, str], set[bool]] = {}
    counts: dict[tuple[str, str], int] = {}
    for m in models:
        if m.vendor and m.family and m.open_weights is not None:
            said.setdefault((m.vendor, m.family), set()).add(m.open_weights)
            counts[m.vendor, m.family] = counts.get((m.vendor, m.family), 0) + 1
    out = []
    filled: dict[tuple[str, str], list[str]] = {}
    for m in models:
        key = (m.vendor or "", m.family or "")
        values = said.get(key, set())
        if m.open_weights is not None or values != {False} or counts[key] < 2:
            out.append(m)
            continue
        note = (f"Closed weights inferred from its family: the {counts[key]} models of "
                f"{key[0]}'s {key[1]} family with a source all keep their weights closed.")
        out.append(attrs.evolve(m, open_weights=False,
                                notes=noted(m.notes, note)))
        filled.setdefault(key, []).append(m.id)
    for (vendor, family), ids in sorted(filled.items()):
        quality.inferred.append(f"{vendor}'s {family} (from {counts[vendor, family]} with a "
                                f"source): {', '.join(sorted(ids))}")
        quality.inferred_models += len(ids)
    return out


def _distinct(routes: Sequence[ProviderRoute]) -> tuple[ProviderRoute, ...]:
    """Routes without a repeat of an earlier one's provider and model id, or of its terms.

    A repeat: the same provider, model id and date, or the same provider, date and terms (an
    alias and a dated id of one model at one price). The first wins: models.dev before LLMStats,
    and a host's own flavour (Nebius's ``-fast``) or a reseller's request mode (NanoGPT's
    ``-thinking``) after the model's plain id, so that at one price the plain id is the route
    kept.
    """
    seen: set[tuple[object, ...]] = set()
    kept: list[ProviderRoute] = []
    for route in sorted(routes, key=_flavoured):
        key = (route.provider, route.provider_model_id, route.effective_from)
        terms = (route.provider, route.effective_from, route.status, route.input, route.output,
                 route.cache_read, route.cache_write, route.batch_input, route.batch_output,
                 route.tiers, route.context_window, route.max_output_tokens)
        if key not in seen and terms not in seen:
            seen.update((key, terms))
            kept.append(route)
    return tuple(kept)


def _flavoured(route: ProviderRoute) -> bool:
    name = route.provider_model_id or ""
    return unflavoured(route.provider, name) != name or request_mode(name)


# -- writing the layer -----------------------------------------------------------------------------


VENDORS = (  # a model no source gives a vendor: the lab its name says (first match wins)
    (r"^(claude|anthropic)", "Anthropic"),  # not a fine-tune distilled from Claude
    (r"(^|[/._-])(chat)?gpt|openai|(^|[/._-])o[134]\b", "OpenAI"),  # not Kagi's fastgpt
    (r"gemini|gemma", "Google"), (r"llama", "Meta"), (r"deepseek", "DeepSeek"),
    (r"qwen|qwq|qvq|tongyi", "Alibaba"),
    (r"mistral|mixtral|codestral|magistral|ministral|devstral|pixtral", "Mistral AI"),
    (r"grok|x-ai|xai", "xAI"), (r"(^|[/._-])phi-?\d", "Microsoft"), (r"command|cohere", "Cohere"),
    (r"kimi|moonshot", "Moonshot AI"), (r"glm|zhipu|z-ai", "Zhipu AI"),
    (r"^(amazon[-.])?nova-(micro|lite|pro|premier|2-)", "Amazon"),  # not LucidNova
    (r"jamba|ai21", "AI21 Labs"), (r"minimax", "MiniMax"), (r"nemotron|nvidia", "NVIDIA"),
    (r"doubao|^seed[-.]|seed-oss|ui-tars", "ByteDance"), (r"ernie", "Baidu"),
    (r"hunyuan", "Tencent"), (r"^yi-", "01.AI"), (r"granite", "IBM"), (r"^step-", "StepFun"),
    (r"^solar", "Upstage"), (r"^sonar", "Perplexity"), (r"^mimo", "Xiaomi"),
    (r"^(ling|ring)-", "inclusionAI"), (r"^lfm", "Liquid AI"), (r"^olmo", "Ai2"),
    (r"^reka", "Reka"), (r"palmyra", "Writer"), (r"^voxtral", "Mistral AI"),
    (r"^sarvam", "Sarvam AI"), (r"^mercury", "Inception"), (r"^hermes-\d", "Nous Research"),
    (r"wizardlm|^mai-ds", "Microsoft"), (r"baichuan", "Baichuan"),
    (r"inflection", "Inflection AI"), (r"kat-coder", "Kuaishou"),
    (r"^(arcee-)?trinity", "Arcee AI"), (r"intellect-\d", "Prime Intellect"),
    (r"cogito", "Deep Cogito"), (r"^jais", "G42"),
)


VENDOR_SPELLINGS = {"xiaomi": "Xiaomi", "perplexity": "Perplexity", "stepfun": "StepFun",
                    "sarvam": "Sarvam AI", "alibaba qwen": "Alibaba", "sakana": "Sakana AI",
                    "tencent": "Tencent",
                    # OpenRouter's "Vendor: " name prefixes
                    "qwen": "Alibaba", "mistral": "Mistral AI", "z.ai": "Zhipu AI",
                    "moonshotai": "Moonshot AI", "nous": "Nous Research",
                    "bytedance seed": "ByteDance", "kwaipilot": "Kuaishou", "sao10k": "Sao10K",
                    "nousresearch": "Nous Research", "inflection": "Inflection AI",
                    "allenai": "Ai2", "ai21": "AI21 Labs", "liquidai": "Liquid AI"}
"""A vendor as a source spells it (models.dev's folder names) -> the name the layer uses."""


def spelled_vendor(model: Model) -> Model:
    """``model`` with a source's spelling of its vendor (models.dev's folders) made the layer's."""
    if model.vendor:
        vendor = VENDOR_SPELLINGS.get(model.vendor.casefold(), model.vendor)
        return model if vendor == model.vendor else attrs.evolve(model, vendor=vendor)
    return model


def infer_vendor(model: Model, makers: dict[str, str] | None = None,
                 hosts: frozenset[str] = frozenset()) -> tuple[Model, bool, str | None]:
    """``model`` with a vendor where no source gave one; whether its publisher decided; a line.

    The organisation its own ids name goes first (``phicompare.importers._makers``): a maker the
    catalog knows (``makers``, from ``maker_forms``) is the vendor; another organisation, not a
    host (``hosts``: squashed provider ids and names), leaves the vendor unknown. Else the lab its
    id names (``VENDORS``), noted and marked (``vendor_inferred``) as inferred, except where the
    id (or a marker word of the name) marks a third party's fine-tune (``fine_tune_words``:
    review 20, P6), whose vendor
    is left unknown. A source's vendor is kept, in the layer's spelling.
    The publisher decided where it named no lab the id names (a third party's model, whose
    family is then checked); the line, where the vendor is not the one the id alone gives.
    """
    if model.vendor:
        return spelled_vendor(model), False, None
    guess = next(((found.group(0), v) for p, v in VENDORS
                  if (found := re.search(p, model.id, re.I))), None)
    found = publisher((model.id, *model.aliases), makers or maker_forms(()), hosts)
    if found.maker is not None:
        note = (f"Vendor from the organisation its ids name ({found.org}/; no source states "
                f"the vendor).")
        said = f"{found.maker}, published by {found.org}/"
    elif found.strangers:
        note = (f"Vendor unknown: its ids name the publisher {found.strangers[0]}/, a maker the "
                f"catalog does not know (no source states the vendor).")
        said = f"unknown, published by {found.strangers[0]}/"
    elif guess is not None and (tuned := fine_tune_words(model.id) or tuple(
            w for w in fine_tune_words(model.name) if w in FINE_TUNE_MARKERS)):
        words = " ".join(tuned)  # a fine-tune: not the base model's lab (review 20, P6)
        note = (f"Vendor not yet sourced: by the name, a fine-tune of a model of {guess[1]}'s line "
                f"(its id adds {words!r} to {guess[0]!r}; no source states the vendor, and the "
                f"base model's maker is not taken for it).")
        said = f"unknown, a fine-tune by its name's {words!r}"
    elif guess is not None:
        return attrs.evolve(model, vendor=guess[1], vendor_inferred=True,
                            notes=_noted(model, INFERRED_NOTE)), False, None
    else:
        return model, False, None
    lab = guess[1] if guess else None
    fixed = attrs.evolve(model, vendor=found.maker, notes=_noted(model, note))
    if found.maker is not None and found.maker == lab:  # the organisation is the id's lab
        return fixed, False, None
    line = None if lab is None and found.maker is None else (
        f"{model.id}: {said}" + (f" (not {lab}, whose {guess[0]!r} its id carries)"
                                 if guess else ""))
    return fixed, True, line


def _own_apis(curated: Catalog, merged: Catalog) -> tuple[dict[str, tuple[str, ...]],
                                                           dict[str, str]]:
    """The labs' own APIs of the bundled catalog (id -> ``vendors``), and every provider's name.

    The curated providers of tier first-party, and the imported ones the layer writes so
    (``IMPORTED_TIERS``, with ``MAKER_VENDORS``), as :func:`write` gives them.
    """
    have = {p.id for p in curated.providers}
    apis = {p.id: MAKER_VENDORS.get(p.id, p.vendors) for p in merged.providers
            if p.id not in have and IMPORTED_TIERS.get(p.id, p.tier) is ProviderTier.FIRST_PARTY}
    apis.update({p.id: p.vendors for p in curated.providers
                 if p.tier is ProviderTier.FIRST_PARTY})
    names = {p.id: IMPORTED_NAMES.get(p.id, p.name) for p in merged.providers}
    names.update({p.id: p.name for p in curated.providers})
    return apis, names


def _noted(model: Model, note: str) -> str:
    return noted(model.notes, note)


def _vendor_folder(model: Model) -> str:
    return slug(model.vendor) if model.vendor else "other-vendors"


def _vendors_sourced(provider: Provider) -> dict[str, object]:
    """A lab's API's ``vendors_source`` and ``vendors_checked``.

    Its own documentation (its ``url``), read on ``VENDORS_CHECKED``; nothing for a provider
    that makes no model.
    """
    if provider.id not in MAKER_VENDORS or not provider.url:
        return {}
    return {"vendors_source": provider.url, "vendors_checked": VENDORS_CHECKED}


def write(shared: Path, built: dt.date) -> dict[str, int]:
    """Write the imported layer, the index and the data-notes section; return counts."""
    merged, imported, conflicts, quality = build(shared)
    curated = load_catalog(DATA / "providers.toml", DATA / "benchmarks.toml", DATA / "models")
    out = DATA / "imported"
    if out.exists():
        shutil.rmtree(out)
    (out / "models").mkdir(parents=True)
    used = {r.provider for m in imported for r in m.routes}
    have = {p.id for p in curated.providers}
    providers = [attrs.evolve(p, tier=IMPORTED_TIERS.get(p.id, p.tier),
                              vendors=MAKER_VENDORS.get(p.id, p.vendors),
                              name=IMPORTED_NAMES.get(p.id, p.name),
                              **_vendors_sourced(p))
                 for p in merged.providers if p.id in used and p.id not in have]
    scored = {s.benchmark for m in imported for s in m.scores}
    known = {b.id for b in curated.benchmarks}
    benchmarks = [attrs.evolve(b, source=b.source or BENCHMARKS_SEEN_AT) for b in
                  merged.benchmarks if b.id in scored and b.id not in known]
    header = "Generated by tools/bundle_catalog.py from the shared snapshots; see NOTICE.md."
    (out / "providers.toml").write_text(catalog_toml(
        "providers", sorted(providers, key=lambda p: p.id), header), encoding="utf-8")
    (out / "benchmarks.toml").write_text(catalog_toml(
        "benchmarks", sorted(benchmarks, key=lambda b: b.id), header), encoding="utf-8")
    files: set[str] = set()
    for model in imported:
        name = f"models/{_vendor_folder(model)}/{slug(model.id)}.toml"
        stem, n = name[:-5], 2
        while name in files:  # pragma: no cover - ids that slug alike
            name, n = f"{stem}-{n}.toml", n + 1
        files.add(name)
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(catalog_toml("models", [model], header), encoding="utf-8")
    (out / "NOTICE.md").write_text(NOTICE.format(
        models_dev=_snapshot_line(shared / "models.dev"),
        llmstats=_snapshot_line(shared / "llmstats"), built=built.isoformat()), encoding="utf-8")
    whole = load_catalog(DATA)  # the normal loader must read what was written
    write_index(whole, built)
    write_notes(conflicts, quality, built)
    twice = same_benchmarks((b, "bundled catalog", f"benchmark {b.id!r}") for b in whole.benchmarks)
    if twice:  # review 10, I3: add the spelling to importers._benchmarks.SAME_BENCHMARK
        raise SystemExit("one benchmark under two ids (see SAME_BENCHMARK):\n"
                         + "\n".join(map(str, twice)))
    return {"not chat": sum(map(len, quality.not_chat.values())),
            "plan routes": sum(quality.plans.values()), "prices dropped": len(quality.slips),
            "not per-token prices dropped": len(quality.not_per_token),
            "impossible dates dropped or replaced": len(quality.dates),
            "closed weights inferred": quality.inferred_models,
            "models": len(whole.models), "imported": len(imported),
            "curated": len(curated.models),
            "routes": sum(len(m.routes) for m in whole.models),
            "vendors": len({m.vendor for m in whole.models if m.vendor}),
            "providers": len(whole.providers), "conflicts": len(conflicts)}


def _snapshot_line(folder: Path) -> str:
    text = (folder / "SNAPSHOT.txt").read_text(encoding="utf-8")
    commit = re.search(r"\b[0-9a-f]{40}\b", text)
    return f"Snapshot at commit {commit.group(0)}." if commit else ""


def index_rows(catalog: Catalog) -> list[IndexRow]:
    """One row per model of a whole-loaded bundled catalog, in catalog order."""
    files = _model_files()
    return [index_row(model, files[model.id]) for model in catalog.models]


def _files() -> list[tuple[str, list[str]]]:
    """Every bundled file (relative to the data folder) in load order, with its model ids."""
    import tomli  # noqa: PLC0415

    found: list[tuple[str, list[str]]] = []
    for file in bundled_files():
        data = tomli.loads(file.read_text(encoding="utf-8"))
        relative = Path(str(file)).relative_to(DATA).as_posix()
        found.append((relative, [m["id"] for m in data.get("models", [])]))
    return found


def _model_files() -> dict[str, str]:
    """Each bundled model's id -> the file (relative to the data folder) that defines it."""
    return {model_id: name for name, ids in _files() for model_id in ids}


def index_text_of(catalog: Catalog, built: dt.date) -> str:
    """The index ``default_catalog()`` reads first (see docs/catalog.md)."""
    return index_text(index_rows(catalog), [name for name, ids in _files() if not ids],
                      dict(sorted(run_spreads(catalog.models).items())), built.isoformat())


def write_index(catalog: Catalog, built: dt.date) -> None:
    """Write ``data/index.tsv``, one model a line."""
    (DATA / INDEX_FILE).write_text(index_text_of(catalog, built), encoding="utf-8")


def write_notes(conflicts: Sequence[str], quality: Quality, built: dt.date) -> None:
    """Replace the generated section of docs/data-notes.md."""
    text = NOTES.read_text(encoding="utf-8")
    intro = (f"Where the imported layer disagrees with the curated layer (built "
             f"{built.isoformat()}; the curated value is the one kept and shipped):")
    body = [BEGIN, "", intro, ""]
    body += [f"- {line}" for line in sorted(conflicts)] or ["- none"]

    def listed(rule: str, lines: Iterable[str]) -> None:
        """A rule's paragraph, then what it dropped or inferred, a line each ("none")."""
        body.extend(["", rule, ""])
        body.extend([f"- {line}" for line in lines] or ["- none"])

    listed("Route prices dropped as likely unit slips (the route stays, its price "
           "unknown). The rule: a route's input or output price below 1/20 or above 20 "
           "times the median of the same price on the model's other routes, where at "
           "least two others give one above zero and none comes within a factor of two "
           "of it:", sorted(quality.slips))
    listed(f"Route prices dropped as no per-token prices (the provider bills by something "
           f"else, such as hardware time: the route stays, its price unknown, and a model "
           f"left with no priced route leaves the layer like any unpriced model). The "
           f"rule: a route price above ${MAX_PRICE} per 1M tokens (the dearest real one in "
           f"the five shared snapshots is o1-pro's $600 output), or an output price more "
           f"than {MAX_OUTPUT_RATIO}x the input price (the widest real ratio is 120x, "
           f"Gemini's image-output previews):", sorted(quality.not_per_token))
    listed("Dates dropped or replaced as impossible. The rules: a release date later than "
           "the day the model's facts were first checked cannot be (a source described the "
           "model before it: the date is a provider's own listing date); another record's "
           "date not later replaces it, a model description's first, else it is dropped, "
           "and a date the model's own description gives is kept (Gemini 2.5 Pro and Flash: "
           "LLMStats' 2025-05-22 snapshot described their previews, listed under the same "
           "names, before the 2025-06-17 release). A knowledge cutoff in a later "
           "month than the release date cannot be; the release date is dropped when it is "
           "1 January (a source's placeholder for a year), else the cutoff (the model's "
           "notes say what was dropped or replaced; the models.dev importer leaves its "
           "1 January placeholders unknown before these rules). A release date in an "
           "earlier month than the model's own id is stamped with (Mistral's -2512 is "
           "December 2025; a snapshot's -20241022) cannot be either, and is dropped "
           "(review 9, H2; a keyed correction may then set the maker's date). A release "
           "date no record gives but OpenRouter's listing (models.dev's OpenRouter files "
           "give the day OpenRouter listed the model; Kilo's may copy it) is not known to be "
           "a release and is dropped (review 12, L7: Seed 1.6 'released' 2025-12-23, half a "
           "year after ByteDance's API sold it; `listing_release` in "
           "`phicompare.importers._listing_dates`). A keyed release date is checked against "
           "the cutoff again (review 12, L5):",
           sorted(quality.dates))
    listed("Scores dropped as unknown (the model keeps its other scores). The rule: a "
           "score of exactly 0 on a percentage-style benchmark (every LLMStats score, a "
           "proportion by its schema; a models.dev score with no metric or a percentage, "
           "pass@ or rate metric) is the source's mark for a benchmark not run, not a "
           "result (`phicompare.importers._scores`):", sorted(quality.zeros))
    listed("Scores moved to the dated snapshot they were recorded on. The rule: a score of "
           "a dated snapshot whose source records it on another date that dates a snapshot "
           "of the same model is that snapshot's; its note says where the source filed it "
           "(`snapshot_scores` in `phicompare.importers._snapshots`); likewise a score cited to "
           "a page named for another snapshot of the same model that the layer holds (an "
           "OpenRouter benchmarks page, a Hugging Face repository):", sorted(quality.moved))
    listed("Scores read before their model was released, moved to the snapshot of the same "
           "model line that was the newest on the day they were read, or dropped where no "
           "single one was (`read_before_release` in `phicompare.importers._read_before`). "
           "The day a score was read: its checked date, or earlier the day its page was "
           "published where that is known (a leaderboard entry's own date; the pages "
           "below); the score's note says where its source filed it:",
           [*quality.early, *(f"page {url} published {day} ({why}; read {read})"
                              for url, (day, why, read) in SOURCE_DATES.items())])
    listed("Scores dropped as cited to a paper first posted over a year before their model's "
           "release (review 12, L3: the benchmark's own paper, which cannot hold the model's "
           "score, taken as its source; a keyed score fix gives a figure its true source "
           "first; `dropped_older_papers` in `phicompare.importers._older_papers`; the model's "
           "notes say so):", quality.older)
    listed("Route prices dated before their model's release, dated by their snapshot instead "
           "(a price cannot be read before its model existed: the source's date for it is no "
           "reading date; the route's notes say so; `priced_before_release` in "
           "`phicompare.importers._quality`; `phicompare validate --strict` flags any such "
           "date left):", quality.priced_early)
    listed("Multimodal flags dropped as contradicted (the capability is then not "
           "documented, never \"no\"). The rule: a model marked multimodal whose recorded "
           "input modalities are text alone takes no other input, so the flag cannot hold "
           "(review 9, H3: LLMStats marks Grok 3 multimodal, models.dev records its inputs as "
           "text); a model documented with vision keeps it (`text_only_multimodal` in "
           "`phicompare.importers._quality`; the model's notes say so):",
           sorted(quality.multimodal))
    listed("Request-mode listings left out as priced below their provider's plain listing of "
           "the model (brief data11). The rule: a reseller's listing of a request mode "
           "(NanoGPT's `o3-mini-high`, `:thinking`; a route of the model) that is cheaper than "
           "the same provider's plain listing, whose request sets the mode, gives that provider "
           "two prices for one product, and as the cheaper it would be the route a page bills "
           "the model on; a mode listing dearer than the plain one (a maker's thinking price) "
           "stays (`undercut_modes` in `phicompare.importers._mode_routes`; the model's notes "
           "say so):", sorted(quality.modes))
    listed("Knowledge cutoffs dropped as a listing's filler (the cutoff is then unknown). The "
           "rule: a cutoff in the month of the model's release (`2025-04` beside 2025-04-29, "
           "or a day of that month) is the listings' release date in the cutoff's place, not "
           "a cutoff, unless a keyed correction read it at a maker's page "
           "(`release_month_cutoffs` in `phicompare.importers._cutoffs`, applied after the "
           "keyed corrections; the model's notes say so):", sorted(quality.cutoffs))
    listed("Scores LLMStats dates (`date_recorded`) before their model's release. The rule: "
           "such a day dates LLMStats' entry, not the figure, so the score's note says so and "
           "gives the cited page's publication day where it is known (the pages listed "
           "above), else that the figure's day is not known; the score, its figure and "
           "source stay (`recorded_before_release` in `phicompare.importers._recorded_days`, "
           "against the release as corrected):", quality.recorded)
    listed("Keyed corrections: a value read at the source named, on the day given, where "
           "the snapshots agree on something false or disagree and no rule tells which is "
           "right (`CORRECTIONS` in `phicompare.importers._corrections`, `RELEASE_DATES` in "
           "`phicompare.importers._release_dates`, `REASONING_MODES` in "
           "`phicompare.importers._reasoning_modes`, `LISTED_MODES` and `PAGED_MODES` in "
           "`phicompare.importers._reasoning_listings`, a model's own figures from its card, "
           "`CARD_FACTS` in `phicompare.importers._card_facts`, `CARD_LICENCES` in "
           "`phicompare.importers._card_licences`, `IMAGE_FLAGS` in "
           "`phicompare.importers._image_flags` and `MODEL_PAGES` in "
           "`phicompare.importers._model_pages`, knowledge cutoffs, `CUTOFFS` in "
           "`phicompare.importers._cutoffs`, open weights a maker's card "
           "states, "
           "`OPEN_WEIGHTS` in `phicompare.importers._weights`; the model's notes say so), route "
           "prices a provider's own page gives (`ROUTE_PRICES` in "
           "`phicompare.importers._route_prices`), batch prices a maker's own page gives "
           "(`ROUTE_BATCHES` in `phicompare.importers._route_batches`), per-search fees "
           "(`SEARCH_FEES` in "
           "`phicompare.importers._route_search`), windows (`ROUTE_WINDOWS` in "
           "`phicompare.importers._route_windows`) and capability flags (`ROUTE_FLAGS` in "
           "`phicompare.importers._route_flags`), routes its provider shut down "
           "(`RETIREMENTS` in `phicompare.importers._retirements`, `VERSIONED_RETIREMENTS` in "
           "`phicompare.importers._versioned_retirements`, `OPENAI_RETIREMENTS` in "
           "`phicompare.importers._openai_lifecycle`, `OPENAI_SHUTDOWNS` and, for days after "
           "the build, `OPENAI_ANNOUNCED` in `phicompare.importers._openai_shutdowns`, "
           "`FOUNDRY_OPENAI_RETIREMENTS` in `phicompare.importers._foundry_openai`, and a "
           "reseller's route of a closed model every source read says is gone, "
           "`RESOLD_RETIREMENTS` in `phicompare.importers._resold_retirements`; the route's "
           "notes say so) "
           "or deprecated with no shutdown day yet (`DEPRECATIONS` in "
           "`phicompare.importers._deprecations`, `OPENAI_DEPRECATIONS` and "
           "`OPENAI_SHUTDOWN_NOTICES` beside the OpenAI retirements; the route's notes say "
           "so), the status a provider sold a route under "
           "(`ROUTE_STATUSES` in `phicompare.importers._openai_lifecycle`), listings the "
           "sources leave in doubt, figures kept (`ROUTE_NOTES` in "
           "`phicompare.importers._route_notes`; the route's notes say so), and scores "
           "filed under the wrong setting or model (`SCORE_FIXES` in "
           "`phicompare.importers._score_fixes`, `CARD_SCORES` in "
           "`phicompare.importers._card_scores`, `FOREIGN_SCORES` in "
           "`phicompare.importers._foreign_scores`; the score's note, or the model's for a "
           "dropped one, says so):", quality.corrected)
    listed("Routes given status preview (review 29, F5; `preview_routes` in "
           "`phicompare.importers._preview_routes`). The rule: no source gives these routes a "
           "status (models.dev gives one only for alpha, beta or deprecated), so the catalog's "
           "default would read GA; a route on the model's maker's own API or cloud (Vertex AI "
           "for Google) whose id (else the model's id or name) says \"preview\" takes the "
           "maker's word. A reseller's route of a model whose weights are closed, which the "
           "maker sells only as a preview (its own routes all preview, none GA), resells that "
           "preview and reads preview too (review 54, dataCM); a model with open or unknown "
           "weights keeps its other routes' default:",
           quality.previews)
    listed("Routes given a price history genai-prices dates (its `constraint: start_date` "
           "prices, review 24, P1 and P4; `dated_prices` in "
           "`phicompare.importers._dated_prices`). The rule: a route joins the history of its "
           "provider's genai-prices entry for the model (the entry's `match` clause accepts the "
           "route's id, or the identity rule makes them one model) whose price in force on the "
           "day the route was checked is the route's (input, output, long-context tiers); the "
           "route takes that price's date (`effective_from`) and each other price becomes a "
           "route cited to genai-prices' file, checked on its `prices_checked` date, its notes "
           "citing the pages the file cites. A route of another provider that carried the "
           "maker's price when checked, and that no history of its own provider dates, is "
           "taken to change with the maker's (\"follows the maker\"; its own days of change are "
           "not recorded, its notes say so) where the maker's input or output price changed, "
           "not a long-context tier alone. The first price of a history is dated from the "
           "model's release. Histories matching no route of the layer (GPT-5.6 Luna and Terra, "
           "Gemini 3.6 and 3.7 Flash, whose introductory rates end on 2026-12-31) add nothing. "
           "A keyed history in the same shape dates a change genai-prices files under one "
           "price (`KEYED_HISTORIES` in `phicompare.importers._keyed_histories`: the `gpt-4o` "
           "alias at $5 and $15, LiteLLM's `gpt-4o-2024-05-13` entry citing OpenAI's pricing "
           "page, until it moved to `gpt-4o-2024-08-06` on 2024-10-02, the day OpenAI's models "
           "page of the time gave, read secondhand: that page is not among the stored pages; "
           "review 25, P8; only the alias, not the dated snapshots, joins it):",
           quality.dated)
    listed("Route prices flagged as a sibling's (review 25, P1; `window_siblings` in "
           "`phicompare.importers._window_siblings`). The rule: a models.dev provider file `X` "
           "priced exactly as its file `X-<N>k` (a sibling named for a window) while giving a "
           "smaller window than it most likely copied the sibling's price (models.dev's Azure "
           "`gpt-4`, 8,192 tokens, at `gpt-4-32k`'s $60 and $120). The rule flags, it does not "
           "correct; a keyed route price settles those a source does (the Foundry GPT-4 route "
           "takes $30 and $60, `ROUTE_PRICES`; models.dev's `azure-cognitive-services` files "
           "are the same Microsoft Foundry routes). Same prices beside a larger window under "
           "other sibling names are other versions or variants their sellers price alike "
           "(`gpt-5` and `gpt-5-codex`, `mistral-large` and `mistral-large-2411`, "
           "`claude-sonnet-4` and `claude-sonnet-4-6`) and are not flagged:", quality.siblings)
    listed("Free tiers given the usage limits their provider's documentation states, read "
           "2026-12-01 (`ROUTE_LIMITS` in `phicompare.importers._route_limits`; where the limits "
           "depend on the account, the lowest documented tier, said in the route's "
           "`limits.notes`; every other free tier's limits are not recorded):", quality.limits)
    listed("Vendors the organisation a model's ids name decides, where no source states the "
           "vendor (`phicompare.importers._makers`). The rule: the organisation before the "
           "model's own name (`deepcogito/` in `deepcogito/cogito-v1-preview-qwen-32B`) is its "
           "publisher; one the catalog knows as a maker is the vendor, before the lab a word of "
           "the id names (a fine-tune names its base model); another one, not a provider's or "
           "reseller's namespace, leaves the vendor unknown. Where no organisation decides, an id "
           "(or a marker word of the name) that marks a third party's fine-tune or merge leaves "
           "the vendor unknown too, never the base model's lab (review 20, P6; `fine_tune_words` "
           "in `phicompare.importers._makers`): a marker word anywhere (derestricted, uncensored, "
           "abliterated, heretic, unshackled, merge, merged, chimera, distilled), or a word after "
           "the base model's size that is no maker's variant, version, date or quantisation "
           "(\"Vivid Durian\" in `qwen3.5-27b-vivid-durian`), or a keyed fine-tune's word before "
           "its base model's name (`NAMED_FINE_TUNES`: \"TIM\" in `tim-qwen3.6-27b`; a rule "
           "would take resellers' prefixes, alicloud- or coding-, for one):",
           sorted(quality.makers))
    listed("Families dropped as another maker's (a family is one maker's). The rule: a model "
           "whose vendor the organisation its ids name decided keeps no family that models of "
           "another vendor hold (its source filed it under its base model's line):",
           sorted(quality.families))
    listed("Families of distilled models (review 11, K11). The rule: a model whose name says it "
           "is distilled into a family's base model (\"R1 Distill Llama 70B\", a Llama model "
           "fine-tuned on DeepSeek-R1's samples) is of that family, the base model's line, not "
           "its teacher's:", sorted(quality.distilled))
    listed("Route capability flags dropped as no evidence (the route's capability is then "
           "not documented, never \"no\"). The rule: a provider that sets the flag whatever "
           "the model (`UNINFORMATIVE` in `phicompare.importers._corrections`):",
           [f"{provider}: {UNINFORMATIVE[provider][0]} on {count} routes "
            f"({UNINFORMATIVE[provider][1]})" for provider, count in sorted(quality.flags.items())])
    listed("Left out of the imported layer as not chat models (by id or name; "
           "`pick` and `recommend` never offer them):",
           [f"{reason} ({len(ids)}): {', '.join(sorted(ids))}"
            for reason, ids in sorted(quality.not_chat.items())])
    listed("Routes left out because their per-token figures are not per-token prices "
           "(a subscription plan: a coding or token plan, GitHub Copilot, GitLab Duo; "
           "a local runtime):",
           [f"{provider}: {count} routes ({quality.plan_reasons[provider]})"
            for provider, count in sorted(quality.plans.items())])
    listed("Open weights resellers alone give, where models.dev holds no OpenRouter file "
           "for the model, left unconfirmed (not yet sourced) where OpenRouter's own listing "
           "links no weights for it (its flag follows its Hugging Face link; a link confirms "
           "them and joins the sources; `phicompare.importers._weights`):", quality.weights)
    listed("Closed weights inferred from the model's family, where no source states them "
           "and at least two models of the same vendor and family with a source all keep "
           "their weights closed (each model's notes say so; the route policy reads it):",
           quality.inferred)
    listed("Names providers list a curated model under that it does not resolve (add "
           "them to the curated file's aliases; a base model's id is left out on "
           "purpose when the curated model is its instruction-tuned version):", quality.unnamed)
    body += ["", END]
    section = "\n".join(body)
    if BEGIN in text:
        start, rest = text.split(BEGIN, 1)
        text = start + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Curated and imported layers (generated)\n\n" + \
            section + "\n"
    NOTES.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    """The command: write the layer, print what it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the folder holding models.dev/ and llmstats/ (../shared/data)")
    parser.add_argument("--built", type=dt.date.fromisoformat, default=None,
                        help="the build date written to the index (default: today)")
    options = parser.parse_args(argv)
    counts = write(options.shared, options.built or dt.date.today())
    print(", ".join(f"{v} {k}" for k, v in counts.items()))  # noqa: T201 - a command
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
