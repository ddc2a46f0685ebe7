"""Python opcodes a pair costs: `compare()`, the narrative's context, friction, the narrative.

    python benchmarks/opcodes.py models.dev|bundled [N]

A shared machine's timings swing by tens of percent, and valgrind's instruction counts
(``instructions.py``) take minutes a run; the opcodes the interpreter runs for a stage are
as deterministic and take seconds. They count Python's work alone (not the C it calls, such as
string formatting), so read them beside the timings. Over the first N pairs (all by default)
of the catalog ``first_seen.py`` reads (models.dev: its 60-model sample), it prints the opcodes
a pair of ``compare()`` (the facts) first seen (each model's own work paid by its first pair,
as first-seen pages pay it) and of the same pairs again (their own work alone), then, after one
page of each pair has warmed the catalog's memo (a first page per model is not a pair's cost),
of :func:`~phicompare.narrative.context.context_of`,
:func:`~phicompare.narrative.friction.friction_groups` (its context's summary sentence made
first: the summary's, which friction reads) and the whole narrative. Run it with another
checkout's interpreter (``BENCH`` naming that checkout's benchmarks) to compare.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, os.environ.get("BENCH", str(Path(__file__).resolve().parent)))

USAGE = "usage: python benchmarks/opcodes.py models.dev|bundled [N]"


def _opcodes(work: Callable[[], object]) -> int:
    """The opcodes Python runs for ``work()``: traced, every frame's opcodes counted."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "opcode":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        return local

    sys.settrace(tracer)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("models.dev", "bundled") or (
            len(argv) > 1 and not argv[1].isdigit()):
        print(USAGE, file=sys.stderr)
        return 2
    from first_seen import AS_OF, catalog_and_ids, warm_up  # (this folder, or BENCH's)

    from phicompare import compare
    from phicompare.narrative import narrate

    catalog, ids = catalog_and_ids(argv[0], "/work/shared/data/models.dev", 60)
    warm_up()
    pairs = list(itertools.combinations(ids, 2))
    pairs = pairs[:int(argv[1])] if len(argv) > 1 else pairs
    # compare() (the facts) of pairs first seen, each model's own work made with its first
    # pair (as first_seen.py's pages pay it), then of the same pairs again: their own work alone
    first = _opcodes(lambda: [compare(a, b, catalog=catalog, as_of=AS_OF) for a, b in pairs])
    again = _opcodes(lambda: [compare(a, b, catalog=catalog, as_of=AS_OF) for a, b in pairs])
    for a, b in pairs:  # (each model's part kept with the catalog: the memo warm)
        compare(a, b, catalog=catalog, as_of=AS_OF).to_markdown()

    def fresh() -> list[Any]:
        found = [compare(a, b, catalog=catalog, as_of=AS_OF) for a, b in pairs]
        for c in found:  # (the comparison's own lazy facts: not the narrative's)
            _ = c.names, c.route_groups, c.friction, c.capabilities, c.benchmarks, c.cost
        return found

    cs = fresh()
    xs: list[Any] = []
    context = _opcodes(lambda: xs.extend([narrate.context_of(c) for c in cs]))
    for x in xs:
        _ = x.context_sentence
    parts = [narrate.model_parts(x) for x in xs]
    friction = _opcodes(lambda: [narrate.friction_groups(x, p)
                                 for x, p in zip(xs, parts, strict=True)])
    cs = fresh()
    whole = _opcodes(lambda: [c.narrative for c in cs])
    n = len(pairs)
    print(f"{argv[0]}, {n} pairs: compare() first seen {first / n:,.0f}, again {again / n:,.0f}; "
          f"context_of {context / n:,.0f}, friction {friction / n:,.0f}, "
          f"narrative {whole / n:,.0f} opcodes a pair")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
