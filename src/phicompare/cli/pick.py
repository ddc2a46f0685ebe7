"""``phicompare pick``: the models that fit a workload, cheapest first, each with why."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from phicompare.domain.capabilities import Capability

from .given import names_of, parse_date
from .needs import (
    check_requires,
    naming,
    parse_budget,
    parse_tokens,
    providers_of,
    refuse_unrecorded,
)
from .options import (
    EXIT_OK,
    MAX_TERMINAL_WIDTH,
    TRAFFIC_FORMS,
    Parser,
    UsageError,
    add_catalog_options,
    add_route_policy_option,
    emit,
    load_catalogs,
)
from .workload import add_share_options, traffic_of

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation

__all__ = ["cmd_pick", "pick_parser"]

_EPILOG = """\
examples:
  phicompare pick --traffic 10000/day@1500:300 --requires structured_outputs --budget 200
  phicompare pick --min-context 128K --traffic 2000/day@60000:1000 --limit 5
  phicompare pick --open-weights --license MIT --license Apache-2.0 --exclude-provider nvidia-nim
  phicompare pick --priority mmlu --format json --rejected
"""


def pick_parser() -> Parser:
    """The parser of ``phicompare pick``.

    Examples:
        >>> pick_parser().parse_args(["--budget", "200", "--open-weights"]).open_weights
        True
    """
    parser = Parser(
        prog="phicompare pick",
        description="The models of the catalog that meet every requirement, cheapest first, "
                    "each with the reasons for its place. Unknown is never taken for met.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    need = parser.add_argument_group("requirements")
    need.add_argument("--requires", action="append", metavar="CAPABILITY",
                      help="a capability the route counted must document (repeatable, or "
                           "comma-separated): " + ", ".join(c.value for c in Capability))
    need.add_argument("--min-context", metavar="TOKENS",
                      help="tokens one request must fit, e.g. 128K")
    weights = need.add_mutually_exclusive_group()
    weights.add_argument("--open-weights", dest="open_weights", action="store_const", const=True,
                         help="open weights only")
    weights.add_argument("--closed-weights", dest="open_weights", action="store_const",
                         const=False, help="closed weights only")
    need.add_argument("--license", action="append", metavar="LICENSE",
                      help="a licence allowed, e.g. MIT (repeatable)")
    need.add_argument("--provider", action="append", metavar="PROVIDER",
                      help="count only routes on this provider (id or name; repeatable)")
    need.add_argument("--exclude-provider", action="append", metavar="PROVIDER",
                      help="never count routes on this provider (repeatable)")
    add_route_policy_option(need)
    need.add_argument("--budget", metavar="USD",
                      help="the most a month may cost, e.g. 200")
    work = parser.add_argument_group("workload")
    work.add_argument("--traffic", metavar="SPEC",
                      help=f"{TRAFFIC_FORMS}; default 800M:250M")
    add_share_options(work)  # --cached, --cache-write, --batch (API review 15, A8)
    work.add_argument("--priority", action="append", metavar="BENCHMARK",
                      help="a benchmark that orders models with the same bill (repeatable, in "
                           "order of importance)")
    work.add_argument("--include-free", action="store_true", help="count free-tier routes")
    work.add_argument("--as-of", metavar="DATE",
                      help="the comparison's date: the models released by then, and the "
                      "prices in force then where the data dates them (else the latest checked)")
    out = parser.add_argument_group("output")
    out.add_argument("--limit", type=int, default=10, metavar="N",
                     help="the most candidates listed (default 10)")
    out.add_argument("--rejected", action="store_true",
                     help="also list the models that do not fit, each with why")
    out.add_argument("--format", "-f", choices=("text", "json"), default="text",
                     help="text (for a terminal, the default) or json")
    out.add_argument("--width", type=int, metavar="COLUMNS",
                     help="text width (default: the terminal's, at most 120; else 80)")
    add_catalog_options(parser)
    return parser


def _width(args: argparse.Namespace, out: TextIO) -> int:
    if args.width is not None:
        if args.width < 1:
            msg = f"--width: {args.width} is not a positive number of columns"
            raise UsageError(msg)
        return int(args.width)
    import shutil  # noqa: PLC0415
    import sys  # noqa: PLC0415

    if out is sys.stdout and out.isatty():
        return min(shutil.get_terminal_size((80, 24)).columns, MAX_TERMINAL_WIDTH)
    return 80


def cmd_pick(argv: Sequence[str], out: TextIO) -> int:
    """Run ``phicompare pick``: print the ranked candidates (text or JSON)."""
    from phicompare.analysis.pick_terms import asked_benchmarks, asked_licenses  # noqa: PLC0415
    from phicompare.analysis.recommend import recommend  # noqa: PLC0415

    args = pick_parser().parse_args(list(argv))
    if args.limit < 1:
        msg = f"--limit: {args.limit} is not a positive number of candidates"
        raise UsageError(msg)
    width = _width(args, out)
    catalog = load_catalogs(args.catalog, args.prefer)
    allowed, excluded = providers_of(catalog, args)  # each error names its option (A10)
    with naming("--license"):
        asked_licenses(catalog, names_of(args.license, "--license") or None)
    with naming("--priority"):
        asked_benchmarks(catalog, names_of(args.priority, "--priority"))
    refuse_unrecorded("--requires", check_requires(names_of(args.requires, "--requires")),
                      catalog.models)
    result = recommend(
        catalog,
        traffic=traffic_of(args),
        requires=check_requires(names_of(args.requires, "--requires")),
        min_context=None if args.min_context is None else parse_tokens(args.min_context),
        open_weights=args.open_weights,
        licenses=names_of(args.license, "--license") or None,
        providers=None if allowed is None else sorted(allowed),
        exclude_providers=sorted(excluded),
        budget=None if args.budget is None else parse_budget(args.budget),
        priorities=names_of(args.priority, "--priority"),
        include_free=args.include_free,
        as_of=None if args.as_of is None else parse_date(args.as_of),
        limit=args.limit,
        explain_rejected=args.rejected,
        route_policy=args.route_policy)
    if args.format == "json":
        emit(json.dumps(to_json(result), indent=2, ensure_ascii=False) + "\n", out)
    else:
        emit(result.to_text(width), out)
    return EXIT_OK


def to_json(result: Recommendation) -> dict[str, Any]:
    """The recommendation's facts and the text of its reasons, JSON-ready.

    Examples:
        >>> from phicompare import recommend
        >>> sorted(to_json(recommend(limit=1))["reasons"])
        ['candidates', 'notes', 'rejected', 'summary']
    """
    data = result.to_dict()
    reasons = result.reasons
    data["reasons"] = {
        "summary": [c.text for c in reasons.summary],
        "candidates": [[c.text for c in claims] for claims in reasons.candidates],
        "rejected": [[c.text for c in claims] for claims in reasons.rejected],
        "notes": [c.text for c in reasons.notes],
    }
    return data


def render_pick(result: Recommendation, width: int) -> str:
    """The ranked list as text no wider than ``width``: :meth:`Recommendation.to_text`.

    Examples:
        >>> from phicompare import recommend
        >>> text = render_pick(recommend(limit=2), 60)
        >>> text.splitlines()[0], max(len(line) for line in text.splitlines()) <= 60
        ('Models that fit', True)
    """
    return result.to_text(width)  # (the page lives in render/picks.py: API review 15, A7)
