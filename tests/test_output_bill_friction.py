"""Switch friction judges a move's output limits at the routes behind the bills, as the windows.

"Maximum output shrinks from 64K tokens on A to 16K on B" compared the models' records alone,
while the route behind A's bill may allow far less than its record (stop 45's closing note;
helper fixAI's brief, item 3). Where a bill's route states an output limit of its own (not its
window's share) that reads apart from the record, that figure is the model's side of the move,
and the sentence says whose route it is.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Comparison, compare
from phicompare.narrative import paths

DAY = dt.date(2026, 12, 2)


def _output(c: Comparison) -> list[str]:
    return [claim.text for _, _, claims in (*c.narrative.friction_shared, *c.narrative.friction)
            for claim in claims if "Maximum output" in claim.text]


def test_a_shrink_at_the_bills_names_the_route_behind_the_bill() -> None:
    """DeepSeek V3.1 records 32,768 output tokens; Kilo Gateway, behind its bill, allows 7,168."""
    c = compare("gpt-4-turbo-preview", "deepseek-v3.1", as_of=DAY)
    assert _output(c) == [(
        "Maximum output shrinks on the bills' routes from 7K tokens behind DeepSeek V3.1's bill "
        "on Kilo Gateway to 4K on GPT-4 Turbo Preview; as recorded for the models, 32K against "
        "4K.")], _output(c)
    claim = next(claim for _, _, claims in c.narrative.friction for claim in claims
                 if "Maximum output" in claim.text)
    route = next(e for e in claim.evidence if str(e.path).endswith("route.max_output_tokens"))
    assert route.value == 7168
    assert str(paths.estimate(1, "provider_name")) in {
        str(p) for check in claim.checks for p in check.paths}
    assert c.check() == []


def test_no_shrink_at_the_bills_says_so_and_which_route() -> None:
    """Nemotron 3 Nano Omni records 64K output tokens, Manta Flash 1.0 16K; Nebius AI Studio,
    behind Nemotron's bill, allows 8,192: the move shrinks nothing at the bills."""
    c = compare("manta-flash-1.0", "nemotron-3-nano-omni-30b-a3b-reasoning", as_of=DAY)
    assert _output(c) == [(
        "Maximum output shrinks from 64K tokens on Nemotron 3 Nano Omni 30B A3B Reasoning to 16K "
        "on Manta Flash 1.0 as recorded for the models; not on the bills' routes: Nebius AI "
        "Studio, behind Nemotron 3 Nano Omni 30B A3B Reasoning's bill, allows 8,192, against "
        "Manta Flash 1.0's 16K.")], _output(c)
    assert c.check() == []


def test_a_bill_s_route_that_states_no_limit_of_its_own_keeps_the_records() -> None:
    """o3 and Gemini 2.5 Pro: the bills' routes state the records' figures; nothing changes."""
    c = compare("o3", "gemini-2.5-pro", as_of=DAY)
    assert _output(c) == [("Maximum output shrinks from 100K tokens on o3 to 64K on Gemini 2.5 "
                           "Pro.")]
    assert c.check() == []

