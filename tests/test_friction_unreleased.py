"""Switch friction says no move with a model not yet released on the page's date.

Helper fixAR: ``compare("phi-2", "phi-4-mini", as_of="2024-01-01")`` said "Phi-4 Mini was not
released until 2025-02-26 ...: no pick" and priced no route of it, while its switch friction
described moving from Phi-4 Mini to Phi-2 ("Context shrinks from 128K tokens on Phi-4 Mini to 2K
on Phi-2 ...") and back, moves no one could make on that date.
"""

from __future__ import annotations

from phicompare import compare

from .helpers import friction_said


def _none(later: str, other: str, day: str) -> list[str]:
    text = (f"{later} was not released until 2025-02-26, after the comparison's date ({day}): "
            f"no move between it and {other} on that date.")
    return [text]


def test_a_pair_with_an_unreleased_model_says_no_move() -> None:
    said = friction_said(compare("phi-2", "phi-4-mini", as_of="2024-01-01"))
    assert said == {"Phi-2 <-> Phi-4 Mini": _none("Phi-4 Mini", "Phi-2", "2024-01-01")}


def test_two_unreleased_models_say_both_dates() -> None:
    said = friction_said(compare("phi-2", "phi-4-mini", as_of="2023-01-01"))
    both = ("Phi-2 and Phi-4 Mini were not released until 2023-12-12 and 2025-02-26 "
            "respectively, after the comparison's date (2023-01-01): no move between them on "
            "that date.")
    assert said == {"Phi-2 <-> Phi-4 Mini": [both]}


def test_models_released_by_the_date_keep_their_friction() -> None:
    """Of three, the two out by mid-2024 keep their moves; each pair with Phi-4 Mini says none."""
    said = friction_said(compare("phi-2", "phi-4-mini", "phi-3-mini-4k-instruct",
                             as_of="2024-06-01"))
    assert said["Phi-2 <-> Phi-4 Mini"] == _none("Phi-4 Mini", "Phi-2", "2024-06-01")
    assert said["Phi-4 Mini <-> Phi-3 Mini 4K"] == _none("Phi-4 Mini", "Phi-3 Mini 4K",
                                                         "2024-06-01")
    moves = [key for key in said if "<->" not in key]
    assert moves == ["Phi-2 -> Phi-3 Mini 4K", "Phi-3 Mini 4K -> Phi-2"]


def test_a_page_after_both_releases_is_unchanged() -> None:
    said = friction_said(compare("phi-2", "phi-4-mini", as_of="2026-01-01"))
    assert "Phi-4 Mini -> Phi-2" in said
    assert not any("not released" in text for texts in said.values() for text in texts)
