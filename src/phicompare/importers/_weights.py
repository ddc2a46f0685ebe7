"""Open weights a lone reseller claims, checked against OpenRouter's own listing.

models.dev's OpenRouter files decide a model's open weights where they exist
(:data:`~._assemble.WEIGHTS_LISTER`: OpenRouter's flag follows its Hugging Face link). Where a
model's "open" rests on resellers' files alone and models.dev holds no OpenRouter file for it,
OpenRouter's own listing (its ``/api/v1/models`` response, ``hugging_face_id``) decides the same
way where it lists the model: a link confirms the weights (and is added to the sources); none
leaves them unconfirmed, not yet sourced, never "closed" (OpenRouter links no weights for some
open models). :func:`unconfirmed_weights` applies it (``tools/bundle_catalog.py``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from phicompare.domain.names import normalize_name
from phicompare.domain.records import Model

from ._assemble import MAKERS, WEIGHTS_LISTER
from ._conflicts import RecordFacts

__all__ = ["listed_weights", "lone_reseller", "reseller_only", "unconfirmed_weights"]

_STAMP = re.compile(r"-2\d(?:0[1-9]|1[0-2])[0-3]\d$")  # a YYMMDD snapshot stamp (ByteDance's)


def _key(name: str) -> str:
    return normalize_name(name.rpartition("/")[2].rpartition(": ")[2]).replace(".", "")


def listed_weights(items: Iterable[Mapping[str, object]]) -> dict[str, tuple[str, str]]:
    """OpenRouter entries by name key: (its id, its Hugging Face id or "").

    Examples:
        >>> listed_weights([{"id": "bytedance-seed/seed-1.6-flash", "hugging_face_id": "",
        ...                  "name": "ByteDance Seed: Seed 1.6 Flash"}])["seed16flash"]
        ('bytedance-seed/seed-1.6-flash', '')
    """
    out: dict[str, tuple[str, str]] = {}
    for item in items:
        ident, hf = item.get("id"), item.get("hugging_face_id")
        if not isinstance(ident, str) or ident.endswith(":free"):
            continue
        said = (ident, hf if isinstance(hf, str) else "")
        for name in (ident, item.get("name")):
            if isinstance(name, str):
                out.setdefault(_key(name), said)
    return out


def reseller_only(evidence: Sequence[RecordFacts]) -> set[str]:
    """The providers whose "open" is all ``evidence`` says of open weights: resellers only.

    Empty where a model's own description, a lab's own API or OpenRouter says it.

    Examples:
        >>> said = [RecordFacts(source="models.dev:llmgateway", url="u",
        ...                     facts=(("open_weights", True),))]
        >>> reseller_only(said), reseller_only([*said, RecordFacts(
        ...     source="llmstats", url="v", facts=(("open_weights", True),))])
        ({'llmgateway'}, set())
    """
    providers: set[str] = set()
    for record in evidence:
        if record.source.startswith("models.dev:"):
            provider = record.source.partition(":")[2]
            if provider == WEIGHTS_LISTER and dict(record.facts).get("open_weights") is not None:
                return set()
            if dict(record.facts).get("open_weights") is not True:
                continue
            if provider == "models" or provider in MAKERS:
                return set()
            providers.add(provider)
        elif dict(record.facts).get("open_weights") is not None:
            return set()
    return providers


def lone_reseller(models: Iterable[Model], evidence: Mapping[str, Sequence[RecordFacts]]
                  ) -> list[str]:
    """The ids of models whose open weights rest on one reseller's "open" alone."""
    return [m.id for m in models if m.open_weights is True
            and len(reseller_only(evidence.get(m.id, ()))) == 1]


def unconfirmed_weights(models: Sequence[Model], evidence: Mapping[str, Sequence[RecordFacts]],
                        listing: Path) -> tuple[list[Model], list[str]]:
    """``models`` with a reseller-only "open" decided by OpenRouter's listing, and a line each."""
    data = json.loads(listing.read_text(encoding="utf-8"))
    listed = listed_weights(data["data"] if isinstance(data, dict) else data)
    out, lines = [], []
    for model in models:
        resellers = reseller_only(evidence.get(model.id, ())) if model.open_weights else set()
        keys = [_key(n) for n in (model.id, _STAMP.sub("", model.id), model.name)]
        found = next((listed[k] for k in keys if resellers and k in listed), None)
        if found is None:
            out.append(model)
            continue
        ident, hf = found
        who = ", ".join(sorted(resellers))
        if hf:
            link = f"https://huggingface.co/{hf}"
            out.append(attrs.evolve(model, sources=(
                model.sources if link in model.sources else (*model.sources, link))))
            continue
        note = (f"Open weights not yet sourced: {who} lists it as open, but OpenRouter's "
                f"listing ({ident}), which links the weights it knows of, links none.")
        out.append(attrs.evolve(model, open_weights=None, notes=(
            f"{model.notes} {note}" if model.notes else note)))
        lines.append(f"{model.id}: open weights true -> unknown ({who}; OpenRouter's {ident} "
                     "links no weights)")
    return out, lines
