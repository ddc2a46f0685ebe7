"""Review 9's catalog-data findings (H1, H2, H13, H7, H10): one model, one record, dated no
earlier than it could exist, with its own scores."""

from __future__ import annotations

import datetime as dt

from phicompare import default_catalog
from phicompare.importers._identity import identity_key


def test_vercels_and_iflows_qwen3_235b_are_qwens_april_model() -> None:
    """H1: models.dev's iFlow qwen3-235b (dated 2024-12-01) and Vercel's alibaba/qwen-3-235b
    (Vercel's page: "Qwen3 235B A22B", 131.1K tokens, thinking budget) are Qwen3-235B-A22B of
    2025-04-29, not a second model dated before Qwen3 existed."""
    assert identity_key("qwen3-235b") == identity_key("qwen3-235b-a22b")
    assert identity_key("alibaba/qwen-3-235b") == identity_key("qwen3-235b-a22b")
    catalog = default_catalog()
    assert "qwen3-235b" not in {m.id for m in catalog.models}
    model = catalog.model("qwen3-235b")
    assert model.id == "qwen3-235b-a22b"
    assert model.released == dt.date(2025, 4, 29)
    assert {"iflowcn", "vercel"} <= {r.provider for r in model.routes}


def test_iflows_qwen3_235b_a22b_instruct_is_the_july_model() -> None:
    """H1: iFlow's qwen3-235b-a22b-instruct (256,000 tokens, July 2025) is Qwen3-235B-A22B-
    Instruct-2507, not the April hybrid nor a third record."""
    catalog = default_catalog()
    assert "qwen3-235b-a22b-instruct" not in {m.id for m in catalog.models}
    assert catalog.model("qwen3-235b-a22b-instruct").id == "qwen3-235b-a22b-instruct-2507"
    april = catalog.model("qwen3-235b-a22b")
    assert all(r.provider_model_id != "qwen3-235b-a22b-instruct" for r in april.routes)


def test_a_qwen3_235b_page_dated_before_qwen3_picks_nothing() -> None:
    """H1's repro: with one record, nothing on the page was released by 2025-02-01."""
    from phicompare import compare
    page = compare("qwen3-235b", "qwen3-235b-a22b-instruct-2507", as_of=dt.date(2025, 2, 1))
    assert page.check() == []
    assert all(m.released is not None and m.released > dt.date(2025, 2, 1) for m in page.models)


def test_a_release_before_the_ids_own_stamp_is_dropped() -> None:
    """H2: models.dev dates voxtral-mini-3b-2507 (July 2025 by its id) 2024-12-01; the
    rule drops such a date (unknown, with a note), and the bundled layer holds none."""
    from phicompare.importers._stamp_dates import id_stamp
    catalog = default_catalog()
    voxtral = catalog.model("voxtral-mini-3b-2507")
    assert voxtral.released is None or voxtral.released >= dt.date(2025, 7, 1)
    assert "stamped 2025-07" in (voxtral.notes or "")
    for model in catalog.models:
        stamp = id_stamp(model.id)
        if stamp is not None and model.released is not None:
            assert (model.released.year, model.released.month) >= stamp, model.id


def test_mistral_large_3_and_deep_research_are_dated_from_their_makers() -> None:
    """H2: Mistral Large 3 came out on 2025-12-02 (Mistral 3), not 2024-11-01; OpenAI's deep
    research models on 2025-06-26 (their snapshots' date), after o3 and o4-mini, not 2024."""
    catalog = default_catalog()
    assert catalog.model("mistral-large-2512").released == dt.date(2025, 12, 2)
    for model_id in ("o3-deep-research", "o4-mini-deep-research"):
        model = catalog.model(model_id)
        assert model.released == dt.date(2025, 6, 26), model_id
        base = catalog.model(model_id.removesuffix("-deep-research")).released
        assert base is not None
        assert model.released > base


def test_as_of_before_mistral_large_3_does_not_pick_it() -> None:
    """H2's repro: on 2024-11-10 Mistral Large 3 is not released (nor is 2.1)."""
    from phicompare import compare
    page = compare("mistral-large-2512", "mistral-large-2411", "mistral-large-2407",
                   as_of=dt.date(2024, 11, 10))
    assert page.check() == []
    text = page.to_markdown() if hasattr(page, "to_markdown") else str(page)
    assert "Pick Mistral Large 3" not in text
