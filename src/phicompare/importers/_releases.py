"""Releases of one model line: which stamps a name holds, and when two linked names are two models.

Split from :mod:`._identity` (its name rules), which this reads: a release is a name's
identity key without its stamps (:func:`release`); a moving ``-latest`` alias is no release
(:func:`latest_of`); a distilled model, another size, another release or another version is
another model, whatever a source links (:func:`derived`).
"""

from __future__ import annotations

import re

from ._identity import _RELEASE, _strip_variant, last_segment, spelling, squash, undated
from ._versions import claude_version, numbered_version

__all__ = ["derived", "latest_of", "release"]


# A model made from another: distilled (``-distill-``, ``Distilled``), or of another size (``32b``).
_DISTILLED = re.compile(r"distil")
_SIZE = re.compile(r"(?:^|[-_\s/:])(\d+(?:[.]\d+)?)b(?=$|[-_\s:])")


def _spelt(name: str) -> str:
    # A display name's words and brackets as an id's dashes: "Small 3.2 (2506)" is small-3.2-2506.
    segment = re.sub(r"[\s()\[\]]+", "-", last_segment(name).casefold()).strip("-")
    return spelling(_strip_variant(segment))


def _releases(name: str) -> tuple[set[str], set[str]]:
    """The release stamps ``name`` holds: all, and those :func:`undated` does not remove."""
    segment = _spelt(name)
    stamps = set(_RELEASE.findall(segment))
    return stamps, set(_RELEASE.findall(undated(segment))) if stamps else stamps


def release(name: str) -> tuple[str, frozenset[str]]:
    """``name`` as a model and a release of it: its key without stamps, and the stamps it reads.

    Examples:
        >>> release("mistralai/Mistral-Large-Instruct-2407"), release("magistral-medium-latest")
        (('mistrallarge', frozenset({'2407'})), ('magistralmedium', frozenset()))
        >>> release("mistral-large-latest")  # the spellings table: Mistral Large 3 (review 12)
        ('mistrallarge3', frozenset())
        >>> release("gpt-4o-2024-11-20")
        ('gpt4o', frozenset({'2024-11-20'}))
    """
    written = re.sub(r"[\s()\[\]]+", "-", last_segment(name).casefold()).strip("-")
    stamps = frozenset(_RELEASE.findall(written))  # as written: a spelling adds none
    segment = spelling(_strip_variant(written))
    bare = _RELEASE.sub("", undated(segment)).strip("-").replace("--", "-")
    return squash(re.sub(r"-(?:instruct|it)$", "", bare)), stamps


def latest_of(name: str, alias: str) -> bool:
    """Whether ``alias`` is a moving ``-latest`` alias and ``name`` one release (a stamp, spelled).

    The alias is the newest release, whichever it is now: not ``name``'s model, and its facts
    (the newest release's) are not ``name``'s.

    Examples:
        >>> latest_of("mistral-large2", "mistral/mistral-large-latest")  # Mistral Large 2 (2407)
        True
        >>> latest_of("mistral-large-latest", "mistral/mistral-large-latest")
        False
    """
    return last_segment(alias.casefold()).endswith("-latest") and bool(_releases(name)[0])


def derived(name: str, other: str) -> bool:
    """Whether ``name`` and ``other``, though a source links them, are two models, not one.

    One is a distilled model and the other not (a source's ``base_model`` template for a
    distilled model names its teacher), or both state a parameter count and none is shared. A
    name that states no size (``deepseek-r1``) never differs by size. Two releases are two
    models too: both names carry a release stamp and they differ (``mistral-small-2503``,
    ``mistral-small-2603``), or one carries a year-month stamp that is not a snapshot date of
    the other (Qwen's July 2025 ``qwen3-235b-a22b-instruct-2507`` is not ``qwen3-235b-a22b``;
    a snapshot date alone, ``claude-sonnet-4-5-20250929``, is the undated name's model), and two
    Claude versions are (:func:`~._versions.claude_version`), or two numbered Mistral versions
    (:func:`~._versions.numbered_version`: ``mistral-small-2503`` is 3.1, not 4).

    Examples:
        >>> derived("@cf/deepseek-ai/deepseek-r1-distill-qwen-32b", "deepseek/deepseek-r1")
        True
        >>> derived("qwen3-32b-fp8", "alibaba/qwen3-8b"), derived("Qwen3 32B", "qwen3-32b")
        (True, False)
        >>> derived("Phi-4-mini-instruct", "phi-4-mini"), derived("qwen3-235b-a22b", "qwen3")
        (False, False)
        >>> derived("Qwen/Qwen3-235B-A22B-Instruct-2507", "alibaba/qwen3-235b-a22b")
        True
        >>> derived("mistral-small-2503", "mistral/mistral-small-2603")
        True
        >>> derived("claude-sonnet-4-5-20250929", "anthropic/claude-sonnet-4-5")
        False
    """
    name, other = name.casefold(), other.casefold()
    if (_DISTILLED.search(name) is None) != (_DISTILLED.search(other) is None):
        return True
    (stamps, kept), (others, others_kept) = _releases(name), _releases(other)
    if (stamps and others and stamps != others) or kept != others_kept:
        return True
    if latest_of(name, other) or latest_of(other, name):  # a release is not the moving alias
        return True
    for versions in ((claude_version(name), claude_version(other)),
                     (numbered_version(_spelt(name)), numbered_version(_spelt(other)))):
        if None not in versions and versions[0] != versions[1]:  # Sonnet 4 is not Sonnet 4.5
            return True
    sizes, others = set(_SIZE.findall(name)), set(_SIZE.findall(other))
    return bool(sizes and others and sizes.isdisjoint(others))
