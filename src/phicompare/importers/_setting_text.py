"""The part of a source's setting text that states a condition of the run (review 7, F3, F10).

Sources fill the setting field with more than settings: a description of the benchmark, a
placeholder, the metric's name or a pointer into the source's footnotes. :func:`setting_said`
keeps only what states a condition of the run; the importers apply it as they read a source,
so tables and prose read the same setting. How a comparison reads a kept setting is
:mod:`phicompare.domain.settings`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from phicompare.domain.settings import FILLER, WORD

__all__ = ["describes", "setting_said"]

_CONDITION = re.compile(
    r"\d+k|shots?|\d+-shot|cot|chain|thought|pass|maj|cons|thinking|extended|tools?|browsing|"
    r"runs?|attempts?|parallel|compute|sampling|samples?|grader|judge|diamond|val|validation|"
    r"test|testmini|dev|split|avg|average|macro|micro|weighted|f1|em|exact|bleu|spbleu|rouge|"
    r"wer|anls|comet22|cider|strict|loose|relaxed|agents?|scaffolding|prompt|prompting|tokens|"
    r"budget|mode|effort|minimal|low|medium|high|xhigh|max|nucleus|temperature|harness|top_p",
)
"""A word that states a condition of the run (shots, CoT, pass@k, a split, a metric variant)."""

_BASED_ON = re.compile(r"\s*\bBased on [^.]*\.?", re.IGNORECASE)
_FOOTNOTE = re.compile(
    r"[,;]?\s*(?:see\s+)?(?:source\s+)?(?:the\s+)?footnotes?\s*\[?\d+\]?"
    r"(?:\s*(?:,|and)\s*\[?\d+\]?)*", re.IGNORECASE)
_GROUP = re.compile(r"\s*\(([^()]*)\)")
_DESCRIPTIVE = 3
"""Words (not counting numbers) from which a clause with no condition word is a description."""


def _words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.casefold()) if not w.isdigit()]


def _names_condition(text: str) -> bool:
    return any(_CONDITION.fullmatch(w) for w in WORD.findall(text.casefold()))


def describes(text: str) -> bool:
    """Whether a clause is prose about the benchmark rather than a condition of the run.

    Examples:
        >>> describes("Challenging math problems including algebra"), describes("5-shot")
        (True, False)
        >>> describes("With prompt addendum to better utilize planning")
        False
    """
    outside = _GROUP.sub(" ", text)
    return len(_words(outside)) >= _DESCRIPTIVE and not _names_condition(outside)


def _clauses(text: str) -> list[str]:
    """``text`` split at commas, semicolons and full stops outside brackets."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in ",;." and (k + 1 == len(text) or text[k + 1] == " "):
            out.append(text[start:k].strip())
            start = k + 1
    out.append(text[start:].strip())
    return [c for c in out if c]


def _tidy(text: str) -> str:
    text = re.sub(r"\(\s*[,;]\s*", "(", text)
    text = re.sub(r"\s*[,;]\s*\)", ")", text)
    text = re.sub(r"\s*\(\s*\)", "", text)
    return " ".join(text.split()).strip(" ,;.")


def setting_said(text: str | None, names: Iterable[str] = ()) -> str | None:
    """The part of a source's setting text that states a condition of the run, else ``None``.

    Footnote pointers are dropped, a placeholder or the metric's name alone is no setting, a
    bracket holds the setting when the words before it are filler ("Accuracy (10-shot)"), and
    clauses that describe the benchmark are dropped; ``names`` are the benchmark's names, which
    a setting that only repeats them ("GSM8K benchmark evaluation") does not state either.

    Examples:
        >>> setting_said("Internal methodology, see source footnote [2]"), setting_said("Accuracy")
        (None, None)
        >>> setting_said("Avg 5 runs, no custom tools/prompting (footnote [4], GPT-4o user model)")
        'Avg 5 runs, no custom tools/prompting (GPT-4o user model)'
        >>> setting_said("Standard benchmark (o3-mini grader, see footnote [3])")
        'o3-mini grader'
        >>> setting_said("5-shot, Multiple-choice questions in 57 subjects (academic)")
        '5-shot'
        >>> setting_said("Challenging dataset of questions written by domain experts in biology")
        >>> setting_said("GSM8K benchmark evaluation", ["GSM8K"]), setting_said("0-shot (accuracy)")
        (None, '0-shot')
        >>> setting_said("2.1; success rate"), setting_said("Arena Hard", ["Arena-Hard"])
        ('2.1; success rate', None)
    """
    if text is None:
        return None
    said = _tidy(_FOOTNOTE.sub("", _BASED_ON.sub("", text)))
    said = _tidy(_GROUP.sub(lambda m: "" if set(_words(m[1])) <= FILLER else m[0], said))
    bracket = re.fullmatch(r"([^()]*)\(([^()]*)\)", said)
    if bracket and set(_words(bracket[1])) <= FILLER:
        said = _tidy(bracket[2])
    clauses = _clauses(said)
    if any(map(describes, clauses)):
        said = ", ".join(c.rstrip(".") for c in clauses if _names_condition(_GROUP.sub(" ", c)))
    words = [w for w in WORD.findall(said.casefold()) if w not in FILLER]
    named = {w for n in names for w in WORD.findall(n.casefold())}
    if not words or set(words) <= named or "".join(words) in {
            "".join(WORD.findall(n.casefold())) for n in names}:
        return None
    return said or None



