"""Switch friction's windows: their form, and the prompts a move cuts where routes take more.

Split from :mod:`.friction` (helper fixAJ): how its sentences write windows
(:func:`window_form`, as the summary does), and the move from a model some of whose routes take
more than another takes (:func:`reach_cut`, review 8, G3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .input_cut import prompt_cut
from .output_forms import wider_routes
from .window_forms import materially_wider
from .window_notes import noted_target
from .windows import prose_exact

if TYPE_CHECKING:
    from collections.abc import Callable

    from .context import Context

__all__ = ["reach_cut", "window_form"]


def window_form(x: Context, shown: tuple[int, ...]) -> Callable[[int], str]:
    """How friction writes the windows ``shown``: as the summary writes the models' (K12).

    The models' own windows, all of them (most moves: no route takes more), print in the form
    the page decided for them once (:attr:`~.window_forms.Windows.form`).
    """
    if prose_exact(x):
        return fmt.exact_tokens
    windows = x.windows
    return windows.form if set(shown) == set(windows.sizes) else windows.side(shown)


def reach_cut(x: Context, s: int, t: int) -> Claim | None:
    """Where ``s``'s routes take materially more than ``t`` takes: the prompts a move cuts.

    "Some of Claude Sonnet 4.5's routes take up to 1,000,000 tokens, more than GPT-5 takes
    (400,000): prompts over 400,000 tokens must be cut on GPT-5", not "Moving from Claude Sonnet
    4.5 to GPT-5 loses no ... context" (review 8, G3). ``t``'s own routes beyond its record
    count as what it takes. ``None`` where either window is not sourced, or nothing is cut.
    """
    one, two = x.windows.sizes[s], x.windows.sizes[t]
    if one is None or two is None:
        return None
    mine = wider_routes(x, s, one)
    if not mine:  # (most models: no route of it takes more than its record)
        return None
    theirs = wider_routes(x, t, two)
    widest = max([w for _, w in mine])
    takes = max([two, *[w for _, w in theirs]])
    if not materially_wider(widest, takes):
        return None
    row = next(r for r, w in mine if w == widest)
    their = next((r for r, w in theirs if w == takes), None)
    form = window_form(x, (one, two, widest, takes))
    shown = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    src, dst = x.names[s], x.names[t]
    whom = dst if their is None else f"any route of {dst}"
    cut = prompt_cut(x, t, takes, form, shown)  # at its input limit where lower (review 12, L1)
    text = (f"Some of {src}'s routes take up to {form(widest)} tokens, more than {whom} takes "
            f"({form(takes)}): prompts over {cut.at} tokens must be cut on {dst}{cut.why}.")
    bound = (paths.model(t, "context_window") if their is None
             else paths.route(their, "context_window"))

    def basis() -> Basis:
        return Basis(
            (Evidence(paths.route(row, "context_window"), widest, form(widest), shown),
             Evidence(bound, takes, form(takes), shown), *cut.evidence),
            (Check(op=CheckOp.GREATER, paths=(paths.route(row, "context_window"), bound)),
             Check(op=CheckOp.GREATER, paths=(paths.route(row, "context_window"),
                                              paths.model(s, "context_window"))),
             *[Check(op=CheckOp.LESS, paths=(paths.route(r, "context_window"),
                                             paths.route(row, "context_window")))
               for r, _ in theirs], *cut.checks))

    return noted_target(x, t, takes, Claim(key="context-cut", text=text, basis=basis))
