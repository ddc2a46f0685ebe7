"""Every capability its maker's own listing flags is the model's word, alike (review 19, P5).

Qwen3-Omni Flash's every source is a listing on Alibaba's own APIs, so its vision (which the
record keeps from those listings) read "yes"; the reasoning mode and function calling the same
two listings flag read "from both its providers" and "Alibaba Cloud Model Studio and Alibaba
(China) offer reasoning mode for Qwen3-Omni Flash", as if resellers offered them. The maker's
listing is one source with one standing: each flag it gives is the model's.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from phicompare import Capabilities, Catalog, compare
from phicompare.cli.model_view import show_model
from phicompare.domain.capabilities import Capability
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, Provider, ProviderTier
from phicompare.render.blocks import Table
from phicompare.render.catalog_pages import model_page

DAY = dt.date(2026, 12, 2)


def test_the_bundled_pair_reads_the_makers_flags_as_the_models() -> None:
    c = compare("command-a-vision-07-2025", "qwen3-omni-flash", as_of=DAY)
    md = c.to_markdown()
    for label in ("Vision", "Reasoning mode", "Function calling"):
        row = next(line for line in md.splitlines() if line.startswith(f"| {label} |"))
        assert row.endswith("| yes |"), row
    assert "offer reasoning mode for Qwen3-Omni Flash" not in md, md
    assert "offer function calling for Qwen3-Omni Flash" not in md, md
    assert "from both its providers" not in md, md
    assert c.check() == []


def test_show_and_a_model_page_read_them_alike() -> None:
    from phicompare import default_catalog
    catalog = default_catalog()
    model = catalog.model("qwen3-omni-flash")
    out = io.StringIO()
    show_model(model, catalog, 100, out, model.routes)
    said = out.getvalue()
    assert "Reasoning mode yes" in said, said
    assert "Function calling yes" in said, said
    assert "on both its routes" not in said, said
    table = next(b for b in model_page(model, catalog=catalog)
                 if isinstance(b, Table) and b.caption.endswith("capabilities"))
    assert isinstance(table, Table)
    assert ("Reasoning mode", "yes") in table.rows, table


def test_a_makers_listing_flags_a_capability_of_a_user_catalog_model() -> None:
    listing = "https://example.com/maker/listing"
    route = ProviderRoute(provider="maker-api", input=Decimal("0.10"), output=Decimal("0.10"),
                          source=listing, checked=DAY,
                          capabilities=Capabilities(vision=True, reasoning=True))
    a = Model(id="a", name="A", vendor="Maker", capabilities=Capabilities(vision=True),
              routes=(route,), sources=(listing,))
    other = ProviderRoute(provider="host", input=Decimal("0.10"), output=Decimal("0.10"),
                          source="https://example.com/b", checked=DAY)
    b = Model(id="b", name="B", routes=(other,), sources=("https://example.com/b-card",))
    maker = Provider(id="maker-api", name="Maker API", tier=ProviderTier.FIRST_PARTY,
                     vendors=("Maker",))
    c = compare(a, b, catalog=Catalog(models=(a, b), providers=(maker,)), as_of=DAY)
    row = next(r for r in c.capabilities if r.capability is Capability.REASONING)
    assert row.documented[0] is True, row
    assert c.check() == []
