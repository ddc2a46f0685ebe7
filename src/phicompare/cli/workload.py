"""The workload options ``pick``, ``all`` and ``site`` share with a comparison.

``--cached``, ``--cache-write`` and ``--batch`` shape the traffic every bill is priced at;
``all`` and ``site`` also take a comparison's ``--blend``, ``--requires``, ``--include-free``
and ``--materiality`` (``pick`` has its own ``--requires`` and ``--include-free``, and ranks
bills: no blended price, no "about the same"). API review 15, A8: a site or a folder of pages for
"60% cached prompts, structured outputs required" had to be built in Python.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from phicompare.domain.capabilities import Capability

from .given import names_of
from .options import UsageError, parse_blend, parse_share, parse_traffic, shown

__all__ = ["add_comparison_options", "add_share_options", "comparison_options", "traffic_of"]

_SHARES = (("cached", "cached_share"), ("cache_write", "cache_write_share"),
           ("batch", "batch_share"))


def add_share_options(group: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--cached``, ``--cache-write`` and ``--batch``: the shares of the traffic."""
    group.add_argument("--cached", metavar="SHARE",
                       help="share of input tokens read from the prompt cache (0.3 or 30%%)")
    group.add_argument("--cache-write", metavar="SHARE",
                       help="share of input tokens written to the prompt cache")
    group.add_argument("--batch", metavar="SHARE",
                       help="share of uncached tokens sent through a batch API")


def add_comparison_options(group: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The shares, and the blend, requirements, free tiers and materiality (``all``, ``site``)."""
    add_share_options(group)
    group.add_argument("--blend", metavar="IN:OUT",
                       help="input:output weights of the blended price, e.g. 3:1 (default 7:3)")
    group.add_argument("--requires", action="append", metavar="CAPABILITY",
                       help="count only routes that document this capability (repeatable, or "
                            "comma-separated): " + ", ".join(c.value for c in Capability))
    group.add_argument("--include-free", action="store_true",
                       help="count free-tier routes when choosing the cheapest route")
    group.add_argument("--materiality", metavar="SHARE",
                       help="a bill gap under this share of the lower bill is 'about the same "
                            "cost' (default 5%%)")


def traffic_of(args: Any) -> Any:
    """``--traffic`` with the shares given (``None``: the default traffic, no share given).

    Examples:
        >>> from types import SimpleNamespace as N
        >>> traffic_of(N(traffic="1M:1M", cached="30%", cache_write=None, batch=None)).cached_share
        Decimal('0.3')
        >>> traffic_of(N(traffic=None, cached=None, cache_write=None, batch=None)) is None
        True
    """
    shares: dict[str, Decimal] = {}
    for option, name in _SHARES:
        value = getattr(args, option)
        if value is not None:
            shares[name] = parse_share(value, "--" + option.replace("_", "-"))
    cached, written = shares.get("cached_share", 0), shares.get("cache_write_share", 0)
    if cached + written > 1:  # named by option, not by Traffic's fields (review 11, K14)
        msg = (f"--cached and --cache-write: {cached} and {written} together are more than the "
               "input tokens (1)")
        raise UsageError(msg)
    if args.traffic is None and not shares:
        return None
    return parse_traffic(args.traffic, **shares)


def comparison_options(args: Any) -> dict[str, Any]:
    """The options ``add_comparison_options`` added, as ``compare_all`` takes them.

    Each bad value is a usage error naming its option, before any pair is compared.

    Examples:
        >>> from types import SimpleNamespace as N
        >>> options = comparison_options(N(traffic=None, cached=None, cache_write=None,
        ...     batch=None, blend="3:1", requires=["vision,structured outputs"],
        ...     include_free=False, materiality="10%"))
        >>> options["blend"], options["requires"], options["materiality"]
        ((3, 1), ['vision', 'structured_outputs'], Decimal('0.1'))
    """
    options: dict[str, Any] = {}
    traffic = traffic_of(args)
    if traffic is not None:
        options["traffic"] = traffic
    if args.blend:
        options["blend"] = parse_blend(args.blend)
    names = names_of(args.requires, "--requires")
    if names:
        try:
            options["requires"] = [Capability.parse(n).value for n in names]
        except ValueError as exc:
            raise UsageError(f"--requires: {exc}") from None
    if args.include_free:
        options["include_free"] = True
    if args.materiality is not None:
        share = parse_share(args.materiality, "--materiality")
        if share >= 1:
            msg = (f"--materiality: {shown(args.materiality)} is not a share from 0 up to (not "
                   "including) 1")
            raise UsageError(msg)
        options["materiality"] = share
    return options
