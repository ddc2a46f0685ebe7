"""Labs' own APIs: which provider ids make which vendors' models, and whose word on weights counts.

A lab's API (models.dev's provider id: ``openai``, ``mistral``, ``alibaba-cn``) names its own
models as their maker does, and what its files say of open weights counts for its own models; a
reseller's "closed" describes its terms, not the weights (Llama behind a gateway). OpenRouter's
files (``WEIGHTS_LISTER``) follow its Hugging Face links. ``_assemble`` chooses a model's facts
with these rules; ``tools/bundle_catalog.py`` gives each lab's API its ``vendors``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._common import lab_name
from ._identity import squash

if TYPE_CHECKING:
    from ._assemble import Record

__all__ = ["MAKERS", "MAKER_VENDORS", "VENDORS_CHECKED", "WEIGHTS_LISTER", "by_maker", "own_lab",
           "weights_said"]

MAKER_VENDORS: Mapping[str, tuple[str, ...]] = {
    "anthropic": ("Anthropic",), "openai": ("OpenAI",), "google": ("Google",),
    "mistral": ("Mistral AI",), "xai": ("xAI",), "deepseek": ("DeepSeek",), "cohere": ("Cohere",),
    "moonshotai": ("Moonshot AI",), "zai": ("Zhipu AI",), "zhipuai": ("Zhipu AI",),
    "minimax": ("MiniMax",), "perplexity": ("Perplexity",), "upstage": ("Upstage",),
    "xiaomi": ("Xiaomi",), "stepfun": ("StepFun",), "sarvam": ("Sarvam AI",),
    "inception": ("Inception",), "poolside": ("Poolside",), "alibaba": ("Alibaba",),
    # the same labs' own APIs for mainland China, and Perplexity's agent API (which also
    # resells other labs' models: only Perplexity's own are its make)
    "alibaba-cn": ("Alibaba",), "minimax-cn": ("MiniMax",), "moonshotai-cn": ("Moonshot AI",),
    "perplexity-agent": ("Perplexity",),
}
"""Labs' own APIs (models.dev's provider ids) -> the vendors whose models each makes, as the
catalog spells them (the provider's ``vendors``, ``docs/catalog.md``): Z.AI is Zhipu AI's
international API."""
VENDORS_CHECKED = dt.date(2026, 12, 1)
"""When each lab's API's ``vendors`` was last checked. Its ``vendors_source`` is the lab's own API
documentation (the provider's ``url``: the page models.dev's provider file links as ``doc``, on the
lab's own domain), read that day from the snapshot (docs/data-notes.md)."""
MAKERS = frozenset(MAKER_VENDORS)
"""Provider ids (models.dev's) that are labs' own APIs: what their files say of open weights
counts, where another provider's "closed" describes its terms (Llama behind a gateway)."""
WEIGHTS_LISTER = "openrouter"
"""The reseller whose open-weights flag is sourced: models.dev's OpenRouter files follow
OpenRouter's ``hugging_face_id`` (185 of the 186 files both snapshots hold agree), "open" where it
links the weights. Its "closed" only means no link (MiniMax-M1, whose weights are public, has
none), so it never makes a model closed; but it leaves another reseller's lone "open" unconfirmed,
not yet sourced (Qwen3.5-Flash and Seed 1.6 Flash, API-only, which Kilo lists as open)."""


def by_maker(record: Record, vendor: object, name: str) -> bool:
    """Whether ``record`` is the model's maker's own API naming it (not an id: ``solar-pro3``).

    A lab's API also resells others' models, under their organisation's prefix
    (``siliconflow/deepseek-v3.1-terminus``); a known vendor must be the lab's.
    """
    provider = record.source.rpartition(":")[2]
    if provider not in MAKERS or " " not in name or "/" in record.identity:
        return False
    return not isinstance(vendor, str) or squash(provider)[:4] == squash(vendor)[:4]


def own_lab(provider: str, vendor: object) -> bool:
    """Whether a lab's API ``provider`` may be the maker of a model of ``vendor`` (unknown: yes).

    Its mainland-China or agent API is the lab's (``alibaba-cn``); a vendor is compared by its
    lab name (``Qwen`` is Alibaba's), as ``by_maker`` compares them.

    Examples:
        >>> own_lab("alibaba-cn", "Qwen"), own_lab("alibaba-cn", "DeepSeek")
        (True, False)
        >>> own_lab("xai", None), own_lab("zai", "Z.ai")
        (True, True)
    """
    if not isinstance(vendor, str):
        return True
    lab = lab_name(provider.removesuffix("-cn").removesuffix("-agent"))
    return squash(lab)[:4] == squash(lab_name(squash(vendor)))[:4]


def weights_said(records: Sequence[Record], vendor: object) -> tuple[bool, object]:
    """``(True, value)`` where a lab's own API or OpenRouter decides the model's open weights.

    A lab's own API speaks for its own models' weights (:func:`own_lab`); a reseller's "closed"
    is its terms, not the weights' (Llama behind a gateway; DeepSeek on Alibaba's API), so only
    its "open" counts, and OpenRouter links the weights it knows of: "open", or unconfirmed
    (``None``). ``(False, None)`` leaves the choice to the records' vote.
    """
    for record in records:
        provider = record.source.rpartition(":")[2]
        if provider in MAKERS and own_lab(provider, vendor) and (
                value := record.facts.get("open_weights")) is not None:
            return True, value
    linked = {record.facts.get("open_weights") for record in records
              if record.source.rpartition(":")[2] == WEIGHTS_LISTER} - {None}
    if linked:
        return True, True if True in linked else None
    return False, None
