"""An import's day on the command line (API review 15, A3): ``KIND:PATH@DATE`` dates a source
that carries no date, and ``--catalog`` refuses one that would be dated by its file's
modification time (a page would say its prices were "last checked" on the day the file was
copied)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from phicompare.cli.main import main
from phicompare.exceptions import SourceError
from phicompare.importers import ImportedCatalog, load_source

DAY = dt.date(2026, 7, 15)


@pytest.fixture
def prices(tmp_path: Path) -> Path:
    """A one-entry LiteLLM map with no SNAPSHOT.txt, its file dated today."""
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"fireworks_ai/accounts/fireworks/models/tiny-new-model": {
        "litellm_provider": "fireworks_ai", "mode": "chat", "max_input_tokens": 8192,
        "input_cost_per_token": 1e-07, "output_cost_per_token": 2e-07}}), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_a_day_after_the_path_dates_the_import(prices: Path) -> None:
    catalog = load_source(f"litellm:{prices}@2026-07-15")
    assert isinstance(catalog, ImportedCatalog)
    assert (catalog.report.checked, catalog.report.checked_from) == (DAY, "argument")
    assert {r.checked for m in catalog.models for r in m.routes} == {DAY}


def test_a_day_in_the_spec_wins_over_checked(prices: Path) -> None:
    catalog = load_source(f"litellm:{prices}@2026-07-15", checked=dt.date(2026, 1, 1))
    assert isinstance(catalog, ImportedCatalog)
    assert catalog.report.checked == DAY


def test_a_bad_day_is_named(prices: Path) -> None:
    with pytest.raises(SourceError, match="'2026-13-01' is not a date such as 2026-07-15"):
        load_source(f"litellm:{prices}@2026-13-01")


def test_a_path_that_holds_an_at_sign_is_read_as_given(tmp_path: Path, prices: Path) -> None:
    odd = tmp_path / "map@2026-07-15"
    odd.mkdir()
    os.replace(prices, odd / "model_prices_and_context_window.json")
    catalog = load_source(f"litellm:{odd}", checked=DAY)
    assert isinstance(catalog, ImportedCatalog)
    assert catalog.report.checked_from == "argument"


def test_the_page_carries_the_day_given(prices: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "phi-2", "tiny-new-model", "--catalog",
                         f"litellm:{prices}@2026-07-15", "--format", "json")
    assert (code, err) == (0, "")
    routes = [r for r in json.loads(out)["routes"] if r["model"] == 1]
    assert [r["route"]["checked"] for r in routes] == ["2026-07-15"]


def test_catalog_refuses_an_import_dated_by_its_file(prices: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """No page says prices were last checked on the day a file was copied: exit 2, one line."""
    code, out, err = run(capsys, "phi-2", "tiny-new-model", "--catalog", f"litellm:{prices}")
    assert (code, out) == (2, "")
    assert err.startswith(f"phicompare: --catalog: litellm:{prices} carries no date")
    assert "file's modification time" in err
    assert f"litellm:{prices}@YYYY-MM-DD" in err
    assert len(err.splitlines()) == 1


def test_a_snapshot_date_needs_no_day(prices: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (prices.parent / "SNAPSHOT.txt").write_text("Downloaded 2026-07-15\n", encoding="utf-8")
    code, out, _ = run(capsys, "phi-2", "tiny-new-model", "--catalog", f"litellm:{prices}",
                       "--format", "json")
    assert code == 0
    routes = [r for r in json.loads(out)["routes"] if r["model"] == 1]
    assert [r["route"]["checked"] for r in routes] == ["2026-07-15"]


def test_audit_reads_the_day_too(prices: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The audit keeps an undated source (it says where its date is from), and takes a day."""
    code, out, _ = run(capsys, "audit", "--report", f"litellm:{prices}@2026-07-15")
    assert code == 0
    assert "checked 2026-07-15 from argument" in out
    code, out, _ = run(capsys, "audit", "--report", f"litellm:{prices}")
    assert code == 0
    assert "from file modification time" in out
