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


def test_gemma_3n_sizes_are_one_release_with_the_card_s_family_licence_and_output() -> None:
    """P6: Google released both Gemma 3n sizes on 2025-06-26 (its developer guide: "the full
    release of Gemma 3n"; 2025-05-20 was the I/O preview, 2025-06-12 NVIDIA's listing); the card
    both cite gives the Gemma licence and one 32K context for output as for input (E2B's 4,096
    was NVIDIA NIM's cap, which its route keeps)."""
    catalog = default_catalog()
    e2b, e4b = catalog.model("gemma-3n-e2b-it"), catalog.model("gemma-3n-e4b-it")
    for model in (e2b, e4b):
        assert str(model.released) == "2025-06-26", model.id
        assert model.family == "gemma", model.id
        assert model.license == "Gemma Terms of Use", model.id
        assert model.max_output_tokens == 32_768, model.id
        assert "https://developers.googleblog.com/en/introducing-gemma-3n-developer-guide/" in (
            model.sources)
    nim = next(r for r in e2b.routes if r.provider == "nvidia-nim")
    assert nim.max_output_tokens == 4_096
    early = compare("gemma-3n-e2b-it", "gemma-3n-e4b-it", include_free=True,
                    as_of=dt.date(2025, 6, 1)).to_markdown()
    assert "the only model here released" not in early
