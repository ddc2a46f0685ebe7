"""A file written over the bundled catalog, validated alone: said once, not once a score.

A user's file that scores the bundled benchmarks and prices routes on the bundled providers
loads over the bundled catalog (``--catalog``, ``load_catalog(..., bundled=True)``). Validated
without it, each such score and route was an "unknown benchmark" or "unknown provider" of its
own: 60,000 lines for one file (review 34). Those are said once a file, with the switch that
checks the file as it loads.
"""

from __future__ import annotations

from collections.abc import Iterable

from phicompare.exceptions import NO_VALUE, Problem

__all__ = ["BUNDLED_HINT", "said_once"]

BUNDLED_HINT = ("check it over the bundled catalog, as it loads: `phicompare validate --bundled "
                "FILE` (validate_paths(..., bundled=True))")
"""What a file that names the bundled catalog's records is told to run instead."""

_UNKNOWN = {".benchmark": "unknown benchmark", ".provider": "unknown provider"}


def said_once(problems: list[Problem], providers: Iterable[str],
              benchmarks: Iterable[str]) -> list[Problem]:
    """``problems`` with each file's unknown names that the bundled catalog defines said once.

    ``providers`` and ``benchmarks`` are the bundled catalog's ids. The line takes the place of
    the file's first such problem; every other problem stays as it was.

    Examples:
        >>> found = [Problem("a.toml", f"models[0].scores[{i}].benchmark", "mmlu",
        ...                  "unknown benchmark; define it in [[benchmarks]]") for i in range(3)]
        >>> print(said_once(found, [], ["mmlu"])[0])
        a.toml: 3 scores and routes name benchmarks or providers that the bundled catalog defines, \
not the files given (mmlu): check it over the bundled catalog, as it loads: `phicompare validate \
--bundled a.toml` (validate_paths(..., bundled=True))
    """
    known = {".provider": frozenset(providers), ".benchmark": frozenset(benchmarks)}
    named: dict[str, list[str]] = {}
    kept: list[Problem | str] = []
    for problem in problems:
        kind = "." + problem.path.rpartition(".")[2]
        if (kind in known and problem.message.startswith(_UNKNOWN[kind])
                and isinstance(problem.value, str) and problem.value in known[kind]):
            if problem.file not in named:
                kept.append(problem.file)  # the place of the file's line
            named.setdefault(problem.file, []).append(problem.value)
        else:
            kept.append(problem)
    return [p if isinstance(p, Problem) else _line(p, named[p]) for p in kept]


def _line(file: str, ids: list[str]) -> Problem:
    shown = list(dict.fromkeys(ids))
    listed = ", ".join(shown[:4]) + (f" and {len(shown) - 4:,} more" if shown[4:] else "")
    count = "one score or route names" if len(ids) == 1 else (
        f"{len(ids):,} scores and routes name")
    import shlex  # noqa: PLC0415 - the error path only

    return Problem(file, "", NO_VALUE,
                   f"{count} benchmarks or providers that the bundled catalog defines, not the "
                   f"files given ({listed}): {BUNDLED_HINT.replace('FILE', shlex.quote(file))}")
