"""`pick`'s words on bills priced only after its date, as a comparison's pages say them.

`pick --as-of 2024-06-01` ranked on prices checked in 2026 and said nothing of it, where a
comparison's cost section says of such a bill "prices as last checked on 2026-07-02, after the
comparison's date; what it cost on 2024-06-01 is not recorded" (review 29, F2). A bill whose
price was checked after the day, with no date of its own on or before it
(:meth:`~phicompare.ProviderRoute.priced_on`), says so in its line, and the summary says the
order rests on those later prices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .listed_name import name_evidence
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation

__all__ = ["later_candidates", "later_claim", "later_words"]


def later_candidates(r: Recommendation) -> list[int]:
    """The listed candidates whose bill is not priced on the recommendation's date."""
    return [i for i, c in enumerate(r.candidates)
            if c.route is not None and not c.route.priced_on(r.as_of)]


def later_words(r: Recommendation, i: int) -> tuple[str, tuple[Evidence, ...], tuple[Check, ...]]:
    """Candidate ``i``'s bill line's clause on a price checked after the date ("" for none).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> r = recommend(as_of=dt.date(2024, 6, 1), limit=1)
        >>> print(later_words(r, 0)[0])
        ; prices as last checked on 2026-07-02, after the comparison's date; what it cost on \
2024-06-01 is not recorded
    """
    route = r.candidates[i].route
    if route is None or route.priced_on(r.as_of):
        return "", (), ()
    at = f"candidates[{i}].estimate.route"
    day = fmt.date(r.as_of)
    words = (f"; prices as last checked on {fmt.date(route.checked)}, after the comparison's "
             f"date; what it cost on {day} is not recorded")
    return (words,
            (Evidence(FactPath(f"{at}.checked"), route.checked, fmt.date(route.checked),
                      EvidenceKind.DATE),
             Evidence(FactPath("as_of"), r.as_of, day, EvidenceKind.DATE)),
            _checks(i))


def _checks(i: int) -> tuple[Check, ...]:
    at = f"candidates[{i}].estimate.route"
    return (Check(op=CheckOp.LESS, paths=(FactPath("as_of"), FactPath(f"{at}.checked"))),
            Check(op=CheckOp.NONE, paths=(FactPath(f"{at}.effective_from"),)))


def later_claim(r: Recommendation) -> Claim | None:
    """The summary's sentence on the listed bills priced only after the date, or ``None``.

    The fewer side is named: the bills priced after the date, or, where those are most, the
    bills priced on it ("Every bill listed but Gemini 1.0 Pro's rests on ...").

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> print(later_claim(recommend(as_of=dt.date(2024, 6, 1), limit=2)).text)
        Every bill listed rests on prices checked after 2024-06-01: what they were on that date \
is not recorded, so the order is at those later prices.
        >>> later_claim(recommend(limit=2)) is None
        True
    """
    later = later_candidates(r)
    if not later:
        return None
    day = fmt.date(r.as_of)
    evidence = [Evidence(FactPath("as_of"), r.as_of, day, EvidenceKind.DATE)]
    on_day = [i for i in range(len(r.candidates)) if i not in later]
    named = later if len(later) <= len(on_day) else on_day
    evidence += [e for i in named if on_day  # (with its id where a listed model shares the name)
                 for e in name_evidence(f"candidates[{i}].model", r.candidates[i].model,
                                        r.names[r.candidates[i].model.id])]
    shown = [r.names[r.candidates[i].model.id] for i in named]
    # no bracket closes before "'s" (a name with its id): "the bill of X (x-id)"
    of = any(name.endswith(")") for name in shown)
    whose = fmt.join_words([f"{name}'s" for name in shown])
    if not on_day:
        head, what = (("Every bill listed rests", "they were") if len(later) > 1
                      else ("The bill listed rests", "it was"))
    elif named is on_day:
        but = (f"{'that' if len(shown) == 1 else 'those'} of {fmt.join_words(shown)}" if of
               else whose)
        head, what = f"Every bill listed but {but} rests", "they were"
    else:
        one = len(later) == 1
        head = (f"The bill{'' if one else 's'} of {fmt.join_words(shown)}" if of
                else f"{whose} bill{'' if one else 's'}") + (" rests" if one else " rest")
        what = "it was" if one else "they were"
    checks = [check for i in later for check in _checks(i)]
    for i in on_day:  # (priced on the date: checked by then, or dated from then or before)
        route = r.candidates[i].route
        field = "checked" if route is None or route.checked <= r.as_of else "effective_from"
        checks.append(Check(op=CheckOp.AT_MOST, paths=(
            FactPath(f"candidates[{i}].estimate.route.{field}"), FactPath("as_of"))))
    return Claim(key="summary:later",
                 text=f"{head} on prices checked after {day}: what {what} on that date is "
                      "not recorded, so the order is at those later prices.",
                 evidence=tuple(evidence), checks=tuple(checks))
