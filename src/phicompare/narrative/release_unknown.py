"""A recommendation's models of unknown release: those a date leaves out, counted and named.

Split from :mod:`.reasons` (the claims that explain a ranking), whose summary ends with this
claim, as it does with the free tiers' (:mod:`.free_picks`); its paths resolve in the
recommendation, as the others do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .listed_name import name_evidence
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation

__all__ = ["release_unknown_claim"]


def release_unknown_claim(r: Recommendation) -> Claim:
    """The models left out because whether they were out by the day asked is unknown (A1).

    Unknown is never met: with no release date on record and no route listed by the day, a
    model is not "released by" it. The summary counts them as it counts the free tiers, names
    the first (by name) and counts the rest, where only ``--rejected`` said so, one by one.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> print(release_unknown_claim(recommend(as_of=dt.date(2024, 6, 1), limit=2)).text)
        ... # doctest: +ELLIPSIS
        In all, 5... models are left out because their release dates are not yet sourced and no \
route of them was listed by 2024-06-01: ... and ...; 5... more are not listed.
    """
    count, day = r.release_unknown_count, fmt.date(r.as_of)
    names = [r.names[m.id] for m in r.release_unknown]  # (with an id where a name is shared)
    if count == 1:
        lead = ("One model is left out because its release date is not yet sourced and no route "
                f"of it was listed by {day}")
    else:
        # a numeral opens no sentence (review 15 leftovers, R2): "In all, 1,003 models ..."
        lead = fmt.opening(f"{fmt.count_word(count)} models are left out because their release "
                           f"dates are not yet sourced and no route of them was listed by {day}")
    more = count - len(names)
    tail = (f"; {fmt.count_word(more)} more {'is' if more == 1 else 'are'} not listed"
            if more else "")
    paths = [FactPath(f"release_unknown[{k}]") for k in range(len(names))]
    return Claim(
        key="summary:release-unknown",
        text=f"{lead}: {fmt.join_words(names)}{tail}.",
        evidence=(Evidence(FactPath("release_unknown_count"), count,  # ("One", "Two")
                           None if count < 10 else fmt.count_word(count),
                           EvidenceKind.COUNT_WORD),
                  Evidence(FactPath("as_of"), r.as_of, day, EvidenceKind.DATE),
                  *(e for p, m, name in zip(paths, r.release_unknown, names, strict=True)
                    for e in name_evidence(p, m, name))),
        checks=(*(Check(op=CheckOp.NONE, paths=(FactPath(f"{p}.released"),)) for p in paths),
                *(Check(op=CheckOp.LESS, paths=(FactPath("as_of"),
                                                FactPath(f"{p}.routes[{j}].checked")))
                  for p, m in zip(paths, r.release_unknown, strict=True)
                  for j in range(len(m.routes)))))
