"""The deep dive makes the sentences it prints, and no other (issue 18, helper perfDB).

A sentence that lists gaps across evaluations (a pair's directions, the gaps no run spread
judges, those within the spread) rests on what each gap's own sentence would say: it read that
off each gap's claim, made in full for every gap it named or counted (DeepSeek-R1 and DeepSeek
V3: sixteen claims for two sentences). It now reads each gap's basis from the models' names when
its own evidence is read; the evidence is the same.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from phicompare import compare, default_catalog
from phicompare.narrative import benchmarks
from phicompare.narrative.claims import Basis
from phicompare.narrative.context import context_of
from phicompare.narrative.deep_dive import deep_dive
from phicompare.narrative.parts import model_parts

_CURATED = {p.stem for p in (Path(__file__).resolve().parent.parent
                           / "src/phicompare/data/models").glob("*.toml")}

def test_a_gaps_basis_from_names_is_its_claims() -> None:
    """Every gap that does not compare, on every pair of the curated models: its basis from
    the names alone is its claim's (of one evaluation and of two alike)."""
    catalog = default_catalog()
    ids = [m.id for m in catalog if m.id in _CURATED]
    kinds = set()
    for a, b in itertools.combinations(ids, 2):
        x = context_of(compare(a, b, catalog=catalog))
        for g in x.bench.incomparable:
            claim = benchmarks.incomparable_claim(x, g)
            assert benchmarks.incomparable_basis(x.names, g) == Basis(claim.evidence,
                                                                      claim.checks), (a, b)
            kinds.add(g.gap.directional)
            if g.gap.directional:
                claim = benchmarks.evaluation_claim(x, g)
                assert benchmarks.evaluation_basis(x.names, g) == Basis(claim.evidence,
                                                                        claim.checks)
    assert kinds == {True, False}


def test_the_deep_dive_makes_only_the_gap_claims_it_prints() -> None:
    """DeepSeek-R1 and DeepSeek V3: 15 unjudged gaps in one sentence, MMLU within the spread.

    One claim of a gap across evaluations is printed (MMLU's); the sentence of the 15 made 15
    such claims for its evidence alone.
    """
    x = context_of(compare("deepseek-r1", "deepseek-v3"))
    code = benchmarks.evaluation_claim.__code__
    made: list[int] = []

    def count(frame: FrameType, event: str, _: Any) -> None:
        if event == "call" and frame.f_code is code:
            made.append(1)

    parts = model_parts(x)
    sys.setprofile(count)
    try:
        paragraphs = deep_dive(x, parts)
    finally:
        sys.setprofile(None)
    printed = [claim for paragraph in paragraphs for claim in paragraph
               if claim.key.startswith("evaluations:")]
    assert len(made) == len(printed) == 1, (len(made), [c.text for c in printed])
    unjudged = next(claim for paragraph in paragraphs for claim in paragraph
                    if claim.key.startswith("unjudged"))
    assert len([e for e in unjudged.evidence if e.path.endswith(".score")]) >= 30  # 15 gaps
    assert compare("deepseek-r1", "deepseek-v3").check() == []
