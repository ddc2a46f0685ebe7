"""``phicompare site --out DIR``: a static site of comparisons (see :mod:`phicompare.site`)."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import TextIO

from phicompare.narrative import format as fmt
from phicompare.site import write_site

from .options import (
    EXIT_OK,
    EXIT_PROBLEMS,
    TRAFFIC_FORMS,
    Parser,
    add_catalog_options,
    add_provider_options,
    attach_values,
    load_catalogs,
    out_folder,
)
from .progress import Progress
from .runs import add_jobs_options, compare_options, cpu_count, jobs, stop
from .selection import add_selection_options, select
from .workload import add_comparison_options

__all__ = ["cmd_site"]


def site_parser() -> Parser:
    """The parser of ``phicompare site``."""
    parser = Parser(prog="phicompare site",
                    description="Write a static site: an index of models, a page per model and "
                                "a page per pair, linked to each other.")
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="folder to write the site to (created if needed)")
    add_selection_options(parser)
    parser.add_argument("--base-url", metavar="URL",
                        help="where the site will be published; writes sitemap.xml")
    add_jobs_options(parser)
    add_catalog_options(parser)
    add_provider_options(parser)
    parser.add_argument("--traffic", metavar="TRAFFIC", help=TRAFFIC_FORMS)
    parser.add_argument("--as-of", metavar="DATE", help="prices in force on this date")
    add_comparison_options(parser)  # the workload a comparison takes (API review 15, A8)
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress bar (tqdm, from the cli extra) or progress lines")
    return parser


def cmd_site(argv: Sequence[str], out: TextIO) -> int:
    """Run ``phicompare site``; exit 1 when any pair failed (each failure listed)."""
    args = site_parser().parse_args(attach_values(argv))
    out_folder(args.out)
    workers = jobs(args, cpu_count())
    catalog = load_catalogs(args.catalog, args.prefer)
    options = compare_options(args, catalog)
    chosen = select(args, catalog)
    models = None if chosen.models is None else list(chosen.models)
    pairs = None if chosen.pairs is None else list(chosen.pairs)
    start = time.perf_counter()
    progress: Progress | None = None

    def report(done: int, total: int) -> None:
        nonlocal progress
        if progress is None:
            progress = Progress(total, "page", show=not args.no_progress)
        progress.update(done, total)

    executor: Executor | None = ProcessPoolExecutor(workers) if workers > 1 else None
    try:
        result = write_site(args.out, catalog, pairs, models=models, base_url=args.base_url,
                            progress=report, executor=executor, **options)
    except KeyboardInterrupt:
        if executor is not None:
            stop(executor)
            executor = None
        raise
    finally:
        if progress is not None:
            progress.close()
        if executor is not None:
            executor.shutdown()
    seconds = time.perf_counter() - start
    for a, b, error in result.failed:
        out.write(f"failed: {a} vs {b}: {error}\n")
    sitemap = " and sitemap.xml" if result.sitemap else ""
    removed = (f"; {fmt.plural(len(result.removed), 'page')} of an earlier run removed"
               if result.removed else "")
    out.write(f"{fmt.plural(len(result.pages), 'page')}{sitemap} written to "
              f"{os.fspath(args.out)} in {seconds:.1f} s{removed}; "
              f"{fmt.plural(len(result.failed), 'pair')} failed\n")
    return EXIT_PROBLEMS if result.failed else EXIT_OK
