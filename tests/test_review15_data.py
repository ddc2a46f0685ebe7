"""Review 15's model-data findings (P4, P6, P5, P1, P7, P2, P3): each record read as its maker's
own page gives it, and no model compared with itself."""

from __future__ import annotations

import datetime as dt

from phicompare import compare, default_catalog
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.importers._correct import Correction, corrected

DAY = dt.date(2026, 12, 1)


def test_a_keyed_window_the_record_already_holds_still_bounds_its_routes() -> None:
    """P4: the route bound ran only when the keyed window changed the model's; a model whose
    listing already gave the card's window kept a route listing more (Gemma 3n E4B on NVIDIA
    NIM: 128,000 beside the card's 32K)."""
    routes = tuple(ProviderRoute(provider=p, source="https://x.test", checked=DAY,
                                 context_window=w) for p, w in (("a", 128_000), ("b", 32_768)))
    model = Model(id="m", name="M", context_window=32_768, routes=routes)
    fix = Correction("m", "context_window", 32_768, "https://card.test", DAY, "the card")
    (out,), (line,) = corrected([model], [fix])
    assert [r.context_window for r in out.routes] == [None, 32_768]
    assert out.context_window == 32_768
    assert "the window above it that a lists is not recorded on its route" in line
    assert "https://card.test" in out.sources
    unchanged, lines = corrected([Model(id="m", name="M", context_window=32_768)], [fix])
    assert lines == []
    assert unchanged[0].notes is None


def test_gemma_3n_e4b_nim_route_reads_the_card_s_window() -> None:
    """P4: E4B's NVIDIA NIM route listed 128,000; the card gives both sizes 32K, so no route of
    either reads more and no page says E4B's routes take more than E2B."""
    catalog = default_catalog()
    for model_id in ("gemma-3n-e2b-it", "gemma-3n-e4b-it"):
        model = catalog.model(model_id)
        assert all(r.context_window is None or r.context_window <= 32_768
                   for r in model.routes), model_id
    page = compare("gemma-3n-e4b-it", "gemma-3n-e2b-it", include_free=True).to_markdown()
    assert "128K" not in page
    assert "must be cut" not in page
