"""A `pick` candidate's line quotes the prices its bill adds up to (review 16, P2).

With a cached or batch share, the bill bills cached input at the cache-read price and batch
tokens at the batch prices, where the route lists them, else at the standard prices; the line
gives each price the bill uses and says where one is not listed, as the comparison's cost
section does.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings

from phicompare import Catalog, Recommendation, Traffic, recommend
from phicompare.narrative.claims import Claim

from .strategies import AS_OF, catalogs, traffics

DAY = dt.date(2026, 12, 2)
MILLION = Decimal(1_000_000)


def _cost_line(r: Recommendation, model_id: str) -> str:
    i = next(k for k, c in enumerate(r.candidates) if c.model.id == model_id)
    return r.reasons.candidates[i][0].text


@pytest.fixture(scope="module")
def cached() -> Recommendation:
    """The finding's run: half the input read from the prompt cache, vision, a $300 budget."""
    r = recommend(traffic=Traffic(cached_share=Decimal("0.5")), requires=["vision"],
                  budget=300, limit=5, as_of=DAY)
    assert not r.check()
    return r


def test_a_cache_read_price_the_bill_uses_is_quoted(cached: Recommendation) -> None:
    """P2: Gemma 3 27B's $47.50 is 400M x $0.03 + 400M x $0.02 + 250M x $0.11: the line says
    "$0.02 cached input", which it left out ($0.03/$0.11 alone make $51.50)."""
    line = _cost_line(cached, "gemma-3-27b-it")
    quoted = ("$47.50 a month on Kilo Gateway, at $0.03 input, $0.02 cached input and $0.11 "
              "output per 1M tokens")
    assert quoted in line, line


def test_a_missing_cache_read_price_is_said(cached: Recommendation) -> None:
    """P2: Llama 3.2 11B Vision's route lists no cache-read price: its cached half is billed at
    the input price, and the line says so, as the comparison's cost section does."""
    line = _cost_line(cached, "llama-3.2-11b-vision-instruct")
    said = ("at $0.049 input and $0.049 output per 1M tokens; no cache-read price is listed, "
            "so cached input is billed at the input price")
    assert said in line, line


def test_missing_batch_prices_are_said() -> None:
    """P2's second run: neither Qwen3 4B's nor Sarvam 30B's route lists a batch price, so both
    bills are the standard prices, and each line says so in one clause."""
    r = recommend(open_weights=True, requires=["reasoning"], budget=50, limit=2, as_of=DAY,
                  traffic=Traffic(cached_share=Decimal("0.3"), batch_share=Decimal("0.5")))
    assert not r.check()
    qwen, sarvam = _cost_line(r, "qwen3-4b"), _cost_line(r, "sarvam-30b")
    both = "no batch price is listed, so batch input and output are billed at the standard prices"
    assert both in qwen, qwen
    assert both in sarvam, sarvam
    assert "no cache-read price is listed, so cached input is billed at the input price" in sarvam


_WORDS = {"input": "input", "output": "output", "cached input": "cached input",
          "cache writes": "cache-write", "cache writes (1 hour)": "1-hour cache-write",
          "batch input": "batch input", "batch output": "batch output", "requests": "a request"}
"""A bill line's item, as the candidate's line names its price."""


def _quoted(claim: Claim, i: int, r: Recommendation) -> dict[str, Decimal]:
    """The prices the claim quotes, by the bill line's item, each found in its text."""
    c = r.candidates[i]
    found: dict[str, Decimal] = {}
    for e in claim.evidence:
        path = str(e.path)
        if path == f"candidates[{i}].estimate.input_price":
            item = "input"
        elif path == f"candidates[{i}].estimate.output_price":
            item = "output"
        elif path.startswith(f"candidates[{i}].estimate.lines[") and path.endswith("unit_price"):
            k = int(path.split("lines[")[1].split("]", maxsplit=1)[0])
            item = c.estimate.lines[k].item
        else:
            continue
        assert isinstance(e.value, Decimal)
        assert f"{e.shown} {_WORDS[item]}" in claim.text, (item, claim.text)
        found[item] = e.value
    return found


def _bill(traffic: Traffic, quoted: dict[str, Decimal]) -> Decimal:
    """The bill the quoted prices make at the traffic's token shares (docs/cost-model.md)."""
    cached = int(traffic.input_tokens * traffic.cached_share)
    written = int(traffic.input_tokens * traffic.cache_write_share)
    fresh = traffic.input_tokens - cached - written
    total = Decimal(0)
    if "cached input" in quoted:
        total += cached * quoted["cached input"]
    else:  # billed at the input price
        fresh += cached
    written_1h = int(written * traffic.cache_write_1h_share)
    if "cache writes (1 hour)" in quoted:
        total += written_1h * quoted["cache writes (1 hour)"]
        written -= written_1h
    if "cache writes" in quoted:
        total += written * quoted["cache writes"]
    else:
        fresh += written
    batch_in = int(fresh * traffic.batch_share) if "batch input" in quoted else 0
    batch_out = int(traffic.output_tokens * traffic.batch_share) if "batch output" in quoted \
        else 0
    total += (fresh - batch_in) * quoted["input"] + (traffic.output_tokens - batch_out) * \
        quoted["output"]
    total += batch_in * quoted.get("batch input", Decimal(0))
    total += batch_out * quoted.get("batch output", Decimal(0))
    fee = (traffic.requests or 0) * quoted.get("requests", Decimal(0))
    return total / MILLION + fee


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs(min_models=1, max_models=4), traffics())
def test_the_quoted_prices_add_up_to_the_bill(catalog: Catalog, traffic: Traffic) -> None:
    """Property: each candidate's quoted prices times the traffic's token shares are its bill,
    exactly; a share the bill prices at the standard price is said, not left silent."""
    r = recommend(catalog, traffic=traffic, as_of=AS_OF, limit=None)
    assert not r.check()
    for i, c in enumerate(r.candidates):
        claim = r.reasons.candidates[i][0]
        assert c.monthly is not None
        quoted = _quoted(claim, i, r)
        assert _bill(traffic, quoted) == c.monthly, (claim.text, quoted, traffic)
        cached = int(traffic.input_tokens * traffic.cached_share)
        if cached and "cached input" not in quoted:
            assert "no cache-read price is listed" in claim.text, claim.text
        if any(n.startswith("no batch") for n in c.estimate.notes):
            assert "no batch" in claim.text, claim.text
