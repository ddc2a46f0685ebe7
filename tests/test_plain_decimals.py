"""Tiny and huge Decimal amounts are written in places (``0.0000005``), never ``5E-7``.

``str`` of a Decimal under a millionth, or of one with a positive exponent (``1E+3``, as TOML's
``1e3`` reads), is in exponent form. Wherever a reader meets an amount outside frames (which
write theirs in places already): a record's repr, a catalog problem, a validation error, a
page's notes in every format and in JSON.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from phicompare import (
    Catalog,
    Model,
    Problem,
    Provider,
    ProviderRoute,
    Tier,
    Traffic,
    compare,
    estimate,
    route_cost,
)
from phicompare.analysis.cost import TINY_PRICE
from phicompare.cli.main import main
from phicompare.narrative.format import price

EXPONENT = re.compile(r"\d[eE][+-]\d")
"""A Decimal in exponent form (``5E-7``, ``1E+3``); a colour such as ``#2e7d32`` has no sign."""
DAY = dt.date(2026, 11, 20)

amounts = st.one_of(
    st.builds(lambda digits, exp: Decimal(digits).scaleb(exp),
              st.integers(1, 999), st.integers(-30, -7)),   # under a millionth
    st.builds(lambda digits, exp: Decimal(digits).scaleb(exp),
              st.integers(1, 999), st.integers(1, 15)),     # 1E+1 .. 999E+15
    st.sampled_from([Decimal("5E-7"), Decimal("1E+3"), Decimal("2.5E+12"), Decimal("1E-12")]),
)


def _route(amount: Decimal, model_id: str = "ma") -> ProviderRoute:
    return ProviderRoute(provider="acme", provider_model_id=model_id, input=amount,
                         output=amount * 2, cache_read=amount, per_request=amount,
                         source="https://example.com/prices", checked=DAY)


def _catalog(amount: Decimal) -> Catalog:
    models = tuple(Model(id=i, name=i.upper(), context_window=8192, checked=DAY,
                         sources=("https://example.com/card",), routes=(_route(amount, i),))
                   for i in ("ma", "mb"))
    return Catalog(models=models, providers=(Provider(id="acme", name="Acme"),))


@given(amounts)
def test_a_records_repr_writes_its_decimals_in_places(amount: Decimal) -> None:
    """``repr`` (and so ``str``) of a route and a tier: ``Decimal('0.0000005')``, an equal value."""
    route = _route(amount)
    for text in (repr(route), str(route), repr(Tier(above_input_tokens=1, input=amount))):
        assert not EXPONENT.search(text), text
    assert f"input=Decimal('{amount:f}')" in repr(route)
    assert Decimal(f"{amount:f}") == amount  # the repr still reads back as the same value


@given(amounts)
def test_catalog_problems_and_errors_write_the_value_in_places(amount: Decimal) -> None:
    """A problem's value and a validator's message, as the file or the call wrote the number."""
    assert str(Problem("c.toml", "models[0].routes[0].input", -amount, "must not be negative")) \
        == f"c.toml: models[0].routes[0].input = -{amount:f}: must not be negative"
    with pytest.raises(ValueError, match="must not be negative") as negative:
        _route(-amount)
    with pytest.raises(ValueError, match="fraction off the price") as fraction:
        ProviderRoute(provider="acme", input=Decimal(1), output=Decimal(1), batch_discount=-amount,
                      source="https://example.com/prices", checked=DAY)
    assert str(negative.value).endswith(f"got Decimal('-{amount:f}')")
    assert str(fraction.value).endswith(f"got -{amount:f}")


def test_a_problem_past_21_digits_keeps_its_exponent() -> None:
    """No price has 22 digits: ``1E+27`` is what a reader can count (``tests/test_price_bound``)."""
    assert str(Problem("c.toml", "max_price", Decimal("1E+27"), "m")) \
        == "c.toml: max_price = 1E+27: m"
    assert str(Problem("c.toml", "max_price", Decimal("1E+20"), "m")) \
        == "c.toml: max_price = 100000000000000000000: m"


@given(amounts)
def test_a_bills_notes_write_a_fee_in_places(amount: Decimal) -> None:
    """The per-request fee a traffic without a request count leaves out."""
    cost = route_cost(_route(amount), Traffic(input_tokens=1000, output_tokens=1000))
    assert cost.notes
    # (thousands grouped: review 27); under a billionth of a dollar, "under" it
    shown = f"${amount:,f}" if amount >= TINY_PRICE else "under $0.000000001"
    assert f"a fee of {shown} a request" in cost.notes[0]
    assert not EXPONENT.search(" ".join(cost.notes))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amounts)
def test_pages_and_json_write_amounts_in_places(amount: Decimal) -> None:
    """Markdown, text, HTML and JSON of a comparison and an estimate; JSON's numbers exact."""
    catalog = _catalog(amount)
    c = compare("ma", "mb", catalog=catalog, as_of=dt.date(2026, 11, 25))
    data = c.to_dict()
    pages = {"markdown": c.to_markdown(), "text": c.to_text(), "html": c.to_html(),
             "json": json.dumps(data), "estimate": repr(estimate("ma", catalog=catalog))}
    for name, page in pages.items():
        found = EXPONENT.search(page)
        assert found is None, f"{name}: {page[max(found.start() - 60, 0):found.end() + 20]}"
    [route] = data["models"][0]["routes"]
    assert Decimal(route["input"]) == amount


TINY = """\
[[models]]
id = "tiny-a"
name = "Tiny A"
context_window = 8192
[[models.routes]]
provider = "together"
input = 0.0000005
output = 1e-7
per_request = 3e-9
source = "https://example.com/a"
checked = 2026-11-20
"""


@pytest.mark.parametrize("argv", [["pick"], ["pick", "--format", "json"], ["show", "tiny-a"],
                                  ["show", "tiny-a", "--format", "json"],
                                  ["tiny-a", "phi-2", "--format", "md"]])
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_the_command_writes_amounts_in_places(tmp_path: Path, argv: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """``pick``, ``show`` and a comparison over a file of tiny prices and a tiny fee."""
    mine = tmp_path / "tiny.toml"
    mine.write_text(TINY, encoding="utf-8")
    out = io.StringIO()
    dated = [] if argv[0] == "show" else ["--as-of", "2026-11-25"]
    assert main([*argv, "--catalog", str(mine), *dated], out=out) == 0
    assert not EXPONENT.search(out.getvalue() + capsys.readouterr().err)
    if argv == ["pick"]:
        assert "a fee of $0.000000003 a request" in " ".join(out.getvalue().split())


@given(st.one_of(amounts, st.decimals(min_value=Decimal("1E-12"), max_value=Decimal(1000),
                                      allow_nan=False, places=12)),
       st.sampled_from([None, 2, 3, 4]))
def test_a_price_that_is_not_zero_never_prints_as_zero(amount: Decimal, places: int | None) -> None:
    """``$0.0000`` for a price of $0.00001 read as a free route: a tiny price prints whole."""
    if not amount:
        return
    text = price(amount, places)
    if amount < TINY_PRICE:  # 1E-300 in places would be 300 digits
        assert text == "under $0.000000001"
        return
    shown = Decimal(text.removeprefix("$").replace(",", ""))
    assert shown, text
    assert not EXPONENT.search(text), text
    # four places round it away (half up, as prices round: $0.00005 prints $0.0001): whole
    if not amount.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP):
        assert shown == amount, text


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_show_and_pick_write_a_tiny_price_whole(tmp_path: Path) -> None:
    """``show`` and ``pick`` over a file whose input price is $0.0000005 per 1M tokens."""
    mine = tmp_path / "tiny.toml"
    mine.write_text(TINY, encoding="utf-8")
    for argv in (["show", "tiny-a"], ["pick", "--as-of", "2026-11-25"]):
        out = io.StringIO()
        assert main([*argv, "--catalog", str(mine)], out=out) == 0
        assert "$0.0000005" in out.getvalue()
        assert "$0.0000 " not in out.getvalue()


def test_a_price_half_way_to_a_tenth_of_a_cent_rounds_up() -> None:
    """Hypothesis found $0.00005: prices round half up ("$0.0001"); the property had rounded it
    half even, to nothing, and asked for it whole."""
    assert price(Decimal("0.0000500")) == "$0.0001"
