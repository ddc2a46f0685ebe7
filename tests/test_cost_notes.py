"""A bill's caveat shared by several prices or models is said once (review 11, K13)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, Traffic, compare

DAY = dt.date(2026, 11, 25)
BATCHED = Traffic(input_tokens=800_000_000, output_tokens=250_000_000, batch_share=Decimal("0.5"))


def _model(key: str, batch_input: Decimal | None = None,
           batch_output: Decimal | None = None) -> Model:
    return Model(id=key, name=key.upper(), released=DAY, routes=(ProviderRoute(
        provider="p", input=Decimal(1), output=Decimal(2), source="https://example.com",
        checked=DAY, batch_input=batch_input, batch_output=batch_output),))


def _cost_texts(*models: Model) -> list[str]:
    c = compare(*models, catalog=Catalog(models=models, providers=(Provider(id="p", name="P"),)),
                as_of=DAY, traffic=BATCHED)
    assert c.check() == []
    return [claim.text for claim in c.narrative.cost]


def test_batch_prices_missing_on_every_side_are_said_once() -> None:
    """`claude-sonnet-4 gpt-4.1 --batch 0.5` said "no batch input price is listed ..." and "no
    batch output price is listed ..." for each model: four sentences for one caveat."""
    texts = _cost_texts(_model("a"), _model("b"))
    assert ("A and B: no batch price is listed for either, so batch input and output are billed "
            "at the standard prices.") in texts, texts
    assert not any("no batch input price" in t or "no batch output price" in t for t in texts)


def test_one_model_missing_both_batch_prices_reads_one_sentence() -> None:
    texts = _cost_texts(_model("a"), _model("b", batch_input=Decimal("0.5"),
                                             batch_output=Decimal(1)))
    assert ("A: no batch price is listed, so batch input and output are billed at the standard "
            "prices.") in texts, texts
    assert not any(t.startswith("B: no batch") for t in texts)


def test_one_missing_side_keeps_its_own_words() -> None:
    texts = _cost_texts(_model("a", batch_input=Decimal("0.5")), _model("b"))
    assert ("A: no batch output price is listed, so batch output is billed at the standard "
            "price.") in texts, texts
    assert ("B: no batch price is listed, so batch input and output are billed at the standard "
            "prices.") in texts, texts
