"""``phicompare all --out DIR``: a page for every pair of the catalog."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import TextIO

from phicompare.batch import FORMATS, PairResult, compare_all
from phicompare.narrative import format as fmt

from .options import (
    EXIT_OK,
    EXIT_PROBLEMS,
    TRAFFIC_FORMS,
    Parser,
    add_catalog_options,
    add_provider_options,
    attach_values,
    bounded,
    load_catalogs,
    out_folder,
)
from .progress import Progress
from .runs import add_jobs_options, compare_options, cpu_count, jobs, stop
from .selection import add_selection_options, select
from .workload import add_comparison_options

__all__ = ["cmd_all", "timing"]


def all_parser() -> Parser:
    """The parser of ``phicompare all``."""
    parser = Parser(prog="phicompare all",
                    description="Write a comparison page for every pair of the catalog.")
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="folder to write the pages to (created if needed)")
    parser.add_argument("--format", choices=sorted(FORMATS), default="md",
                        help="page format (default md)")
    parser.add_argument("--shards", action="store_true",
                        help="write each chunk's pages to one JSON Lines file (shard-NNNNNN.jsonl, "
                             "a page a line) instead of a file a page: for many pages")
    add_jobs_options(parser)
    add_catalog_options(parser)
    add_provider_options(parser)
    add_selection_options(parser)
    parser.add_argument("--traffic", metavar="TRAFFIC", help=TRAFFIC_FORMS)
    parser.add_argument("--as-of", metavar="DATE", help="prices in force on this date")
    add_comparison_options(parser)  # the workload a comparison takes (API review 15, A8)
    parser.add_argument("--chunk-size", type=int, default=500, metavar="N",
                        help="pairs per task sent to a worker (default 500)")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress bar (tqdm, from the cli extra) or progress lines")
    return parser


MAX_CHUNK = 1_000_000
SHOWN_FAILURES = 50
"""Failures listed one a line; the rest are counted (the manifest lists every page written)."""


def cmd_all(argv: Sequence[str], out: TextIO) -> int:
    """Run ``phicompare all``; exit 1 when any pair failed (each failure listed)."""
    args = all_parser().parse_args(attach_values(argv))
    out_folder(args.out)
    workers = jobs(args, cpu_count())
    chunk_size = bounded(args.chunk_size, "--chunk-size", 1, MAX_CHUNK)
    catalog = load_catalogs(args.catalog, args.prefer)
    options = compare_options(args, catalog)
    chosen = select(args, catalog, pairs_only=True)  # (no pair, no page: review 29)
    total = chosen.count(len(catalog))
    executor: Executor | None = ProcessPoolExecutor(workers) if workers > 1 else None
    failed: list[PairResult] = []
    shards: set[str] = set()
    count_failed = 0
    written = 0
    start = time.perf_counter()
    progress = Progress(total, "pair", show=not args.no_progress)
    results = compare_all(catalog, chosen.pair_list(), executor=executor, format=args.format,
                          out_dir=args.out, shards=args.shards, chunk_size=chunk_size,
                          max_pending=2 * workers + 2, **options)
    try:
        for result in progress.wrap(results):
            if result.ok:
                written += 1
                if args.shards and result.path is not None:
                    shards.add(result.path)
            else:
                count_failed += 1
                if len(failed) < SHOWN_FAILURES:
                    failed.append(result)
    except KeyboardInterrupt:
        getattr(results, "close", lambda: None)()  # the manifest lists the pages written
        if executor is not None:
            stop(executor)
            executor = None
        raise
    finally:
        progress.close()
        if executor is not None:
            executor.shutdown()
    seconds = time.perf_counter() - start
    for result in failed:
        out.write(f"failed: {result.a} vs {result.b}: {result.error}\n")
    if count_failed > len(failed):
        out.write(f"... and {fmt.plural(count_failed - len(failed), 'more failed pair')}\n")
    into = f" in {fmt.plural(len(shards), 'shard')}" if args.shards else ""
    out.write(f"{fmt.plural(written, 'page')} written to {os.fspath(args.out)}{into} "
              f"{timing(written, seconds)}; {fmt.plural(count_failed, 'pair')} failed\n")
    return EXIT_PROBLEMS if count_failed else EXIT_OK


def timing(written: int, seconds: float) -> str:
    """How long a run took, and its pace: the pages over the time shown, for two pages or more.

    A time under a second is shown to the hundredth, so a pace never stands beside "0.0 s"
    (API review 15).

    Examples:
        >>> timing(1, 0.046), timing(2, 0.046), timing(3_000, 12.34), timing(5, 0.001)
        ('in 0.05 s', 'in 0.05 s, 40 pages a second', 'in 12.3 s, 244 pages a second', \
'in under 0.01 s')
    """
    if seconds < 0.005:
        return "in under 0.01 s"
    shown = f"{seconds:.2f}" if seconds < 1 else f"{seconds:.1f}"
    if written < 2:
        return f"in {shown} s"
    pace = written / float(shown)
    figure = f"{pace:,.0f}" if pace >= 10 else f"{pace:.1f}"
    return f"in {shown} s, {figure} pages a second"
