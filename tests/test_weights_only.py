"""A model whose routes are all out of service and whose weights are published reads as a
routeless one: it would run only from its published weights (review 20, P5).

`phicompare phi-1.5 trinity-large-preview-free` picked Phi-1.5, "the only model here that this
page's terms do not rule out, on its published weights alone", and ruled out Trinity Large
Preview, whose weights are published too, "as its only route (OpenCode Zen) is deprecated".
"""

from __future__ import annotations

from phicompare import compare


def _texts(claims: tuple[object, ...]) -> list[str]:
    return [getattr(claim, "text", "") for claim in claims]


def test_a_deprecated_route_with_published_weights_is_no_ruling_out() -> None:
    c = compare("phi-1.5", "trinity-large-preview-free")
    verdict, glance = _texts(c.narrative.verdict), _texts(c.narrative.at_a_glance)
    assert not any("no pick" in v for v in verdict), verdict
    assert not any("do not rule out" in t for t in (*verdict, *glance)), (verdict, glance)
    said = ("its only route (OpenCode Zen) is deprecated, and it would run only from its "
            "published weights")
    assert any(v.startswith("Pick Trinity Large Preview for ") and said in v
               for v in verdict), verdict
    assert c.check() == []


def test_a_retired_route_with_published_weights_is_no_ruling_out() -> None:
    c = compare("jais-30b-chat", "qwen3.5-flash")
    verdict = _texts(c.narrative.verdict)
    assert not any(v.startswith("JAIS 30b Chat: no pick") for v in verdict), verdict
    assert c.check() == []


def test_the_pricing_table_says_no_route_in_one_wording() -> None:
    md = compare("phi-1.5", "trinity-large-preview-free").to_markdown()
    assert "| Blended price (7:3) | no route | no route |" in md, md
    assert "none: no eligible route (OpenCode Zen: deprecated)" in md, md
    assert "route (OpenCode Zen: deprecated))" not in md, md
