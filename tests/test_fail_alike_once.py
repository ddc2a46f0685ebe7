"""A failure every model shares is said in one clause, a route-less model's too (review 16, P6).

"Phi-1.5 does not support it (and has no provider route), and Phi-4 does not support it" said
the verb per model again where one model had no route; it reads "neither Phi-1.5 nor Phi-4
supports it (Phi-1.5 has no provider route)" now. Requests too long for every route of two
models gave two identical verdict lines and deep-dive sentences; they are one now: "No pick of
GPT-4o or Claude Sonnet 3.5 v2, as none of their routes takes requests of 301,000 tokens."
"""

from __future__ import annotations

from phicompare import Comparison, Traffic, compare


def _glance(c: Comparison) -> str:
    return next(claim.text for claim in c.narrative.at_a_glance)


def _verdict(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.verdict]


def test_a_model_with_no_route_fails_a_requirement_in_the_same_clause() -> None:
    c = compare("phi-1.5", "phi-4", requires={"vision"})
    assert _glance(c) == ("This page requires vision, and neither Phi-1.5 nor Phi-4 supports it "
                          "(Phi-1.5 has no provider route).")
    assert ("No pick of Phi-1.5 or Phi-4, as this page requires vision, and neither supports it "
            "(Phi-1.5 has no provider route).") in _verdict(c)
    assert c.check() == []
    three = compare("phi-4-mini", "phi-1.5", "llama-3.2-3b", requires={"vision"})
    assert _glance(three) == ("This page requires vision, and none of Phi-4 Mini, Phi-1.5 and "
                              "Llama 3.2 3B supports it (Phi-1.5 has no provider route).")
    assert three.check() == []


def test_requests_too_long_for_two_models_are_said_once() -> None:
    traffic = Traffic.parse("3000/day@300000:1000")
    c = compare("gemini-1.5-pro", "gpt-4o", "claude-3.5-sonnet", traffic=traffic)
    assert _glance(c).endswith("Gemini 1.5 Pro's only route was retired and none of the routes "
                               "of GPT-4o and Claude Sonnet 3.5 v2 takes requests this long."), \
        _glance(c)
    verdict = _verdict(c)
    assert ("No pick of GPT-4o or Claude Sonnet 3.5 v2, as none of their routes takes requests "
            "of 301,000 tokens.") in verdict, verdict
    assert not [line for line in verdict if line.startswith("GPT-4o: no pick")], verdict
    text = c.to_text()
    assert ("GPT-4o has 16 routes in the catalog and Claude Sonnet 3.5 v2 has nine; none of "
            "them takes requests of 301,000 tokens.") in " ".join(text.split()), text
    assert c.check() == []
    two = compare("gpt-4o", "claude-3.5-sonnet", traffic=traffic)
    assert _glance(two) == ("Neither GPT-4o nor Claude Sonnet 3.5 v2 meets this page's terms: "
                            "none of their routes takes requests this long.")
    assert two.check() == []
