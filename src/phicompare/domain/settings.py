"""What a score's setting text says about the run: the words that state one, and the rest.

Sources fill the setting field with more than settings: a description of the benchmark
("Challenging dataset of questions written by domain experts ..."), a placeholder ("Standard
benchmark", "Internal evaluation"), the metric's name ("Accuracy", "percent correct") or a
pointer into the source's footnotes ("see source footnote [2]") that a page cannot follow.
The importers keep only what states a condition of the run
(:func:`phicompare.importers._setting_text.setting_said`), so tables and prose read the same
setting (review 7, F3 and F10); here is how a comparison reads the settings kept: a setting's
condition, whether two runs were scored alike, and which setting states more.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import BenchmarkScore

__all__ = ["FILLER", "METRIC", "SYNONYMS", "WORD", "Match", "bracketed", "condition",
           "makers_table", "match", "stated", "states_more"]

METRIC = frozenset({"accuracy", "acc", "percent", "percentage", "correct", "score", "scores",
                    "success", "rate", "resolved", "resolve", "exact", "match", "em",
                    "macro_avg", "micro_avg", "acc_char", "final_em", "em_maj1", "answer"})
"""Words that name the usual metric (the share of items right) and no condition of a run.

Meta's Llama cards name their metrics beside the conditions: ``macro_avg/acc``,
``micro_avg/acc_char`` (accuracy over the answer's characters), ``em_maj1@1`` (exact match of
the one answer sampled) and ``final_em`` (exact match of the final answer); review 12, L2 and
its leftover. LLMStats names its metric "Answer accuracy" (review 23, P8)."""

FILLER = METRIC | frozenset({"standard", "standardized", "benchmark", "evaluation", "internal",
                             "methodology", "eval"})
"""Words that name no condition of a run: a setting made of them alone is a placeholder."""


WORD = re.compile(r"[^\W_]+(?:_[^\W_]+)*")
"""A word of a setting: letters and digits, joined by underscores (``top_p``).

A caller finds the words of casefolded text (``WORD.findall(text.casefold())``).
"""
_PASS_AT_ONE = re.compile(r"pass@1(?!\d)")
"""pass@1, the usual metric, in casefolded text; not the 1 of pass@10 or pass@12."""
_MAJ_AT_ONE = re.compile(r"(?<=maj1)@1(?!\d)")
"""The @1 of Meta's em_maj1@1 (one answer sampled, its majority itself): the metric's name."""
SYNONYMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bchain[\s_-]*of[\s_-]*thoughts?\b"), "cot"),
)
"""Phrases of casefolded settings -> the word they mean: one condition, however it is spelled.

Meta's Llama 3.1 card gives MMLU-Pro "5-shot CoT"; LLMStats stores the same table's cells as
"5-shot Chain-of-Thought" (review 12, L2)."""


def condition(text: str | None) -> str:
    """A setting's words less its metric and filler words: settings that differ only there are one.

    Case, spacing and punctuation do not count ("5-shot, CoT" is "5-shot CoT"); "0-shot" and
    "0-shot, pass@1" are one condition (pass@1 is the usual metric: the share solved at the first
    attempt), and "percent correct", "Accuracy" and "Standard benchmark" are none at all (the
    empty string, as for a setting not stated). A phrase :data:`SYNONYMS` lists is its one word
    ("5-shot Chain-of-Thought" is "5-shot CoT"; review 12, L2), and "macro_avg/acc",
    "micro_avg/acc_char", "em_maj1@1" and "final_em" name the metric.

    Examples:
        >>> condition("0-shot, pass@1") == condition("0-shot"), condition("percent correct")
        (True, '')
        >>> condition("5-shot") == condition("5-shot, CoT"), condition("5-shot  Evaluation")
        (False, '5 shot')
        >>> condition("Pass@12"), condition("pass@10") == condition("pass@1")
        ('pass 12', False)
        >>> condition("5-shot Chain-of-Thought") == condition("5-shot, CoT")
        True
        >>> condition("0-shot chain of thought"), condition("0-shot, macro_avg/acc")
        ('0 shot cot', '0 shot')
        >>> condition("8-shot, CoT, em_maj1@1"), condition("5-shot, CoT, micro_avg/acc_char")
        ('8 shot cot', '5 shot cot')
        >>> condition("0-shot, CoT, final_em"), condition("maj1@8")
        ('0 shot cot', 'maj1 8')
    """
    text = _metric_named((text or "").casefold())
    return " ".join(w for w in WORD.findall(text) if w not in FILLER and w != "pass_at_one")


def _metric_named(text: str) -> str:
    """Casefolded ``text`` with pass@1 as one word, maj1's @1 dropped, each synonym its word.

    Both metrics are written with an "@": text without one has neither (no pattern to run).
    """
    if "@" in text:
        text = _MAJ_AT_ONE.sub("", _PASS_AT_ONE.sub("pass_at_one", text))
    for phrase, word in SYNONYMS:
        text = phrase.sub(word, text)
    return text


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


# Compiled (and kept) by ``re`` when a page first sets a setting in brackets: a comparison's
# facts never do, and compiling it on import cost every process's first comparison.
_INNER = r"\s*\(([^()]*)\)"


def bracketed(text: str) -> str:
    """A setting as it reads set in brackets: brackets of its own are not nested in those.

    A closing group becomes a clause after a semicolon, any other takes square brackets
    (review 14, N10: "68.0 (Avg 5 runs, no custom tools/prompting (GPT-4o user model))").

    Examples:
        >>> bracketed("Avg 5 runs, no custom tools/prompting (GPT-4o user model)")
        'Avg 5 runs, no custom tools/prompting; GPT-4o user model'
        >>> bracketed("diamond accuracy (no tools), pass@1"), bracketed("5-shot")
        ('diamond accuracy [no tools], pass@1', '5-shot')
    """
    if "(" not in text:
        return text
    return re.sub(_INNER, lambda m: f"; {m[1]}" if m.end() == len(text) else f" [{m[1]}]", text)


def states_more(a: str | None, b: str | None, conditions: tuple[str, str] | None = None,
                ) -> tuple[int, str] | None:
    """Where one setting states every condition the other does and more: (which, the words more).

    ``0`` for ``a``, ``1`` for ``b``; the words are a run of the fuller setting, word for word
    (its case, order, brackets and commas; widened over the metric words of the phrase:
    "Pass Rate", not "Pass"), so a page may quote them (review 10, I13). A setting not stated
    states less than any stated one, so "no tools" against none
    and "diamond accuracy (no tools)" against "Diamond" are one kind of difference, read alike
    (review 8, G14); ``None`` where both state the same condition or each states one the other
    does not (the settings differ). ``conditions`` are the two settings' :func:`condition`,
    where the caller has them (a score's profile entry holds its own): not worked out again.

    Examples:
        >>> states_more("Pass@1", "no tools"), states_more("diamond accuracy (no tools)", "Diamond")
        ((1, 'no tools'), (0, 'no tools'))
        >>> states_more("5-shot", "5-shot, CoT"), states_more("0-shot", "5-shot")
        ((1, 'CoT'), None)
        >>> states_more("0-shot", "0-shot, pass@1"), states_more(None, "Accuracy")
        (None, None)
        >>> states_more("Pass@1, 0-shot", None), states_more("Pass Rate", None)
        ((0, '0-shot'), (0, 'Pass Rate'))
        >>> states_more("Diamond", "Diamond: thinking (up to 64K tokens) with tools (parallel)")
        (1, 'thinking (up to 64K tokens) with tools (parallel)')
        >>> states_more(None, "5-shot Chain-of-Thought")
        (1, '5-shot Chain-of-Thought')
    """
    said = conditions or (condition(a), condition(b))
    words = said[0].split(), said[1].split()
    if set(words[0]) == set(words[1]):
        return None
    for k in (0, 1):
        less, more = set(words[1 - k]), words[k]
        if less <= set(more):
            return k, _own_words((a, b)[k] or "", set(more) - less)
    return None


_TOKEN = re.compile("|".join((*(phrase.pattern for phrase, _ in SYNONYMS),
                               r"pass@1(?!\d)(?:[^\W_]|_[^\W_])*", r"em_maj1@1(?!\d)",
                               WORD.pattern)),
                    re.IGNORECASE)
"""A word of a setting, "pass@1" and a :data:`SYNONYMS` phrase whole, as :func:`condition` reads
it."""


def _said(token: str) -> str:
    """A token of :data:`_TOKEN` as :func:`condition` reads it: its one word."""
    return _metric_named(token.casefold())

_NO_CONDITION = FILLER | {"pass_at_one"}
_BREAK = re.compile(r"[^\s-]")
"""Punctuation between two words: they belong to separate phrases ("accuracy (no")."""


def _own_words(text: str, extra: set[str]) -> str:
    """The run of ``text`` that holds the words ``extra``, word for word (review 10, I13).

    From the first such word to the last, widened over metric and filler words of the same
    phrase ("Pass" to "Pass Rate") and over the brackets the run opens or closes, so a page
    that quotes it quotes the setting's own words, never a list of them with the rest dropped.
    """
    words = list(_TOKEN.finditer(text))  # each with its word as condition() reads it
    said = [_said(w[0]) for w in words]
    hits = [n for n, w in enumerate(said) if w in extra]
    if not hits:  # a word condition() reads otherwise: the whole setting, still its own
        return text.strip()
    first, last = hits[0], hits[-1]
    while first > 0 and said[first - 1] in _NO_CONDITION and not _BREAK.search(
            text[words[first - 1].end():words[first].start()]):
        first -= 1
    while last + 1 < len(words) and said[last + 1] in _NO_CONDITION and not _BREAK.search(
            text[words[last].end():words[last + 1].start()]):
        last += 1
    start, end = words[first].start(), words[last].end()
    while text.count("(", start, end) > text.count(")", start, end) and ")" in text[end:]:
        end = text.index(")", end) + 1
    while text.count(")", start, end) > text.count("(", start, end) and "(" in text[:start]:
        start = text.rindex("(", 0, start)
    return text[start:end]


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
