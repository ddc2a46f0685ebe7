"""What a score's setting text says about the run: the words that state one, and the rest.

Sources fill the setting field with more than settings: a description of the benchmark
("Challenging dataset of questions written by domain experts ..."), a placeholder ("Standard
benchmark", "Internal evaluation"), the metric's name ("Accuracy", "percent correct") or a
pointer into the source's footnotes ("see source footnote [2]") that a page cannot follow.
:func:`setting_said` keeps only what states a condition of the run; the importers apply it, so
tables and prose read the same setting (review 7, F3 and F10).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import BenchmarkScore

__all__ = ["FILLER", "METRIC", "Match", "condition", "describes", "makers_table", "match",
           "setting_said", "stated", "states_more"]

METRIC = frozenset({"accuracy", "acc", "percent", "percentage", "correct", "score", "scores",
                    "success", "rate", "resolved", "resolve", "exact", "match", "em"})
"""Words that name the usual metric (the share of items right) and no condition of a run."""

FILLER = METRIC | frozenset({"standard", "standardized", "benchmark", "evaluation", "internal",
                             "methodology", "eval"})
"""Words that name no condition of a run: a setting made of them alone is a placeholder."""

_CONDITION = re.compile(
    r"\d+k|shots?|\d+-shot|cot|chain|thought|pass|maj|cons|thinking|extended|tools?|browsing|"
    r"runs?|attempts?|parallel|compute|sampling|samples?|grader|judge|diamond|val|validation|"
    r"test|testmini|dev|split|avg|average|macro|micro|weighted|f1|em|exact|bleu|spbleu|rouge|"
    r"wer|anls|comet22|cider|strict|loose|relaxed|agents?|scaffolding|prompt|prompting|tokens|"
    r"budget|mode|effort|minimal|low|medium|high|xhigh|max|nucleus|temperature|harness|top_p",
)
"""A word that states a condition of the run (shots, CoT, pass@k, a split, a metric variant)."""

_WORD = re.compile(r"[^\W_]+(?:_[^\W_]+)*")
_BASED_ON = re.compile(r"\s*\bBased on [^.]*\.?", re.IGNORECASE)
_FOOTNOTE = re.compile(
    r"[,;]?\s*(?:see\s+)?(?:source\s+)?(?:the\s+)?footnotes?\s*\[?\d+\]?"
    r"(?:\s*(?:,|and)\s*\[?\d+\]?)*", re.IGNORECASE)
_GROUP = re.compile(r"\s*\(([^()]*)\)")
_CLAUSE = re.compile(r"(?<=[,;.])\s+")
_DESCRIPTIVE = 3
"""Words (not counting numbers) from which a clause with no condition word is a description."""


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if not w.isdigit()]


def _names_condition(text: str) -> bool:
    return any(_CONDITION.fullmatch(w) for w in _WORD.findall(text.casefold()))


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
    words = [w for w in _WORD.findall(said.casefold()) if w not in FILLER]
    named = {w for n in names for w in _WORD.findall(n.casefold())}
    if not words or set(words) <= named or "".join(words) in {
            "".join(_WORD.findall(n.casefold())) for n in names}:
        return None
    return said or None


def condition(text: str | None) -> str:
    """A setting's words less its metric and filler words: settings that differ only there are one.

    Case, spacing and punctuation do not count ("5-shot, CoT" is "5-shot CoT"); "0-shot" and
    "0-shot, pass@1" are one condition (pass@1 is the usual metric: the share solved at the first
    attempt), and "percent correct", "Accuracy" and "Standard benchmark" are none at all (the
    empty string, as for a setting not stated).

    Examples:
        >>> condition("0-shot, pass@1") == condition("0-shot"), condition("percent correct")
        (True, '')
        >>> condition("5-shot") == condition("5-shot, CoT"), condition("5-shot  Evaluation")
        (False, '5 shot')
    """
    words = _WORD.findall((text or "").casefold().replace("pass@1", "pass_at_one"))
    return " ".join(w for w in words if w not in FILLER and w != "pass_at_one")


def stated(text: str | None) -> str | None:
    """A score's setting as tables print it and gaps read it: ``None`` where it states no condition.

    "Pass@1" and "Accuracy" name the metric, not a condition of the run (:func:`condition`):
    a table that printed them as the setting would disagree with the reading beside it, which
    counts them as no setting (review 8, G14).

    Examples:
        >>> stated("Pass@1"), stated("Accuracy"), stated(None), stated("0-shot, pass@1")
        (None, None, None, '0-shot, pass@1')
    """
    return text if condition(text) else None


def states_more(a: str | None, b: str | None) -> tuple[int, str] | None:
    """Where one setting states every condition the other does and more: (which, the words more).

    ``0`` for ``a``, ``1`` for ``b``; the words are the fuller setting's own, in its case and
    order. A setting not stated states less than any stated one, so "no tools" against none
    and "diamond accuracy (no tools)" against "Diamond" are one kind of difference, read alike
    (review 8, G14); ``None`` where both state the same condition or each states one the other
    does not (the settings differ).

    Examples:
        >>> states_more("Pass@1", "no tools"), states_more("diamond accuracy (no tools)", "Diamond")
        ((1, 'no tools'), (0, 'no tools'))
        >>> states_more("5-shot", "5-shot, CoT"), states_more("0-shot", "5-shot")
        ((1, 'CoT'), None)
        >>> states_more("0-shot", "0-shot, pass@1"), states_more(None, "Accuracy")
        (None, None)
        >>> states_more("Pass@1, 0-shot", None)
        (0, '0-shot')
    """
    words = condition(a).split(), condition(b).split()
    if set(words[0]) == set(words[1]):
        return None
    for k in (0, 1):
        less, more = set(words[1 - k]), words[k]
        if less <= set(more):
            extra = set(more) - less
            text = re.sub(r"pass@1", " ", (a, b)[k] or "", flags=re.IGNORECASE)
            said = [t for t in re.findall(r"[^\s,;()]+", text)
                    if {w.casefold() for w in _WORD.findall(t)} & extra]
            return k, " ".join(said)
    return None


class Match(enum.Enum):
    """Whether two runs of one benchmark are known to share a setting (:func:`match`)."""

    ALIKE = "alike"
    """One stated condition, or one harness both name: scored alike."""
    SETTINGS_DIFFER = "settings differ"
    """The conditions stated differ (or one side states none)."""
    HARNESSES_DIFFER = "harnesses differ"
    """Both name a harness, and the names differ."""
    NOT_ON_RECORD = "settings not on record"
    """Neither states a condition and no one harness is named by both: a source may have run
    them differently (a leaderboard's entry with 32K thinking tokens beside one without)."""


def match(a: tuple[str, str | None], b: tuple[str, str | None], *,
          makers_table: bool = False) -> Match:
    """Whether runs ``a`` and ``b``, each ``(condition, harness)``, are known to share a setting.

    The one rule for "scored alike" (review 7, F2): the conditions (:func:`condition`) are equal
    and stated, or, where neither states one, both name the same harness (a source that is one
    same-harness evaluation, as the Open LLM Leaderboard's lm-eval-harness runs are), or both
    are one maker's own reports of its own models in one table (``makers_table``, see
    :func:`makers_table`: the maker ran them, as it states its runs; a leaderboard's entries,
    which may differ in thinking budget, are not); harnesses both name must agree. Whether the
    two come from one evaluation is the caller's other test.

    Examples:
        >>> match(("5 shot", None), ("5 shot", "meta")).value
        'alike'
        >>> match(("", None), ("", None)).value, match(("", "lm-eval"), ("", "lm-eval")).value
        ('settings not on record', 'alike')
        >>> match(("", None), ("", None), makers_table=True).value
        'alike'
        >>> match(("5 shot", None), ("", None)).value, match(("", "a"), ("", "b")).value
        ('settings differ', 'harnesses differ')
    """
    (setting_a, harness_a), (setting_b, harness_b) = a, b
    if setting_a != setting_b:
        return Match.SETTINGS_DIFFER
    if harness_a and harness_b and harness_a != harness_b:
        return Match.HARNESSES_DIFFER
    if setting_a or (harness_a and harness_a == harness_b) or makers_table:
        return Match.ALIKE
    return Match.NOT_ON_RECORD


def makers_table(a: BenchmarkScore, b: BenchmarkScore, vendors: tuple[str | None, str | None],
                 ) -> bool:
    """Whether ``a`` and ``b`` are one maker's own reports of its models, in one evaluation.

    ``vendors`` are the two models' makers. A vendor's table of its own models (OpenAI's
    GPT-4.1 page, GPT-4.1 beside GPT-4.1 nano) is one party's runs: their settings, stated or
    not, are the maker's. A rival's figures on that page (not self-reported) are not counted.

    Examples:
        >>> from decimal import Decimal as D
        >>> from phicompare.domain.records import BenchmarkScore
        >>> own = BenchmarkScore(benchmark="mmlu", score=D(90), source="https://v/x",
        ...                      self_reported=True)
        >>> board = BenchmarkScore(benchmark="mmlu", score=D(80), source="https://v/x")
        >>> makers_table(own, own, ("v", "v")), makers_table(own, board, ("v", "v"))
        (True, False)
        >>> makers_table(own, own, ("v", "w")), makers_table(own, own, (None, None))
        (False, False)
    """
    return (a.self_reported is True and b.self_reported is True and vendors[0] is not None
            and vendors[0] == vendors[1] and a.evaluation_key == b.evaluation_key)
