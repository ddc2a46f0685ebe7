"""One absolute price bound: what `validate` passes, `compare`, `show` and `list` can price."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from phicompare import CatalogError, ComparisonError, compare, load_catalog
from phicompare.analysis.traffic import ABSURD_TOKENS, Traffic
from phicompare.catalog.loader import validate_paths
from phicompare.catalog.values import MAX_PRICE_LIMIT
from phicompare.cli.main import main

PRICES = ("input", "output", "cache_read", "cache_write", "batch_input", "batch_output",
          "per_request")


def _file(folder: Path, max_price: str, price: str) -> Path:
    """Review 11, K1's file: a raised `max_price`, one route priced at ``price``."""
    lines = [f"max_price = {max_price}",
             '[[providers]]\nid = "acme"\nname = "Acme"\ntier = "reseller"',
             '[[models]]\nid = "acme-1"\nname = "Acme 1"\nvendor = "Acme"',
             "released = 2025-01-01\ncontext_window = 128000",
             '[[models.routes]]\nprovider = "acme"\nsource = "https://example.com/prices"',
             "checked = 2026-01-01",
             *(f"{key} = {price}" for key in PRICES),
             '[[models]]\nid = "acme-2"\nname = "Acme 2"\nvendor = "Acme"',
             "released = 2025-01-01\ncontext_window = 128000",
             '[[models.routes]]\nprovider = "acme"\nsource = "https://example.com/prices"',
             "checked = 2026-01-01\ninput = 0.000001\noutput = 0.000001"]
    file = folder / "n.toml"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_the_bound_is_a_million_dollars() -> None:
    assert Decimal(10**6) == MAX_PRICE_LIMIT


@pytest.mark.parametrize(("max_price", "price"), [("1e30", "1e27"), ("1e401", "1e400"),
                                                  ("1000001", "1")])
def test_max_price_above_the_bound_is_a_problem(tmp_path: Path, max_price: str,
                                                price: str) -> None:
    file = _file(tmp_path, max_price, price)
    found = [str(p) for p in validate_paths(file)]
    assert any(f"{file}: max_price = " in m and "above $1,000,000" in m
               for m in found), found
    with pytest.raises(CatalogError, match="max_price"):
        load_catalog(file)


def test_a_price_above_the_bound_names_its_key_path(tmp_path: Path) -> None:
    file = _file(tmp_path, "1e30", "1e27")
    found = [str(p) for p in validate_paths(file)]
    line = next(m for m in found if "models[0].routes[0].output = " in m)
    assert "1E+27" in line
    assert "above $1,000,000 per 1M tokens" in line
    assert "raise the file's `max_price`" not in line  # it cannot be raised past the bound


@pytest.mark.parametrize("argv", [["acme-1", "phi-4"], ["show", "acme-1"], ["list"],
                                  ["validate"]])
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_commands_answer_the_file_in_one_line(tmp_path: Path, argv: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    file = _file(tmp_path, "1e30", "1e27")
    where = [str(file)] if argv == ["validate"] else ["--catalog", str(file)]
    code, out, err = _run([*argv, *where], capsys)
    assert "Traceback" not in out + err
    if argv == ["validate"]:
        assert code == 1
        assert "max_price = 1E+30" in out + err
    else:
        assert code == 2
        assert err.startswith("phicompare: ")
        assert err.count("\n") == 1


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_prices_at_the_bound_are_priced_at_the_largest_traffic(tmp_path: Path) -> None:
    file = _file(tmp_path, str(MAX_PRICE_LIMIT), str(MAX_PRICE_LIMIT))
    assert validate_paths(file, bundled=True) == []
    catalog = load_catalog(file, bundled=True)
    half = ABSURD_TOKENS // 2
    traffic = Traffic(input_tokens=half, output_tokens=half, requests=ABSURD_TOKENS,
                      cached_share="0.25", cache_write_share="0.25", batch_share="0.5")
    c = compare("acme-1", "acme-2", "phi-4", catalog=catalog, traffic=traffic)
    c.check()
    assert c.cost.estimates[0].monthly is not None
    for page in (c.to_text(), c.to_markdown(), c.to_json()):
        assert "1,000,000" in page or "1000000" in page
    # the HTML charts draw up to 3x the traffic: a third of the largest
    third = attrs.evolve(traffic, input_tokens=half // 3, output_tokens=half // 3,
                         requests=ABSURD_TOKENS // 3)
    assert "$1,000,000.00" in compare("acme-1", "acme-2", catalog=catalog,
                                      traffic=third).to_html()


@pytest.mark.parametrize("argv", [["acme-1", "acme-2", "--traffic", "1000000000/day@15000:15000"],
                                  ["show", "acme-1"], ["list"]])
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_commands_price_a_file_at_the_bound(tmp_path: Path, argv: list[str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    file = _file(tmp_path, str(MAX_PRICE_LIMIT), str(MAX_PRICE_LIMIT))
    code, out, err = _run([*argv, "--catalog", str(file)], capsys)
    assert (code, err) == (0, "")
    assert "$1,000,000.00" in out


def test_the_html_charts_draw_the_largest_traffic(tmp_path: Path) -> None:
    """The charts move the input share and scale the month: every traffic they draw keeps the
    month's tokens within the bound, so the page at the largest traffic renders (hostileK's
    leftover: the share chart put both sides' tokens on one side, past the bound, and the page
    failed with "output_tokens of 1,999,999,999,800,000 a month is beyond any real workload")."""
    catalog = load_catalog(_file(tmp_path, str(MAX_PRICE_LIMIT), str(MAX_PRICE_LIMIT)),
                           bundled=True)
    half = ABSURD_TOKENS // 2
    traffic = Traffic(input_tokens=half, output_tokens=ABSURD_TOKENS - half)
    assert "<svg" in compare("acme-1", "acme-2", catalog=catalog, traffic=traffic).to_html()


def test_the_month_is_bounded_as_a_whole() -> None:
    """Input and output each within the bound, but together past it, is no real workload."""
    with pytest.raises(ComparisonError, match="input and output together"):
        Traffic(input_tokens=ABSURD_TOKENS, output_tokens=1)


@pytest.mark.parametrize("value", ["1000000000000000:1", "1000000/month@600000000:600000000"])
def test_the_command_line_bounds_the_month_as_a_whole(value: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["phi-2", "phi-4-mini", "--traffic", value], capsys)
    assert code == 2
    assert err.startswith("phicompare: --traffic: ")
    assert "input and output" in err
    assert err.count("\n") == 1
