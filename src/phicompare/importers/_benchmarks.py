"""Benchmark definitions met in other datasets, keyed the way phicompare's catalog keys them."""

from __future__ import annotations

import re

from phicompare.catalog.benchmark_names import STATED_SPLITS, stated_split
from phicompare.domain.records import Benchmark
from phicompare.domain.rules import METRICS
from phicompare.domain.settings import condition

from ._setting_text import setting_said

__all__ = ["NAMED_SETTINGS", "SAME_BENCHMARK", "STATED_SPLITS", "BenchmarkIndex", "benchmark_id",
           "error_rate", "split_stated"]

_NON_WORD = re.compile(r"[^a-z0-9.]+")

SAME_BENCHMARK: dict[str, tuple[str, str]] = {
    # review 8, G10: LLMStats files the Qwen3 blog's Multi-IF column as "MultiIF" (Qwen3 30B
    # A3B) and "MultiLF" / "MultilF" (Qwen3 32B and 235B-A22B: a lower-case L for the I), and
    # OpenAI's posts' as "Multi-IF"
    "multiif": ("multi-if", "Multi-IF"),
    "multilf": ("multi-if", "Multi-IF"),
    # review 9, H13: LLMStats' "Aider-Polyglot Edit" is Aider Polyglot in the diff edit format
    # (OpenAI's and Google's posts give the benchmark in two formats; the LLMStats importer keeps
    # the format as the score's setting). DeepSeek-V3's "Aider-Edit" it so names is read apart
    "aider-polyglot-edit": ("aider-polyglot", "Aider Polyglot"),
    # review 10, I3: the MMMU validation split as Gemma 3's card ("MMMU (val)"), Anthropic's
    # Claude 4 post ("MMMU (validation)") and Qwen2-VL's README ("MMMUval") name it, beside the
    # "MMMU" of most models (the curated `mmmu`, "MMMU (val)"); BIG-Bench Hard (the curated `bbh`,
    # "BBH" to LLMStats for some models) and Social IQa (the curated `siqa`) under the names they
    # hold in the curated layer: one benchmark, several ids, "no score" beside a score
    "mmmu-val": ("mmmu", "MMMU"),
    "mmmu-validation": ("mmmu", "MMMU"),
    "mmmuval": ("mmmu", "MMMU"),
    "big-bench-hard": ("bbh", "BBH"),
    "bigbench-hard": ("bbh", "BBH"),
    "socialiqa": ("siqa", "SIQA"),
    "social-iqa": ("siqa", "SIQA"),
    # names that differ only in spaces, case and punctuation (review 8, G10's rest); the id the
    # curated layer or most models use is kept
    "agi-eval": ("agieval", "AGIEval"),
    "chart-qa": ("chartqa", "ChartQA"),
    "frontier-math": ("frontiermath", "FrontierMath"),
    "functional-math": ("functionalmath", "FunctionalMATH"),
    "naturalquestions": ("natural-questions", "Natural Questions"),
    "video-mmew-sub": ("videomme-w-sub.", "VideoMME w sub."),
    # review 12, L2: a name that states a setting ("GSM-8K (CoT)", Meta's Llama 3.1 rows to
    # LLMStats) is the benchmark run so (``NAMED_SETTINGS`` keeps the setting); "MBPP ++ base
    # version" is the card's row LLMStats calls "MBPP EvalPlus" for 405B and Llama 3.3
    "gsm-8k-cot": ("gsm8k", "GSM8K"),
    "math-cot": ("math", "MATH"),
    "mmlu-cot": ("mmlu", "MMLU"),
    "multilingual-mgsm-cot": ("mgsm", "MGSM"),
    "multilingual-mgsm": ("mgsm", "MGSM"),
    "big-bench-hard-cot": ("bbh", "BBH"),
    "mbpp-plus-plus-base-version": ("mbpp-evalplus", "MBPP EvalPlus"),
    "mbpp-pass-1": ("mbpp", "MBPP"),
}
"""A benchmark id (as ``benchmark_id`` gives it) -> the id and name of the benchmark it spells.

One benchmark under two spellings is two ids, and scores from one table under two ids are never
compared: each spelling met in a bundled snapshot names the same benchmark as its target (the
same test under another name, a typo), so its scores join the target's."""


NAMED_SETTINGS: dict[str, str] = {
    "gsm-8k-cot": "CoT", "math-cot": "CoT", "mmlu-cot": "CoT", "multilingual-mgsm-cot": "CoT",
    "big-bench-hard-cot": "CoT", "mbpp-plus-plus-base-version": "base",
}
"""A benchmark id whose name states a setting -> that setting's word, kept in the score's setting
where the setting does not already state it (LLMStats' "MMLU (CoT)" for Llama 3.1 405B, set
"0-shot, macro_avg/acc", is MMLU "0-shot, macro_avg/acc, CoT")."""

_ERROR_RATE = re.compile(r"\b(?:word|character)\s+error\s+rate\b|\b[wc]er\b", re.IGNORECASE)
_NOT_THE_RATE = re.compile(r"\b1\s*-\s*[wc]er\b|accuracy", re.IGNORECASE)
"""A method that names the rate only to say the score is its complement ("Speech recognition
accuracy (1 - WER)", LLMStats' label of Gemini 1.5 Flash-8B's FLEURS): not an error rate."""


def error_rate(metric: str | None) -> bool:
    """Whether ``metric`` names an error rate (lower is better), as a source's method text says.

    Examples:
        >>> error_rate("Word Error Rate"), error_rate("WER"), error_rate("Accuracy (0-shot)")
        (True, True, False)
        >>> error_rate("Speech recognition accuracy (1 - WER)")
        False
    """
    return (metric is not None and _ERROR_RATE.search(metric) is not None
            and _NOT_THE_RATE.search(metric) is None)


_SPLIT_EDGES = " ,;:.-\u2013"


def split_stated(bench_id: str, setting: str | None) -> tuple[str, str | None, str | None]:
    """``(id, name, setting)``: the split's benchmark where ``setting`` names it, else as given.

    The splits are ``catalog.benchmark_names.STATED_SPLITS`` (which ``validate`` reads too).

    ``name`` is the split's benchmark's name where the score moves, else ``None``.

    Examples:
        >>> split_stated("gpqa", "Diamond, Pass@1")
        ('gpqa-diamond', 'GPQA Diamond', 'Pass@1')
        >>> split_stated("gpqa", "0-shot CoT - Diamond"), split_stated("gpqa", "Diamond")
        (('gpqa-diamond', 'GPQA Diamond', '0-shot CoT'), ('gpqa-diamond', 'GPQA Diamond', None))
        >>> split_stated("gpqa", "Main, 5-shot CoT"), split_stated("mmlu", "diamond")
        (('gpqa', None, 'Main, 5-shot CoT'), ('mmlu', None, 'diamond'))
    """
    stated = stated_split(bench_id, setting)
    if stated is None or setting is None:
        return bench_id, None, setting
    split_id, split_name, found = stated
    before = setting[:found.start()].rstrip(_SPLIT_EDGES)
    after = setting[found.end():].lstrip(_SPLIT_EDGES)
    rest = f"{before}, {after}" if before and after else before or after
    return split_id, split_name, setting_said(rest, (split_name,)) if rest else None


def benchmark_id(name: str) -> str:
    """The catalog id for a benchmark name: lower case, ``+`` as ``-plus``, words joined by ``-``.

    ``>`` reads "over", so "Graphwalks BFS >128k" is not "Graphwalks BFS <128k" (whose id keeps
    its old form): the two told apart only by a placeholder setting once (review 7, F10).

    Examples:
        >>> benchmark_id("MMLU-Pro"), benchmark_id("HumanEval+"), benchmark_id("Arena Hard")
        ('mmlu-pro', 'humaneval-plus', 'arena-hard')
        >>> benchmark_id("Graphwalks BFS <128k"), benchmark_id("Graphwalks BFS >128k")
        ('graphwalks-bfs-128k', 'graphwalks-bfs-over-128k')
    """
    text = name.casefold().replace("+", " plus").replace(">", " over ")
    return _NON_WORD.sub("-", text).strip("-") or "benchmark"


def _canonical(name: str) -> tuple[str, str]:
    """The id and name of the benchmark ``name`` spells (``SAME_BENCHMARK``)."""
    bench_id = benchmark_id(name)
    return SAME_BENCHMARK.get(bench_id, (bench_id, name))


class BenchmarkIndex:
    """The benchmarks one import defines, first definition winning (mutable, private).

    Examples:
        >>> index = BenchmarkIndex()
        >>> index.add("GPQA", source="https://example.com")
        'gpqa'
        >>> [b.name for b in index.benchmarks()]
        ['GPQA']
    """

    def __init__(self) -> None:
        self._found: dict[str, Benchmark] = {}

    def add(self, name: str, *, metric: str | None = None, source: str | None = None) -> str:
        """Define the benchmark called ``name`` unless defined; its id.

        A spelling ``SAME_BENCHMARK`` lists is the benchmark it spells, under that one's name.
        A metric that names an error rate (:func:`error_rate`) is lower-is-better; one no record
        takes (not in :data:`~phicompare.domain.rules.METRICS`) is ``score``, as none given is.

        Examples:
            >>> index = BenchmarkIndex()
            >>> index.add("FLEURS", metric="Word Error Rate")
            'fleurs'
            >>> index.add("SWE-bench Verified", metric="Percent Resolved")
            'swe-bench-verified'
            >>> [(b.metric, b.higher_is_better) for b in index.benchmarks()]
            [('word-error-rate', False), ('score', True)]
        """
        bench_id, name = _canonical(name)
        if bench_id not in self._found:
            lower = error_rate(metric)  # a word error rate: lower is better (review 12, L10)
            if metric not in METRICS:  # a source's own word no record takes (review 27, P7)
                metric = "score"
            self._found[bench_id] = Benchmark(
                id=bench_id, name=name, metric="word-error-rate" if lower else metric,
                source=source, higher_is_better=not lower)
        return bench_id

    def scored(self, name: str, setting: str | None, *, metric: str | None = None
               ) -> tuple[str, str | None]:
        """The id (defined unless defined) and setting of a score on ``name`` run as ``setting``.

        A setting that names a split that is a benchmark of its own (``STATED_SPLITS``) files
        the score under that benchmark, the split's word left out of the setting.

        A name that states a setting (``NAMED_SETTINGS``) keeps it in the setting.

        Examples:
            >>> BenchmarkIndex().scored("GPQA", "Diamond, 0-shot")
            ('gpqa-diamond', '0-shot')
            >>> BenchmarkIndex().scored("GSM-8K (CoT)", "8-shot Chain-of-Thought")
            ('gsm8k', '8-shot Chain-of-Thought')
            >>> BenchmarkIndex().scored("MMLU (CoT)", "0-shot, macro_avg/acc")
            ('mmlu', '0-shot, macro_avg/acc, CoT')
        """
        word = NAMED_SETTINGS.get(benchmark_id(name))
        if word and word.casefold() not in condition(setting).split():
            setting = f"{setting}, {word}" if setting else word
        _, split_name, setting = split_stated(_canonical(name)[0], setting)
        return self.add(split_name or name, metric=metric), setting

    def benchmarks(self) -> tuple[Benchmark, ...]:
        """Every benchmark defined, in the order first met."""
        return tuple(self._found.values())
