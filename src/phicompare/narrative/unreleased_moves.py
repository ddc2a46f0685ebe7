"""Switch friction toward models no traffic can reach on the page's date.

Helper fixAR: ``compare("phi-2", "phi-4-mini", as_of="2024-01-01")`` said "Phi-4 Mini was not
released until 2025-02-26" in its verdict ("no pick") and its FAQ, and priced no route of it,
while switch friction still described moving from Phi-4 Mini to Phi-2 and back, a move no one
could make on that date. A pair with such a model now says that once, in its shared facts, and
neither direction is described.

Helper fixAZ (review 29, F3): ``compare("gpt-4.5", "claude-sonnet-4-5")`` listed six things to
check before moving traffic from Claude Sonnet 4.5 to GPT-4.5, whose one route retired in 2025.
A direction whose target has no route in service on the page's date (:func:`unserved`) says so
in one line (:func:`no_route`); the move away from it keeps its friction, the migration a
reader needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind, canonical

if TYPE_CHECKING:
    from .context import Context

__all__ = ["no_move", "no_route", "unreleased", "unserved"]


def unreleased(x: Context) -> frozenset[int]:
    """The models released after the comparison's date (``as_of``); none without a date.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> sorted(unreleased(context_of(compare("phi-2", "phi-4-mini", as_of="2024-01-01"))))
        [1]
    """
    day = x.c.as_of
    return frozenset([i for i, m in enumerate(x.c.models)
                      if m.released is not None and day < m.released])


def no_move(x: Context, a: int, b: int, later: frozenset[int]) -> Claim:
    """No move between models ``a`` and ``b`` on the page's date: one of them, or both, came later.

    ``later``: :func:`unreleased`, which holds ``a`` or ``b``.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini", as_of="2024-01-01"))
        >>> print(no_move(x, 0, 1, unreleased(x)).text)
        Phi-4 Mini was not released until 2025-02-26, after the comparison's date (2024-01-01): \
no move between it and Phi-2 on that date.
    """
    models, day = x.c.models, x.c.as_of
    out = [i for i in (a, b) if i in later]
    dates = list(dict.fromkeys([fmt.date(d) for i in out if (d := models[i].released)]))
    shown = fmt.join_words(dates) + (" respectively" if len(dates) == 2 else "")
    if len(out) == 2:
        text = (f"{x.names[a]} and {x.names[b]} were not released until {shown}, after the "
                f"comparison's date ({fmt.date(day)}): no move between them on that date.")
    else:
        other = b if out[0] == a else a
        text = (f"{x.names[out[0]]} was not released until {shown}, after the comparison's "
                f"date ({fmt.date(day)}): no move between it and {x.names[other]} on that date.")

    def basis() -> Basis:
        return Basis(
            (*(Evidence(paths.model(i, "released"), d, fmt.date(d), EvidenceKind.DATE)
               for i in out if (d := models[i].released) is not None),
             Evidence(paths.AS_OF, day, fmt.date(day), EvidenceKind.DATE)),
            tuple(Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.model(i, "released")))
                  for i in out))

    return Claim(key="unreleased", text=text, basis=basis)


def unserved(x: Context, later: frozenset[int] = frozenset()) -> frozenset[int]:
    """The models out by the page's date that no traffic can move to on it.

    Each has routes, every one in force on the date retired by then, and no published weights
    to run it from (:func:`~phicompare.analysis.eligibility.usable`, read once a model from the
    catalog's memo: :attr:`.context.Context.usable`). Those in ``later``
    (:func:`unreleased`) are left out: no move with them is described at all.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> sorted(unserved(context_of(compare("gpt-4.5", "claude-sonnet-4-5",
        ...                                    as_of="2026-12-03"))))
        [0]
        >>> sorted(unserved(context_of(compare("gemini-1.5-pro", "gpt-4o",
        ...                                    as_of="2025-01-01"))))  # (before its retirement)
        []
    """
    return frozenset([i for i, found in enumerate(x.usable) if not found and i not in later])


def no_route(x: Context, s: int, t: int) -> Claim:
    """The move from model ``s`` to model ``t``, one of :func:`unserved`: it cannot be made.

    On a page of three models or more, where several directions lead to ``t``, the line names
    its source ("... cannot move to it from GPT-4o."): each direction's line is its own.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("gpt-4.5", "claude-sonnet-4-5", as_of="2026-12-03"))
        >>> print(no_route(x, 1, 0).text)
        GPT-4.5 has no route in service on 2026-12-03: traffic cannot move to it.
    """
    day, weights = x.c.as_of, x.c.models[t].open_weights
    rows, ks = x.c.route_groups[t]
    source = f" from {x.names[s]}" if x.n > 2 else ""
    text = (f"{x.names[t]} has no route in service on {fmt.date(day)}: traffic cannot move "
            f"to it{source}.")
    # (each route row in force on the date: retired by then, as the route table says; built
    # now: no basis captures the comparison)
    gone = [(k, r) for k, row in zip(ks, rows, strict=True) if (r := row.route.retires)]

    def basis() -> Basis:
        return Basis(
            (Evidence(paths.model(t, "open_weights"), weights),
             *(Evidence(paths.route(k, "route.retires"), r) for k, r in gone),
             Evidence(paths.AS_OF, day, fmt.date(day), EvidenceKind.DATE)),
            (Check(op=CheckOp.IN, paths=(paths.model(t, "open_weights"),),
                   values=(canonical(False), canonical(None))),
             *(Check(op=CheckOp.AT_MOST, paths=(paths.route(k, "route.retires"), paths.AS_OF))
               for k, _ in gone)))

    return Claim(key="unserved", text=text, basis=basis)
