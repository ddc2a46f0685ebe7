"""One benchmark, one id: a benchmark defined again under another id, which ``validate`` lists.

Two ids are two benchmarks to every layer: scores filed under each are never set side by side,
so a page says a model has "no score" on a benchmark whose score it prints a row further on
(review 10, I3: "MMMU (val)" as ``mmmu`` and ``mmmu-val``). A load reads them as two, as it
reads what ``validate --strict`` flags; ``validate`` names the id defined first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from phicompare.domain.records import Benchmark
from phicompare.exceptions import Problem

__all__ = ["benchmark_name_key", "same_benchmarks"]

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
