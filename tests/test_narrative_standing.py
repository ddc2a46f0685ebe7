"""A model the page's own terms rule out is no pick, and no rival for an advantage.

The terms: the comparison's date (``as_of``), the requests' size (``traffic``) and the required
capabilities (``requires``). See docs/narrative.md ("A recommendation rests on a difference
known on both sides").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.analysis.traffic import Traffic
from phicompare.analysis.workload import Unfit
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.narrative import paths
from phicompare.narrative.claims import Claim, Evidence
from phicompare.narrative.context import context_of
from phicompare.narrative.editorial import editorial_problems
from phicompare.narrative.rivals import contenders

DAY = dt.date(2026, 11, 25)
LONG = Traffic(input_tokens=20_000_000, output_tokens=0, requests=1_000)  # 20,000 a request


def _route(provider: str, **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal("0.10"), output=Decimal("0.20"),
                         source="https://example.com/p", checked=DAY, **kw)


def _model(mid: str, context: int, **kw: Any) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=context,
                 released=dt.date(2025, 1, 1), routes=(_route(f"p-{mid}"),), **kw)


def _compare(*models: Model, **kw: Any) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=kw.pop("as_of", DAY), **kw)


def _texts(claims: tuple[Claim, ...]) -> list[str]:
    return [claim.text for claim in claims]


def test_a_route_unfit_for_the_terms_says_why() -> None:
    fc = Capabilities(function_calling=True)
    short = _model("a", 8_192)
    long = _model("b", 131_072, capabilities=fc)
    c = _compare(short, long, traffic=LONG, requires={"function_calling"})
    assert [row.unfit for row in c.routes] == [Unfit.CAPABILITY, None]  # the capability first
    able = _model("c", 8_192, capabilities=fc)
    c = _compare(able, long, traffic=LONG, requires={"function_calling"})
    assert [row.unfit for row in c.routes] == [Unfit.CONTEXT, None]
    assert [row.unfit for row in _compare(short, long, requires={"function_calling"}).routes] \
        == [Unfit.CAPABILITY, None]
    assert [row.unfit for row in _compare(short, long).routes] == [None, None]


def test_a_model_no_route_of_which_takes_the_requests_is_no_pick() -> None:
    a, b = _model("a", 8_192, open_weights=True), _model("b", 131_072)
    c = _compare(a, b, traffic=LONG)
    assert _texts(c.narrative.verdict) == [
        "A: no pick, as none of its routes takes requests of 20,000 tokens.",
        ("Pick B: the only model here with a route that meets this page's terms, and the only "
         "one with a bill ($2.00 a month).")]
    assert _texts(c.narrative.at_a_glance) == [
        ("B, the only model here with a route that meets this page's terms, and the only one "
         "with a bill.")]
    assert c.check() == []


def test_no_model_left_in_says_why_for_each() -> None:
    a = _model("a", 8_192)
    b = attrs.evolve(_model("b", 131_072), released=dt.date(2027, 1, 1))
    c = _compare(a, b, traffic=LONG)
    assert _texts(c.narrative.at_a_glance) == [
        ("Neither A nor B meets this page's terms: none of A's routes takes requests this long "
         "and B was not released by the comparison's date.")]
    assert not any(text.startswith("Pick") for text in _texts(c.narrative.verdict))
    assert c.check() == []


def test_an_advantage_among_the_models_left_in_is_kept() -> None:
    """A longer context than the models left in, though a ruled-out model's is longer still."""
    a, b = _model("a", 8_192), _model("b", 16_384)
    later = attrs.evolve(_model("c", 131_072), released=dt.date(2027, 1, 1))
    c = _compare(later, a, b)
    assert _texts(c.narrative.verdict)[2] == "Pick B for a longer context than A (16K tokens)."
    assert _texts(c.narrative.at_a_glance) == ["B for a longer context than A."]
    assert c.check() == []
    # as long a context on a model no route of which documents the capability required
    fc = Capabilities(function_calling=True)
    a, b = _model("a", 16_384, capabilities=fc), _model("b", 131_072, capabilities=fc)
    vision = _model("v", 131_072, capabilities=Capabilities(vision=True, function_calling=False))
    c = _compare(a, b, vision, requires={"function_calling"})
    assert _texts(c.narrative.verdict)[1:] == [
        "Pick B for a longer context than A (128K tokens).",
        "V: no pick, as it does not support function calling, which this page requires."]
    assert "V for" not in c.narrative.at_a_glance[0].text
    assert c.check() == []


def test_check_flags_a_pick_of_a_model_ruled_out() -> None:
    a = _model("a", 16_384, capabilities=Capabilities(function_calling=True))
    vision = _model("v", 131_072, capabilities=Capabilities(vision=True))
    c = _compare(a, vision, requires={"function_calling"})
    assert c.check() == []
    evidence = (Evidence(paths.model(1, "id"), "v"),)
    picked = Claim(key="pick:1", text="Pick V for vision.", evidence=evidence)
    glance = Claim(key="glance", text="A for this; V for vision.", evidence=evidence)
    broken = attrs.evolve(c.narrative, verdict=(c.narrative.verdict[0], picked),
                          at_a_glance=(glance,))
    assert [rule for rule, _ in editorial_problems(broken, c)] == ["pick-ruled-out"] * 2


def test_the_pages_of_the_findings() -> None:
    """N6, N10 and N19 of the page review, on the bundled catalog."""
    n6 = compare("gpt-4o", "gemini-2.5-flash", as_of=dt.date(2025, 6, 1),
                 traffic=Traffic(input_tokens=9_000_000_000, output_tokens=30_000_000,
                                 requests=30_000))
    assert not any(t.startswith("Pick GPT-4o") for t in _texts(n6.narrative.verdict))
    n10 = compare("gemma-3-27b-it", "gemma-2-9b", "phi-4", as_of=dt.date(2025, 1, 1))
    assert "Pick Phi-4 for a longer context than Gemma 2 9B (16K tokens)." in _texts(
        n10.narrative.verdict)
    n19 = compare("phi-4", "phi-4-mini", "phi-3-mini-128k", requires={"function_calling"})
    verdict = _texts(n19.narrative.verdict)
    assert "Pick Phi-4 Mini for a longer context than Phi-4 (128K tokens)." in verdict
    assert not any(t.startswith("Pick Phi-3 Mini 128K") for t in verdict)
    for c in (n6, n10, n19):
        assert c.check() == []


def test_a_model_ruled_out_by_one_term_is_not_said_to_fail_another() -> None:
    """Review 5, P1: GPT-4.1's routes take 501,000-token requests (about 1M tokens each) and
    lack reasoning mode, yet read "none of its routes meets every term of this page (requests
    of 501,000 tokens and reasoning mode)"; DeepSeek V3.2's routes are all too small, and one
    excluded provider added "the providers allowed"."""
    long = Traffic.from_requests(per_day=1_000, input_tokens=500_000, output_tokens=1_000)
    c = compare("claude-sonnet-4-5", "gpt-4.1", "gemini-2.5-pro", requires={"reasoning"},
                traffic=long, as_of=dt.date(2026, 11, 25))
    verdict = " ".join(cl.text for cl in c.narrative.verdict)
    assert ("GPT-4.1: no pick, as it does not support reasoning mode, which this page "
            "requires.") in verdict  # (its table's "no": review 15, P9)
    assert c.check() == []
    longer = Traffic.from_requests(per_day=1_000, input_tokens=200_000, output_tokens=1_000)
    c = compare("qwen3-235b-a22b-2507", "deepseek-v3.2", traffic=longer,
                exclude_providers={"kilo"}, as_of=dt.date(2026, 11, 25))
    verdict = " ".join(cl.text for cl in c.narrative.verdict)
    assert "DeepSeek V3.2: no pick, as none of its routes takes requests of 201,000 tokens." \
        in verdict
    assert c.check() == []


def test_a_model_out_for_its_requests_size_is_not_said_to_lack_what_it_documents() -> None:
    """Review 6, D6: every GPT-4o route is too small for 301,500-token requests; one of them
    (NanoGPT) also lists no function calling, which GPT-4o documents. The verdict read "none
    of its routes meets every term of this page (requests of 301,500 tokens and function
    calling)": it names the one term every route fails. (Since NanoGPT's listing joined GPT-4o,
    every GPT-4o route fails the size first; Qwen3 32B is the case now: 26 routes, the widest
    131,072 tokens, some counted unfit first for function calling, which it documents.)"""
    c = compare("qwen3-32b", "gemini-2.5-flash", requires={"function_calling"},
                traffic=Traffic.from_requests(per_day=1000, input_tokens=301_000,
                                              output_tokens=500))
    assert {r.unfit for r in c.routes if r.model_index == 0} == {Unfit.CONTEXT, Unfit.CAPABILITY}
    assert _texts(c.narrative.verdict)[0] == (
        "Qwen3 32B: no pick, as none of its routes takes requests of 301,500 tokens.")
    assert c.check() == []
    # a check of the sentence fails where some route would take the requests
    claim = c.narrative.verdict[0]
    problems = [check for check in claim.checks if "context_window" in " ".join(check.paths)]
    assert problems, claim.checks


def test_the_rivals_of_each_model_are_worked_out_once_a_page() -> None:
    """Who an advantage is judged against (the others left in; every other for a model ruled
    out) is read about 18 times a page: the context holds it, worked out once."""
    x = context_of(compare("phi-4", "phi-4-mini", "phi-3-mini-128k",
                           requires={"function_calling"}, as_of=DAY))
    assert x.out[2] is not None  # the premise: Phi-3 Mini 128K is ruled out
    assert x.contending == ((1,), (0,), (0, 1))
    assert all(contenders(x, i) is x.contending[i] for i in range(3))
