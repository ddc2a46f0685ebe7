"""How the models' context windows compare: the summary's sentence and the tradeoffs' bullet.

Windows that print alike are written to the token where they stand side by side; in the
tradeoffs, windows that read as the largest does take longer prompts together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from phicompare.domain.records import Model

    from .context import Context

__all__ = ["context_claim"]


def _window_evidence(models: Sequence[Model]) -> tuple[Evidence, ...]:
    """Each model's window as :func:`~.format.tokens` prints it (others: ``Windows.basis``)."""
    return tuple(Evidence(paths.model(i, "context_window"), m.context_window,
                          None if m.context_window is None else fmt.tokens(m.context_window),
                          EvidenceKind.TOKENS)
                 for i, m in enumerate(models))


def context_claim(x: Context, *, brief: bool = False) -> Claim:
    """How the context windows compare (``brief``: the tradeoffs' wording)."""
    models = x.c.models
    windows, top, rest = x.windows.sizes, x.windows.top, x.windows.rest
    if not top:  # some window is not sourced
        missing = [x.names[i] for i, w in enumerate(windows) if w is None]
        sizes = dict.fromkeys([w for w in windows if w is not None])
        known = [f"{fmt.join_words([x.names[i] for i, v in enumerate(windows) if v == w])} "
                 f"{'takes' if windows.count(w) == 1 else 'take'} {fmt.tokens(w)} tokens"
                 for w in sizes]
        subject = (f"The context window of {missing[0]} is" if len(missing) == 1
                   else f"The context windows of {fmt.join_words(missing)} are")
        text = f"{subject} not yet sourced" + (f"; {fmt.join_words(known)}." if known else ".")
        return Claim(key="context", text=text, basis=lambda: Basis(
            _window_evidence(models),
            tuple(Check(op=CheckOp.NONE, paths=(paths.model(i, "context_window"),))
                  for i, w in enumerate(windows) if w is None)))
    if not rest:  # every window alike: the basis checks each is equal to the first
        both = f"All {fmt.count_word(x.n)}" if x.n > 2 else "Both"
        return Claim(key="context",
                     text=f"{both} have a context window of {fmt.tokens(windows[0] or 0)} tokens.",
                     basis=x.windows.basis)
    if brief and fmt.reading(windows[rest[0]] or 0) == fmt.reading(windows[top[0]] or 0):
        return _alike_claim(x)
    form = x.windows.form  # never "128K against 128K"
    others = _against(x, form, rest)
    degree = "larger" if x.n == 2 else "largest"
    if brief:
        verb = "takes longer prompts" if len(top) == 1 else "take longer prompts"
    else:
        verb = (f"has the {degree} context window" if len(top) == 1 else
                f"share the {degree} context window")
    text = (f"{fmt.join_words([x.names[i] for i in top])} {verb}: "
            f"{form(windows[top[0]] or 0)} tokens against {others}.")
    return Claim(key="context", text=text, basis=x.windows.basis)  # (the summary's and the
    # tradeoffs' sentence rest on the same facts: built once)


def _alike_claim(x: Context) -> Claim:
    """The tradeoff where some windows read as the largest does: those take longer prompts.

    1,047,576 and 1,048,576 tokens both read 1M: "A and B take longer prompts: about 1M tokens"
    (review 6, D11), not the largest alone against a window 1,000 tokens shorter.
    """
    windows, top = x.windows.sizes, x.windows.top
    largest = fmt.reading(windows[top[0]] or 0)
    alike = [*top, *[i for i in x.windows.rest if fmt.reading(windows[i] or 0) == largest]]
    below = [i for i in x.windows.rest if i not in alike]
    form = fmt.token_formatter([windows[top[0]] or 0, *[windows[i] or 0 for i in below]])
    others = _against(x, form, below)
    about = fmt.tokens(windows[top[0]] or 0)
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    return Claim(
        key="context",
        text=f"{fmt.join_words([x.names[i] for i in alike])} take longer prompts: about "
             f"{about} tokens against {others}.",
        basis=lambda: Basis(
            (*[Evidence(paths.model(i, "context_window"), windows[i], about, EvidenceKind.TOKENS)
               for i in alike],
             *[Evidence(paths.model(i, "context_window"), windows[i], form(windows[i] or 0), kind)
               for i in below]),
            tuple([Check(op=CheckOp.GREATER, paths=(paths.model(a, "context_window"),
                                                    paths.model(b, "context_window")))
                   for a in alike for b in below])))


def _against(x: Context, form: Callable[[int], str], indexes: Sequence[int]) -> str:
    """The windows a larger one stands against, each size once with its models, largest first.

    "200K for o3 and Claude Opus 4", not "200K for o3 and 200K for Claude Opus 4"; with sizes of
    several models, the groups are set apart by commas (review 6, D29).
    """
    windows = x.windows.sizes
    groups: dict[int, list[str]] = {}
    for i in indexes:  # (largest first, ties in model order: equal windows are neighbours)
        groups.setdefault(windows[i] or 0, []).append(x.names[i])
    parts = [f"{form(w)} for {fmt.join_words(names)}" for w, names in groups.items()]
    if len(parts) > 1 and len(parts) < len(indexes):  # some size shared: "A and B, and 8K for C"
        return ", ".join(parts[:-1]) + ", and " + parts[-1]
    return fmt.join_words(parts)
