"""A vendor only the model's id suggests (``Model.vendor_inferred``) is printed as a guess."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal

import pytest

from phicompare import Catalog, Model, Provider, ProviderRoute, compare
from phicompare.cli import listing as cli_listing
from phicompare.cli.main import main
from phicompare.render.blocks import Table
from phicompare.render.catalog_pages import model_page

CHECKED = dt.date(2026, 11, 1)


def _catalog() -> Catalog:
    route = ProviderRoute(provider="p", source="https://example.com", checked=CHECKED,
                          input=Decimal("0.10"), output=Decimal("0.30"))
    return Catalog(providers=(Provider(id="p", name="Provider P"),), models=(
        Model(id="gemma-tune", name="Gemma Tune", vendor="Google", vendor_inferred=True,
              released=dt.date(2026, 5, 1), context_window=8192, routes=(route,)),
        Model(id="gemma-it", name="Gemma IT", vendor="Google", released=dt.date(2026, 4, 2),
              context_window=8192, routes=(route,)),
    ))


def test_the_summary_and_provenance_say_the_vendor_is_not_sourced() -> None:
    """Review 8, G8: "from Google" was printed for a vendor no source states."""
    c = compare("gemma-tune", "gemma-it", catalog=_catalog())
    page = c.to_markdown()
    assert "Gemma Tune: vendor not yet sourced (the name suggests Google), released " in page
    assert "Gemma IT: from Google, released " in page
    assert "Gemma Tune: from Google" not in page
    assert "Not yet sourced for Gemma Tune: vendor, " in page
    assert "Not yet sourced for Gemma IT: vendor" not in page
    assert c.check() == []


def test_show_list_and_the_model_page_mark_the_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: _catalog())
    out = io.StringIO()
    assert main(["show", "gemma-tune", "--width", "120"], out=out) == 0
    assert "Vendor            not yet sourced (the name suggests Google)" in out.getvalue()
    out = io.StringIO()
    assert main(["list", "--vendor", "google", "--width", "200", "--sort", "id"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert "Google (inferred)" in lines[3]
    assert "(inferred)" not in lines[2]
    assert "'(inferred)': no source states the vendor, the model's id suggests it; " in lines[-1]
    out = io.StringIO()
    assert main(["list", "--format", "json", "--sort", "id"], out=out) == 0
    assert [d["vendor_inferred"] for d in json.loads(out.getvalue())] == [False, True]
    facts = next(b for b in model_page(_catalog().model("gemma-tune")) if isinstance(b, Table))
    assert ("Vendor", "not yet sourced (the name suggests Google)") in facts.rows
