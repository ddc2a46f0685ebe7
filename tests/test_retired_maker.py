"""A bill on another provider's old listing, its maker's own route retired, is said up top.

Helper fixCN: ``phicompare claude-3-opus claude-opus-4-5`` (2026-12-03) compared Claude Opus 3's
bill in the summary, the line at a glance and the verdict ("Claude Opus 4.5 is $20,500.00
cheaper") without saying that Anthropic retired its own route on 2026-01-05 or that the bill is
Amazon Bedrock's listing, its price and status last checked 2025-05-22; only the route table,
the FAQ and the cost section did. The summary says it once, right after the bills, for every
model whose maker's own routes are all retired by the page's date and whose bill is on another
provider's listing checked more than 180 days before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import Comparison, compare, default_catalog

DAY = dt.date(2026, 12, 3)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _expected(c: Comparison, i: int) -> str | None:
    """The sentence the rule asks of model ``i``, read off the comparison's own facts."""
    e = c.cost.estimates[i]
    rows = [r for r in c.routes if r.model_index == i]
    bill = next((r for r in rows if e.route is not None and r.route == e.route), None)
    makers = [r for r in rows if r.maker]
    if (bill is None or e.monthly is None or bill.maker or not bill.stale or not makers
            or any(r.route.retires is None or r.route.retires > c.as_of for r in makers)):
        return None
    last = max(r.route.retires for r in makers if r.route.retires is not None)
    assert len({r.provider_name for r in makers}) == 1  # (the bundled catalog's cases)
    routes = "route on" if len(makers) == 1 else "routes, the last on"
    return (f"{c.models[i].name}'s bill rests on {bill.provider_name}'s listing, its price and "
            f"status last checked {bill.route.checked.isoformat()}; {makers[0].provider_name} "
            f"retired its own {routes} {last.isoformat()}.")


def test_claude_opus_3_says_it_once_in_the_summary() -> None:
    c = compare("claude-3-opus", "claude-opus-4-5", as_of=DAY)
    said = ("Claude Opus 3's bill rests on Amazon Bedrock's listing, its price and status last "
            "checked 2025-05-22; Anthropic retired its own route on 2026-01-05.")
    summary = _flat(" ".join(claim.text for claim in c.narrative.summary))
    assert "Claude Opus 4.5 is $20,500.00 cheaper. " + said in summary
    assert _flat(c.to_markdown()).count(said) == 1
    assert _expected(c, 0) == said
    assert _expected(c, 1) is None
    assert c.check() == []


def test_the_lower_bill_is_dated_once() -> None:
    """The saving's "at prices last checked more than 180 days ..." gives way to the date."""
    c = compare("claude-3-haiku", "gpt-4o", as_of=DAY)
    summary = _flat(" ".join(claim.text for claim in c.narrative.summary))
    assert "Claude Haiku 3 is $3,987.50 cheaper. Claude Haiku 3's bill rests on" in summary
    assert "more than 180 days" not in summary
    assert c.check() == []


def test_no_sentence_before_the_maker_retires() -> None:
    c = compare("claude-3-opus", "claude-opus-4-5", as_of=dt.date(2026, 1, 4))
    assert "retired its own route" not in c.to_markdown()


def _held() -> list[str]:
    """The bundled catalog's models with a route retired by ``DAY`` (the rule's candidates)."""
    return [m.id for m in default_catalog().models
            if any(r.retires is not None and r.retires <= DAY for r in m.routes)]


@pytest.mark.slow
def test_every_model_the_rule_holds_of() -> None:
    found = []
    for model_id in _held():
        rival = "phi-4-mini" if model_id != "phi-4-mini" else "phi-2"
        c = compare(model_id, rival, as_of=DAY)
        said = _expected(c, 0)
        page = _flat(c.to_markdown())
        if said is None:
            assert "retired its own route" not in page, model_id
            continue
        found.append(model_id)
        assert page.count(said) == 1, (model_id, said)
        assert c.check() == [], model_id
    assert "claude-3-opus" in found, found
    assert len(found) >= 5, found
