"""The prompts a move to a model cuts: over its context window, or over its input limit.

A model whose maker caps a request's input below its context window (``max_input_tokens``:
GPT-5 takes at most 272,000 input tokens of its 400,000-token window) cuts prompts at that cap,
not at the window: "prompts over 272K tokens must be cut (GPT-5 takes at most 272K input
tokens)", never "prompts over 400K tokens" (review 12, L1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from .context import Context

__all__ = ["Cut", "capped_source", "input_claim", "prompt_cut", "uncut"]


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


def uncut(x: Context, s: int, t: int, takes: int, form: Callable[[int], str],
          shown: EvidenceKind) -> Cut | None:
    """A move from ``s`` whose input limit is within what ``t`` takes: no prompt is cut.

    GPT-5 takes at most 272K input tokens of its 400K window: a move to Nova Pro's 300K
    shrinks the window, but "prompts over 300K tokens must be cut" is vacuous, as GPT-5 never
    takes them. ``why`` then reads "; no prompt must be cut, as GPT-5 takes at most 272K input
    tokens". ``None`` where ``s`` records no input limit or ``t`` takes less (at its own input
    limit where that is lower than ``takes``).
    """
    own, cap = x.c.models[s].max_input_tokens, x.c.models[t].max_input_tokens
    if own is None or own > min(takes, cap or takes):
        return None
    mine = paths.model(s, "max_input_tokens")
    return Cut("", f"; no prompt must be cut, as {x.names[s]} takes at most {form(own)} input "
               "tokens", (Evidence(mine, own, form(own), shown),),
               (Check(op=CheckOp.AT_MOST, paths=(mine, paths.model(t, "context_window"))),
                *([Check(op=CheckOp.AT_MOST, paths=(mine, paths.model(t, "max_input_tokens")))]
                  if cap is not None else [])))


def capped_source(x: Context, s: int, t: int, was: str, form: Callable[[int], str],
                  cut: Cut) -> tuple[str, Cut]:
    """Whence a move from model ``s`` cuts prompts: its window, or its input limit below it.

    "272K input tokens on GPT-5 Mini (its input limit, of a 400K-token window)", as the
    tradeoffs say it, where the move cuts prompts (``cut``) and ``s`` takes at most that many,
    more than ``t``'s window (review 25, P6: it read "from 400K tokens on GPT-5 Mini to 256K",
    where a prompt of 300K tokens was never GPT-5 Mini's to lose); "400K tokens on GPT-5 Mini"
    (``was``: its window as written) otherwise. ``cut`` comes back with the limit's evidence.
    """
    own, takes = x.input_caps.get(s), x.c.models[t].context_window
    plain = f"{was} tokens on {x.names[s]}"
    if own is None or takes is None or own <= takes or form(own) == form(takes):
        return plain, cut
    mine = paths.model(s, "max_input_tokens")
    shown = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    return (f"{form(own)} input tokens on {x.names[s]} (its input limit, of a {was}-token "
            "window)"), cut._replace(
        evidence=(*cut.evidence, Evidence(mine, own, form(own), shown)),
        checks=(*cut.checks, Check(op=CheckOp.LESS, paths=(mine, paths.model(s, "context_window"))),
                Check(op=CheckOp.GREATER, paths=(mine, paths.model(t, "context_window")))))


def input_claim(x: Context, s: int, t: int,
                form_of: Callable[[Context, tuple[int, ...]], Callable[[int], str]]
                ) -> Claim | None:
    """A move to ``t`` whose input limit is under the prompts ``s`` takes, its window not.

    "GPT-5.4 takes at most 922K input tokens of its 1.05M context window, against 1M on Gemini
    2.5 Pro: prompts over 922K tokens must be cut." (review 12, L1: the move read as losing no
    context). ``form_of`` writes the figures as the page's friction does. ``None`` where ``t``
    records no input limit, ``s``'s window is not sourced, or ``s`` takes no longer prompts.
    """
    one, two = x.c.models[s], x.c.models[t]
    cap, window, own = two.max_input_tokens, one.context_window, one.max_input_tokens
    if cap is None or window is None or min(window, own or window) <= cap:
        return None
    takes = min(window, own or window)
    room = two.context_window  # (recorded above the cap: the catalog's lint)
    form = form_of(x, (cap, takes, room or cap))
    shown = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    whole = "" if room is None else f" of its {form(room)} context window"
    what = "input tokens" if own is not None and own < window else "tokens of context"
    text = (f"{x.names[t]} takes at most {form(cap)} input tokens{whole}, against "
            f"{form(takes)} {what} on {x.names[s]}: prompts over {form(cap)} tokens must be cut.")
    bound = paths.model(s, "max_input_tokens" if what == "input tokens" else "context_window")
    limit = paths.model(t, "max_input_tokens")

    def basis() -> Basis:
        return Basis(
            (Evidence(limit, cap, form(cap), shown), Evidence(bound, takes, form(takes), shown),
             *([Evidence(paths.model(t, "context_window"), room, form(room), shown)]
               if room is not None else [])),
            (Check(op=CheckOp.LESS, paths=(limit, bound)),
             *([Check(op=CheckOp.LESS, paths=(limit, paths.model(t, "context_window")))]
               if room is not None else [])))

    return Claim(key="input-cut", text=text, basis=basis)
