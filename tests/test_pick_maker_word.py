"""`pick` says a capability its maker's own listing flags as the model's, as the pair pages do.

Helper fixZ, item 4: after fixY's rule (a maker's own listing's every flag is the model's word,
``analysis.listed.maker_word``) the pair pages read "Function calling | yes | yes" for Command
R7B Arabic (Cohere's API) and solar-mini (Upstage's), while ``phicompare pick --requires
function_calling`` said "function calling offered on Cohere", as of a route's offer. Models whose
only routes are their makers' own (Qwen on Alibaba, Cohere, Upstage, StepFun) now read
"documents function calling" (or reasoning, vision) in pick too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import compare, recommend
from phicompare.domain.capabilities import Capability
from phicompare.narrative.unsupported import capability_word

DAY = dt.date(2026, 12, 2)


def _met(capability: str, model: str) -> str:
    r = recommend(requires=[capability], limit=None, as_of=DAY)
    assert not r.check()
    k = next(k for k, c in enumerate(r.candidates) if c.model.id == model)
    return next(claim.text for claim in r.reasons.candidates[k]
                if claim.key.startswith("requirements:"))


@pytest.mark.parametrize(("capability", "model", "rival"), [
    ("function_calling", "command-r7b-arabic-02-2025", "solar-mini"),
    ("function_calling", "solar-mini", "command-r7b-arabic-02-2025"),
    ("function_calling", "qwen3-omni-flash", "step-1-32k"),
    ("reasoning", "qwen3-omni-flash", "step-1-32k"),
    ("reasoning", "step-1-32k", "qwen3-omni-flash"),
    ("reasoning", "solar-pro2", "step-1-32k"),
])
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_pick_says_the_makers_word_as_the_pair_page_does(capability: str, model: str,
                                                         rival: str) -> None:
    label = capability_word(Capability(capability))  # "reasoning mode", as pages say it
    met = _met(capability, model)
    assert met.endswith(f", documents {label}."), met  # (after "released ...": the date asked)
    assert "offered on" not in met
    c = compare(model, rival, as_of=DAY)
    row = next(row for row in c.capabilities if row.capability.value == capability)
    assert row.support[0].value == "yes"
    assert row.documented[0] is True


def test_a_resellers_listing_is_still_an_offer() -> None:
    """A capability only a reseller's listing flags reads as that route's offer."""
    r = recommend(requires=["function_calling"], limit=None, as_of=DAY)
    texts = [" ".join(claim.text for claim in claims) for claims in r.reasons.candidates]
    assert any("function calling offered on " in t for t in texts)


def test_a_listing_only_models_flag_is_its_listings_offer() -> None:
    """The mirror (as_listings): Doubao Seed 2.0 Mini's every source is a reseller's listing, and
    its pair page reads "Vision | from both its providers"; pick said "documents vision"."""
    met = _met("vision", "doubao-seed-2.0-mini")
    assert met.endswith(", vision offered on ZenMux."), met
    c = compare("doubao-seed-2.0-mini", "gemma-3-4b", as_of=DAY)
    row = next(row for row in c.capabilities if row.capability.value == "vision")
    assert row.documented[0] is None
    assert "ZenMux" in row.offered_by[0]
