"""How an imported benchmark score is cited, and which figures are no score at all.

Every imported score cites the file it was read from (``source``: the snapshot file at its
commit) with the importer's checked date; the document the dataset names for it (LLMStats'
``source_link``, models.dev's ``source``) is its ``evaluation``, so two models' scores are one
evaluation only when they cite the same real document. A placeholder link (``example.com``, or
no http(s) URL) is no document: such a score has no ``evaluation`` of its own, and its key is
the file it was read from, which no other model shares.
"""

from __future__ import annotations

import re

__all__ = ["ZERO_NOT_RUN", "cited_link", "percentage_style", "zero_not_run"]

ZERO_NOT_RUN = ("exactly 0 on a percentage-style benchmark: the source's mark for a benchmark "
                "not run, left unknown")
"""The report's reason for a score of exactly 0 that is read as unknown."""

_URL = re.compile(r"https?://[^\s/?#@]+\S*\Z", re.IGNORECASE)
_DOUBLED = re.compile(r"/{2,}")
_PLACEHOLDER = re.compile(r"https?://(?:[^/?#@]*\.)?example\.(?:com|org|net)\.?(?:[:/?#]|\Z)",
                          re.IGNORECASE)
_PERCENT_METRIC = re.compile(r"percent|pass@|rate|resolved|accuracy|correct", re.IGNORECASE)


def cited_link(value: object) -> str | None:
    """``value`` when it is an http(s) URL a reader can follow, else ``None``.

    A reserved example domain (``example.com``, ``.org``, ``.net``, RFC 2606) is a placeholder,
    not a source.

    Examples:
        >>> cited_link("https://arxiv.org/pdf/2412.08905")
        'https://arxiv.org/pdf/2412.08905'
        >>> [cited_link(v) for v in ("https://example.com/benchmark-image",
        ...                          "http://www.example.org", "see the paper", None)]
        [None, None, None, None]
        >>> cited_link("https://example.community/x")
        'https://example.community/x'
        >>> cited_link("https://openai.com/index/openai-o3-mini//")  # LLMStats' o1 file
        'https://openai.com/index/openai-o3-mini/'
        >>> cited_link("https://a.org//x?next=https://b.org//y")
        'https://a.org/x?next=https://b.org//y'
    """
    if not isinstance(value, str):
        return None
    link = value.strip()
    if not _URL.match(link) or _PLACEHOLDER.match(link):
        return None
    scheme, rest = link.split("://", 1)  # one slash between a path's parts (not its query's)
    cut = min((i for i in (rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    return f"{scheme}://{_DOUBLED.sub('/', rest[:cut])}{rest[cut:]}"


def percentage_style(metric: str | None) -> bool:
    """Whether a benchmark's metric is a share of items (where 0 means "none right").

    No metric counts as one (LLMStats' scores are all proportions by its schema); an index or a
    bare ``score`` on an unknown scale does not.

    Examples:
        >>> percentage_style(None), percentage_style("percent correct"), percentage_style("pass@1")
        (True, True, True)
        >>> percentage_style("index"), percentage_style("score")
        (False, False)
    """
    return metric is None or bool(_PERCENT_METRIC.search(metric))


def zero_not_run(score: object, metric: str | None = None) -> bool:
    """Whether ``score`` is a 0 that stands for "not run": exactly 0 on a percentage-style metric.

    LLMStats stores 0.0 for a benchmark it has no result for (GPT-3.5 Turbo's MMMU and
    MathVista: a text model's vision benchmarks); its lowest real score in the snapshot is 1.4
    points (Gemma 3 1B's ECLeKTic). An exact 0 on a share of items is read as unknown; a true 0
    would be lost with it, the safe side of the doubt (unknown is never a claim). A 0 on another
    scale (an index) is kept.

    Examples:
        >>> from decimal import Decimal
        >>> zero_not_run(Decimal("0.0")), zero_not_run(Decimal("0.003")), zero_not_run(0, "index")
        (True, False, False)
    """
    return score == 0 and percentage_style(metric)
