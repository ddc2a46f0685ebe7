"""How a benchmark sentence names a score: the benchmark with its setting, where quotable.

"MMLU (5-shot)"; a setting that is a description, cites a footnote or only echoes the
benchmark's name is left out. Exported by :mod:`phicompare.narrative.benchmarks` too.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from phicompare.catalog.memo import Slot
from phicompare.domain.settings import FILLER, bracketed

if TYPE_CHECKING:
    from .context import Context

__all__ = ["quotable", "score_label", "setting_label"]

_QUOTED = 40
"""The longest setting quoted: a longer one is a description of the benchmark or of a method
("Challenging dataset of questions written by domain experts ..."), not a setting."""


_FILLER = FILLER
"""Words that name no condition of a run: a setting made of them alone ("Standard benchmark",
"Internal evaluation", "Accuracy") is a placeholder, not a setting (review 6); the importers
drop such settings (``domain.settings``), a user's catalog may still hold them."""


def quotable(setting: str | None) -> bool:
    """Whether a score's setting reads as one on the page: stated, short, citing no footnote.

    A placeholder (only :data:`_FILLER` words: "Standard benchmark") reads as no setting.

    Examples:
        >>> quotable("5-shot"), quotable(None), quotable("Internal methodology, see footnote [2]")
        (True, False, False)
        >>> quotable("Standard benchmark"), quotable("Accuracy"), quotable("0-shot accuracy")
        (False, False, True)
    """
    text = (setting or "").casefold()
    return (bool(text) and len(text) <= _QUOTED and "footnote" not in text
            and not set(re.findall(r"[^\W_]+", text)) <= _FILLER)


def setting_label(label: str, setting: str | None) -> str:
    """A benchmark's name with its setting where the setting is quotable: "MMLU (5-shot)".

    A name that ends in brackets takes the setting inside them ("MMMU (val; 0-shot)", never
    "MMMU (val) (0-shot)"); a setting that only echoes the name ("HumanEval benchmark
    evaluation") is no setting.

    Examples:
        >>> setting_label("MMLU", "5-shot"), setting_label("SWE-bench", "Avg 5 runs (footnote [4])")
        ('MMLU (5-shot)', 'SWE-bench')
        >>> setting_label("MMMU (val)", "0-shot"), setting_label("MMMU (val)", "Standard benchmark")
        ('MMMU (val; 0-shot)', 'MMMU (val)')
        >>> setting_label("MMLU-Redux", "MMLU-redux benchmark evaluation")
        'MMLU-Redux'
    """
    if not quotable(setting) or _echoes(label, setting or ""):
        return label
    setting = bracketed(setting or "")  # never brackets in brackets (review 14, N10)
    return f"{label[:-1]}; {setting})" if label.endswith(")") else f"{label} ({setting})"


_LABELS: Slot[str] = Slot("setting labels")
"""A model's score's benchmark with the score's setting, as sentences name it."""


def score_label(x: Context, i: int, label: str, setting: str | None) -> str:
    """:func:`setting_label` of model ``i``'s score, worked out once a catalog.

    The setting is the model's own score's, and its reading (words matched against the
    benchmark's name) the same on every page that names it: kept with the model.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> score_label(x, 0, "MMLU", "5-shot"), score_label(x, 0, "MMLU", None)
        ('MMLU (5-shot)', 'MMLU')
    """
    if setting is None:
        return label
    return x.c.derive(_LABELS, i, (label, setting), partial(setting_label, label, setting),
                      anywhere=True)


def _echoes(label: str, setting: str) -> bool:
    """Whether ``setting`` is only the benchmark's name and filler words.

    "GSM8K benchmark evaluation" for GSM-8K: the name again, no condition of the run.
    """
    named = [w for w in re.findall(r"[^\W_]+", setting.casefold()) if w not in _FILLER]
    words = re.findall(r"[^\W_]+", label.casefold())
    bare = re.findall(r"[^\W_]+", label.partition("(")[0].casefold())  # of "GSM-8K (CoT)"
    return bool(named) and (set(named) <= set(words) or "".join(named) == "".join(bare))
