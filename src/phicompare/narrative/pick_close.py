"""Which `pick` candidates cost about the same as the first, as their rank lines say it.

`pick` ranked $51.45, $51.50 and $52.00 with "Ranked first: no model that meets every
requirement costs less" and "$0.05 a month more", where the comparison of the same three calls
the bills "about the same cost, under 5% apart" and gives the first no advantage (review 16,
P4). A bill within the comparison's materiality share of the first's
(``Recommendation.materiality``, ``CostFacts.materiality``'s default) is said to be so: in the
first's line, which names those bills, and in each one's own.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from . import format as fmt
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .listed_name import name_evidence
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Candidate, Recommendation

__all__ = ["close_after_first", "close_words", "limit_claim"]

_NAMED = 3
"""The most candidates the first's line names; more are "the next four"."""
_TIED_NAMED = 5
"""The most models tied past the limit the opening names; more are counted, "and 797 others"."""


def _close(r: Recommendation, i: int) -> bool:
    low, bill = r.candidates[0].monthly, r.candidates[i].monthly
    return low is not None and bill is not None and bill - low <= low * r.materiality


def _within(r: Recommendation, at: str) -> Check:
    return Check(op=CheckOp.WITHIN, paths=(FactPath("candidates[0].estimate.monthly"),
                                           FactPath(f"{at}.estimate.monthly")),
                 values=(format(r.materiality, "f"),))


def _share(r: Recommendation) -> tuple[str, Evidence]:
    shown = fmt.percent(r.materiality)
    return shown, Evidence(FactPath("materiality"), r.materiality, shown, EvidenceKind.PERCENT)


def close_after_first(r: Recommendation) -> tuple[str, tuple[Evidence, ...], tuple[Check, ...]]:
    """The first's clause on the listed bills within the share of its own ("" for none).

    ", though Gemma 3 27B and Gemma 3 4B cost about the same, within 5% of its bill"; more
    than three such bills are "the next four". The bills follow the first's in order, so those
    within the share are the next ones. Those past the limit
    (``Recommendation.close_unlisted``) count too, said so: "though Gemma 3 27B and, not
    listed, Gemma 3 4B cost about the same", "though Gemma 3 27B and Gemma 3 4B (neither
    listed) cost about the same" (review 17, P2). A bill equal to the first's is a tie, said
    so: "though B has the same bill", never "about the same, within 5%" of the bill the next
    line calls "the same bill" (review 26, P7); "though B has the same bill and C costs about
    the same, within 5% of its bill" where both come.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> r = recommend(requires=["vision"], limit=3, as_of=dt.date(2026, 12, 2))
        >>> close_after_first(r)[0]
        ', though Gemma 3 27B and Gemma 3 4B cost about the same, within 5% of its bill'
    """
    listed = [i for i in range(1, len(r.candidates)) if _close(r, i)]
    # past the limit too: the closeness is judged over the matched models (review 17, P2)
    close = [*((f"candidates[{i}]", r.candidates[i]) for i in listed),
             *((f"close_unlisted[{j}]", c) for j, c in enumerate(r.close_unlisted))]
    if not close:
        return "", (), ()
    first = r.candidates[0].monthly
    same = [(at, c) for at, c in close if c.monthly == first]
    near = close[len(same):]  # (in order of bill: the equal ones come first)
    parts: list[str] = []
    evidence: list[Evidence] = []
    checks: list[Check] = []
    if same:
        who, named = _who(same, len(close), "next", r.names)
        parts.append(f"{who} {'has' if len(same) == 1 else 'have'} the same bill")
        evidence.extend(named)
        checks.extend(Check(op=CheckOp.EQUAL, paths=(FactPath("candidates[0].estimate.monthly"),
                                                     FactPath(f"{at}.estimate.monthly")))
                      for at, _ in same)
    if near:
        shown, share = _share(r)
        after = "" if not same else "after it" if len(same) == 1 else "after them"
        who, named = _who(near, len(close), after or "next", r.names)
        verb = "costs" if len(near) == 1 else "cost"
        parts.append(f"{who} {verb} about the same, within {shown} of its bill")
        evidence.extend((*named, share))
        checks.extend(_within(r, at) for at, _ in near)
    return f", though {' and '.join(parts)}", tuple(evidence), tuple(checks)


def _who(group: list[tuple[str, Candidate]], total: int, which: str, shown: dict[str, str]
         ) -> tuple[str, tuple[Evidence, ...]]:
    """The names of ``group`` (listed, then not: "A and, not listed, B"), with their evidence.

    Where more than three bills in all (``total``) are said, a count: "the next four" (or
    "the four after them", ``which``), "..., two of them not listed,". ``shown``: the names
    as the output gives them (``Recommendation.names``).
    """
    apart = sum(1 for at, _ in group if at.startswith("close_unlisted"))
    if total > _NAMED:
        count = fmt.count_word(len(group))
        some = ("" if not apart else " (not listed)" if len(group) == 1 else
                ", none of them listed," if apart == len(group) else
                f", {fmt.count_word(apart)} of them not listed,")
        return (f"the next {count}" if which == "next" else f"the {count} {which}") + some, ()
    evidence = tuple(e for at, c in group
                     for e in name_evidence(f"{at}.model", c.model, shown[c.model.id]))
    names = [shown[c.model.id] for at, c in group if not at.startswith("close_unlisted")]
    others = [shown[c.model.id] for at, c in group if at.startswith("close_unlisted")]
    who = fmt.join_words(names)
    if others and names:  # "A and, not listed, B"
        who += f" and, not listed, {fmt.join_words(others)}"
    elif others:
        who = fmt.join_words(others) + (" (not listed)" if apart == 1 else
                                         " (neither listed)" if apart == 2 else
                                         " (none of them listed)")
    return who, evidence


def close_words(r: Recommendation, i: int) -> tuple[str, tuple[Evidence, ...], tuple[Check, ...]]:
    """Candidate ``i``'s clause when its bill is within the share of the first's ("" if not).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> r = recommend(requires=["vision"], limit=3, as_of=dt.date(2026, 12, 2))
        >>> close_words(r, 1)[0]
        ', within 5% of its bill: about the same cost'
    """
    if i == 0 or not _close(r, i):
        return "", (), ()
    shown, share = _share(r)
    return (f", within {shown} of its bill: about the same cost", (share,),
            (_within(r, f"candidates[{i}]"),))


def limit_claim(r: Recommendation) -> Claim:
    """The opening's word on the models the limit leaves out ("The cheapest two are listed.").

    Where the limit cuts the bills within the share of the first's (some of them listed, some
    not: ``close_unlisted``), the listed ones are some of those cheapest, "Of the three
    cheapest, all within 5% of each other, one is listed.", not "The cheapest one", a rank a gap
    that does not count would give (fixW, after review 17, P2); where it cuts a run of equal
    bills (``tied_unlisted``), those left out are named: "The first two by bill are listed;
    Doubao Seed 2.0 Mini, not listed, costs the same as the second, $94.00 a month." Past five
    names, the rest are counted: "A, B, C, D, E and 797 others, not listed, cost the same".

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> limit_claim(recommend(requires=["vision"], budget=300, limit=1,
        ...                       as_of=dt.date(2026, 12, 2))).text
        'Of the three cheapest, all within 5% of each other, one is listed.'
    """
    n = len(r.candidates)
    listed = fmt.count_word(n)
    are = "is" if n == 1 else "are"
    shown = Evidence(FactPath("limit"), r.limit, listed, EvidenceKind.COUNT_WORD)
    fewer = Check(op=CheckOp.LESS, paths=(FactPath("limit"), FactPath("matched")))
    # bills past the limit all equal to the first's are a tie, said as one below (review 26, P7)
    if any(c.monthly != r.candidates[0].monthly for c in r.close_unlisted):
        share, materiality = _share(r)
        group = fmt.count_word(r.close_count)
        return Claim(
            key="summary:limit",
            text=f"Of the {group} cheapest, all within {share} of each other, {listed} {are} "
                 "listed.",
            evidence=(shown, Evidence(FactPath("close_count"), r.close_count, group,
                                      EvidenceKind.COUNT_WORD), materiality),
            checks=(fewer, *(_within(r, f"close_unlisted[{j}]")
                             for j in range(len(r.close_unlisted)))))
    if r.tied_unlisted:
        last = r.candidates[-1]
        # (names past a few, as counted: 797 models tied at $0.00 were 18 KB; review 40, #3)
        tied = r.tied_unlisted if len(r.tied_unlisted) <= _TIED_NAMED + 1 else (
            r.tied_unlisted[:_TIED_NAMED])
        names = [r.names[c.model.id] for c in tied]
        rest = len(r.tied_unlisted) - len(tied)
        said = (f"{', '.join(names)} and {fmt.count_word(rest)} others" if rest
                else fmt.join_words(names))
        verb = "costs" if len(r.tied_unlisted) == 1 else "cost"
        which = "the first" if n == 1 else f"the {fmt.ordinal(n)}"
        # (the limit shown in words: "one", never left to "the first" alone)
        first = "Only one is listed, the first by bill" if n == 1 else (
            f"The first {listed} by bill are listed")
        # (a candidate's bill is always known; $0.00 is a bill, not a missing one: review 40)
        bill = Decimal(0) if last.monthly is None else last.monthly
        return Claim(
            key="summary:limit",
            text=f"{first}; {said}, not listed, {verb} the same as "
                 f"{which}, {fmt.money(bill)} a month.",
            evidence=(shown, *(e for j, (c, name) in enumerate(zip(tied, names, strict=True))
                               for e in name_evidence(f"tied_unlisted[{j}].model", c.model,
                                                      name)),
                      Evidence(FactPath(f"candidates[{n - 1}].estimate.monthly"), bill,
                               fmt.money(bill), EvidenceKind.MONEY)),
            checks=(fewer, *(Check(op=CheckOp.EQUAL, paths=(
                FactPath(f"candidates[{n - 1}].estimate.monthly"),
                FactPath(f"tied_unlisted[{j}].estimate.monthly")))
                for j in range(len(r.tied_unlisted)))))
    return Claim(key="summary:limit", text=f"The cheapest {listed} {are} listed.",  # G17
                 evidence=(shown,), checks=(fewer,))
