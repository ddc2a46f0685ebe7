"""Review 32's findings on the verdict, the FAQ and wording, read on the bundled catalog's pages.

1. A capability one model documents, another is documented without and a third leaves out is
   an advantage over the second, the third said as not counted; where every rival leaves it
   out, a pick for something else says why it is no reason.
2. The FAQ's "which is cheaper" states its traffic and points to no section.
3. Wording: a later price in brackets at a glance; "any model's recorded window"; the fit's
   "not documented"; one bracket for a spread and other runs; every shared benchmark accounted
   for in the deep dive.
4. Prices at their own places, never padded ("$0.02", "$3.42").
"""

from __future__ import annotations

import datetime as dt

from phicompare import Comparison, compare

from .test_narrative_benchmarks import _page, _score

_FOUR = ("deepseek-r1", "deepseek-v3", "qwen3-235b-a22b", "llama-3.1-8b")


def _pick(c: Comparison, i: int) -> str:
    return next(claim.text for claim in c.narrative.verdict if claim.key == f"pick:{i}")


def _glance(c: Comparison) -> str:
    return " ".join(claim.text for claim in c.narrative.at_a_glance)


def test_a_capability_known_absent_for_one_rival_is_an_advantage_over_it() -> None:
    """DeepSeek-R1's reasoning mode: Llama 3.1 8B lacks it, DeepSeek V3's record leaves it out."""
    c = compare(*_FOUR)
    pick = _pick(c, 0)
    # (each name before a verb, so a name ending in brackets closes none: review 35, #6)
    assert pick == ("Pick DeepSeek-R1 for reasoning mode over Llama 3.1 8B (which Qwen3 "
                    "235B-A22B shares; for DeepSeek V3 it is not documented)."), pick
    assert ("reasoning mode over Llama 3.1 8B (which DeepSeek-R1 shares; for DeepSeek V3 it is "
            "not documented)") in _pick(c, 2)
    assert "DeepSeek-R1 and Qwen3 235B-A22B for reasoning mode over Llama 3.1 8B" in _glance(c)
    assert "no advantage" not in " ".join(claim.text for claim in c.narrative.verdict)
    assert c.check() == []


def test_a_pick_says_why_a_capability_unknown_for_the_rival_is_no_reason() -> None:
    """DeepSeek-R1 beside DeepSeek V3: picked for its output limit, its reasoning mode said."""
    c = compare("deepseek-r1", "deepseek-v3")
    assert _pick(c, 0).endswith(" The reasoning mode DeepSeek-R1 documents is no reason to "
                                "pick it here: it is not documented for DeepSeek V3, which leaves "
                                "it unknown for that model."), _pick(c, 0)  # (why: fixCJ)
    fit = next(row for row in c.narrative.scorecard if row.key == "fit").cells[0]
    assert fit.startswith("reasoning mode (DeepSeek V3: not documented)"), fit
    assert c.check() == []


def test_the_cheaper_answer_states_its_traffic_and_points_nowhere() -> None:
    """A page of the FAQ and the verdict has no cost section for the answer to point to."""
    c = compare("llama-3.1-8b", "mistral-7b-v0.3")
    page = c.to_markdown(sections=["faq", "verdict"])
    answer = next(q for q in c.narrative.faq if q.key == "cheaper").answer[0].text
    assert answer == ("Llama 3.1 8B, at 800M input and 250M output tokens a month and its "
                      "cheapest eligible route."), answer
    assert "Cost at your traffic" not in page
    assert "stated traffic" not in page
    assert c.check() == []


def test_a_later_price_is_a_bracketed_caveat_at_a_glance() -> None:
    """Not "the lower bill at prices checked after the comparison's date and vision"."""
    c = compare("qwen3-32b", "gemma-3-27b-it", as_of=dt.date(2026, 6, 1))
    assert ("Gemma 3 27B for the lower bill (at prices checked after the comparison's date) "
            "and vision.") in _glance(c), _glance(c)
    assert c.check() == []


def test_routes_beyond_shared_largest_records_read_any_models_window() -> None:
    """Two models share the largest record: no "the largest record" as if it were one."""
    c = compare(*_FOUR)
    summary = " ".join(claim.text for claim in c.narrative.summary)
    assert ("some of DeepSeek V3's routes take up to 164,000, more than any model's recorded "
            "window") in summary, summary
    assert "largest record" not in summary


def test_a_gaps_spread_and_other_runs_share_one_bracket() -> None:
    """Phi-3 Mini 4K against Phi-3.5 Mini on HellaSwag."""
    c = compare("phi-3-mini-4k", "phi-3.5-mini")
    text = " ".join(claim.text for paragraph in c.narrative.deep_dive for claim in paragraph)
    assert "76.7 against 69.4 (spread 6.2 points; Phi-3.5 Mini's other run: 72.2)" in text, text
    assert ") (" not in text
    assert c.check() == []


def test_the_deep_dive_accounts_for_every_shared_benchmark() -> None:
    """DeepSeek-R1 and DeepSeek V3 share 16: 15 unjudged, and MMLU within the spread."""
    c = compare("deepseek-r1", "deepseek-v3")
    summary = " ".join(claim.text for claim in c.narrative.summary)
    text = " ".join(claim.text for paragraph in c.narrative.deep_dive for claim in paragraph)
    assert "They share 16 benchmarks" in summary
    assert "scored on 15 benchmarks in different evaluations" in text
    assert ("MMLU (Pass@1): DeepSeek-R1 90.8 and DeepSeek V3 88.5, from different "
            "evaluations") in text, text
    assert c.check() == []


def test_prices_print_at_their_own_places() -> None:
    """No "$0.0200" in the pricing table, no "$3.4200" in the blend."""
    page = compare(*_FOUR).to_text()
    assert "$0.0200" not in page
    assert "$0.4000" not in page
    c = compare("o3", "gpt-4o", route_policy="cheapest")
    blend = next(claim.text for claim in c.narrative.cost if claim.key == "blend")
    assert "$3.42 for o3 and $4.7481 for GPT-4o" in blend, blend
    assert "$3.4200" not in c.to_text()
    assert c.check() == []


def test_several_gaps_within_the_spread_are_named_in_one_sentence() -> None:
    """Five benchmarks across evaluations: the three largest said, the two within named once."""
    ks = "vwxyz"
    runs = tuple(s for k in ks for s in (_score(k, "60", "5-shot", "one"),
                                         _score(k, "56", "5-shot", "two")))
    c = _page(tuple(_score(k, v, "5-shot", "one")
                    for k, v in zip(ks, ("52", "53", "80", "70", "90"), strict=True)),
              tuple(_score(k, "50", "5-shot", "two") for k in ks), runs)
    said = [claim.text for paragraph in c.narrative.deep_dive for claim in paragraph]
    assert said[-1] == ("On W and V, the scores come from different evaluations and their gaps "
                        "lie within the spread between runs: no difference can be read."), said
    assert c.check() == []
