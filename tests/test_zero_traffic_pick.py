"""``recommend`` at zero traffic: $0.00 bills ordered by price, and the tied names counted.

Review 40, #3 (helper fixDK): ``recommend(traffic=Traffic(input_tokens=0, output_tokens=0),
limit=5)`` ranked ~800 models tied at $0.00 "listed by id", and its text was 18 KB naming each
of them; ``phicompare pick --traffic 0:0 --limit 3`` too. A comparison at zero traffic ranks
routes by blended price per 1M tokens (docs/cost-model.md); recommend breaks $0.00 ties so too.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from phicompare import Traffic, recommend
from phicompare.analysis.ranking import OrderBasis
from phicompare.cli.main import main

DAY = dt.date(2026, 12, 2)
NONE = Traffic(input_tokens=0, output_tokens=0)


def test_bills_of_no_tokens_rank_by_blended_price() -> None:
    r = recommend(traffic=NONE, limit=5, as_of=DAY)
    prices = [c.estimate.blended for c in r.candidates]
    assert None not in prices
    assert prices == sorted(prices)  # type: ignore[type-var]
    assert prices[0] < prices[-1]  # type: ignore[operator]
    for before, c in zip(r.candidates, r.candidates[1:], strict=False):
        assert c.placement is not None
        dearer = c.estimate.blended != before.estimate.blended
        assert (c.placement.basis is OrderBasis.PRICE) == dearer
    assert r.check() == []
    text = " ".join(r.to_text().split())
    assert "with no tokens to price, at a higher blended price" in text


def test_the_models_tied_past_the_limit_are_counted_past_five() -> None:
    r = recommend(traffic=NONE, limit=5, as_of=DAY)
    assert len(r.tied_unlisted) > 100
    text = r.to_text()
    assert len(text) < 5_000, len(text)
    found = re.search(r"listed; ((?:[^,]+, ){4}[^,]+) and ([\d,]+) others, not listed, cost the "
                      r"same as the fifth, \$0\.00 a month\.", " ".join(text.split()))
    assert found is not None, text[:800]
    assert int(found.group(2).replace(",", "")) == len(r.tied_unlisted) - 5
    assert r.check() == []


def test_a_few_tied_past_the_limit_are_all_named() -> None:
    """Up to six tied names are said, never "and one other"."""
    r = recommend(requires=["vision"], budget=300, limit=1, as_of=DAY)
    assert len(r.tied_unlisted) <= 6
    assert "others, not listed" not in r.to_text()


def test_pick_at_zero_traffic_is_short(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pick", "--traffic", "0:0", "--limit", "3", "--as-of", "2026-12-02"]) == 0
    out = capsys.readouterr().out
    assert len(out) < 5_000, len(out)
    assert "others, not listed" in out
    assert "listed by id" not in out.split("3.", 1)[0]
