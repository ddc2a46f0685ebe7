"""The verdict's longer context: a window longer than every other model's, by more than 2.5%.

Split from :mod:`.fit`. Where other models' routes take more than their records say, the edge
is over those routes (review 7, F9); where the route behind the model's own bill takes less,
the longer context rests on its other routes, which are named (review 6, D16; review 7, F29),
or, where no other route takes it, on the model's record: "a longer context as recorded for the
model (128K tokens, though Vercel AI Gateway, the route behind its bill, takes 40,960)"
(helper fixAF).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import format as fmt, paths
from .bill_window import behind_bill, bill_row
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind
from .context import Context
from .favours import NONE as _NONE, Favours
from .longer_output import OFF_BILL_FIT
from .rivals import contenders
from .window_forms import longest, materially_wider, outreached
from .windows import Reach, reach

__all__ = ["context_advantage", "input_caps", "off_bill", "outreaches", "prompt_advantage",
           "shared_context"]


def context_advantage(x: Context, i: int) -> Favours:
    """The longer context, when it prints longer than every other model's, by more than 2.5%.

    128,000 tokens and 131,072 both read 128K, and 16,385 and 16,384 differ by a token: not a
    longer context to pick a model for.
    """
    mine = x.windows.sizes[i]
    others = contenders(x, i)
    caps = input_caps(x, (i, *others))
    reaches = outreaches(x, i, others)
    if caps and (i in caps or reaches is None):  # prompts, at an input limit (fixM's leftover)
        found = prompt_advantage(x, i, others, caps)
        if found is not _NONE:  # (a window shared over capped ones: below)
            return found
        if i in caps:  # its window shared, said with its input limit (leftO's leftover)
            return _shared_context_advantage(x, i, caps)
    if mine is None or reaches is None:
        return _shared_context_advantage(x, i)
    # judged among the models the page's terms leave in, named where some are left out
    than = "" if len(others) == x.n - 1 else f" than {fmt.join_words([x.names[o] for o in others])}"
    window = paths.model(i, "context_window")
    form = x.windows.side([mine, *[found.widest for found in reaches.values()]])
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    beyond = "".join([f"; {x.names[o]}'s routes take up to {form(found.widest)}"
                      for o, found in reaches.items()])

    def rivals() -> tuple[tuple[Evidence, ...], list[Check]]:
        """The others' routes said, and that the window is longer than theirs and those."""
        checks = [Check(op=CheckOp.GREATER, paths=(window, paths.model(k, "context_window")))
                  for k in others]
        checks += [Check(op=CheckOp.GREATER, paths=(window, paths.route(found.rows[0],
                                                                        "context_window")))
                   for found in reaches.values()]
        return tuple([Evidence(paths.route(found.rows[0], "context_window"), found.widest,
                               form(found.widest), kind)
                      for found in reaches.values()]), checks

    split = _bill_route(x, i, mine, others)
    if split is None:
        shown = form(mine)

        def basis() -> Basis:
            reached, checks = rivals()
            return Basis((Evidence(window, mine, shown, kind), *reached), tuple(checks))

        return Favours([f"a longer context{than} ({shown} tokens{beyond})"], basis)
    # the bill's route takes less: the window is other routes' ("on routes other than the bill's")
    bill, full = split
    routes = x.c.routes
    names = list(dict.fromkeys([routes[k].provider_name for k in full]))  # (cheapest first)
    where = (fmt.join_words(names) if len(names) <= 4 else
             f"{', '.join(names[:3])} and {fmt.count_word(len(names) - 3)} more")
    taken, provider = routes[bill].context_window or 0, routes[bill].provider_name
    single = x.windows.single  # (to the token where the page writes every window so: F4)
    reached, checks = rivals()
    # no other route takes it: the record's, the bill's route said after a "though" (fixAF:
    # it read "on routes other than the bill's (128K tokens as recorded for the model; ...")
    text = (f"a longer context{than} on routes other than the bill's ({single(mine)} tokens "
            f"on {where}; {provider}, behind the bill, takes {fmt.exact_tokens(taken)}{beyond})"
            if names else
            f"a longer context{than} as recorded for the model ({single(mine)} tokens, though "
            f"{provider}, the route behind its bill, takes {fmt.exact_tokens(taken)}{beyond})")
    return Favours([text], lambda: Basis(
        (Evidence(window, mine, single(mine), EvidenceKind.TOKENS if single is fmt.tokens
                  else EvidenceKind.TOKENS_EXACT), *reached,
         Evidence(paths.route(bill, "provider_name"), routes[bill].provider_name,
                  routes[bill].provider_name),
         Evidence(paths.route(bill, "context_window"), taken, fmt.exact_tokens(taken),
                  EvidenceKind.TOKENS_EXACT),
         *(Evidence(paths.route(k, "provider_name"), routes[k].provider_name)
           for k in full)),
        (*checks,
         Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                        paths.route(bill, "provider_name"))),
         Check(op=CheckOp.LESS, paths=(paths.route(bill, "context_window"), window)),
         *(Check(op=CheckOp.LESS, paths=(paths.route(bill, "context_window"),
                                         paths.route(k, "context_window"))) for k in full))))


def off_bill(x: Context, i: int, others: Sequence[int], fit: bool = True) -> Favours:
    """The scorecard's long context where the route behind model ``i``'s bill does not carry it.

    " on routes other than its bill's", after "long context over Ministral 3B" (``fit``: the
    row gives the model one), as the verdict's pick says its window (helper fixZ: the row read
    the record alone beside the tradeoffs' routes); " as recorded for the model, not on its
    bill's route" where no other counted route takes it (helper fixAF); nothing where the bill's
    route carries it.
    """
    mine = x.windows.sizes[i]
    split = None if not fit or mine is None else _bill_route(x, i, mine, tuple(others))
    if split is None:
        return _NONE
    at = paths.route(split[0], "context_window")
    words = (OFF_BILL_FIT if split[1] else  # (none takes it: fixAF)
             " as recorded for the model, not on its bill's route")
    return Favours([words], lambda: Basis(
        (Evidence(at, x.c.routes[split[0]].context_window),),
        (Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                        paths.route(split[0], "provider_name"))),
         Check(op=CheckOp.LESS, paths=(at, paths.model(i, "context_window"))))))


def input_caps(x: Context, models: Sequence[int]) -> dict[int, int]:
    """The input limits of ``models`` that are below their windows: GPT-5 takes 272K of 400K.

    In the order of ``models``, from the page's own (:attr:`.context.Context.input_caps`).
    """
    caps = x.input_caps
    return {k: caps[k] for k in models if k in caps} if caps else {}


def prompt_advantage(x: Context, i: int, others: tuple[int, ...],
                     caps: dict[int, int]) -> Favours:
    """The longer context where some model's input limit is below its window (review 13, M4).

    A prompt is input: it is judged at each model's input limit, as the tradeoffs judge it
    (``windows._prompts_claim``). Model ``i`` is favoured only where it takes materially
    longer prompts than every other (and than the routes their records understate), and its
    window is said with its own limit ("a longer context (400K tokens; its input limit is
    272K)"); where its window does not lead but its prompts do, the reason is the prompts:
    "longer prompts (300K tokens; GPT-5's input limit is 272K)", never GPT-5's "a longer context
    (400K tokens)", whose edge is room for output alone. Nothing where the bill's route takes
    less than the window (the window is then other routes').
    """
    windows = x.windows.sizes
    mine = windows[i]
    if mine is None or not others or any(windows[o] is None for o in others):
        return _NONE
    takes = {k: caps.get(k, windows[k] or 0) for k in (i, *others)}
    reaches = {o: found for o in others if (found := reach(x, o)) is not None}
    if any(not materially_wider(takes[i], takes[o]) for o in others) or any(
            not materially_wider(takes[i], found.widest) for found in reaches.values()) or \
            _bill_route(x, i, mine, others) is not None:
        return _NONE
    form = x.windows.side([*[w or 0 for w in windows], *caps.values(),
                           *[found.widest for found in reaches.values()]])
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    than = "" if len(others) == x.n - 1 else f" than {fmt.join_words([x.names[o] for o in others])}"
    notes = [f"{x.names[o]}'s input limit is {form(caps[o])}" for o in others if o in caps]
    notes += [f"{x.names[o]}'s routes take up to {form(found.widest)}"
              for o, found in reaches.items()]
    window = outreaches(x, i, others) is not None
    if i in caps:
        head = (f"a longer context{than} ({form(mine)} tokens; its input limit is "
                f"{form(caps[i])}" if window else
                f"longer prompts{than} ({form(caps[i])} tokens, its input limit, of a "
                f"{form(mine)}-token window")
    else:
        head = f"longer prompts{than} ({form(mine)} tokens"
    text = head + "".join(f"; {n}" for n in notes) + ")"
    shown = [k for k in (i, *others) if k in caps]

    def limit(k: int) -> paths.FactPath:
        return paths.model(k, "max_input_tokens" if k in caps else "context_window")

    def basis() -> Basis:
        evidence = [Evidence(paths.model(i, "context_window"), mine, form(mine), kind)]
        evidence += [Evidence(paths.model(k, "max_input_tokens"), caps[k], form(caps[k]), kind)
                     for k in shown]
        evidence += [Evidence(paths.model(o, "context_window"), windows[o]) for o in others]
        evidence += [Evidence(paths.route(found.rows[0], "context_window"), found.widest,
                              form(found.widest), kind) for found in reaches.values()]
        checks = [Check(op=CheckOp.GREATER, paths=(limit(i), limit(o))) for o in others]
        checks += [Check(op=CheckOp.GREATER, paths=(limit(i), paths.route(found.rows[0],
                                                                          "context_window")))
                   for found in reaches.values()]
        checks += [Check(op=CheckOp.LESS, paths=(paths.model(k, "max_input_tokens"),
                                                 paths.model(k, "context_window")))
                   for k in shown]
        if i in caps and window:
            checks += [Check(op=CheckOp.GREATER, paths=(paths.model(i, "context_window"),
                                                        paths.model(o, "context_window")))
                       for o in others]
        return Basis(tuple(evidence), tuple(checks))

    return Favours([text], basis)


def shared_context(x: Context, i: int, caps: dict[int, int] | None = None,
                   ) -> tuple[list[int], list[int]] | None:
    """The models sharing model ``i``'s longer context, and those it is longer than.

    The rule of shared capabilities (``fit._shared_capability_advantage``; review 9, H11): among
    the models the page's terms leave in (:func:`~.standing.contenders`, two at least), each
    other window either reads as model ``i``'s does (131,072 and 128,000 tokens both "128K") or
    is one ``i``'s is the longer context over (:func:`outreaches`), and there are some of each.
    Where model ``i``'s input limit is below its window (``caps``: :func:`input_caps`), its
    prompts must be longer too, by more than 2.5%, than those the others take (their limits,
    else their windows) and than their routes reach, as :func:`prompt_advantage` weighs them.
    ``None`` otherwise.
    """
    mine, sizes = x.windows.sizes[i], x.windows.sizes
    others = contenders(x, i)
    if mine is None or len(others) < 2 or any(sizes[o] is None for o in others):
        return None
    read = x.windows.readings  # (each model's, read once a page)
    fellows = [o for o in others if read[o] == read[i]]
    lacking = [o for o in others if o not in fellows]
    reaches = outreaches(x, i, lacking) if fellows and lacking else None
    if reaches is None:
        return None
    caps = caps or {}
    takes = [caps.get(o, sizes[o] or 0) for o in lacking] + [r.widest for r in reaches.values()]
    if i in caps and any(not materially_wider(caps[i], taken) for taken in takes):
        return None  # (its prompts no longer than theirs by more than 2.5%)
    return fellows, lacking


def _shared_context_advantage(x: Context, i: int, caps: dict[int, int] | None = None,
                              ) -> Favours:
    """A longer context model ``i`` shares with some models over the rest (review 9, H11).

    Four models, three of them at about 128K tokens against Phi-4's 16,384: each of the three is
    picked for "a longer context than Phi-4 (about 128K tokens, which Qwen2.5 14B Instruct and
    GPT-4o mini share)", where the page had said no advantage favours two of them, as a
    capability some models share is a reason to pick each (review 7, F20); the fellows are named
    before a verb, so that a name ending in brackets never closes these (helper fixAI). Where
    the route behind the model's bill takes less than its window, nothing is said (the window
    is other routes'); a fellow's bill on such a route is said after its name ("which
    Ministral 3 8B shares; Amazon Bedrock, behind Ministral 3 8B's bill, takes 128,000": helper
    fixZ, where it read the records alone).
    A model whose input limit is below its window (``caps``) is judged at its prompts, as
    :func:`prompt_advantage` judges one alone, and says its limit: "a longer context than GPT-4o
    (400K tokens, which GPT-5 Mini shares; its input limit is 272K, as is GPT-5 Mini's)".
    """
    found = shared_context(x, i, caps)
    if found is None:
        return _NONE
    fellows, lacking = found
    mine, sizes = x.windows.sizes[i] or 0, x.windows.sizes
    if _bill_route(x, i, mine, tuple(lacking)) is not None:
        return _NONE
    reaches = outreaches(x, i, lacking) or {}
    caps = caps or {}
    alike = all(sizes[o] == mine for o in fellows)
    form = x.windows.side([mine, *[sizes[o] or 0 for o in lacking],
                           *[r.widest for r in reaches.values()]])
    shown = form(mine) if alike else fmt.tokens(mine)
    kind = EvidenceKind.TOKENS if alike is False or form is fmt.tokens else \
        EvidenceKind.TOKENS_EXACT
    beyond = "".join([f"; {x.names[o]}'s routes take up to {form(found.widest)}"
                      for o, found in reaches.items()])
    limits, capped = _limits_words(x, i, caps, fellows, lacking, form)
    # a fellow's bill on a route that takes materially less, to the token as the pick of a
    # window on routes other than the bill's says it (fixW's leftover, fixZ)
    behind = [said for o in fellows if (said := behind_bill(x, o, fmt.exact_tokens)) is not None]
    # "which B shares": a fellow's name never the last thing in the brackets (fixAI)
    text = (f"a longer context than {fmt.join_words([x.names[o] for o in lacking])} "
            f"({'' if alike else 'about '}{shown} tokens, which "
            f"{fmt.join_words([x.names[o] for o in fellows])} "
            f"{'shares' if len(fellows) == 1 else 'share'}"
            f"{''.join(f'; {words}' for words, _ in behind)}{limits}{beyond})")

    def basis() -> Basis:
        window = paths.model(i, "context_window")
        more = [b() for _, b in behind]
        evidence = [Evidence(paths.model(k, "context_window"), sizes[k], shown, kind)
                    for k in (i, *fellows)]
        evidence += [Evidence(paths.route(r.rows[0], "context_window"), r.widest,
                              form(r.widest), EvidenceKind.TOKENS if form is fmt.tokens
                              else EvidenceKind.TOKENS_EXACT) for r in reaches.values()]
        checks = [Check(op=CheckOp.GREATER, paths=(paths.model(k, "context_window"),
                                                   paths.model(o, "context_window")))
                  for k in (i, *fellows) for o in lacking]
        checks += [Check(op=CheckOp.GREATER, paths=(window, paths.route(r.rows[0],
                                                                        "context_window")))
                   for r in reaches.values()]
        if capped:  # each input limit said, below its window; its own over the others' prompts
            evidence += [Evidence(paths.model(k, "max_input_tokens"), caps[k], form(caps[k]),
                                  EvidenceKind.TOKENS if form is fmt.tokens
                                  else EvidenceKind.TOKENS_EXACT) for k in capped]
            checks += [Check(op=CheckOp.LESS, paths=(paths.model(k, "max_input_tokens"),
                                                     paths.model(k, "context_window")))
                       for k in capped]
            checks += [Check(op=CheckOp.GREATER, paths=(
                paths.model(i, "max_input_tokens"),
                paths.model(o, "max_input_tokens" if o in caps else "context_window")))
                for o in lacking]
        evidence += [e for b in more for e in b.evidence]
        checks += [c for b in more for c in b.checks]
        return Basis(tuple(evidence), tuple(checks))

    return Favours([text], basis)


def _limits_words(x: Context, i: int, caps: dict[int, int], fellows: Sequence[int],
                  lacking: Sequence[int], form: Callable[[int], str]) -> tuple[str, list[int]]:
    """The input limits a capped model's shared context says, and whose they are.

    "; its input limit is 272K, as is GPT-5 Mini's"; a fellow's or a rival's own limit after
    ("; GPT-5's input limit is 272K"). Nothing where model ``i`` has none below its window.
    """
    if i not in caps:
        return "", []
    same = [o for o in fellows if caps.get(o) == caps[i]]
    text = f"; its input limit is {form(caps[i])}"
    if same:
        owners = fmt.join_words([f"{x.names[o]}'s" for o in same])
        text += f", as {'is' if len(same) == 1 else 'are'} {owners}"
    others = [o for o in (*fellows, *lacking) if o in caps and o not in same]
    text += "".join(f"; {x.names[o]}'s input limit is {form(caps[o])}" for o in others)
    return text, [i, *same, *others]


def outreaches(x: Context, i: int, others: Sequence[int]) -> dict[int, Reach] | None:
    """Whether model ``i``'s window is the longer context over ``others``: their reaches if so.

    The one rule of the verdict's pick and the scorecard's "long context" (review 7, F9): the
    window prints longer than each of ``others``', is more than 2.5% longer than each (16,385
    tokens against 16,384 print apart, 16.4K and 16K, but are no reason to pick a model), and
    than the routes that take more than those models' records say (Claude Sonnet 4.5 is
    recorded at 200K, its routes take 1M: GPT-5's 400K is no longer context beside it). The
    reaches found (each other model's :class:`~.windows.Reach`) come back for the sentence;
    ``None`` where the window is not the longer context, or no model is weighed. Worked out
    once a page for each model and others (:attr:`.context.Context.outreach`).
    """
    key = (i, tuple(others))
    memo = x.outreach
    if key not in memo:
        memo[key] = _outreaches(x, i, others)
    return memo[key]


def _outreaches(x: Context, i: int, others: Sequence[int]) -> dict[int, Reach] | None:
    """:func:`outreaches`, worked out."""
    sizes, read = x.windows.sizes, x.windows.readings
    mine = sizes[i]
    if mine is None or not others:
        return None
    # every other window known, more than 2.5% narrower, and printing shorter: "1M" beside
    # another "1M" is no longer window (window_forms.longest's rule, each reading once a page)
    if any((theirs := sizes[o]) is None or not materially_wider(mine, theirs)
           or read[o] == read[i] for o in others):
        return None
    # others' routes that take more than their models record: the edge is over those (F9)
    reaches = {o: found for o in others if (found := reach(x, o)) is not None}
    if outreached(mine, [found.widest for found in reaches.values()]):  # (G3's one rule)
        return None
    return reaches


def _bill_route(x: Context, i: int, mine: int,
                others: tuple[int, ...]) -> tuple[int, list[int]] | None:
    """The row of the route behind model ``i``'s bill, where the longer context is not its.

    With it, the rows of the model's counted routes that take about ``mine`` (not materially
    less: 128,000 tokens beside 131,072), cheapest first: the longer context rests on them, not
    on the route that sets the bill (review 7, F29: all six 128K routes, not the two of
    131,072). ``None`` where the bill's route takes ``mine``, or still prints longer than the
    windows of ``others``; or where there is no bill, or only a free tier's (no price: nothing
    is said of it).
    """
    rows, bill = x.c.routes, bill_row(x, i)
    taken = None if bill is None else rows[bill].context_window
    if bill is None or taken is None or taken >= mine or longest(
            (taken, *[x.windows.sizes[o] for o in others])) == 0:
        return None
    own, ks = x.c.route_groups[i]  # (model i's rows alone, in order)
    full = [k for k, row in zip(ks, own, strict=True) if k != bill and row.eligible
            and row.context_window is not None and row.context_window <= mine
            and not materially_wider(mine, row.context_window)]
    return bill, sorted(full, key=lambda k: (rows[k].monthly is None, rows[k].monthly or 0))
