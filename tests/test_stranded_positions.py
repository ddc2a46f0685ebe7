"""The deep dive's sentence on a stranded model is checked where the model stands (helper fixS).

The sentence on a model no route can carry is a draft kept with the catalog and placed in each
comparison of the model (`narrative.parts`). Its evidence for a capability the model lacks
("none of them supports vision, which this page requires") and for an input limit below the
requests ("its input limit (272,000 tokens) is below their 301,000 input tokens") read the
comparison the draft was first written in at the model's position in the next: `check()` of
`compare("phi-2", "phi-4", "phi-4-mini", requires={"vision"})` raised IndexError after
`compare("phi-4-mini", "phi-4", requires={"vision"})`, and a model at another position of the
same size quoted its partner's facts. The figures are read where the draft was written, the
paths name the model where it stands.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Catalog, compare, default_catalog
from phicompare.cli.options import parse_traffic

DAY = dt.date(2026, 11, 25)


def _fresh() -> Catalog:
    """A catalog no earlier test has compared in, so drafts are written here first."""
    bundled = default_catalog()
    return Catalog(models=bundled.models, providers=bundled.providers,
                   benchmarks=bundled.benchmarks)


def test_a_lacked_capability_checks_at_the_models_new_position() -> None:
    catalog = _fresh()
    first = compare("phi-4-mini", "phi-4", catalog=catalog, requires={"vision"}, as_of=DAY)
    assert first.check() == []
    moved = compare("phi-2", "phi-4", "phi-4-mini", catalog=catalog, requires={"vision"},
                    as_of=DAY)
    assert moved.check() == []
    swapped = compare("phi-4", "phi-4-mini", catalog=catalog, requires={"vision"}, as_of=DAY)
    assert swapped.check() == []


def test_an_input_limit_checks_at_the_models_new_position() -> None:
    catalog = _fresh()
    traffic = parse_traffic("1000/day@301000:500")
    first = compare("gpt-5", "o3", catalog=catalog, traffic=traffic, as_of=DAY)
    assert first.check() == []
    moved = compare("phi-4", "o3", "gpt-5", catalog=catalog, traffic=traffic, as_of=DAY)
    assert moved.check() == []
    evidence = [e for paragraph in moved.narrative.deep_dive for claim in paragraph
                if claim.key == "availability:2" for e in claim.evidence]
    assert any(e.path == "models[2].max_input_tokens" and e.value == 272_000 for e in evidence)
