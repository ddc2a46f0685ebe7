"""Importers: other catalogs in (models.dev, LiteLLM, OpenRouter, LLMStats, genai-prices, OLL).

OLL is the Open LLM Leaderboard v2's final results (:func:`from_open_llm_leaderboard`).

Each importer returns an :class:`ImportedCatalog`: a :class:`~phicompare.Catalog` whose routes
and scores carry the file they came from (a URL at the snapshot's commit where known) and the date
they were checked, plus ``.report`` (an :class:`ImportReport`: every field not imported and every
record skipped, counted, with examples) and ``.conflicts()`` (a :class:`ConflictReport`: every
field whose value differs between the records behind one model).

>>> from phicompare.importers import merge
>>> from phicompare import Catalog, Model
>>> merged = merge([Catalog(models=(Model(id="phi-4", name="Phi-4", context_window=16384),)),
...                 Catalog(models=(Model(id="azure_ai/Phi-4", name="Phi-4",
...                                       context_window=128000),))])
>>> [str(c) for c in merged.conflicts()]
['phi-4: context_window: 16384 (catalog) | 128000 (catalog#2); kept 16384']

See ``docs/importers.md`` for the field mappings, the identity rule and how to override it.
"""

from __future__ import annotations

from phicompare.exceptions import SourceError

from ._conflicts import Conflict, ConflictReport, RecordFacts, SourcedValue
from ._genai_prices import from_genai_prices
from ._identity import canonical_provider, identity_key
from ._imported import ImportedCatalog
from ._litellm import from_litellm
from ._llmstats import from_llmstats
from ._merge import merge
from ._models_dev import from_models_dev
from ._open_llm_leaderboard import from_open_llm_leaderboard
from ._openrouter import from_openrouter
from ._report import FieldNote, ImportReport, SkippedRecord
from ._sources import KINDS, audit_main, load_source

__all__ = [
    "KINDS",
    "Conflict",
    "ConflictReport",
    "FieldNote",
    "ImportReport",
    "ImportedCatalog",
    "RecordFacts",
    "SkippedRecord",
    "SourceError",
    "SourcedValue",
    "audit_main",
    "canonical_provider",
    "from_genai_prices",
    "from_litellm",
    "from_llmstats",
    "from_models_dev",
    "from_open_llm_leaderboard",
    "from_openrouter",
    "identity_key",
    "load_source",
    "merge",
]
