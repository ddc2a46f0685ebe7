"""A model whose name ends in brackets is never the last thing inside another bracket.

"Aion-RP 1.0 (8B)", "Magistral Medium (latest)" and "GPT-4o (2024-11-20)" name bundled models,
and a page's display name ends in brackets wherever two models share a name ("Qwen3 Max
(qwen3-max)"). Written last inside a bracket, the pages closed two at once: "function calling
(unknown for Aion-RP 1.0 (8B))", "(128,000 for Phi-4 Mini and 131,072 for Magistral Medium
(latest))", "(90.8 against 88.7 for GPT-4o (2024-11-20))" (stop 45's closing note; helper
fixAI's brief, item 1). fixAH reworded the provider names; these are the models' places.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest

from phicompare import Comparison, compare
from phicompare.catalog.index import Catalog

from .helpers import curated_catalog

DAY = dt.date(2026, 12, 2)


def _closed_twice(c: Comparison) -> list[str]:
    """Each place of the pages where a model's name ending in ")" is followed by ")"."""
    pages = [c.to_markdown(), c.to_text(width=400), c.to_html().replace("&#x27;", "'")]
    names = [re.escape(name) for name in c.names if name.endswith(")")]
    if not names:
        return []
    found = re.compile(f"(?:{'|'.join(names)})(?:'s)?\\)")
    return [page[max(0, m.start() - 60):m.end()] for page in pages for m in found.finditer(page)]


@pytest.mark.parametrize(("a", "b"), [
    ("aion-rp-llama-3.1-8b", "gemma-3-4b"),  # the decision fit's "(unknown for ...)"
    ("aion-rp-llama-3.1-8b", "claude-opus-4-6"),  # "(all unknown for ...)"
    ("magistral-medium-latest", "phi-4-mini"),  # the summary's windows read alike
    ("gpt-4o-2024-11-20", "deepseek-r1"),  # a score higher across evaluations
])
def test_bundled_names_in_brackets_close_no_bracket(a: str, b: str) -> None:
    """The real pages that closed two brackets at once read cleanly, and check."""
    c = compare(a, b, as_of=DAY)
    assert _closed_twice(c) == []
    assert c.check() == []


def test_each_place_reads_with_the_name_first() -> None:
    """The four sentences as they read now."""
    c = compare("aion-rp-llama-3.1-8b", "gemma-3-4b", as_of=DAY)
    fit = next(row for row in c.narrative.scorecard if row.key == "fit")
    assert fit.cells[1].startswith("vision (Aion-RP 1.0 (8B): not documented)"), fit.cells
    c = compare("magistral-medium-latest", "phi-4-mini", as_of=DAY)
    assert ("Both have a context window of about 128K tokens: 131,072 for Phi-4 Mini and 128,000 "
            "for Magistral Medium (latest).") in c.to_markdown()
    # (GPT-4o (2024-11-20) against DeepSeek-R1 keeps its three largest gaps across evaluations,
    # now with aider.chat's pair among them: its MMLU direction is no longer said; review 32, #4)
    c = compare("gpt-4-0314", "deepseek-v3", as_of=DAY)
    assert ("On GPQA, DeepSeek V3's score is higher (59.1 against GPT-4 (older v0314)'s 35.7), "
            "but") in c.to_markdown().replace("\n", " ")


def _renamed() -> Catalog:
    """The curated layer with every model's name ending in brackets."""
    catalog = curated_catalog()
    models = tuple(attrs.evolve(m, name=f"{m.name} (Zq)") for m in catalog.models)
    return Catalog(models=models, providers=catalog.providers, benchmarks=catalog.benchmarks)


@pytest.mark.parametrize("ids", [
    ("phi-2", "phi-4-mini"),  # the fit, a score higher across evaluations, the chart's axis
    ("phi-3.5-vision", "gemma-3-12b", "mistral-7b-v0.3"),  # a shared longer context
    ("phi-1.5", "phi-3.5-mini", "qwen2.5-7b"),  # the chart's rows and description
    ("llama-3.2-3b", "llama-3.1-8b", "phi-3.5-mini"),
])
def test_every_name_in_brackets_closes_no_bracket(ids: tuple[str, ...]) -> None:
    """Every model named "... (Zq)": no page closes a name's bracket and its own at once."""
    c = compare(*ids, catalog=_renamed(), as_of=DAY)
    assert all(name.endswith("(Zq)") for name in c.names)
    assert _closed_twice(c) == []
    assert c.check() == []
