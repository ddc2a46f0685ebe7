"""A capability a model documents that its routes flag no, where a rival's routes offer it.

``phicompare grok-2 grok-4``: both models document vision, so no split, and no tradeoff said
a word of it, yet Grok-2's one route (xAI) flags vision no and ``--requires vision`` leaves it
no eligible route (review 38, #2). The bullet says so, the model's own flag kept its own:
"The routes of Grok 4 offer vision; Grok-2 documents it, but its one provider, xAI, does not
offer it."
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from phicompare.analysis.refused import refusals, refused, serving

from . import format as fmt, paths
from .claims import Basis, Bullet, Check, CheckOp, Claim, Evidence
from .context import capability_label
from .paths import FactPath

if TYPE_CHECKING:
    from .context import Context

__all__ = ["refused_clause", "refused_tradeoffs"]


def refused_clause(providers: Sequence[str]) -> str:
    """That none of ``providers``, a model's every provider on the page, offers it.

    Examples:
        >>> refused_clause(["xAI"]), refused_clause(["A", "B"])
        ('its one provider, xAI, does not offer it', 'neither of its providers, A and B, offers it')
        >>> refused_clause(["A", "B", "C"])
        'none of its three providers (A, B and C) offers it'
    """
    if len(providers) == 1:
        return f"its one provider, {providers[0]}, does not offer it"
    if len(providers) == 2:
        return f"neither of its providers, {fmt.join_words(providers)}, offers it"
    return (f"none of its {fmt.count_word(len(providers))} providers "
            f"({fmt.join_words(providers)}) offers it")


def refused_tradeoffs(x: Context, shown: Sequence[int]) -> list[Bullet]:
    """A bullet per capability some of ``shown`` document and none of their routes offer.

    Only where some other model's routes offer it; each with the route flags it rests on.
    """
    c = x.c
    bullets: list[Bullet] = []
    # the rows some model refuses, from each model's own refusals (kept with the catalog):
    # on most pages none, and no row is searched
    rows = sorted({found.k for i in shown for found in refusals(c, i)})
    for k in rows:
        row = c.capabilities[k]
        refusing = {i: found for i in shown if (found := refused(c, i, k))[0]}
        served = {s: ks for s in shown if s not in refusing and (ks := serving(c, s, k))}
        if not served:
            continue
        value = row.capability.value
        said = [f"{x.names[i]} documents it, but {refused_clause(names)}"
                for i, (names, _) in refusing.items()]
        text = (f"The routes of {fmt.join_words([x.names[s] for s in served])} offer "
                f"{capability_label(row.capability).lower()}; {'; '.join(said)}.")
        evidence: list[Evidence] = []
        checks: list[Check] = []
        for i, (_, ks) in refusing.items():
            evidence.append(Evidence(paths.capability_source(k, "documented", i), True))
            checks.append(Check(op=CheckOp.TRUE,
                                paths=(paths.capability_source(k, "documented", i),)))
            for j in ks:
                flag = FactPath(f"routes[{j}].route.capabilities.{value}")
                evidence.append(Evidence(flag, False))
                checks.append(Check(op=CheckOp.IN, paths=(flag,), values=("false",)))
        for s, ks in served.items():
            evidence.append(Evidence(paths.capability(k, s), row.support[s]))
            checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, s),),
                                values=("yes",)))
            flags = [c.routes[j].route.capabilities for j in ks]
            own = [j for j, f in zip(ks, flags, strict=True) if f is not None and f.flag(value)]
            if own:  # a route's own flag
                flag = FactPath(f"routes[{own[0]}].route.capabilities.{value}")
                evidence.append(Evidence(flag, True))
                checks.append(Check(op=CheckOp.TRUE, paths=(flag,)))
            else:  # routes that leave it to the model's own flag
                evidence.append(Evidence(paths.capability_source(k, "documented", s), True))
                checks.append(Check(op=CheckOp.TRUE,
                                    paths=(paths.capability_source(k, "documented", s),)))
        bullets.append(Bullet(Claim(key=f"capability-routes:{value}", text=text,
                                    basis=partial(Basis, tuple(evidence), tuple(checks))),
                              (*served, *refusing)))
    return bullets
