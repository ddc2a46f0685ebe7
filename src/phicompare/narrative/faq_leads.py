"""The FAQ's "which is better at X": leads per benchmark category, and the gaps within noise.

Split from :mod:`.benchmarks`, which re-exports :func:`category_leads`.
"""

from __future__ import annotations

from functools import partial

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence
from .context import Context, RowGap

__all__ = ["category_leads"]


def category_leads(x: Context, category: str, skip: frozenset[int] = frozenset()
                   ) -> tuple[list[tuple[Claim, list[RowGap]]], tuple[Claim, ...]]:
    """The FAQ's "which is better at X", from benchmarks of that category scored alike.

    The leads outside noise, each claim with the gaps it rests on, and a claim for the gaps
    within noise (none when nothing leads: an answer of only noise is no answer). ``skip``: the
    models the question leaves out (those released after the comparison's date: review 35, #7).
    """
    leads: dict[tuple[int, int], list[RowGap]] = {}
    noise: list[RowGap] = []
    for g in x.bench.by_category.get(category, ()):
        if g.i in skip or g.j in skip:
            continue
        leader = g.gap.leader_index
        if leader is None:
            noise.append(g)
        else:
            trail = g.j if leader == g.i else g.i
            leads.setdefault((leader, trail), []).append(g)
    claims = [(_leads_claim(x, category, lead, trail, led), led)
              for (lead, trail), led in leads.items()]
    if not noise or not claims:
        return claims, ()
    if x.n - len(skip) == 2:
        return claims, (_noise_claim(f"noise:{category}", None, noise),)
    pairs: dict[tuple[int, int], list[RowGap]] = {}  # with 3+ models: which pair, each
    for g in noise:
        pairs.setdefault((min(g.i, g.j), max(g.i, g.j)), []).append(g)
    return claims, tuple(
        _noise_claim(f"noise:{category}:{i}:{j}", f"{x.names[i]} and {x.names[j]}", gaps)
        for (i, j), gaps in pairs.items())


def _noise_claim(key: str, pair: str | None, noise: list[RowGap]) -> Claim:
    """"On BBH the gap is within noise ...", with 3+ models "Between A and B, on BBH ..."."""
    labels = list(dict.fromkeys([g.row.benchmark.label for g in noise]))
    where = f"Between {pair}, on" if pair else "On"
    return Claim(
        key=key,
        text=(f"{where} {fmt.join_words(labels)} the "
              f"{'gap is' if len(noise) == 1 else 'gaps are'} within noise or cannot be "
              "assessed."),
        basis=partial(_noise_basis, noise))


def _noise_basis(noise: list[RowGap]) -> Basis:
    return Basis(tuple([Evidence(g.path("significant"), g.gap.significant) for g in noise]),
                 tuple([Check(op=CheckOp.IN, paths=(g.path("significant"),),
                              values=("false", "none")) for g in noise]))


def _leads_claim(x: Context, category: str, lead: int, trail: int, led: list[RowGap]) -> Claim:
    labels = list(dict.fromkeys([g.row.benchmark.label for g in led]))
    over = f" {x.names[trail]}" if x.n > 2 else ""
    return Claim(
        key=f"leads:{category}:{lead}:{trail}",
        text=f"{x.names[lead]} leads{over} on {fmt.join_words(labels)}, outside sampling noise.",
        basis=partial(_leads_basis, led))


def _leads_basis(led: list[RowGap]) -> Basis:
    return Basis(tuple([Evidence(paths.benchmark(g.k, "label"), g.row.benchmark.label)
                        for g in led]),
                 tuple([Check(op=CheckOp.TRUE, paths=(g.path("significant"),)) for g in led]))
