"""The prompts a move to a model cuts: over its context window, or over its input limit.

A model whose maker caps a request's input below its context window (``max_input_tokens``:
GPT-5 takes at most 272,000 input tokens of its 400,000-token window) cuts prompts at that cap,
not at the window: "prompts over 272K tokens must be cut (GPT-5 takes at most 272K input
tokens)", never "prompts over 400K tokens" (review 12, L1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import paths
from .claims import Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from .context import Context

__all__ = ["Cut", "prompt_cut"]


class Cut(NamedTuple):
    """Where prompts are cut, the clause that says why, and what they rest on."""

    at: str
    """The size prompts over which must be cut, as the sentence writes it."""
    why: str
    """`` (GPT-5 takes at most 272K input tokens)`` where the input limit cuts, else empty."""
    evidence: tuple[Evidence, ...]
    checks: tuple[Check, ...]


def prompt_cut(x: Context, t: int, takes: int, form: Callable[[int], str],
               shown: EvidenceKind) -> Cut:
    """Where prompts moved to model ``t``, which takes ``takes`` tokens of context, are cut.

    At its input limit where it is recorded below ``takes``, else at ``takes``.
    """
    cap = x.c.models[t].max_input_tokens
    if cap is None or cap >= takes:
        return Cut(form(takes), "", (), ())
    path = paths.model(t, "max_input_tokens")
    return Cut(form(cap), f" ({x.names[t]} takes at most {form(cap)} input tokens)",
               (Evidence(path, cap, form(cap), shown),),
               (Check(op=CheckOp.LESS, paths=(path, paths.model(t, "context_window"))),))
