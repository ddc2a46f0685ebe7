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

__all__ = ["cited_link"]

_URL = re.compile(r"https?://[^\s/?#@]+\S*\Z", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"https?://(?:[^/?#@]*\.)?example\.(?:com|org|net)\.?(?:[:/?#]|\Z)",
                          re.IGNORECASE)


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
    """
    if not isinstance(value, str):
        return None
    link = value.strip()
    if not _URL.match(link) or _PLACEHOLDER.match(link):
        return None
    return link

