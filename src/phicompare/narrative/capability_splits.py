"""A capability some models document and others are documented without: an advantage over those.

:func:`split_rows` finds, for one model, the capabilities it documents that some rival left in
is documented not to support, each other rival documenting it too or leaving it undocumented
(its record says nothing). :func:`shared_capability_advantage` words them for the verdict:

- every rival known: "vision over Qwen3 32B (which Gemma 3 27B shares)" (review 7, F20; the
  form of the next, review 35, #6: it read "vision (shared with Gemma 3 27B; Qwen3 32B does
  not support it)");
- some rival's unknown: an advantage over those known to lack it, and the rest said as not
  counted: "reasoning mode over Llama 3.1 8B (which Qwen3 235B-A22B shares; for DeepSeek V3 it
  is not documented)", where the page said "The data records no advantage that favours
  DeepSeek-R1" beside a scorecard and tradeoffs that name it (review 32, #1).

Each name stands before a verb, so that a name ending in brackets never closes the phrase's
(helper fixAI; review 35, #6 had "(shared with Gemma 3 12B (Zq))").

A rival whose "no" is its route listings' silence, or whose routes alone offer the capability,
is no known side: such a row is left to :mod:`.silenced` and :mod:`.unpicked`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from phicompare.domain.capabilities import Capability, Support

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence
from .favours import NONE, Favours
from .friction_listed import known_lack, listed_basis_of
from .inputs import multimodal_is_image, multimodal_is_vision
from .rivals import contenders

if TYPE_CHECKING:
    from .context import Context

__all__ = ["CAPABILITY_WORKLOADS", "Split", "image_once", "shared_capability_advantage",
           "split_rows"]

CAPABILITY_WORKLOADS: dict[Capability, str] = {
    Capability.FUNCTION_CALLING: "function calling",
    Capability.TOOL_USE: "tool use",
    Capability.STRUCTURED_OUTPUTS: "structured output",
    Capability.VISION: "vision",
    Capability.MULTIMODAL: "multimodal input",
    Capability.REASONING: "reasoning mode",
    Capability.CODE_EXECUTION: "code execution",
}
"""The workload a documented capability fits (a benchmark's: :mod:`.leads`)."""


class Split(NamedTuple):
    """A capability row one model documents, with its rivals sorted by what is known of them."""

    row: int
    fellows: list[int]
    """Rivals that document it too."""
    lacking: list[int]
    """Rivals documented not to support it (never by a listing's silence)."""
    unknown: list[int]
    """Rivals whose records leave it out."""


def split_rows(x: Context, i: int) -> list[Split]:
    """The capabilities model ``i`` documents that some rival left in is documented without.

    Only rows where some rival documents it too or some rival's is unknown (a row every rival
    lacks is :func:`~.fit.advantages`' own), every rival on one of the three known sides.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("deepseek-r1", "deepseek-v3", "llama-3.1-8b"))
        >>> [(x.c.capabilities[s.row].capability.value, s.lacking, s.unknown)
        ...  for s in split_rows(x, 0)]
        [('reasoning', [2], [1])]
    """
    rows, view = x.c.capabilities, x.capabilities
    others = contenders(x, i)
    found: list[Split] = []
    if len(others) < 2:  # (one rival documents it, lacks it or is unknown: never two sides)
        return found
    for k in view.documents[i]:
        fellows = [o for o in others if k in view.documents[o]]
        lacking = [o for o in others if known_lack(x, k, o)]
        unknown = [o for o in others if rows[k].support[o] is Support.UNKNOWN]
        if lacking and (fellows or unknown) and \
                len(fellows) + len(lacking) + len(unknown) == len(others):
            found.append(Split(k, fellows, lacking, unknown))
    return found


def shared_capability_advantage(x: Context, i: int) -> Favours:
    """The verdict's phrase for each of :func:`split_rows`, and what it rests on.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("deepseek-r1", "deepseek-v3", "qwen3-235b-a22b",
        ...                        "llama-3.1-8b"))
        >>> shared_capability_advantage(x, 0).phrases
        ['reasoning mode over Llama 3.1 8B (which Qwen3 235B-A22B shares; for DeepSeek V3 it is \
not documented)']
    """
    rows = x.c.capabilities
    found = split_rows(x, i)
    if len(found) > 1:
        kept = image_once(x, (i, *contenders(x, i)), [s.row for s in found])
        found = [s for s in found if s.row in kept]
    if not found:
        return NONE
    phrases = []
    for k, fellows, lacking, unknown in found:
        what = CAPABILITY_WORKLOADS[rows[k].capability]
        # over those known to lack it, whether or not some rival's is unknown: one form (review
        # 35, #6); the unknown said, as the tradeoffs say it (review 32, #1)
        # each name before a verb, so a name ending in brackets never closes these (fixAI)
        notes = [(f"which {fmt.join_words([x.names[o] for o in fellows])} "
                  f"{'shares' if len(fellows) == 1 else 'share'}")] if fellows else []
        if unknown:
            notes.append(f"for {fmt.join_words([x.names[o] for o in unknown])} it is not "
                         "documented")
        phrases.append(f"{what} over {fmt.join_words([x.names[o] for o in lacking])} "
                       f"({'; '.join(notes)})")
    # (built now: a basis never holds the context)
    listings = listed_basis_of(x, [o for s in found for o in s.lacking])

    def basis() -> Basis:
        evidence: list[Evidence] = []
        checks: list[Check] = []
        for k, fellows, lacking, unknown in found:
            for m in (i, *fellows):
                evidence += [Evidence(paths.capability(k, m), Support.YES),
                             Evidence(paths.capability_source(k, "documented", m), True)]
                checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, m),),
                                    values=("yes",)))
            checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("no",))
                       for o in lacking]
            evidence += [Evidence(paths.capability(k, o), Support.UNKNOWN) for o in unknown]
            checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, o),),
                             values=("unknown",)) for o in unknown]
        return Basis((*evidence, *listings.evidence), (*checks, *listings.checks))

    return Favours(phrases, basis)


def image_once(x: Context, models: tuple[int, ...], own: list[int]) -> list[int]:
    """The rows ``own`` without multimodal input where it is vision said again.

    Where ``models``' inputs differ by image alone, a model favoured for vision and for
    multimodal input is favoured for one thing, image input: "vision" says it (as the tradeoffs
    and switch friction do).
    """
    rows = x.c.capabilities
    kinds = {rows[k].capability: k for k in own}
    if Capability.MULTIMODAL not in kinds or (  # image input alone: vision's (review 14, N9)
            Capability.VISION not in kinds and not multimodal_is_image(x.c, models)):
        return own
    if not multimodal_is_vision(x.c, models):  # (the models' other inputs are said apart: G16)
        return own
    return [k for k in own if k != kinds[Capability.MULTIMODAL]]
