"""The summary's and the scorecard's favours to a model not yet released on the page's date.

The last stop left (review 30, #5): ``phicompare gpt-4o claude-3-5-sonnet-20240620 --as-of
2024-06-01`` said in its summary "Claude Sonnet 3.5 has the larger context window: 200K tokens
against 128K for GPT-4o" and its scorecard gave Claude Sonnet 3.5 the fit "long context", and
``phi-2 phi-4-mini --as-of 2024-06-01`` "Phi-4 Mini leads on OLL IFEval (0-shot)", of models
no one could run on that date, where the verdict and Tradeoffs offer nothing for them. The
specifications and benchmark tables keep their records; the prose says the date (helper fixBG):

- the summary's largest window, where a model not yet out holds it, says so beside its name
  (:func:`crowned`): "Claude Sonnet 3.5, not released until 2024-06-20, has the larger context
  window: ...";
- the summary's benchmark gap is the largest between models out on the date, where there is
  one (:func:`summary_gap`); where every gap has a model not yet out, its leader is said so
  alike;
- the scorecard's fit of such a model is its release date (:func:`unreleased_fit`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt
from .claims import Basis, Claim
from .unreleased_moves import unreleased
from .unreleased_words import not_released

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import Context, RowGap

__all__ = ["crowned", "gap_leader", "summary_gap", "unreleased_fit", "window_leaders"]

_CROWNS = ("larger context window:", "largest context window:")
"""What the summary's sentence says where it names models with the largest window."""


def crowned(x: Context, claim: Claim, leaders: Sequence[int]) -> Claim:
    """``claim``, which favours ``leaders``, saying which of them are not released by the date.

    "Claude Sonnet 3.5, not released until 2024-06-20, has the larger context window: ..."
    where the sentence opens with the leaders' names, else "...; Claude Sonnet 3.5 was not
    released until 2024-06-20." The claim as it was where every leader is out by the date.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of="2024-06-01")
        >>> print(c.narrative.summary[2].text)
        Claude Sonnet 3.5, not released until 2024-06-20, has the larger context window: 200K \
tokens against 128K for GPT-4o.
    """
    later = unreleased(x)
    out = [i for i in leaders if i in later]
    if not out:
        return claim
    said, basis = not_released(x, out)
    names = fmt.join_words([x.names[i] for i in out])
    text = claim.text
    if len(out) == len(leaders) and text.startswith(names + " "):
        verb = " was " if len(out) == 1 else " were "
        text = f"{names}, {said.split(verb, 1)[1]},{text[len(names):]}"
    else:
        text = f"{text.removesuffix('.')}; {said}."
    return Claim(key=claim.key, text=text, basis=lambda: Basis(
        (*claim.evidence, *basis.evidence), (*claim.checks, *basis.checks)))


def window_leaders(x: Context, claim: Claim) -> list[int]:
    """The models the summary's window sentence ``claim`` crowns: none where it crowns none.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> window_leaders(x, x.context_said)
        [1]
    """
    if not any(words in claim.text for words in _CROWNS):
        return []
    top, read = x.windows.top, x.windows.readings
    return [i for i, r in enumerate(read) if r is not None and r == read[top[0]]] if top else []


def gap_leader(g: RowGap) -> int:
    """The model ahead on the gap ``g`` (outside noise: its leader)."""
    lead = g.gap.leader_index
    if lead is None:  # pragma: no cover - a significant gap has a leader
        lead = g.i if (g.gap.gap or 0) > 0 else g.j
    return lead


def summary_gap(x: Context) -> RowGap:
    """The gap outside noise the summary states: the largest between models out on the date.

    The largest of all where every gap has a model not yet released (its leader then said so:
    :func:`crowned`). Needs ``x.bench.significant``.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-3-mini-128k", "phi-3.5-mini", "phi-4-mini",
        ...                        as_of="2024-12-01"))
        >>> g = summary_gap(x)
        >>> (g.i, g.j), g.row.benchmark.id == x.bench.significant[0].row.benchmark.id
        ((0, 1), False)
    """
    later = unreleased(x)
    gaps = x.bench.significant
    return next((g for g in gaps if g.i not in later and g.j not in later), gaps[0])


def unreleased_fit(x: Context, i: int) -> tuple[str, Basis] | None:
    """The scorecard's fit of model ``i`` where it is not released by the date: that date.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of="2024-06-01"))
        >>> unreleased_fit(x, 1)[0], unreleased_fit(x, 0)
        ('not released until 2024-06-20', None)
    """
    if i not in unreleased(x):
        return None
    said, basis = not_released(x, [i])
    return said.split(" was ", 1)[1], basis
