"""A catalog's problems in file order: each file's, record by record, as a reader meets them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.exceptions import Problem

__all__ = ["in_file_order"]

_RECORD = re.compile(r"(providers|benchmarks|models)\[(\d+)\]")
_KINDS = {"providers": 0, "benchmarks": 1, "models": 2}  # as a catalog file writes them


def in_file_order(problems: Sequence[Problem], files: Sequence[str] = ()) -> list[Problem]:
    """``problems`` by file, then by record; each record's in the order they were found.

    Files come in the order ``files`` lists them (the load's), any other where first named.
    The checks run one after another (a record's values, then the names it uses across
    files), so a later record's problem could come before an earlier one's (review 40). A
    problem of the file as a whole (its schema, an unknown top-level key) comes first.

    Examples:
        >>> from phicompare.exceptions import Problem
        >>> found = [Problem("f.toml", "models[1].name", "", "must not be empty"),
        ...          Problem("f.toml", "models[0].routes[0].provider", "x", "unknown provider"),
        ...          Problem("f.toml", "providers[0].tier", "y", "expected one of ...")]
        >>> [p.path for p in in_file_order(found)]
        ['providers[0].tier', 'models[0].routes[0].provider', 'models[1].name']
    """
    rank = {file: k for k, file in enumerate(files)}
    for problem in problems:
        rank.setdefault(problem.file, len(rank))

    def place(problem: Problem) -> tuple[int, int, int]:
        found = _RECORD.match(problem.path)
        if found is None:
            return rank[problem.file], -1, 0
        return rank[problem.file], _KINDS[found.group(1)], int(found.group(2))

    return sorted(problems, key=place)
