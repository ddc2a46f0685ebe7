"""A listing-only model's vision is its listings' offer, never the model's (review 10, I4).

Where every source of a model is a listing of one of its routes (no model card, no maker's
API), its inputs are those listings' offer (docs/narrative.md), and so are the vision and
multimodal input its listings' image input stands for. The page had said "Qwen3-Omni Flash
documents vision" and "Pick Qwen3-Omni Flash for ... vision" on two Alibaba listings alone,
beside "No source of Qwen3-Omni Flash's own states its inputs"; grok-4.1 likewise on 302.AI's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, Provider, ProviderTier

DAY = dt.date(2026, 11, 25)
CARD = "https://example.com/a/model-card"


def _model(mid: str, inputs: tuple[str, ...], caps: Capabilities, *, own: bool = False,
           provider: str | None = None) -> Model:
    listing = f"https://example.com/{mid}/listing"
    route = ProviderRoute(provider=provider or f"reseller-{mid}", input=Decimal("0.10"),
                          output=Decimal("0.10"), source=listing, checked=DAY)
    return Model(id=mid, name=mid.upper(), input_modalities=inputs, capabilities=caps,
                 routes=(route,), sources=(CARD, listing) if own else (listing,))


SEES = Capabilities(vision=True, multimodal=True)
BLIND = Capabilities(vision=False, multimodal=False)


def _compare(*models: Model, **terms: object) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY, **terms)  # type: ignore[arg-type]


def _pair(*, own: bool) -> Comparison:
    return _compare(_model("a", ("text", "image"), SEES, own=own),
                    _model("b", ("text",), BLIND, own=True))


def _texts(claims: tuple[object, ...]) -> list[str]:
    return [getattr(claim, "text", "") for claim in claims]


def _decision_fit(c: Comparison) -> str:
    line = next(line for line in c.to_markdown().splitlines() if line.startswith("| Decision fit"))
    return line.split("|")[2]


def test_a_listing_only_model_s_vision_is_its_listing_s_offer() -> None:
    c = _pair(own=False)
    row = next(r for r in c.capabilities if r.capability is Capability.VISION)
    assert row.documented[0] is None, row
    assert row.offered_by[0] == ("reseller-a",), row
    assert row.support[0] is Support.YES  # its route does offer it: --requires vision keeps it
    md = c.to_markdown()
    assert "| Vision | from its one provider | no |" in md, md
    assert "| Multimodal | from its one provider | no |" in md, md
    assert "A documents vision" not in md, md
    assert "reseller-a offers vision for A; B does not support it." in _texts(
        c.narrative.tradeoffs), _texts(c.narrative.tradeoffs)
    assert c.check() == []


def test_a_listing_is_no_reason_to_pick_the_model_for_vision() -> None:
    c = _pair(own=False)
    verdict, glance = _texts(c.narrative.verdict), _texts(c.narrative.at_a_glance)
    assert not any("Pick A" in s for s in verdict), verdict
    assert not any("vision" in s for s in glance), glance
    # said as no advantage, and whose offer it is
    assert ("The data records no advantage that favours A: no source of its own states the "
            "vision and multimodal input its route listing on reseller-a offers (which B does "
            "not support).") in verdict, verdict
    assert "vision" not in _decision_fit(c)
    assert "multimodal" not in _decision_fit(c)
    assert c.check() == []


def test_a_model_card_s_vision_is_still_the_model_s() -> None:
    c = _pair(own=True)  # the same flags with a source of the model's own: its word
    row = next(r for r in c.capabilities if r.capability is Capability.VISION)
    assert row.documented[0] is True
    assert row.offered_by[0] == ()
    said = _texts(c.narrative.verdict)
    assert any("vision" in s for s in said), said
    assert "A documents vision; B does not support it." in _texts(c.narrative.tradeoffs)
    assert "vision" in _decision_fit(c)
    assert c.check() == []


def test_the_maker_s_own_listing_is_the_model_s_word() -> None:
    listed = _model("a", ("text", "image"), SEES, provider="maker-a")
    a = Model(id="a", name="A", vendor="Maker", input_modalities=listed.input_modalities,
              capabilities=SEES, routes=listed.routes, sources=listed.sources)
    b = _model("b", ("text",), BLIND, own=True)
    maker = Provider(id="maker-a", name="Maker API", tier=ProviderTier.FIRST_PARTY,
                     vendors=("Maker",))
    c = compare(a, b, catalog=Catalog(models=(a, b), providers=(maker,)), as_of=DAY)
    assert [r.maker for r in c.routes_of(0)] == [True]
    row = next(r for r in c.capabilities if r.capability is Capability.VISION)
    assert row.documented[0] is True, row
    assert c.check() == []


def test_a_listing_only_model_meets_a_vision_requirement_on_its_listing() -> None:
    c = _compare(_model("a", ("text", "image"), SEES), _model("b", ("text",), BLIND, own=True),
                 requires=["vision"])
    assert [r.eligible for r in c.routes_of(0)] == [True]
    assert c.cost.estimates[0].monthly is not None
    assert c.check() == []


def test_the_bundled_pages_of_the_finding() -> None:
    # (Qwen3-Omni Flash's listings were the finding's; they are Alibaba's own APIs, so its
    # maker's word since review 18, P5: tests/test_maker_listed.py)
    c = compare("gpt-realtime-1.5", "deepseek-r1-0528")
    md = c.to_markdown()
    assert "GPT Realtime 1.5 documents vision" not in md, md
    assert "| Vision | from both its providers | no |" in md, md
    assert ("FastRouter and Vercel AI Gateway offer vision for GPT Realtime 1.5; "
            "DeepSeek R1 0528 does not support it.") in _texts(c.narrative.tradeoffs)
    said = _texts((*c.narrative.verdict, *c.narrative.at_a_glance))
    assert not any("vision" in s and "Pick GPT Realtime" in s for s in said), said
    assert any(s.startswith("The data records no advantage that favours GPT Realtime 1.5: no "
                            "source of its own states the vision") for s in said), said
    assert "vision" not in _decision_fit(c)
    assert c.check() == []
    c = compare("grok-4.1", "deepseek-r1-0528")
    assert "Pick grok-4.1 for a longer context (200,000 tokens)." in _texts(c.narrative.verdict)
    assert "grok-4.1 documents vision" not in c.to_markdown()
    assert c.check() == []


def test_show_and_a_site_model_page_read_a_listing_s_vision_as_its_offer() -> None:
    """`phicompare show` and a site's model page said "Vision yes" of a listing-only model
    whose comparison page says "from its one provider" (visionI's leftover); with the catalog
    to tell whose a listing is, they say the routes offer it, as a comparison does. A model
    card's flag is still the model's, and a notebook's record (no catalog) keeps the flag."""
    import io

    from phicompare.cli.model_view import show_model
    from phicompare.render.blocks import Table
    from phicompare.render.catalog_pages import model_page

    listed, carded = _model("a", ("text", "image"), SEES), _model("c", ("text", "image"), SEES,
                                                                   own=True)
    catalog = Catalog(models=(listed, carded))

    def shown(model: Model) -> str:
        out = io.StringIO()
        show_model(model, catalog, 200, out, model.routes)
        return out.getvalue()

    assert "Vision on its one route" in shown(listed)
    assert "Vision yes" in shown(carded)

    def vision_cell(model: Model, with_catalog: bool) -> object:
        table = next(b for b in model_page(model, catalog=catalog if with_catalog else None)
                     if isinstance(b, Table) and "capabilities" in b.caption)
        return next(row[1] for row in table.rows if row[0] == "Vision")

    assert vision_cell(listed, True) == "on its one route"
    assert vision_cell(carded, True) == "yes"
    assert vision_cell(listed, False) == "yes"
