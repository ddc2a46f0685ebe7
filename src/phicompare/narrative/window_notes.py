"""A model's window, said with what qualifies it: its input limit, and the route behind its bill.

Review 25, P4: Llama 4 Maverick against DeepSeek V3.1, the summary, the tradeoffs and a
direction of switch friction said DeepSeek V3.1's 128,000 tokens, while its $307.50 bill is on
Kilo Gateway, whose route takes 32,768; only the model with the longer window had its bill's
route said (helper fixW, fixZ). Every window so stated now says it, whichever side it is on:
"128,000 for DeepSeek V3.1 (though Kilo Gateway, the route behind its bill, takes 32,768)".

Review 25, P6: the summary said "GPT-5 Mini has the larger context window: 400K tokens against
256K for Grok 4" while the tradeoffs said its 272K input limit; the summary's window now says
it: "400K tokens (its input limit is 272K)".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import format as fmt, paths
from .bill_window import bill_row, bill_window
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from .context import Context

__all__ = ["bill_though", "noted_target", "noted_windows"]

Note = tuple[str, "Callable[[], Basis]"]
"""Words said of a model's window, and what they rest on."""


def bill_though(x: Context, i: int, window: int, *, even: bool = False,
                named: bool = False) -> Note | None:
    """"though Kilo Gateway, the route behind its bill, takes 32,768", where it takes less.

    Where the route behind model ``i``'s bill takes materially less than ``window`` tokens (its
    window as a sentence states it; ``even``: any less, :func:`~.bill_window.bill_window`); to
    the token, as the verdict's longer context says it (helper fixAF). ``None`` where it takes
    about as much, or the model has no priced bill. ``named``: "the route behind Qwen3 32B's
    bill", where "its" could be another model's (review 55, #2).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("llama-4-maverick", "deepseek-v3.1",
        ...                        as_of=dt.date(2026, 12, 2)))
        >>> bill_though(x, 1, 128_000)[0]
        'though Kilo Gateway, the route behind its bill, takes 32,768'
        >>> bill_though(x, 0, 1_000_000) is None
        True
    """
    found = bill_window(x, i, window, even=even)
    if found is None:
        return None
    provider = x.c.routes[found.bill].provider_name
    at = paths.route(found.bill, "context_window")

    def basis() -> Basis:
        return Basis(
            (Evidence(paths.route(found.bill, "provider_name"), provider, provider),
             Evidence(at, found.taken, fmt.exact_tokens(found.taken), EvidenceKind.TOKENS_EXACT)),
            (Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                            paths.route(found.bill, "provider_name"))),
             Check(op=CheckOp.LESS, paths=(at, _stated(x, i, window)))))

    whose = f"{x.names[i]}'s" if named else "its"
    return (f"though {provider}, the route behind {whose} bill, takes "
            f"{fmt.exact_tokens(found.taken)}"), basis


def _stated(x: Context, i: int, window: int) -> paths.FactPath:
    """The path of model ``i``'s ``window`` as a sentence states it.

    Its record's, else that of its route that takes it: a sentence may state the widest
    route's window, above the record's.
    """
    record = paths.model(i, "context_window")
    if x.c.models[i].context_window == window:
        return record
    rows, ks = x.c.route_groups[i]
    return next((paths.route(k, "context_window") for k, row in zip(ks, rows, strict=True)
                 if row.context_window == window), record)


def _listed_after(head: str, name: str) -> bool:
    """Whether ``head`` ends in ``name`` listed after another name with no note of its own.

    There a note's "its" could be either's: "131,072 for A and B (though ..., the route behind
    its bill, ...)" (review 55, #2).

    Examples:
        >>> _listed_after("131,072 for A and B", "B"), _listed_after("for A (x) and B", "B")
        (True, False)
        >>> _listed_after("131,072 for B", "B"), _listed_after("window: 128K tokens", "B")
        (False, False)
    """
    if not head.endswith(name):
        return False
    head = head[:-len(name)]
    sep = next((s for s in (" and ", ", ") if head.endswith(s)), None)
    return sep is not None and not head[:-len(sep)].endswith(")")


def _shown(x: Context, i: int, form: Callable[[int], str]) -> bool:
    """Whether model ``i``'s window and its bill route's print apart in ``form``."""
    bill = bill_row(x, i)
    taken = None if bill is None else x.c.routes[bill].context_window
    window = x.windows.sizes[i]
    return taken is not None and window is not None and form(taken) != form(window)


def _cap_note(x: Context, i: int, claim: Claim) -> Note | None:
    """"its input limit is 272K", in the form the claim writes model ``i``'s window."""
    cap, window = x.input_caps.get(i), x.c.models[i].context_window
    if cap is None or window is None:  # (most models: the claim's evidence is not read)
        return None
    shown = next((e for e in claim.evidence
                  if e.path == paths.model(i, "context_window") and e.shown is not None), None)
    if shown is None:
        return None
    short = shown.kind in (EvidenceKind.TOKENS, EvidenceKind.TOKENS_TEXT) \
        and fmt.reading(cap) != fmt.reading(window)  # (never "128K" of a "128K" window)
    form, kind = ((fmt.tokens, EvidenceKind.TOKENS_TEXT) if short
                  else (fmt.exact_tokens, EvidenceKind.TOKENS_EXACT))
    limit = paths.model(i, "max_input_tokens")
    return f"its input limit is {form(cap)}", lambda: Basis(
        (Evidence(limit, cap, form(cap), kind),),
        (Check(op=CheckOp.LESS, paths=(limit, paths.model(i, "context_window"))),))


def _insert(text: str, at: int, words: str) -> str:
    """``text`` with ``words`` said at ``at``: in the brackets that follow, or in new ones."""
    if text.startswith(" (", at):  # "272,000 for GPT-5 (its input limit, ...)": in them
        end = text.index(")", at)
        return f"{text[:end]}, {words}{text[end:]}"
    return f"{text[:at]} ({words}){text[at:]}"


def _mark(x: Context, i: int, text: str, claim: Claim) -> int | None:
    """Where the claim's sentence has said model ``i``'s window: the place after it, or none.

    "128,000 for DeepSeek V3.1", a window stood against (the name whole: not "GPT-5" in "GPT-5
    Mini"), or the largest one alone: "context window: 400K tokens". ``text``: the claim's
    sentence as noted so far.
    """
    name = re.escape(x.names[i])
    found = re.search(rf"(?:for |, | and ){name}(?=,|\.|;| \(| and | as recorded)", text)
    if found is not None:
        return found.end()
    if not x.windows.top:  # "...is not yet sourced; B takes 128,000 tokens", or "B and C take"
        found = re.search(rf"(?:; |, | and ){name}(?: takes [^ ]+ tokens|(?=, | and | take ))",
                          text)
        return None if found is None else found.end()
    if x.windows.top != (i,):
        return None
    shown = next((e.shown for e in claim.evidence
                  if e.path == paths.model(i, "context_window") and e.shown is not None), None)
    found = None if shown is None else re.search(
        rf"(?:window|prompts): (?:about )?{re.escape(shown)} tokens", text)
    return None if found is None else found.end()


def noted_windows(x: Context, claim: Claim, *, caps: bool) -> Claim:
    """The summary's or the tradeoffs' windows, each said with its notes (review 25, P4, P6).

    A model whose bill's route takes materially less than its window, the longer or the
    shorter, says so (:func:`bill_though`; the longer ones' routes are said after the
    sentence, :func:`~.bill_window.largest_qualified`); ``caps``, the summary's: a model's input
    limit below its window, as the tradeoffs say it. The claim as it was where none has notes.

    Where one model's bill route is said, so is every other's that takes fewer tokens than the
    window the sentence writes (NanoGPT's 128,000 under QwQ 32B's 131,072 beside DeepSeek R1
    0528's), and a note after a name listed after another's without a note names the model
    whose bill it is: "131,072 for A and B (though Kilo Gateway, the route behind B's bill,
    ...)" (review 55, #2; where each has one, each follows its model).
    """
    text, bases = claim.text, []
    sizes, top, readings = x.windows.sizes, x.windows.top, x.windows.readings
    largest = None if not top else readings[top[0]]
    said = [i for i in range(x.n) if sizes[i] is not None and readings[i] != largest]
    noted = {i: note for i in said if (note := bill_though(x, i, sizes[i] or 0)) is not None}
    if noted:  # (even: a shorter route the sentence's own figures show)
        form = x.windows.form
        noted.update({i: note for i in said if i not in noted and (note := bill_though(
            x, i, sizes[i] or 0, even=True)) is not None and _shown(x, i, form)})
    for i in sorted(range(x.n), key=lambda k: -len(x.names[k])):  # (longer names first)
        bill = noted.get(i)
        notes = [note for note in (
            _cap_note(x, i, claim) if caps else None,  # (a leader's bill: said after, fixZ)
            bill)
            if note is not None]
        at = _mark(x, i, text, claim) if notes else None
        if at is None:
            continue
        if bill is not None and _listed_after(text[:at], x.names[i]):  # "for A and B (...)"
            notes[-1] = bill_though(x, i, sizes[i] or 0, even=True, named=True) or bill
        text = _insert(text, at, ", ".join(words for words, _ in notes))
        bases += [basis for _, basis in notes]
    if not bases:
        return claim

    def grounds() -> Basis:
        parts = [Basis(claim.evidence, claim.checks), *(b() for b in bases)]
        return Basis(tuple(e for part in parts for e in part.evidence),
                     tuple(c for part in parts for c in part.checks))

    return Claim(key=claim.key, text=text, basis=grounds)


def noted_target(x: Context, t: int, takes: int, claim: Claim) -> Claim:
    """Switch friction's window of the model moved to, with its bill's route (review 25, P4).

    "Context shrinks from 1,000,000 tokens on Llama 4 Maverick 17B Instruct to 128,000 on
    DeepSeek V3.1 (though Kilo Gateway, the route behind its bill, takes 32,768) as recorded for
    the model; ...", as the move to it from a model whose bill's route takes more says
    (:func:`~.bill_window.billed_move`). ``takes``: the window the sentence states for ``t``.
    """
    note = bill_though(x, t, takes)
    if note is None:  # (most moves: the bill's route takes the window)
        return claim
    name = re.escape(x.names[t])
    found = re.search(
        rf" on {name}(?=,|\.|;| \(| as recorded)|{name} is recorded at [^ ]+ tokens of context"
        rf"|more than {name} takes(?= \()", claim.text)
    if found is None:
        return claim
    words, basis = note

    def grounds() -> Basis:
        more = basis()
        return Basis((*claim.evidence, *more.evidence), (*claim.checks, *more.checks))

    return Claim(key=claim.key, text=_insert(claim.text, found.end(), words), basis=grounds)
