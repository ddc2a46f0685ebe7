"""A non-finite or negative float budget is refused for what it is, not sent to Decimal.

Review 17, P6: ``recommend(budget=float('nan'))`` said "pass Decimal('nan') or the string, not
a float", and ``Decimal('nan')`` was refused in turn; so for ``float('inf')`` and ``-5.0``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from phicompare import ArgumentError, ComparisonError, recommend


@pytest.mark.parametrize(("budget", "got"), [
    (float("nan"), "got float nan"), (float("inf"), "got float inf"),
    (float("-inf"), "got float -inf"), (-5.0, "got float -5.0")])
def test_a_float_no_decimal_could_fix_is_refused_as_no_budget(budget: float, got: str) -> None:
    """The message says a budget is a finite number, zero or more, and names the float."""
    with pytest.raises(ArgumentError) as raised:  # a float is a wrong type (review 40)
        recommend(budget=budget)  # type: ignore[arg-type]
    message = str(raised.value)
    assert "a finite number, zero or more" in message
    assert got in message
    assert "pass Decimal(" not in message


@pytest.mark.parametrize("budget", [Decimal("NaN"), Decimal("Infinity"), "inf"])
def test_a_non_finite_decimal_or_text_says_finite(budget: Decimal | str) -> None:
    """Decimal('NaN'), Decimal('Infinity') and 'inf': "a finite number"."""
    with pytest.raises(ComparisonError, match="a finite number, zero or more"):
        recommend(budget=budget)


def test_a_finite_float_still_points_to_the_exact_form() -> None:
    """200.0 still says to pass Decimal('200.0') or the string."""
    with pytest.raises(ArgumentError, match=r"pass Decimal\('200.0'\) or the string"):
        recommend(budget=200.0)  # type: ignore[arg-type]
