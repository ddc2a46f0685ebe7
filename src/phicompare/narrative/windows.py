"""How the models' context windows compare: the summary's sentence and the tradeoffs' bullet.

Windows that print alike are written to the token where they stand side by side; in the
tradeoffs, windows that read as the largest does take longer prompts together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import format as fmt, paths
from .bill_window import bill_window
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .reaches import Reach, reach
from .window_forms import MATERIAL_SHARE, materially_wider, outreached

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from phicompare.domain.records import Model

    from .context import Context

__all__ = ["Reach", "Said", "context_claim", "context_said", "materially_wider",
           "prompt_tradeoff", "prose_exact", "reach"]


class Said(NamedTuple):
    """A sentence comparing the windows, and the form it writes the models' windows in."""

    claim: Claim
    exact: bool
    """Whether it writes some model's window to the token (its evidence says so, read or not)."""
    plain: tuple[str, str] | None = None
    """Its leaders and figures, where it is the plain sentence ("A has the larger context
    window: 128K tokens against 2K for B"): the tradeoffs say them in their words ("A takes
    longer prompts: ..."), not working them out again (:func:`context_said`); else ``None``."""


def _window_evidence(models: Sequence[Model], single: Callable[[int], str],
                     ) -> tuple[Evidence, ...]:
    """Each model's window as ``single`` prints it (others: ``Windows.basis``)."""
    kind = EvidenceKind.TOKENS if single is fmt.tokens else EvidenceKind.TOKENS_EXACT
    return tuple(Evidence(paths.model(i, "context_window"), m.context_window,
                          None if m.context_window is None else single(m.context_window), kind)
                 for i, m in enumerate(models))


def context_claim(x: Context, *, brief: bool = False) -> Claim:
    """How the context windows compare (``brief``: the tradeoffs' wording)."""
    return context_said(x, brief=brief).claim


def context_said(x: Context, *, brief: bool = False) -> Said:
    """:func:`context_claim`, with the form it writes the windows in, decided as it is written.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> said = context_said(context_of(compare("phi-2", "phi-4-mini")))
        >>> said.exact, said.claim.text
        (False, 'Phi-4 Mini has the larger context window: 128K tokens against 2K for Phi-2.')
    """
    models = x.c.models
    windows, top, rest = x.windows.sizes, x.windows.top, x.windows.rest
    single = x.windows.single  # (to the token where the page writes every window so: F4)
    if not top:  # some window is not sourced
        # the bills' routes that take less are said beside their windows (``noted_windows``),
        # so a window writes to the token where it reads like its route's (helper fixAR)
        taken = [hit.taken for i, w in enumerate(windows)
                 if w is not None and (hit := bill_window(x, i, w)) is not None]
        single = x.windows.side([w for w in windows if w is not None] + taken) if taken \
            else single
        missing = [x.names[i] for i, w in enumerate(windows) if w is None]
        sizes = dict.fromkeys([w for w in windows if w is not None])
        known = [f"{fmt.join_words([x.names[i] for i, v in enumerate(windows) if v == w])} "
                 f"{'takes' if windows.count(w) == 1 else 'take'} {single(w)} tokens"
                 for w in sizes]
        subject = (f"The context window of {missing[0]} is" if len(missing) == 1
                   else f"The context windows of {fmt.join_words(missing)} are")
        text = f"{subject} not yet sourced" + (f"; {fmt.join_words(known)}." if known else ".")
        return Said(Claim(key="context", text=text, basis=lambda: Basis(
            _window_evidence(models, single),
            tuple(Check(op=CheckOp.NONE, paths=(paths.model(i, "context_window"),))
                  for i, w in enumerate(windows) if w is None))), single is not fmt.tokens)
    if not rest:  # every window alike: the basis checks each is equal to the first
        both = f"All {fmt.count_word(x.n)}" if x.n > 2 else "Both"
        return Said(Claim(key="context", text=f"{both} have a context window of "
                          f"{single(windows[0] or 0)} tokens.", basis=x.windows.basis),
                    x.windows.form is not fmt.tokens)  # (the basis writes them so)
    reaches = {i: found for i in rest if (found := reach(x, i)) is not None}
    capped = brief and bool(_input_caps(x))
    if capped and (prompts := _prompts_claim(x, _input_caps(x))) is not None:
        return prompts  # prompts compared at the input limits (review 13, M4)
    if brief and (plain := x.context_sentence.plain) is not None:
        # the summary's plain sentence, made once a page, in the tradeoffs' words: every step
        # below reads as it did there (input limits keep the summary's words: P4)
        leaders, figures = plain
        text = f"{leaders} {_verb(x.n, len(top), brief=not capped)}: {figures}"
        return Said(Claim(key="context", text=text, basis=x.windows.basis),
                    x.context_sentence.exact)
    if outreached(windows[top[0]] or 0, [found.widest for found in reaches.values()]):
        return _recorded_claim(x, reaches, brief=brief)  # none longer over such routes (G3)
    brief = brief and not capped  # (:func:`prompt_tradeoff`: the tradeoffs hold none then)
    if x.windows.readings[rest[0]] == x.windows.readings[top[0]]:
        # no crown on 1,000 tokens (review 7, F24); the shorter ones' routes kept (review 8, G2)
        return _alike_claim(x, reaches, brief=brief)
    if reaches:
        return _reached_claim(x, reaches, brief=brief)
    form = x.windows.form  # never "128K against 128K"
    leaders = fmt.join_words([x.names[i] for i in top])
    figures = f"{form(windows[top[0]] or 0)} tokens against {_against(x, form, rest)}."
    text = f"{leaders} {_verb(x.n, len(top), brief=brief)}: {figures}"
    return Said(Claim(key="context", text=text, basis=x.windows.basis),  # (the summary's and
                form is not fmt.tokens,  # the tradeoffs' sentence rest on the same facts: once)
                None if brief else (leaders, figures))


def prose_exact(x: Context) -> bool:
    """Whether the summary's context sentence writes the models' windows to the token.

    Switch friction then writes its windows so too, so a window reads one way on the page
    (review 11, K12: "1,048,576" and "1,000,000" in the summary, "1M" for both in friction,
    and "131,072" beside "128K").

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> prose_exact(context_of(compare("phi-2", "phi-4-mini")))
        False
    """
    return x.context_sentence.exact  # (the summary's claim: made once a page, its form with it)


def _verb(n: int, leaders: int, *, brief: bool) -> str:
    """How the longest windows' models are said to lead: the tradeoffs' words or the summary's.

    Examples:
        >>> _verb(2, 1, brief=True), _verb(3, 2, brief=False)
        ('takes longer prompts', 'share the largest context window')
    """
    if brief:
        return "takes longer prompts" if leaders == 1 else "take longer prompts"
    degree = "larger" if n == 2 else "largest"
    return f"{'has' if leaders == 1 else 'share'} the {degree} context window"


def _reached_claim(x: Context, reaches: dict[int, Reach], *, brief: bool) -> Said:
    """The windows compared as recorded for the models, and what shorter ones' routes take.

    "GPT-4.1 takes longer prompts: 1,047,576 tokens against 200,000 for Claude Sonnet 4 as
    recorded for the model; some of Claude Sonnet 4's routes take up to 1,000,000 (983,040 on
    Poe, behind its bill)", not 1M against 200K while the bill's route takes 983,040 (review 7,
    F9). The figures print in one form, so none reads out of order beside another.
    """
    windows, top, rest = x.windows.sizes, x.windows.top, x.windows.rest
    routes = x.c.routes
    shown = [w for w in windows if w is not None]
    shown += [w for found in reaches.values() for w in (
        found.widest, *([] if found.bill is None else [routes[found.bill].context_window or 0]))]
    form = x.windows.side(shown)
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    verb = _verb(x.n, len(top), brief=brief)
    recorded = "model" if len(rest) == 1 else "models"
    text = (f"{fmt.join_words([x.names[i] for i in top])} {verb}: "
            f"{form(windows[top[0]] or 0)} tokens against {_against(x, form, rest)} as "
            f"recorded for the {recorded}; {_notes(x, reaches, form)}.")

    def basis() -> Basis:
        evidence = [Evidence(paths.model(i, "context_window"), w, form(w), kind)
                    for i, w in enumerate(windows) if w is not None]
        checks = [Check(op=CheckOp.GREATER, paths=(paths.model(t, "context_window"),
                                                   paths.model(i, "context_window")))
                  for t in top for i in rest]
        more, tested = _reach_basis(x, reaches, form, kind)
        return Basis((*evidence, *more), (*checks, *tested))

    return Said(Claim(key="context", text=text, basis=basis), form is not fmt.tokens)


def _recorded_claim(x: Context, reaches: dict[int, Reach], *, brief: bool) -> Said:
    """The windows as recorded, where a shorter model's routes take about as much as the largest.

    "Context windows as recorded for the models, in tokens: 400,000 for GPT-5 and 200,000 for
    Claude Sonnet 4.5; some of Claude Sonnet 4.5's routes take up to 1,000,000, more than
    GPT-5's record", not "GPT-5 takes longer prompts" (review 8, G3): no model is said to take
    longer prompts, in the summary or the tradeoffs (:func:`~.window_forms.outreached`;
    ``brief``: the tradeoffs' wording, "GPT-5 is recorded at 400,000 tokens of context against
    200,000 for Claude Sonnet 4.5; ...").
    """
    windows, top, rest = x.windows.sizes, x.windows.top, x.windows.rest
    routes = x.c.routes
    largest = windows[top[0]] or 0
    # every model's routes beyond its record, widest first: not the shorter ones' alone, so no
    # model reads as the long-prompt option whose routes reach least (review 16, P5)
    found_all = {i: found for i in top if (found := reach(x, i)) is not None} | reaches
    reaches = dict(sorted(found_all.items(), key=lambda pair: -pair[1].widest))
    shown = [w for w in windows if w is not None]
    shown += [w for found in reaches.values() for w in (
        found.widest, *([] if found.bill is None else [routes[found.bill].context_window or 0]))]
    form = x.windows.side(shown)
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    # several models share the largest record: "more than any model's recorded window", where
    # it read "more than the largest record" (review 32, #3)
    one = f"{x.names[top[0]]}'s record" if len(top) == 1 else None
    notes, said = [], []
    for i, found in reaches.items():
        more = materially_wider(found.widest, largest)
        alike = not more and not materially_wider(largest, found.widest)
        than = ("more than" if more else "as much as" if found.widest == largest
                else "about as much as" if alike else "")
        record = one or ("any model's recorded window" if more else "the largest recorded window")
        notes.append(_notes(x, {i: found}, form) + (f", {than} {record}" if than else ""))
        op = (CheckOp.GREATER if more else CheckOp.EQUAL if than == "as much as"
              else CheckOp.WITHIN if than else None)  # (within 2.5%: "about as much as")
        if op is not None:
            said.append(Check(op=op, paths=(paths.route(found.rows[0], "context_window"),
                                            paths.model(top[0], "context_window")),
                              values=(MATERIAL_SHARE,) if op is CheckOp.WITHIN else ()))
    # the record's input limit below its window, said beside it: the tradeoff sets prompts
    # against prompts (review 24: "400,000 against 200,000" where GPT-5 takes 272,000 input)
    cap = x.input_caps.get(top[0]) if brief and len(top) == 1 else None
    capped = "" if cap is None else f" (its input limit is {form(cap)})"
    text = (f"{fmt.join_words([x.names[i] for i in top])} {'is' if len(top) == 1 else 'are'} "
            f"recorded at {form(largest)} tokens of context{capped} against "
            f"{_against(x, form, rest)}"
            if brief else "Context windows as recorded for the models, in tokens: "
            f"{_against(x, form, (*top, *rest))}") + f"; {'; '.join(notes)}."

    def basis() -> Basis:
        evidence = [Evidence(paths.model(i, "context_window"), w, form(w), kind)
                    for i, w in enumerate(windows) if w is not None]
        limits = [] if cap is None else [  # (below the window, as said)
            Check(op=CheckOp.LESS, paths=(paths.model(top[0], "max_input_tokens"),
                                          paths.model(top[0], "context_window")))]
        if cap is not None:
            evidence.append(Evidence(paths.model(top[0], "max_input_tokens"), cap, form(cap),
                                     kind))
        more, tested = _reach_basis(x, reaches, form, kind)
        return Basis((*evidence, *more), (*tested, *said, *limits,
                                          *_unnoted_checks(x, reaches)))

    return Said(Claim(key="context", text=text, basis=basis), form is not fmt.tokens)


def _unnoted_checks(x: Context, reaches: dict[int, Reach]) -> list[Check]:
    """That no model left out of the notes has a counted route materially beyond its record.

    Each such route takes at most its model's record, or about as much (within 2.5%): the
    notes name every model whose routes go further (review 16, P5).
    """
    checks = []
    for i, window in enumerate(x.windows.sizes):
        if i in reaches or window is None:
            continue
        rows, indexes = x.c.route_groups[i]
        for row, r in zip(rows, indexes, strict=True):
            if not row.eligible or row.context_window is None:
                continue
            pair = (paths.route(r, "context_window"), paths.model(i, "context_window"))
            checks.append(Check(op=CheckOp.AT_MOST, paths=pair) if row.context_window <= window
                          else Check(op=CheckOp.WITHIN, paths=pair, values=(MATERIAL_SHARE,)))
    return checks


def _notes(x: Context, reaches: dict[int, Reach], form: Callable[[int], str]) -> str:
    """What the shorter models' routes take: "some of B's routes take up to 1M (... bill)"."""
    routes = x.c.routes
    notes = []
    for i, found in reaches.items():
        note = f"some of {x.names[i]}'s routes take up to {form(found.widest)}"
        if found.bill is not None and routes[found.bill].context_window != found.widest:
            note += (f" ({form(routes[found.bill].context_window or 0)} on "
                     f"{routes[found.bill].provider_name}, behind its bill)")
        elif found.bill is not None:
            note += f" ({routes[found.bill].provider_name}, behind its bill, among them)"
        notes.append(note)
    return fmt.join_words(notes)


def _reach_basis(x: Context, reaches: dict[int, Reach], form: Callable[[int], str],
                 kind: EvidenceKind) -> tuple[list[Evidence], list[Check]]:
    """The routes :func:`_notes` names, and the checks that they take more than the records.

    Each route a reach counts takes more than its model's record; the bill's route is the bill's.
    """
    routes = x.c.routes
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for i, found in reaches.items():
        said = [found.rows[0], *([] if found.bill is None else [found.bill])]
        for r in dict.fromkeys(said):
            evidence += [Evidence(paths.route(r, "context_window"), routes[r].context_window,
                                  form(routes[r].context_window or 0), kind),
                         Evidence(paths.route(r, "provider_name"), routes[r].provider_name)]
        checks += [Check(op=CheckOp.GREATER, paths=(paths.route(r, "context_window"),
                                                    paths.model(i, "context_window")))
                   for r in found.rows]
        if found.bill is not None:
            checks.append(Check(op=CheckOp.EQUAL, paths=(
                paths.estimate(i, "provider_name"), paths.route(found.bill, "provider_name"))))
    return evidence, checks


def _alike_claim(x: Context, reaches: dict[int, Reach], *, brief: bool = True) -> Said:
    """Where some windows read as the largest does: those take longer prompts together.

    1,047,576 and 1,048,576 tokens both read 1M: "A and B take longer prompts: about 1M tokens"
    (review 6, D11), not the largest alone against a window 1,000 tokens shorter; the summary
    likewise, "A and B share the largest context window: about 1M tokens against 200K for C"
    (review 7, F24). Where every window reads alike: "All three have a context window of about
    128K tokens: 131,072 for A and B, 128,000 for C" (a colon, not brackets, which a name that
    ends in brackets would close: helper fixAI).
    """
    windows, top = x.windows.sizes, x.windows.top
    read = x.windows.readings  # (every window known: read once a page)
    alike = [*top, *[i for i in x.windows.rest if read[i] == read[top[0]]]]
    below = [i for i in x.windows.rest if i not in alike]
    # the shorter models' routes that take more, as the single form says them (review 8, G2)
    reaches = {i: found for i, found in reaches.items() if i in below}
    form = x.windows.side([windows[top[0]] or 0, *[windows[i] or 0 for i in below],
                           *[found.widest for found in reaches.values()]])
    others = _against(x, form, below)
    about = fmt.tokens(windows[top[0]] or 0)
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    if not below:  # (the summary only: the tradeoffs hold no bullet for windows alike)
        both = f"All {fmt.count_word(x.n)}" if x.n > 2 else "Both"
        return Said(Claim(
            key="context", text=f"{both} have a context window of about {about} tokens: "
                                f"{_against(x, fmt.exact_tokens, alike)}.",  # (no brackets: fixAI)
            basis=lambda: Basis(tuple([
                Evidence(paths.model(i, "context_window"), windows[i],
                         fmt.exact_tokens(windows[i] or 0), EvidenceKind.TOKENS_EXACT)
                for i in alike]))), exact=True)
    degree = "larger" if x.n == 2 else "largest"
    verb = "take longer prompts" if brief else f"share the {degree} context window"
    recorded = "model" if len(below) == 1 else "models"
    notes = f" as recorded for the {recorded}; {_notes(x, reaches, form)}" if reaches else ""

    def basis() -> Basis:
        more, tested = _reach_basis(x, reaches, form, kind)
        return Basis(
            (*[Evidence(paths.model(i, "context_window"), windows[i], about, EvidenceKind.TOKENS)
               for i in alike],
             *[Evidence(paths.model(i, "context_window"), windows[i], form(windows[i] or 0), kind)
               for i in below], *more),
            (*[Check(op=CheckOp.GREATER, paths=(paths.model(a, "context_window"),
                                                paths.model(b, "context_window")))
               for a in alike for b in below], *tested))

    return Said(Claim(
        key="context",
        text=f"{fmt.join_words([x.names[i] for i in alike])} {verb}: about "
             f"{about} tokens against {others}{notes}.", basis=basis), form is not fmt.tokens)


def prompt_tradeoff(x: Context) -> bool:
    """Whether the tradeoffs compare the windows (review 13, M4).

    Not where an input limit leaves the longest prompts shared, or about as long as a shorter
    model's routes take.
    """
    caps, windows = _input_caps(x), x.windows.sizes
    if not caps or _prompts_claim(x, caps) is not None:
        return True
    return outreached(windows[x.windows.top[0]] or 0, [
        found.widest for i in x.windows.rest if (found := reach(x, i)) is not None])


def _input_caps(x: Context) -> dict[int, int]:
    """The models whose input limit is below their window: GPT-5 takes 272,000 of 400,000."""
    return x.input_caps  # (found once a page)


def _prompts_claim(x: Context, caps: dict[int, int]) -> Said | None:
    """The tradeoffs' longer prompts where some model's input limit is below its window.

    A prompt is input: "GPT-4.1 takes longer prompts: 1M tokens against 272K for GPT-5 (its
    input limit, of a 400K-token window)", not 1M against 400K (review 13, M4). The longest
    prompts are the largest window's only where its model's input limit passes every other
    model's prompts: "Mid takes longer prompts: 300K tokens against 272K for Capped (its input
    limit, ...)" though Capped's window is the larger. ``None`` where the longest prompts are
    shared, or some shorter model's routes take about as much (:func:`context_claim` says the
    windows alone then).
    """
    windows = x.windows.sizes
    takes = {i: caps.get(i, windows[i] or 0) for i in range(x.n)}
    order = sorted(range(x.n), key=lambda i: -takes[i])
    top, rest = order[:1], order[1:]
    reaches = {i: found for i in rest if (found := reach(x, i)) is not None}
    if not materially_wider(takes[top[0]], takes[rest[0]]) or any(
            not materially_wider(takes[top[0]], found.widest) for found in reaches.values()):
        return None
    form = x.windows.side([*[w or 0 for w in windows], *caps.values(),
                           *[found.widest for found in reaches.values()]])
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT

    def capped(i: int) -> str:
        return f" (its input limit, of a {form(windows[i] or 0)}-token window)" if i in caps else ""

    others = fmt.join_words([f"{form(takes[i])} for {x.names[i]}{capped(i)}" for i in rest])
    notes = (f" as recorded for the model{'s' if len(rest) > 1 else ''}; "
             f"{_notes(x, reaches, form)}" if reaches else "")
    text = (f"{fmt.join_words([x.names[i] for i in top])} {_verb(x.n, len(top), brief=True)}: "
            f"{form(takes[top[0]])} tokens{capped(top[0])} against {others}{notes}.")

    def limit(i: int) -> paths.FactPath:
        return paths.model(i, "max_input_tokens" if i in caps else "context_window")

    def basis() -> Basis:
        evidence = [Evidence(paths.model(i, "context_window"), w, form(w), kind)
                    for i, w in enumerate(windows) if w is not None]
        evidence += [Evidence(paths.model(i, "max_input_tokens"), cap, form(cap), kind)
                     for i, cap in caps.items()]
        checks = [Check(op=CheckOp.GREATER, paths=(limit(t), limit(i))) for t in top for i in rest]
        checks += [Check(op=CheckOp.LESS, paths=(paths.model(i, "max_input_tokens"),
                                                 paths.model(i, "context_window"))) for i in caps]
        more, tested = _reach_basis(x, reaches, form, kind)
        return Basis((*evidence, *more), (*checks, *tested))

    return Said(Claim(key="context", text=text, basis=basis), form is not fmt.tokens)


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
