"""Review 25's route, basis and pick findings (helper fixAK): P5, P7, P8's wording, P9, P10 and
the knowledge cutoffs at two precisions.

Each test builds the page the review quoted, on a small catalog where the finding rests on no
record of the bundled one, and reads the sentence it named.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, ProviderRoute, Traffic, compare, recommend
from phicompare.analysis.eligibility import route_eligibility
from phicompare.domain.pricing import Tier

DAY = dt.date(2026, 7, 2)
URL = "https://example.com/prices"


def _route(price: str, **more: object) -> ProviderRoute:
    return ProviderRoute(provider="p", input=Decimal(price), output=Decimal(price), source=URL,
                         checked=DAY, **more)  # type: ignore[arg-type]


def test_a_retired_route_without_a_price_is_retired_not_unpriced() -> None:
    """P5: Qiniu's Gemini 2.0 Flash route, retired on 2026-06-01 and listing no price, read
    "no: no published price" beside its Status "retired"."""
    route = ProviderRoute(provider="q", source=URL, checked=DAY, retires=dt.date(2026, 6, 1))
    model = Model(id="m", name="M", context_window=128_000, routes=(route,),
                  released=dt.date(2025, 1, 1))
    reason = route_eligibility(model, route, Traffic(), frozenset(), include_free=False,
                               day=dt.date(2026, 6, 2))
    assert reason == "retired on 2026-06-01"
    early = route_eligibility(model, route, Traffic(), frozenset(), include_free=False,
                              day=dt.date(2024, 1, 1))
    assert early == "not released until 2025-01-01"
    # before its retirement the missing price is still the reason
    assert route_eligibility(model, route, Traffic(), frozenset(), include_free=False,
                             day=dt.date(2026, 5, 1)) == "no published price"


def _pair(checked: dt.date = DAY) -> Catalog:
    a = Model(id="a", name="A", context_window=128_000, released=dt.date(2024, 5, 13),
              routes=(ProviderRoute(provider="p", input=Decimal(1), output=Decimal(5),
                                    cache_read=Decimal("0.1"), source=URL, checked=checked),))
    b = Model(id="b", name="B", context_window=200_000, released=dt.date(2024, 6, 20),
              routes=(ProviderRoute(provider="p", input=Decimal(3), output=Decimal(15),
                                    source=URL, checked=checked),))
    return Catalog(models=(a, b))


def test_the_summary_states_the_shares_its_bills_assume() -> None:
    """P7: "At 800M input and 250M output tokens a month the bills are ... $1,690.00", a bill
    that holds only with half the input read from the prompt cache, which it left out."""
    c = compare("a", "b", catalog=_pair(), as_of=DAY,
                traffic=Traffic(cached_share="0.5", batch_share="0.5"))
    summary = " ".join(claim.text for claim in c.narrative.summary)
    assert ("At 800M input and 250M output tokens a month (50% of input read from the prompt "
            "cache; 50% of output and of the other input sent through batch APIs) the bills "
            "are A $1,690.00") \
        in summary, summary
    assert c.check() == []
    plain = compare("a", "b", catalog=_pair(), as_of=DAY)
    assert "At 800M input and 250M output tokens a month the bills are" in " ".join(
        claim.text for claim in plain.narrative.summary)


def test_a_pick_on_bills_priced_only_after_the_page_s_date_is_directional() -> None:
    """P8: "Pick GPT-4o for the lower bill at this traffic ($4,500.00 a month, at prices checked
    on 2026-07-02, after the comparison's date)" on 2024-07-01, when what either bill was then
    is not recorded: the pick rests on a difference not known on that date."""
    c = compare("a", "b", catalog=_pair(), as_of=dt.date(2024, 7, 1))
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    # (said once: it went on "; what the bills were on 2024-07-01 is not recorded", fixCE)
    assert ("Pick A for the lower bill at prices checked after the comparison's date "
            "($2,050.00 a month, as checked on 2026-07-02)") in verdict, verdict
    assert "not recorded" not in verdict
    assert "at this traffic" not in verdict
    glance = " ".join(claim.text for claim in c.narrative.at_a_glance)
    assert "A for the lower bill (at prices checked after the comparison's date)" in glance, glance
    assert "not recorded" not in glance
    assert c.check() == []
    # prices known on the page's date: the pick as before
    known = compare("a", "b", catalog=_pair(dt.date(2024, 6, 30)), as_of=dt.date(2024, 7, 1))
    said = " ".join(claim.text for claim in known.narrative.verdict)
    assert "Pick A for the lower bill at this traffic ($2,050.00 a month)" in said, said


def test_a_priority_no_candidate_has_is_said_once_with_the_split_they_have() -> None:
    """P9: `pick --priority gpqa` ended all five candidates with "No GPQA score in the
    catalog.", and never said that one has GPQA Diamond, a benchmark of its own."""
    r = recommend(requires=["reasoning"], open_weights=True, licenses=["MIT", "Apache-2.0"],
                  priorities=["gpqa"], limit=5)
    assert len(r.candidates) == 5
    lines = [claim.text for claims in r.reasons.candidates for claim in claims]
    assert not any("GPQA score" in line for line in lines), lines
    (note,) = [claim.text for claim in r.reasons.notes]
    assert note.startswith("Of the five candidates, none has a score on GPQA; "), note
    assert "one on GPQA Diamond, a benchmark of its own (priority gpqa-diamond)." in note
    named = [c.model.name for c in r.candidates
             if any(s.benchmark == "gpqa-diamond" for s in c.model.scores)]
    assert named
    assert all(name in note for name in named), (named, note)
    assert r.check() == []
    text = r.to_text(100)
    assert text.count("GPQA") == 2
    assert text.index(note[:30]) < text.index("1. ")


def test_a_required_context_above_a_tier_bills_the_tier() -> None:
    """P10: `pick --min-context 200K` ranked Qwen3.5 Flash first on its under-128K prices, though
    every request the user plans for crosses its tier at 128,000 input tokens."""
    tiered = Model(id="t", name="T", context_window=1_000_000, routes=(_route(
        "0.1", tiers=(Tier(above_input_tokens=128_000, input=Decimal(1), output=Decimal(1)),)),))
    flat = Model(id="f", name="F", context_window=400_000, routes=(_route("0.5"),))
    catalog = Catalog(models=(tiered, flat))
    r = recommend(catalog, min_context=200_000, as_of=DAY)
    assert [c.model.id for c in r.candidates] == ["f", "t"]
    assert r.candidates[1].monthly == Decimal("1050.00")
    first = next(claim.text for claim in r.reasons.candidates[1])
    assert ("the traffic gives no request count and every route must take 200,000 tokens, "
            "above its long-context tier at 128,000 input tokens, so the tier's prices are "
            "assumed for every request") in first, first
    assert r.check() == []
    # a context under the tier, or requests of a known size, decide as before
    assert recommend(catalog, min_context=100_000, as_of=DAY).candidates[0].model.id == "t"
    sized = Traffic.from_requests(per_month=1_000, input_tokens=1_000, output_tokens=100)
    assert recommend(catalog, min_context=200_000, traffic=sized,
                     as_of=DAY).candidates[0].model.id == "t"


def test_one_knowledge_cutoff_at_two_precisions_reads_alike() -> None:
    """Smaller point: "Knowledge cutoff  2021-09  2021-09-01", one month at two precisions."""
    a = Model(id="a", name="A", knowledge_cutoff="2021-09", routes=(_route("1"),))
    b = Model(id="b", name="B", knowledge_cutoff="2021-09-01", routes=(_route("2"),))
    c = Model(id="c", name="C", knowledge_cutoff="2023-10-15", routes=(_route("3"),))
    catalog = Catalog(models=(a, b, c))
    (row,) = [r for r in compare("a", "b", catalog=catalog, as_of=DAY).specs
              if r.field == "knowledge_cutoff"]
    assert row.values == ("2021-09", "2021-09")
    assert not row.differs
    (row,) = [r for r in compare("a", "b", "c", catalog=catalog, as_of=DAY).specs
              if r.field == "knowledge_cutoff"]
    assert row.values == ("2021-09", "2021-09", "2023-10")
    assert row.differs
    (row,) = [r for r in compare("b", "c", catalog=catalog, as_of=DAY).specs
              if r.field == "knowledge_cutoff"]
    assert row.values == ("2021-09-01", "2023-10-15")


def test_a_cutoff_shown_coarser_beside_a_month_is_so_on_every_page() -> None:
    """A model's table cells are kept for its comparisons: the cutoff's cell follows the row.

    B's "2021-09-01" reads "2021-09" beside A's month and in full beside C's day, whichever
    page the catalog renders first (the kept cell once showed the first page's form on both).
    """
    a = Model(id="a", name="A", knowledge_cutoff="2021-09", routes=(_route("1"),))
    b = Model(id="b", name="B", knowledge_cutoff="2021-09-01", routes=(_route("2"),))
    c = Model(id="c", name="C", knowledge_cutoff="2023-10-15", routes=(_route("3"),))
    for order in ((("b", "c"), ("b", "a")), (("b", "a"), ("b", "c"))):
        catalog = Catalog(models=(a, b, c))
        for pair in order:
            page = compare(*pair, catalog=catalog, as_of=DAY).to_markdown()
            row = next(line for line in page.splitlines() if line.startswith("| Knowledge cutoff"))
            assert row.split("|")[2].strip() == ("2021-09-01" if pair[1] == "c" else "2021-09"), row
