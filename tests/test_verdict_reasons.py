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
    """Claude Sonnet 3.5 documents multimodal input; DeepSeek V4 Flash's data leaves it out.
    The scorecard's decision fit lists it, so the verdict's "no advantage" says why it is none;
    over a seeded sample, every such capability is named."""
    c = compare("claude-3-5-sonnet-20240620", "deepseek-v4-flash:thinking")
    assert c.narrative.verdict[0].text == (
        "The data records no advantage known on both sides that favours Claude Sonnet 3.5: it "
        "documents multimodal input, which is not documented for DeepSeek V4 Flash (Thinking).")
    named = 0
    for a, b in [("claude-3-5-sonnet-20240620", "deepseek-v4-flash:thinking"),
                 *_pairs(300, 11)]:
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
