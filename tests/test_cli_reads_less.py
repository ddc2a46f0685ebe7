"""`list` and `pick` do their own work only, and an HTML page works out its standings once.

Review 24 found `phicompare pick` and `phicompare list` taking seconds (issue 18's spirit):
`list --vendor` read and billed every model of the catalog, both commands imported every page
renderer, and an HTML page worked out `standings()` up to six times. Each check here fails if
that work comes back.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from phicompare import compare
from phicompare.catalog.bundled import _shelved
from phicompare.cli.listing import _of_vendors
from phicompare.cli.options import UsageError
from phicompare.narrative.standing import standings
from phicompare.render import highlights, html

from .helpers import DATA

DAY = dt.date(2026, 11, 25)


def test_list_by_vendor_reads_only_that_vendors_files() -> None:
    catalog = _shelved(DATA)
    assert catalog is not None
    shelf = catalog.shelf
    assert shelf is not None
    found = _of_vendors(catalog, {"microsoft"}, ["Microsoft"])
    ids = {m.id for m in found}
    files = {row.file for row in shelf.rows if row.id in ids}
    read = sum(row.file in files for row in shelf.rows)  # the models of those files
    assert 0 < len(found) <= read < len(catalog) / 4
    assert len(shelf._loaded) == read  # (what the shelf has read)
    # the same models, in catalog order, as filtering every model gives
    assert list(found) == [m for m in catalog if (m.vendor or "").casefold() == "microsoft"]


def test_list_by_an_unknown_vendor_is_still_a_usage_error() -> None:
    catalog = _shelved(DATA)
    assert catalog is not None
    with pytest.raises(UsageError, match="did you mean 'Microsoft'"):
        _of_vendors(catalog, {"microsft"}, ["Microsft"])


def test_list_and_pick_import_no_comparison_page() -> None:
    code = (
        "import io, sys\n"
        "from phicompare.cli.main import main\n"
        "assert main(['list', '--vendor', 'microsoft'], out=io.StringIO()) == 0\n"
        "assert main(['pick', '--limit', '1'], out=io.StringIO()) == 0\n"
        "print(sorted(m for m in sys.modules if m in ('phicompare.cli.compare',"
        " 'phicompare.render.page', 'phicompare.render.html', 'phicompare.cli.model_view',"
        " 'phicompare.catalog.lint')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=600)
    assert done.stdout.strip() == "[]"


def test_an_html_page_works_out_its_standings_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a model ruled out (no function calling): the cards' and cells' tags read the standings
    c = compare("phi-4", "phi-4-mini", "phi-3-mini-128k", requires={"function_calling"},
                as_of=DAY)
    expected = c.to_html()
    calls: list[object] = []
    real = standings

    def counted(comparison: object) -> object:
        calls.append(comparison)
        return real(comparison)  # type: ignore[arg-type]

    monkeypatch.setattr(html, "standings", counted)
    monkeypatch.setattr(highlights, "standings", counted)
    assert c.to_html() == expected
    assert len(calls) == 1
    assert "longer than Phi-4" in expected
