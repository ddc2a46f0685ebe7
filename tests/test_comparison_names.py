"""A Comparison's methods take every name compare() took for a model (API review 14, A6).

``compare("gpt4o", "Claude Sonnet 4.5").estimate("gpt4o")`` said "'gpt4o' is not one of the
models compared (GPT-4o, Claude Sonnet 4.5)", and the same of "Claude Sonnet 4.5" itself.
"""

from __future__ import annotations

import pytest

from phicompare import Comparison, compare
from phicompare.exceptions import ComparisonError


@pytest.fixture(scope="module")
def pair() -> Comparison:
    return compare("gpt4o", "Claude Sonnet 4.5")


@pytest.mark.parametrize(("name", "index"), [
    ("gpt4o", 0), ("gpt-4o", 0), ("GPT-4o", 0), ("GPT 4o", 0),
    ("Claude Sonnet 4.5", 1), ("claude-sonnet-4-5", 1), ("anthropic/claude-sonnet-4-5", 1),
    ("CLAUDE_SONNET_4_5", 1),
])
def test_every_name_compare_took_finds_the_model(pair: Comparison, name: str,
                                                 index: int) -> None:
    assert pair.position(name) == index
    assert pair.estimate(name) is pair.cost.estimates[index]
    assert pair.routes_of(name) == pair.route_groups[index][0]


def test_the_display_name_finds_its_model_too() -> None:
    """A name that is no alias (Phi-4 Mini's "Phi-4 Mini" is one; the page shows it anyway)."""
    c = compare("phi-2", "phi-4-mini")
    assert c.position("Phi-4 Mini") == 1
    assert c.position("phi 2") == 0


def test_a_name_not_compared_lists_the_ids_and_says_what_to_pass(pair: Comparison) -> None:
    with pytest.raises(ComparisonError) as caught:
        pair.position("microsoft/phi-2")
    assert str(caught.value) == (
        "'microsoft/phi-2' is not one of the models compared: 'gpt-4o' (GPT-4o), "
        "'claude-sonnet-4-5' (Claude Sonnet 4.5); pass an id, an alias or a name of one, or "
        "its position from 0 to 1")


def test_a_position_out_of_range_says_the_same(pair: Comparison) -> None:
    with pytest.raises(ComparisonError, match="its position from 0 to 1"):
        pair.estimate(2)
