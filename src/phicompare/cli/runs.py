"""What ``phicompare all`` and ``phicompare site`` share: worker processes and compare options."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any

from .given import parse_date
from .needs import providers_of, refuse_unrecorded
from .options import bounded, parse_traffic
from .workload import comparison_options

if TYPE_CHECKING:
    from phicompare.catalog.index import Catalog

__all__ = ["MAX_JOBS", "add_jobs_options", "compare_options", "cpu_count", "jobs", "stop"]

MAX_JOBS = 256


def add_jobs_options(parser: argparse.ArgumentParser) -> None:
    """``--jobs N`` and ``--force-jobs`` on ``parser``."""
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes (default 1: in this process); at most the "
                             "machine's CPUs unless --force-jobs")
    parser.add_argument("--force-jobs", action="store_true",
                        help=f"allow --jobs above the CPU count (up to {MAX_JOBS})")


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def jobs(args: Any, cpus: int) -> int:
    """``--jobs``, capped at ``cpus`` (with a note on stderr) unless ``--force-jobs``."""
    asked = bounded(args.jobs, "--jobs", 1, MAX_JOBS)
    if asked > cpus and not args.force_jobs:
        sys.stderr.write(f"phicompare: --jobs {asked} capped at {cpus}, the CPUs of this machine "
                         "(--force-jobs to run more)\n")
        return cpus
    return asked


def stop(executor: Executor) -> None:
    """Stop at once: cancel the chunks not started and end the workers of a process pool."""
    executor.shutdown(wait=False, cancel_futures=True)
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.terminate()


def compare_options(args: Any, catalog: Catalog) -> dict[str, Any]:
    """The options of every comparison of a run: traffic, date, providers, route policy.

    The workload too (``cli.workload``: shares, blend, requirements, free tiers, materiality).

    Provider names are resolved to ids here, once, so that an unknown one is a usage error
    before any worker starts.
    """
    options: dict[str, Any] = {}
    if args.traffic:
        options["traffic"] = parse_traffic(args.traffic)
    if args.as_of is not None:
        options["as_of"] = parse_date(args.as_of)
    if args.provider or args.exclude_provider:
        allowed, excluded = providers_of(catalog, args)  # each error names its option (A10)
        options["providers"] = None if allowed is None else sorted(allowed)
        options["exclude_providers"] = sorted(excluded)
    if args.route_policy != "maker-first":
        options["route_policy"] = args.route_policy
    options.update(comparison_options(args))  # the workload (API review 15, A8)
    # a capability no record sets would rule out every route of every page (review 18, P4)
    refuse_unrecorded("--requires", options.get("requires", ()), catalog.models)
    return options
