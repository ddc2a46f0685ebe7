"""Open weights a lone reseller claims, checked against OpenRouter's own listing.

models.dev's OpenRouter files decide a model's open weights where they exist
(:data:`~._lab_apis.WEIGHTS_LISTER`: OpenRouter's flag follows its Hugging Face link). Where a
model's "open" rests on resellers' files alone and models.dev holds no OpenRouter file for it,
OpenRouter's own listing (its ``/api/v1/models`` response, ``hugging_face_id``) decides the same
way where it lists the model: a link confirms the weights (and is added to the sources); none
leaves them unconfirmed, not yet sourced, never "closed" (OpenRouter links no weights for some
open models). :func:`unconfirmed_weights` applies it (``tools/bundle_catalog.py``).

Before either, a keyed correction (:data:`OPEN_WEIGHTS`: model id, value, the maker's card or
page that states it, the day it was read and why) decides a model's open weights outright:
:func:`keyed_weights` sets them, adds the source and says so in the notes, and the listing's
rule leaves the model alone.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from phicompare.domain.names import normalize_name
from phicompare.domain.records import Model

from ._conflicts import RecordFacts
from ._correct import Correction
from ._lab_apis import MAKERS, WEIGHTS_LISTER
from ._noted import noted

__all__ = ["OPEN_WEIGHTS", "keyed_weights", "listed_weights", "lone_reseller", "reseller_only",
           "unconfirmed_weights"]

_READ = dt.date(2026, 12, 1)

OPEN_WEIGHTS: tuple[Correction, ...] = (
    # review 21, P1: Llama 2 7B Chat, read from Cloudflare AI Gateway's file alone
    Correction(
        "llama-2-7b-chat", "open_weights", True,
        "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md", dt.date(2026, 12, 2),
        "Meta's Llama 2 model card: \"because we are openly releasing these models\", the "
        "weights downloadable under the Llama 2 Community License; no snapshot flagged it"),
    # review 15, P2: once split from Ministral 3 3B (review 14, N1), the October 2024 model kept
    # models.dev's open flag from ministral-3b-latest
    Correction(
        "ministral-3b", "open_weights", False, "https://docs.mistral.ai/getting-started/models/",
        dt.date(2026, 12, 2),
        "Mistral's Models Overview lists Ministral 3B (ministral-3b-latest, version 24.10) with "
        "no weight availability, beside Ministral 8B's \"Mistral Research License\" weights "
        "(read in a stored copy of the page); Mistral's card of Ministral-8B-Instruct-2410 "
        "offers Ministral 3B commercially only (\"If you are interested in using Ministral-3B or "
        "Ministral-8B commercially ... reach out to us\"), and no Ministral-3B-Instruct-2410 "
        "repository exists; models.dev's ministral-3b-latest file says open weights"),
    Correction(
        "pixtral-large-2411", "open_weights", True,
        "https://huggingface.co/mistralai/Pixtral-Large-Instruct-2411", _READ,
        "Mistral's repository mistralai/Pixtral-Large-Instruct-2411 publishes the model's "
        "weights under the Mistral Research License (the card's metadata: \"license: other\", "
        "\"license_name: mrl\", read in the card's README at the repository's refs/pr/3, commit "
        "9a60161 \"Release Pixtral-Large\"), and Mistral's post announces \"Pixtral Large, a "
        "124B open-weights multimodal model\" (read in copies of the post); Kilo's file alone "
        "said open, and OpenRouter's listing (mistralai/pixtral-large-2411), whose description "
        "calls the model open-weight, links no weights"),
    Correction(
        "minimax-m1-80k", "open_weights", True,
        "https://huggingface.co/MiniMaxAI/MiniMax-M1-80k", _READ,
        "MiniMax's repository MiniMaxAI/MiniMax-M1-80k holds the model's weights (safetensors, "
        "licence apache-2.0, its pages read on the day), and MiniMax's MiniMax-M1 collection on "
        "Hugging Face calls the model \"the world's first open-weight, large-scale "
        "hybrid-attention reasoning model\"; jiekou's and Novita AI's files alone said open, and "
        "OpenRouter's listing, matched by name (minimax/minimax-m1), links no weights"),
    Correction(
        "command-r-plus-04-2024", "open_weights", True,
        "https://huggingface.co/CohereForAI/c4ai-command-r-plus", _READ,
        "Cohere's repository CohereForAI/c4ai-command-r-plus publishes the April 2024 Command R+ "
        "weights under CC-BY-NC 4.0 (the card's metadata: \"license: cc-by-nc-4.0\", read in "
        "its README), the card this record's scores cite; no snapshot flagged the weights, so "
        "the record read \"not yet sourced\" beside that licence (review 13, M2)"),
    Correction(
        "nova-2-lite", "open_weights", False,
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-amazon-nova-2-lite.html",
        _READ,
        "Amazon's Bedrock card for Nova 2 Lite offers Amazon's own model as a Bedrock API model "
        "under AWS's end-user terms, with no weights to download, as for Nova Lite, whose "
        "record reads closed (its licence \"Proprietary\" in LLMStats); models.dev's six files "
        "for nova-2-lite (Amazon's Bedrock and Nova API among them) all give open_weights "
        "false, but the open-weights rule counts a maker's own API only, and OpenRouter's "
        "listing links no weights, so the record read \"not yet sourced\" and a page billed "
        "it on a reseller (review 14, N8)"),
    # stop 52 (fixAZ): GitHub Models' record of MAI-DS-R1, every route retired, read "not yet
    # sourced" weights, so a page said traffic could not move to it at all (its records of Jamba
    # 1.5 Large and Mini, corrected so too, are AI21's jamba-1.5-large and -mini since review 30)
    Correction(
        "mai-ds-r1", "open_weights", True,
        "https://www.spheron.network/blog/microsoft-mai-models-self-host-fine-tune-gpu-cloud/",
        dt.date(2026, 12, 3),
        "secondhand: a guide to Microsoft's MAI models says MAI-DS-R1 was released under the MIT "
        "licence \"with full weights on HuggingFace\" (microsoft/MAI-DS-R1), and a copy of its "
        "model card (model.aibase.com) describes the post-trained DeepSeek-R1 it holds; "
        "Microsoft's own card was not read, no snapshot flagged the weights"),
    # dataCI: a page said "Neither publishes its weights (Grok-2's licence: Proprietary)"
    Correction(
        "grok-2", "open_weights", True, "https://huggingface.co/xai-org/grok-2",
        dt.date(2026, 12, 3),
        "xAI's repository xai-org/grok-2 holds \"the weights of Grok 2, a model trained and used "
        "at xAI in 2024\" (about 500 GB, served with SGLang), under the Grok 2 Community License "
        "Agreement (read in its README); published in August 2025, a year after the model's "
        "release: the catalog records no date for open weights, so a page dated before then "
        "reads them published too (docs/data-notes.md). LLMStats' \"Proprietary\" (weights "
        "closed) predates the release"),
    # brief dataDF: Moonshot's Turbo names are its own API's high-speed servings of Kimi K2 and
    # K2 Thinking (models.dev's Moonshot files copy the served model's open flag); the weights
    # Moonshot publishes are the models' own (the kimi-k2, kimi-k2-0905 and kimi-k2-thinking
    # records), under no Turbo name
    *(Correction(
        model, "open_weights", False, "https://vercel.com/ai-gateway/models/kimi-k2-turbo",
        dt.date(2026, 12, 3),
        f"an API serving, not a published model: Vercel's AI Gateway page calls Kimi K2 Turbo "
        f"\"Moonshot AI's throughput-oriented K2 variant\" that \"runs the K2 Mixture-of-Experts "
        f"(MoE) architecture\"; {said}; Moonshot's Hugging Face weights are Kimi-K2-Instruct, "
        f"-0905 and Kimi-K2-Thinking, none a Turbo, so traffic cannot move to this name's "
        f"weights (self-hosters run the K2 records' weights, at their own speed)")
      for model, said in (
          ("kimi-k2-turbo-preview",
           ("Abacus' listing of kimi-k2-turbo-preview gives open_weights false, Moonshot's own "
            "files true (the served K2's)")),
          ("kimi-k2-thinking-turbo",
           ("Moonshot's kimi-k2-thinking-turbo is the same high-speed serving of K2 Thinking "
            "(its files share K2 Thinking's 262,144-token window at a higher price)")))),
)
"""Open weights set to the maker's own card, each read on ``checked``. GLM-4 32B (Z.ai's API
model GLM-4-32B-0414-128K, OpenRouter's z-ai/glm-4-32b) has none: Z.ai's page for it
(docs.z.ai/guides/llm/glm-4-32b-0414-128k) says nothing of weights, and the open
GLM-4-32B-0414 (MIT, 32K context) is a record of its own; its weights stay not yet sourced."""

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


def keyed_weights(models: Sequence[Model], corrections: Sequence[Correction] = OPEN_WEIGHTS
                  ) -> tuple[list[Model], list[str]]:
    """``models`` with the open weights each keyed correction states, and a line each.

    The source joins the model's and the notes say it even where the value was already given
    (by a reseller alone, which is why the correction exists).

    Examples:
        >>> fix = Correction("m", "open_weights", True, "https://x.test", _READ, "its card")
        >>> out, lines = keyed_weights([Model(id="m", name="M", open_weights=True)], [fix])
        >>> out[0].sources, out[0].notes
        (('https://x.test',), 'Open weights true (https://x.test, read 2026-12-01): its card.')
        >>> lines
        ['m: open weights true -> true (https://x.test, read 2026-12-01): its card']
    """
    by_model = {fix.model: fix for fix in corrections if isinstance(fix.value, bool)}
    out, lines = [], []
    for model in models:
        fix = by_model.get(model.id)
        if fix is None:
            out.append(model)
            continue
        value = bool(fix.value)
        said = f"({fix.source}, read {fix.checked}): {fix.why}"
        note = f"Open weights {_flag(value)} {said}."
        out.append(attrs.evolve(
            model, open_weights=value,
            sources=model.sources if fix.source in model.sources else (*model.sources,
                                                                       fix.source),
            notes=noted(model.notes, note)))
        lines.append(f"{model.id}: open weights {_flag(model.open_weights)} -> {_flag(value)} "
                     f"{said}")
    return out, lines


def _flag(value: bool | None) -> str:
    return "unknown" if value is None else ("true" if value else "false")


def unconfirmed_weights(models: Sequence[Model], evidence: Mapping[str, Sequence[RecordFacts]],
                        listing: Path, decided: Collection[str] = ()
                        ) -> tuple[list[Model], list[str]]:
    """``models`` with a reseller-only "open" decided by OpenRouter's listing, and a line each.

    A model in ``decided`` (its open weights set by a keyed correction) is left as it is.
    """
    data = json.loads(listing.read_text(encoding="utf-8"))
    listed = listed_weights(data["data"] if isinstance(data, dict) else data)
    out, lines = [], []
    for model in models:
        resellers = (reseller_only(evidence.get(model.id, ()))
                     if model.open_weights and model.id not in decided else set())
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
            noted(model.notes, note))))
        lines.append(f"{model.id}: open weights true -> unknown ({who}; OpenRouter's {ident} "
                     "links no weights)")
    return out, lines
