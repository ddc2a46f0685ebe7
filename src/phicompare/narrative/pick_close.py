"""Which `pick` candidates cost about the same as the first, as their rank lines say it.

`pick` ranked $51.45, $51.50 and $52.00 with "Ranked first: no model that meets every
requirement costs less" and "$0.05 a month more", where the comparison of the same three calls
the bills "about the same cost, under 5% apart" and gives the first no advantage (review 16,
P4). A bill within the comparison's materiality share of the first's
(``Recommendation.materiality``, ``CostFacts.materiality``'s default) is said to be so: in the
first's line, which names those bills, and in each one's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt
from .claims import Check, CheckOp, Evidence, EvidenceKind
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation

__all__ = ["close_after_first", "close_words"]

_NAMED = 3
"""The most candidates the first's line names; more are "the next four"."""


def _close(r: Recommendation, i: int) -> bool:
    low, bill = r.candidates[0].monthly, r.candidates[i].monthly
    return low is not None and bill is not None and bill - low <= low * r.materiality


def _within(r: Recommendation, i: int) -> Check:
    return Check(op=CheckOp.WITHIN, paths=(FactPath("candidates[0].estimate.monthly"),
                                           FactPath(f"candidates[{i}].estimate.monthly")),
                 values=(format(r.materiality, "f"),))


def _share(r: Recommendation) -> tuple[str, Evidence]:
    shown = fmt.percent(r.materiality)
    return shown, Evidence(FactPath("materiality"), r.materiality, shown, EvidenceKind.PERCENT)


def close_after_first(r: Recommendation) -> tuple[str, tuple[Evidence, ...], tuple[Check, ...]]:
    """The first's clause on the listed bills within the share of its own ("" for none).

    ", though Gemma 3 27B and Gemma 3 4B cost about the same, within 5% of its bill"; more
    than three such bills are "the next four". The bills follow the first's in order, so those
    within the share are the next ones.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> r = recommend(requires=["vision"], limit=3, as_of=dt.date(2026, 12, 2))
        >>> close_after_first(r)[0]
        ', though Gemma 3 27B and Gemma 3 4B cost about the same, within 5% of its bill'
    """
    close = [i for i in range(1, len(r.candidates)) if _close(r, i)]
    if not close:
        return "", (), ()
    shown, share = _share(r)
    if len(close) > _NAMED:
        who = f"the next {fmt.count_word(len(close))}"
        evidence: list[Evidence] = []
    else:
        names = [r.candidates[i].model.name for i in close]
        who = fmt.join_words(names)
        evidence = [Evidence(FactPath(f"candidates[{i}].model.name"), name, name)
                    for i, name in zip(close, names, strict=True)]
    verb = "costs" if len(close) == 1 else "cost"
    return (f", though {who} {verb} about the same, within {shown} of its bill",
            (*evidence, share), tuple(_within(r, i) for i in close))


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
    return f", within {shown} of its bill: about the same cost", (share,), (_within(r, i),)
