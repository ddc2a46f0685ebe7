"""A model's window where the route behind its bill takes materially less: whose it is.

Review 16, P3's remainder (helper fixW): on the page of Ministral 3B, Ministral 3 3B 2512 and
Ministral 3 8B, the tradeoffs said "Ministral 3 3B 2512 and Ministral 3 8B take longer prompts:
256K tokens against 128K for Ministral 3B" and switch friction "Context shrinks from 256K tokens
on Ministral 3 8B to 128K on Ministral 3B", true of the model records, while Ministral 3 8B's
$157.50 bill is on Amazon Bedrock, whose route takes 128,000 tokens. Such a sentence now says
which routes carry the window and what the bill's route takes, as the verdict's "on routes
other than the bill's" does (:mod:`.longer`): "Ministral 3 8B takes them on Kilo Gateway, LLM
Gateway, NanoGPT and OpenRouter; Amazon Bedrock, behind its bill, takes 128K".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .window_forms import materially_wider

if TYPE_CHECKING:
    from collections.abc import Callable

    from phicompare.analysis.comparison import Comparison

    from .context import Context

__all__ = ["BillWindow", "behind_bill", "behind_own_bill", "bill_row", "bill_window", "billed_move",
           "billed_shrink", "find_bill_row", "largest_qualified", "longer_prompts_qualified",
           "route_words"]


class BillWindow(NamedTuple):
    """The route behind a model's bill that takes materially less than a window of the model."""

    bill: int
    """Its row (an index into the comparison's routes)."""
    taken: int
    """Its context window, in tokens."""
    full: tuple[int, ...]
    """The rows of the model's other counted routes that take about the window or more (not
    materially less), cheapest first."""


def bill_row(x: Context, i: int) -> int | None:
    """The row (an index into the comparison's routes) of the route behind model ``i``'s bill.

    ``None`` where the model has no bill, or only a free tier's (no price: nothing is said of
    it). The verdict's longer context (``longer``) and the window clauses here both read it,
    about six times a page: found once a page (:attr:`.context.Context.bill_rows`).
    """
    return x.bill_rows[i]


def find_bill_row(c: Comparison, i: int) -> int | None:
    """:func:`bill_row`, found in model ``i``'s route rows of ``c``."""
    estimate = c.cost.estimates[i]
    if estimate.monthly is None or estimate.route is None or i in c.cost.free_indexes:
        return None
    route = estimate.route
    # (the same record, as a rule: ``is`` first spares comparing every field of every route)
    rows, ks = c.route_groups[i]  # (model i's rows alone)
    return next((k for k, row in zip(ks, rows, strict=True)
                 if row.route is route or row.route == route), None)


def bill_window(x: Context, i: int, window: int, *, even: bool = False) -> BillWindow | None:
    """Where the route behind model ``i``'s bill takes materially less than ``window`` tokens.

    ``None`` where it does not, its window is not sourced, or the model has no bill or only a
    free tier's (no price: nothing is said of it). ``even``: any less, where a sentence notes
    another model's bill route and writes the difference (review 55, #2).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("ministral-3b", "ministral-3b-2512", "ministral-8b-2512",
        ...                        as_of=dt.date(2026, 12, 2)))
        >>> found = bill_window(x, 2, 262_144)
        >>> x.c.routes[found.bill].provider_name, found.taken, len(found.full)
        ('Amazon Bedrock', 128000, 4)
        >>> bill_window(x, 1, 262_144) is None  # (Bedrock's 256,000: about as much)
        True
    """
    return _below(x.c, i, bill_row(x, i), window, even=even)


def _below(c: Comparison, i: int, bill: int | None, window: int, *,
           even: bool = False) -> BillWindow | None:
    """:func:`bill_window`, given the row of model ``i``'s bill (``bill``).

    A route that takes about the model's input limit or more cuts no prompt the model takes:
    nothing to say (GPT-5 Mini's 272K of a 400K window, on Microsoft Foundry's 272,000 route,
    read "its input limit is 272K, though Microsoft Foundry ... takes 272,000": review 29, F1).
    """
    rows = c.routes
    taken = None if bill is None else rows[bill].context_window
    cap = c.models[i].max_input_tokens
    if bill is None or taken is None or not (
            taken < window if even else materially_wider(window, taken)) or (
            cap is not None and not materially_wider(cap, taken)):
        return None
    mine, ks = c.route_groups[i]  # (model i's rows alone, in order)
    full = [k for k, row in zip(ks, mine, strict=True) if k != bill and row.eligible
            and row.context_window is not None
            and not materially_wider(window, row.context_window)]
    return BillWindow(bill, taken, tuple(sorted(
        full, key=lambda k: (rows[k].monthly is None, rows[k].monthly or 0))))


def route_words(x: Context, i: int, found: BillWindow, form: Callable[[int], str],
                ) -> tuple[str, str, Callable[[], Basis]]:
    """Where model ``i`` takes the window, and what its bill's route takes, in words.

    ("on Kilo Gateway, LLM Gateway, NanoGPT and OpenRouter", "Amazon Bedrock, behind its bill,
    takes 128K"), with their evidence and checks: the bill is on that route, which takes less
    than the model's window and than each route named. The first is empty where no other
    eligible route takes the window: the callers say so ("no eligible route takes A's 256K",
    where it read "as recorded for the model, on no route counted here": helper fixZ).
    """
    routes = x.c.routes
    names = list(dict.fromkeys([routes[k].provider_name for k in found.full]))
    where = (f"on {fmt.join_words(names)}" if 0 < len(names) <= 4 else
             f"on {', '.join(names[:3])} and {fmt.count_word(len(names) - 3)} more" if names
             else "")  # (none: the callers say no eligible route takes it, fixZ)
    provider = routes[found.bill].provider_name
    text = f"{provider}, behind its bill, takes {form(found.taken)}"
    kind = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    window = paths.model(i, "context_window")
    at = paths.route(found.bill, "context_window")

    def basis() -> Basis:
        return Basis(
            (Evidence(paths.route(found.bill, "provider_name"), provider, provider),
             Evidence(at, found.taken, form(found.taken), kind),
             *(Evidence(paths.route(k, "provider_name"), routes[k].provider_name)
               for k in found.full)),
            (Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                            paths.route(found.bill, "provider_name"))),
             Check(op=CheckOp.LESS, paths=(at, window)),
             *(Check(op=CheckOp.LESS, paths=(at, paths.route(k, "context_window")))
               for k in found.full)))

    return where, text, basis


def behind_bill(x: Context, i: int, form: Callable[[int], str], *, own: bool = False,
                ) -> tuple[str, Callable[[], Basis]] | None:
    """What the route behind model ``i``'s bill takes, where it takes materially less.

    "Amazon Bedrock, behind Ministral 3 8B's bill, takes 128K" (``own``: "behind its bill"),
    with its evidence and checks, where a sentence says the model's window without the routes
    that carry it (the summary's largest window, the verdict's shared one: helper fixZ, after
    fixW's tradeoffs and friction). ``None`` where the bill's route takes about the window.
    """
    return _behind(x.c, i, bill_row(x, i), form, own=own)


def behind_own_bill(c: Comparison, i: int, form: Callable[[int], str],
                    ) -> tuple[str, Callable[[], Basis]] | None:
    """:func:`behind_bill` (``own``) read off ``c`` alone, for a page part without a context.

    The HTML cards say it under a model's window; they built a second narrative context a page
    for it (issue 18).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> c = compare("ministral-3b", "ministral-3b-2512", "ministral-8b-2512",
        ...             as_of=dt.date(2026, 12, 2))
        >>> behind_own_bill(c, 2, fmt.tokens)[0]
        'Amazon Bedrock, behind its bill, takes 128K'
    """
    return _behind(c, i, find_bill_row(c, i), form, own=True)


def _behind(c: Comparison, i: int, bill: int | None, form: Callable[[int], str], *,
            own: bool) -> tuple[str, Callable[[], Basis]] | None:
    """:func:`behind_bill`, given the row of model ``i``'s bill (``bill``)."""
    window = c.models[i].context_window  # (the context's ``windows.sizes[i]``)
    found = None if window is None else _below(c, i, bill, window)
    if found is None:
        return None
    provider = c.routes[found.bill].provider_name
    whose = "its" if own else f"{c.names[i]}'s"
    text = f"{provider}, behind {whose} bill, takes {form(found.taken)}"
    kind = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    at = paths.route(found.bill, "context_window")

    def basis() -> Basis:
        return Basis(
            (Evidence(paths.route(found.bill, "provider_name"), provider, provider),
             Evidence(at, found.taken, form(found.taken), kind)),
            (Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                            paths.route(found.bill, "provider_name"))),
             Check(op=CheckOp.LESS, paths=(at, paths.model(i, "context_window")))))

    return text, basis


_LARGEST = ("larger context window:", "largest context window:", " have a context window of ")
"""What the summary's sentence says where it names the largest window (or every one alike)."""


def largest_qualified(x: Context, claim: Claim) -> Claim:
    """The summary's largest window with each leader's bill whose route takes materially less.

    "Ministral 3 3B 2512 and Ministral 3 8B share the largest context window: 256K tokens
    against 128K for Ministral 3B; Amazon Bedrock, behind Ministral 3 8B's bill, takes 128K."
    (helper fixZ: the tradeoffs named the routes, the summary read the record alone). Where
    every window reads alike, each model is a leader: "Both have a context window of 256K
    tokens; NanoGPT, behind Laguna M.1's bill, takes 128K." (review 26, P8: it read the records'
    equality alone, which switch friction, on the bills' routes, denied). The claim as it was
    where no leader has such a bill, or the sentence names no largest window.
    """
    if not any(words in claim.text for words in _LARGEST):
        return claim
    sizes, top, read = x.windows.sizes, x.windows.top, x.windows.readings
    leaders = [i for i, r in enumerate(read) if r is not None and r == read[top[0]]]
    found = [hit for i in leaders if (hit := bill_window(x, i, sizes[i] or 0)) is not None]
    if not found:  # (no leader's bill takes less: none is said behind its bill)
        return claim
    form = x.windows.side([*(s or 0 for s in sizes), *(hit.taken for hit in found)])
    said = [(i, words) for i in leaders if (words := behind_bill(x, i, form)) is not None]
    if not said:
        return claim
    bases = [basis for _, (_, basis) in said]

    def grounds() -> Basis:
        parts = [claim.evidence, *(b().evidence for b in bases)]
        checks = [claim.checks, *(b().checks for b in bases)]
        return Basis(tuple(e for part in parts for e in part),
                     tuple(c for part in checks for c in part))

    return Claim(key=claim.key, text=claim.text.removesuffix(".") + "".join(
        f"; {text}" for text in _behind_once(x, said)) + ".", basis=grounds)


def _behind_once(x: Context, said: list[tuple[int, tuple[str, Callable[[], Basis]]]],
                 ) -> list[str]:
    """Each route behind bills said once, with every bill it is behind.

    "Microsoft Foundry, behind A's and B's bills, takes 128K", not the clause again for each
    bill on it (helper fixAR: two Grok 4.1 Fast models billed on Microsoft Foundry read
    "Microsoft Foundry, behind A's bill, takes 128K; Microsoft Foundry, behind B's bill, takes
    128K"). Bills on one provider whose routes take windows that read apart keep a clause each;
    a clause alone keeps :func:`behind_bill`'s words.
    """
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for i, (text, _) in said:  # ("P, behind N's bill, takes W": keyed by P and W)
        provider, _, taken = text.partition(f", behind {x.names[i]}'s bill, takes ")
        groups.setdefault((provider, taken), []).append((i, text))
    said_once = []
    for (provider, taken), bills in groups.items():
        owners = fmt.join_words([f"{x.names[i]}'s" for i, _ in bills])
        said_once.append(bills[0][1] if len(bills) == 1 else
                         f"{provider}, behind {owners} bills, takes {taken}")
    return said_once


def longer_prompts_qualified(x: Context, claim: Claim) -> Claim:
    """The tradeoffs' "take longer prompts" with each leader's bill that takes materially less.

    "Ministral 3 3B 2512 and Ministral 3 8B take longer prompts: 256K tokens against 128K for
    Ministral 3B; Ministral 3 8B takes them on Kilo Gateway, LLM Gateway, NanoGPT and
    OpenRouter; Amazon Bedrock, behind its bill, takes 128K." The leaders are the models whose
    window reads as the largest; the claim as it was where none has such a bill, where the
    sentence is not of longer prompts, or where input limits decide it (``_prompts_claim``).
    """
    if "longer prompts:" not in claim.text or any(
            m.max_input_tokens is not None for m in x.c.models):
        return claim
    sizes, top, read = x.windows.sizes, x.windows.top, x.windows.readings
    leaders = [i for i, r in enumerate(read) if r is not None and r == read[top[0]]]
    found = [(i, hit) for i in leaders if (hit := bill_window(x, i, sizes[i] or 0)) is not None]
    if not found:
        return claim
    form = x.windows.side([*(s or 0 for s in sizes), *(hit.taken for _, hit in found)])
    notes, bases = [], []
    worded = [(i, *route_words(x, i, hit, form)) for i, hit in found]
    groups: dict[tuple[str, str], list[int]] = {}  # (a route behind bills said once: fixAR)
    for i, _, bill, _ in worded:
        provider, _, taken = bill.partition(", behind its bill, takes ")
        groups.setdefault((provider, taken), []).append(i)
    last = {owners[-1]: (key, owners) for key, owners in groups.items()}
    for i, where, bill, basis in worded:
        notes.append(f"; {x.names[i]} takes them {where}" if where else
                     f"; no eligible route takes {x.names[i]}'s {form(sizes[i] or 0)}")
        bases.append(basis)
        if i not in last:  # (its route is said after the last of its bills)
            continue
        (provider, taken), owners = last[i]
        whose = fmt.join_words([f"{x.names[k]}'s" for k in owners])
        notes.append(f"; {bill}" if len(owners) == 1 else
                     f"; {provider}, behind {whose} bills, takes {taken}")

    def grounds() -> Basis:
        parts = [claim.evidence, *(b().evidence for b in bases)]
        checks = [claim.checks, *(b().checks for b in bases)]
        return Basis(tuple(e for part in parts for e in part),
                     tuple(c for part in checks for c in part))

    return Claim(key=claim.key, text=claim.text.removesuffix(".") + "".join(notes) + ".",
                 basis=grounds)


def billed_shrink(x: Context, s: int, before: int, form: Callable[[int], str],
                  claim: Claim) -> Claim:
    """Switch friction's shrink from model ``s`` with the routes that carry its window.

    "Context shrinks from 256K tokens on Ministral 3 8B (on Kilo Gateway, LLM Gateway, NanoGPT
    and OpenRouter; Amazon Bedrock, behind its bill, takes 128K) to 128K on Ministral 3B; ...",
    where the route behind its bill takes materially less than its ``before`` tokens; the
    claim as it was otherwise.
    """
    found = bill_window(x, s, before)
    if found is None:  # (most moves: the bill's route takes the window)
        return claim
    name, shown = x.names[s], form(before)
    mark = next((m for m in (f"{shown} tokens on {name}", f"against {shown} on {name}")
                 if m in claim.text), None)
    if mark is None:
        return claim
    where, bill, basis = route_words(x, s, found, form)
    text = claim.text.replace(mark, f"{mark} ({where or 'no eligible route takes that much'}; "
                                    f"{bill})", 1)

    def grounds() -> Basis:
        more = basis()
        return Basis((*claim.evidence, *more.evidence), (*claim.checks, *more.checks))

    return Claim(key=claim.key, text=text, basis=grounds)


def billed_move(x: Context, s: int, t: int,
                form_of: Callable[[Context, tuple[int, ...]], Callable[[int], str]],
                ) -> Claim | None:
    """A move from model ``s`` to ``t`` that shrinks the context on the routes behind the bills.

    "Context shrinks on the bills' routes from 256K tokens behind Ministral 3 3B 2512's bill
    on Amazon Bedrock to 128K behind Ministral 3 8B's on Amazon Bedrock; Ministral 3 8B takes
    more on Kilo Gateway, LLM Gateway, NanoGPT and OpenRouter", where both records take 262,144
    tokens and friction said the move "loses no ... context" (review 22, P1): ``t``'s bill's
    route takes materially less than its window and than ``s``'s bill's route. ``None``
    otherwise, or where a window is not sourced. ``form_of`` writes the windows it is given.
    """
    one, two, here = x.windows.sizes[s], x.windows.sizes[t], bill_row(x, s)
    found = None if one is None or two is None or here is None else bill_window(x, t, two)
    rows = x.c.routes
    before = None if found is None or here is None else rows[here].context_window
    if found is None or here is None or before is None or two is None \
            or not materially_wider(before, found.taken):
        return None
    form = form_of(x, (before, found.taken))  # (the two it writes)
    where, _, words = route_words(x, t, found, form)
    text = (f"Context shrinks on the bills' routes from {form(before)} tokens behind "
            f"{x.names[s]}'s bill on {rows[here].provider_name} to {form(found.taken)} behind "
            f"{x.names[t]}'s on {rows[found.bill].provider_name}; " + (  # (no brackets: fixAH)
                f"{x.names[t]} takes more {where}." if where else
                f"no eligible route takes {x.names[t]}'s {form(two)}."))
    kind = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    at = paths.route(here, "context_window")

    def basis() -> Basis:
        more = words()
        return Basis(
            (Evidence(paths.route(here, "provider_name"), rows[here].provider_name),
             Evidence(at, before, form(before), kind),
             *([] if where else [Evidence(paths.model(t, "context_window"), two, form(two),
                                          kind)]), *more.evidence),
            (Check(op=CheckOp.EQUAL, paths=(paths.estimate(s, "provider_name"),
                                            paths.route(here, "provider_name"))),
             Check(op=CheckOp.LESS, paths=(paths.route(found.bill, "context_window"), at)),
             *more.checks))

    return Claim(key="context-billed", text=text, basis=basis)
