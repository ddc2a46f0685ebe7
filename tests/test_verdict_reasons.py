"""The verdict names every known advantage and says why a documented difference is not one."""

from __future__ import annotations

import random

from phicompare import compare, default_catalog
from phicompare.domain.capabilities import Support
from phicompare.narrative.fit import CAPABILITY_WORKLOADS


def _pairs(count: int, seed: int) -> list[tuple[str, str]]:
    ids = sorted(m.id for m in default_catalog().models)
    rng = random.Random(seed)
    return [tuple(rng.sample(ids, 2)) for _ in range(count)]  # type: ignore[misc]


def test_open_weights_against_closed_ones_is_an_advantage() -> None:
    """Bundled pairs (seeded sample): "open weights" is picked exactly where the model publishes
    its weights and every other model is documented closed; check() agrees."""
    picked = 0
    for a, b in [("gpt-5.1-chat-latest", "phi-3.5-vision"), *_pairs(120, 7)]:
        c = compare(a, b)
        for i, claim in enumerate(c.narrative.verdict):
            others = [m for k, m in enumerate(c.models) if k != i]
            expected = (c.models[i].open_weights is True
                        and all(m.open_weights is False for m in others))
            assert ("open weights" in claim.text) == expected, (a, b, claim.text)
            picked += expected
        assert c.check() == [], (a, b)
    assert picked > 5


def test_a_capability_known_on_one_side_only_is_named_where_no_advantage_is() -> None:
    """o4-mini documents structured output; Qwen3-VL Plus's data leaves it out. The
    scorecard's decision fit lists it, so the verdict's "no advantage" says why it is none;
    over a seeded sample, every such capability is named."""
    c = compare("o4-mini", "qwen3-vl-plus")
    assert c.narrative.verdict[0].text == (
        "The data records no advantage known on both sides that favours o4-mini: it documents "
        "structured output, which is not documented for Qwen3-VL Plus.")
    named = 0
    for a, b in [("o4-mini", "qwen3-vl-plus"), *_pairs(300, 12)]:
        c = compare(a, b)
        for i, claim in enumerate(c.narrative.verdict):
            if claim.text.startswith("Pick "):
                continue
            o = 1 - i
            for row in c.capabilities:
                word = CAPABILITY_WORKLOADS[row.capability]
                alone = (row.documented[i] is True and row.support[i] is Support.YES
                         and row.support[o] is Support.UNKNOWN)
                if alone:
                    named += 1
                    assert f"documents {word}" in claim.text or f", {word}" in claim.text \
                        or f" {word}," in claim.text or f"and {word}" in claim.text, claim.text
                    assert "known on both sides" in claim.text, claim.text
        assert c.check() == [], (a, b)
    assert named > 1


def test_a_bill_several_models_share_is_said_to_be_shared() -> None:
    """Phi-3 Mini 4K and Phi-3.5 Mini bill $234.00 each beside two dearer models: each branch
    says the lowest bill is shared with the other (it read "a bill within 5% of the lowest"
    twice, as if each had its own advantage); over seeded triples, a bill advantage of a close
    group names the rest of the group."""
    c = compare("phi-3-mini-4k", "phi-3.5-mini", "phi-3-medium-4k", "phi-3-medium-128k")
    texts = [claim.text for claim in c.narrative.verdict]
    assert texts[0].startswith("Pick Phi-3 Mini 4K for the lowest bill ($234.00 a month, shared "
                               "with Phi-3.5 Mini)"), texts
    assert "within 5%" not in " ".join(texts)
    ids = sorted(m.id for m in default_catalog().models if m.routes)
    rng = random.Random(13)
    grouped = 0
    for _ in range(150):
        c = compare(*rng.sample(ids, 3))
        close = c.cost.close_indexes
        if len(close) < 2 or len(close) == len(c.models) or \
                any(e.monthly is None for e in c.cost.estimates):
            continue
        grouped += 1
        for i in close:
            text = c.narrative.verdict[i].text
            others = [c.names[k] for k in close if k != i]
            assert all(name in text for name in others), text
        assert c.check() == []
    assert grouped > 0
