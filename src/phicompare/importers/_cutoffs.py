"""Knowledge cutoffs: keyed ones read at a maker's page, and a listing's filler dropped.

The listings the imported layer is built from (models.dev's provider files, LLMStats) often
fill ``knowledge`` with the model's release month: Qwen3 8B to 235B-A22B, released
2025-04-29, all read "2025-04"; Mistral Nemo, released 2024-07-18, "2024-07". A model is not
trained on data up to the month it ships, and no maker's page read gives those figures.
:func:`release_month_cutoffs` drops a cutoff in the release month (or day) that no keyed
correction set: the cutoff is then unknown, never the listing's guess. Keyed cutoffs a maker
gives (:data:`CUTOFFS`, applied with the other corrections by :func:`~._correct.corrected`)
are read first and kept. ``tools/bundle_catalog.py`` applies both and lists what it did.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

import attrs

from phicompare.domain.records import Model

from ._correct import Correction
from ._noted import noted

__all__ = ["CUTOFFS", "release_month_cutoffs"]

_READ = dt.date(2026, 12, 2)
_MONTH = re.compile(r"(\d{4})-(\d{2})")

CUTOFFS: tuple[Correction, ...] = (
    # dataAK, 2: the GPT-3.5 snapshots dataAI left at Azure's 2021-08
    Correction(
        "gpt-3.5-turbo-0301", "knowledge_cutoff", "2021-09",
        "https://platform.openai.com/docs/models/gpt-3-5", _READ,
        "OpenAI's GPT-3.5 models table of 2023 gives gpt-3.5-turbo-0301, \"Snapshot of "
        "gpt-3.5-turbo from March 1st 2023\", \"Training data: Up to Sep 2021\" (read in "
        "copies of the table kept in public repositories; OpenAI's later pages give the "
        "GPT-3.5 Turbo family \"Sep 01, 2021\"); models.dev's Azure files gave 2021-08"),
    Correction(
        "gpt-3.5-turbo-1106", "knowledge_cutoff", "2021-09-01",
        "https://platform.openai.com/docs/models/gpt-3-5-turbo", _READ,
        "OpenAI's GPT-3.5 Turbo page gives \"Sep 01, 2021 knowledge cutoff\" and lists "
        "gpt-3.5-turbo-1106 among its snapshots (read in a copy of the page's text, "
        "burncloud.com's; OpenRouter's listing of openai/gpt-3.5-turbo-1106 says \"Training "
        "data: up to Sep 2021\"), as the gpt-3.5-turbo and 0125 records read; models.dev's "
        "Azure files gave 2021-08"),
    # dataAK, 1: a cutoff a maker's page (or its host's) states, where the listings gave the
    # release month
    Correction(
        "gpt-4-turbo-vision", "knowledge_cutoff", "2023-04",
        "https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4", _READ,
        "OpenAI's GPT-4 Turbo and GPT-4 models table gives gpt-4-vision-preview and "
        "gpt-4-1106-vision-preview, \"GPT-4 with the ability to understand images\", "
        "\"Training data: Up to Apr 2023\" (read in a copy of the table kept in a public "
        "repository); Azure's gpt-4-turbo-vision is that model (Azure's page \"Use GPT-4 Turbo "
        "with Vision\" names it \"gpt-4 Version: vision-preview\"); models.dev's Azure files "
        "gave 2023-11, the release month"),
    Correction(
        "grok-4", "knowledge_cutoff", "2024-11",
        "https://docs.oracle.com/en-us/iaas/Content/generative-ai/xai-grok-4.htm", _READ,
        "Oracle's OCI Generative AI page for xai.grok-4, the host's documentation of xAI's "
        "model, gives \"Knowledge Cutoff: November 2024\" (read in a stored copy); no xAI "
        "page among those stored gives Grok 4's; models.dev's files gave 2025-07, the "
        "release month"),
)
"""Keyed knowledge cutoffs read at a maker's (or its host's) page, with why."""


def _month(text: str | None) -> tuple[int, int] | None:
    found = _MONTH.match(text or "")
    return (int(found[1]), int(found[2])) if found else None


def release_month_cutoffs(models: Sequence[Model], keyed: Collection[str] = ()
                          ) -> tuple[list[Model], list[str]]:
    """``models`` without a cutoff that falls in their release month, and a line for each.

    A cutoff whose month is the release's (``2025-04`` beside 2025-04-29, or a day of that
    month) is a listing's filler, not a cutoff: it is dropped and the model's notes say so.
    Models in ``keyed`` (their cutoff set by a keyed correction, read at a maker's page) keep
    theirs; a model without a release day or cutoff is left as it is.

    Examples:
        >>> qwen = Model(id="qwen3-8b", name="Qwen3 8B", released=dt.date(2025, 4, 29),
        ...              knowledge_cutoff="2025-04")
        >>> out, lines = release_month_cutoffs([qwen])
        >>> out[0].knowledge_cutoff, lines
        (None, ['qwen3-8b: knowledge cutoff 2025-04 in its release month (released 2025-04-29): dropped'])
        >>> release_month_cutoffs([qwen], keyed={"qwen3-8b"})[0][0].knowledge_cutoff
        '2025-04'
        >>> older = attrs.evolve(qwen, knowledge_cutoff="2024-10")
        >>> release_month_cutoffs([older])[0][0].knowledge_cutoff
        '2024-10'
    """  # noqa: E501
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        month = _month(model.knowledge_cutoff)
        if (model.released is None or month is None or model.id in keyed
                or month != (model.released.year, model.released.month)):
            out.append(model)
            continue
        note = (f"Knowledge cutoff {model.knowledge_cutoff} dropped: it falls in the month of "
                f"the release ({model.released}), the listings' filler for a cutoff; no "
                f"maker's page on record gives one (docs/data-notes.md).")
        out.append(attrs.evolve(model, knowledge_cutoff=None, notes=noted(model.notes, note)))
        lines.append(f"{model.id}: knowledge cutoff {model.knowledge_cutoff} in its release "
                     f"month (released {model.released}): dropped")
    return out, lines
