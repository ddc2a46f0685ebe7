"""Open weights from sources that state them (review 7, F14): unknown is not yes."""

from __future__ import annotations

import datetime as dt

from phicompare import default_catalog
from phicompare.importers._assemble import Record, assemble


def _record(model: str, provider: str, flag: bool) -> Record:
    return Record(identity=f"{provider}/{model}", source=f"models.dev:{provider}",
                  url=f"https://example.com/{provider}/{model}", names=(model,),
                  facts={"open_weights": flag})


def test_openrouters_listing_states_the_weights_over_another_resellers_flag() -> None:
    """OpenRouter's flag follows its Hugging Face link: without a link, Kilo's "open" is
    unconfirmed (not yet sourced, never "closed"); with one, a reseller's "closed" gives way."""
    models, _ = assemble([_record("api-only", "kilo", True),
                          _record("api-only", "openrouter", False),
                          _record("linked", "helicone", False),
                          _record("linked", "openrouter", True),
                          _record("reseller-only", "kilo", True)], dt.date(2026, 1, 1))
    flags = {m.id: m.open_weights for m in models}
    assert flags == {"api-only": None, "linked": True, "reseller-only": True}


def test_api_only_models_do_not_publish_weights_in_the_bundled_catalog() -> None:
    """Qwen3.5-Flash and Seed 1.6 Flash are API-only; no copy of them says "open"."""
    catalog = default_catalog()
    for name in ("qwen3.5-flash", "qwen3.5-flash-02-23", "seed-1.6-flash", "seed-2.0-lite",
                 "qwen3-max-thinking"):
        assert catalog.model(name).open_weights is not True, name
