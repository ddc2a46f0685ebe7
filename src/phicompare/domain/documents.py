"""Which document a source URL names: one document cited at several addresses is one evaluation.

A score's evaluation is its ``evaluation`` key, else its source document
(:attr:`phicompare.domain.records.BenchmarkScore.evaluation_key`), and two scores compare directly
only from one evaluation. Sources cite one document in several forms: with or without a trailing
slash (OpenAI's GPT-4.1 post), as an arXiv abstract, PDF, HTML page or a numbered version of it
(the Gemini 1.5 report as ``/abs/2403.05530`` and ``/pdf/2403.05530``: review 12, L3), and a
maker publishes one model card at several addresses (Meta's Llama 3.1 card on GitHub and as the
README of each Llama 3.1 Instruct repository on Hugging Face, each holding the one
instruction-tuned table of the 8B, 70B and 405B models: review 12, L2). :func:`document_key`
reads each as the one document, so their figures are one evaluation; anything else keeps its
address (a blog post and a paper about one model stay two).
"""

from __future__ import annotations

import re

__all__ = ["SAME_DOCUMENT", "document_key", "source_address"]

_ARXIV = re.compile(r"^(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/"
                    r"(?P<id>[a-z-]*/?\d{4}\.?\d{3,5})(?:v\d+)?(?:\.pdf)?/?$")
"""An arXiv paper at any of its addresses: abstract, PDF, HTML page, any version (matched in
the casefolded address: an ``IGNORECASE`` pattern costs three times as much to compile, in
every process's first comparison)."""
_SCHEME = re.compile(r"^https?://(?:www\.)?")
_LLAMA_3_1_CARD = "github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md"

SAME_DOCUMENT: dict[str, str] = {
    # review 12, L2: Meta's Llama 3.1 model card, whose instruction-tuned table gives the 8B,
    # 70B and 405B Instruct models side by side, on GitHub and as each Hugging Face repository's
    # README (the repositories' old "Meta-Llama-3.1" names and their current "Llama-3.1" ones)
    _LLAMA_3_1_CARD: _LLAMA_3_1_CARD,
    **{f"huggingface.co/meta-llama/{prefix}Llama-3.1-{size}-Instruct": _LLAMA_3_1_CARD
       for prefix in ("Meta-", "") for size in ("8B", "70B", "405B")},
}
"""An address (less scheme, ``www.`` and trailing slash) -> the document's one address: a card
a maker publishes at several addresses, listed where the bundled catalog cites it twice."""
_SAME = {address.casefold(): key for address, key in SAME_DOCUMENT.items()}


def document_key(url: str) -> str:
    """The document ``url`` names, one string however it is cited.

    Examples:
        >>> document_key("https://arxiv.org/pdf/2403.05530") == document_key(
        ...     "https://arxiv.org/abs/2403.05530v5")
        True
        >>> document_key("https://x.test/a/"), document_key("https://openai.com/index/gpt-4-1/")
        ('https://x.test/a', 'https://openai.com/index/gpt-4-1')
        >>> document_key("https://huggingface.co/meta-llama/Meta-Llama-3.1-70B-Instruct")
        'github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md'
        >>> document_key("https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/"
        ...              "MODEL_CARD.md")
        'github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md'
        >>> document_key("https://arxiv.org/abs/2403.05530") == document_key(
        ...     "https://arxiv.org/abs/2403.05531")
        False
    """
    found = _ARXIV.match(url.casefold())
    if found:
        return f"arxiv.org/abs/{found['id']}"
    url = url[:-1] if url.endswith("/") else url
    return _SAME.get(_SCHEME.sub("", url.casefold()), url)


def source_address(url: str) -> str:
    """The address a page lists ``url`` under: one page or paper, one source however cited.

    A trailing slash is dropped, and an arXiv paper is listed at its abstract page, whichever
    of its addresses a figure cites (review 14, N10: OpenAI's GPT-4.1 post, cited with and
    without the slash, was two of a page's sources). A card a maker publishes on several hosts
    (:data:`SAME_DOCUMENT`) keeps each address: each is a page of its own host, and a
    repository's page holds more than the card.

    Examples:
        >>> source_address("https://openai.com/index/gpt-4-1/")
        'https://openai.com/index/gpt-4-1'
        >>> source_address("https://arxiv.org/pdf/2403.05530v2")
        'https://arxiv.org/abs/2403.05530'
        >>> source_address("https://huggingface.co/microsoft/phi-2")
        'https://huggingface.co/microsoft/phi-2'
    """
    found = _ARXIV.match(url.casefold())
    if found:
        return f"https://arxiv.org/abs/{found['id']}"
    return url[:-1] if url.endswith("/") else url
