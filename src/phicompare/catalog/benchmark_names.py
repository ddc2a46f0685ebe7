"""One benchmark, one id: a benchmark defined again under another id, which ``validate`` lists.

Two ids are two benchmarks to every layer: scores filed under each are never set side by side,
so a page says a model has "no score" on a benchmark whose score it prints a row further on
(review 10, I3: "MMMU (val)" as ``mmmu`` and ``mmmu-val``). A load reads them as two, as it
reads what ``validate --strict`` flags; ``validate`` names the id defined first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from phicompare.domain.records import Benchmark, Model
from phicompare.exceptions import Problem

__all__ = ["STATED_SPLITS", "benchmark_name_key", "same_benchmarks", "split_scores",
           "stated_split"]

STATED_SPLITS: dict[str, tuple[str, str, str]] = {
    # review 11, K4: 25 LLMStats "GPQA" scores state the Diamond split in their setting
    # ("Diamond, Pass@1", "0-shot evaluation diamond", "0-shot CoT - Diamond"), beside the
    # curated `gpqa-diamond` and LLMStats' own "GPQA Diamond": Gemma 3 27B's and 12B's figures
    # from one row of one card stood under two ids, each "no score" for the other
    "gpqa": ("diamond", "gpqa-diamond", "GPQA Diamond"),
}
"""A benchmark id -> (a split's word, the id and name of the benchmark that split is).

A score whose setting names the split is the split's benchmark's: the source says which
benchmark it is. A setting that names no split (or another: "Main, 5-shot CoT") leaves the
score where it stands."""


def stated_split(benchmark: str, setting: str | None) -> tuple[str, str, re.Match[str]] | None:
    """The id and name of the split ``setting`` states, with where it says so; else ``None``.

    Examples:
        >>> found = stated_split("gpqa", "0-shot, Diamond")
        >>> found[:2], found[2].start()
        (('gpqa-diamond', 'GPQA Diamond'), 8)
        >>> stated_split("gpqa", "Main, 5-shot CoT"), stated_split("mmlu", "diamond")
        (None, None)
    """
    if benchmark not in STATED_SPLITS or setting is None:
        return None
    word, split_id, split_name = STATED_SPLITS[benchmark]
    found = re.search(rf"\b{word}\b", setting, re.IGNORECASE)
    return None if found is None else (split_id, split_name, found)


def split_scores(models: Iterable[tuple[Model, str, str]]) -> list[Problem]:
    """A problem for each score whose setting states a split that is a benchmark of its own.

    Each model comes with its file and key path (review 11, K4).

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare.domain.records import BenchmarkScore
        >>> m = Model(id="m", name="M", scores=(BenchmarkScore(
        ...     benchmark="gpqa", score=Decimal(50), setting="Diamond"),))
        >>> [p.message[:50] for p in split_scores([(m, "m.toml", "models[0]")])]
        ["states the Diamond split, benchmark 'gpqa-diamond'"]
    """
    problems: list[Problem] = []
    for model, file, path in models:
        for i, score in enumerate(model.scores):
            found = stated_split(score.benchmark, score.setting)
            if found is not None:
                split_id, split_name, said = found
                problems.append(Problem(
                    file, f"{path}.scores[{i}].setting", score.setting,
                    f"states the {said[0].capitalize()} split, benchmark {split_id!r} "
                    f"({split_name}): score it under {split_id!r}, the split left out of its "
                    f"setting, or its scores never compare with that benchmark's"))
    return problems

_SET_ASIDE = re.compile(r"[^\w<>+]|_")
"""Case, spaces and punctuation; ``+``, ``<`` and ``>`` name another benchmark (HumanEval+,
Graphwalks BFS <128k and >128k), so they count."""


def benchmark_name_key(name: str) -> str:
    """The form benchmark names are matched in.

    Examples:
        >>> benchmark_name_key("MMMU (val)") == benchmark_name_key("MMMUval")
        True
        >>> benchmark_name_key("HumanEval+") == benchmark_name_key("HumanEval")
        False
    """
    return _SET_ASIDE.sub("", name.casefold())


def same_benchmarks(benchmarks: Iterable[tuple[Benchmark, str, str]]) -> list[Problem]:
    """A problem for each benchmark named as an earlier benchmark of another id is.

    Each benchmark comes with its file and key path; its name and short name are matched as
    :func:`benchmark_name_key` reads them, against the earlier benchmarks' names and short names.

    Examples:
        >>> a = Benchmark(id="bbh", name="BIG-Bench Hard", short_name="BBH")
        >>> b = Benchmark(id="big-bench-hard", name="BIG-Bench Hard")
        >>> [p.message[:42] for p in same_benchmarks([(a, "x.toml", "benchmarks[0]"),
        ...                                            (b, "y.toml", "benchmarks[3]")])]
        ["names the same benchmark as id 'bbh' (its "]
    """
    owners: dict[str, tuple[str, str, str]] = {}
    problems: list[Problem] = []
    for benchmark, file, path in benchmarks:
        named = [(key, value) for key, value in (("name", benchmark.name),
                                                 ("short_name", benchmark.short_name)) if value]
        clash = next(((key, value, owners[benchmark_name_key(value)]) for key, value in named
                      if owners.get(benchmark_name_key(value), (benchmark.id,))[0]
                      != benchmark.id), None)
        if clash is not None:
            key, value, (first, first_key, first_value) = clash
            kind = "short name" if first_key == "short_name" else "name"
            problems.append(Problem(
                file, f"{path}.{key}", value,
                f"names the same benchmark as id {first!r} (its {kind} {first_value!r}) once "
                f"case, spaces and punctuation are set aside; score it under {first!r}, or "
                "name it apart"))
            continue
        for key, value in named:
            owners.setdefault(benchmark_name_key(value), (benchmark.id, key, value))
    return problems
