"""The claims about one model alone, kept with the catalog: shared, and never another page's.

``narrative/parts.py`` keeps each model's claims (identity, weights, bill, providers, route
notes), its scorecard price cell and its blended price figure with the catalog under the
terms, as drafts, once for both positions, and places them in each comparison, their keys and
evidence naming the model's position and its route rows where they stand there. A narrative
drawn that way must equal, evidence and checks included, the one made afresh from the same
facts, whatever the catalog answered before.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from phicompare import Comparison, Model, Traffic, compare
from phicompare.narrative.benchmarks import score_label, setting_label
from phicompare.narrative.context import context_of
from phicompare.narrative.parts import model_parts

from .helpers import curated_catalog

DAY = dt.date(2026, 11, 25)
# Models with different route counts: a model's route indexes move with the one before it.
MODELS = ("phi-2", "phi-4-mini", "llama-3.2-3b", "phi-3.5-mini")
TERMS: list[dict[str, Any]] = [
    {},
    {"traffic": Traffic(input_tokens=1_000, output_tokens=10)},
    {"as_of": dt.date(2024, 1, 1)},
    {"include_free": True},
    {"exclude_providers": ["Fireworks AI"]},
]


def fresh(c: Comparison) -> Comparison:
    """``c`` rebuilt from JSON: the same facts, with nothing kept anywhere."""
    return Comparison.from_dict(c.to_dict())


def test_a_model_s_claims_are_made_once_per_catalog() -> None:
    catalog = curated_catalog()
    # (partners under other licences: a licence both share is said once, of both: review 19, P6)
    first = compare("phi-2", "gemma-3-4b", catalog=catalog, as_of=DAY).narrative
    again = compare("phi-2", "llama-3.2-3b", catalog=catalog, as_of=DAY).narrative
    # Who Phi-2 is, whether it publishes its weights: first in both, so one claim each, made
    # with its drafts when the model was first seen.
    assert first.summary[0] is again.summary[0]
    weights = [next(q for q in n.faq if q.key == "open").answer[0] for n in (first, again)]
    assert weights[0] is weights[1]
    # Wherever the model stands: at position 0 and at 1, its route rows after its partner's.
    a = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    b = compare("llama-3.2-3b", "phi-4-mini", catalog=catalog, as_of=DAY)
    c = compare("phi-4-mini", "phi-2", catalog=catalog, as_of=DAY)
    assert len(a.routes_of(0)) != len(b.routes_of(0))
    bills = a.narrative.cost[2], b.narrative.cost[2], c.narrative.cost[1]
    assert [bill.key for bill in bills] == ["estimate:1", "estimate:1", "estimate:0"]
    assert bills[0].text is bills[1].text is bills[2].text  # written once
    assert bills[0] is not bills[1]  # second: placed in each comparison
    assert bills[0].evidence[0].path == "cost.estimates[1].monthly"
    assert bills[2].evidence[0].path == "cost.estimates[0].monthly"
    # Not kept for a comparison without a catalog: made afresh, equal.
    assert fresh(a).narrative.summary[0].text is not first.summary[0].text
    assert fresh(a).narrative.summary[0] == first.summary[0]


@pytest.mark.parametrize("terms", TERMS)
def test_narratives_equal_narratives_made_afresh_whatever_came_first(
        terms: dict[str, Any]) -> None:
    catalog = curated_catalog()
    for earlier in TERMS:  # the memo holds the other terms' parts of the same models
        compare("phi-2", "phi-4-mini", catalog=catalog, **{"as_of": DAY, **earlier}).to_markdown()
    for models in [*itertools.permutations(MODELS, 2), MODELS[:3], MODELS[1:][::-1]]:
        c = compare(*models, catalog=catalog, **{"as_of": DAY, **terms})
        assert c.narrative == fresh(c).narrative
        assert c.check() == []


def test_parts_follow_the_route_indexes() -> None:
    catalog = curated_catalog()
    a = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    b = compare("llama-3.2-3b", "phi-4-mini", catalog=catalog, as_of=DAY)
    assert len(a.routes_of(0)) != len(b.routes_of(0))  # the premise: phi-4-mini's rows move
    where_a, where_b = model_parts(context_of(a))[1].where, model_parts(context_of(b))[1].where
    assert where_a.text == where_b.text
    assert where_a.evidence != where_b.evidence  # routes[k] names another row in each


def test_a_second_model_whose_rows_start_routes_still_names_its_position() -> None:
    # A first model without routes: the second model's rows start routes, as a first model's do,
    # but its claims name position 1.
    catalog = curated_catalog()
    compare("phi-4-mini", "phi-2", catalog=catalog, as_of=DAY).to_markdown()
    bare = Model(id="bare-model", name="Bare Model")
    c = compare(bare, "phi-4-mini", catalog=catalog, as_of=DAY)
    assert c.routes_of(0) == ()
    assert c.narrative == fresh(c).narrative
    assert next(claim for claim in c.narrative.cost if claim.key.startswith("estimate:1"))
    assert c.check() == []


def test_a_model_s_blended_price_is_worded_once_for_the_cost_section() -> None:
    catalog = curated_catalog()
    a = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    c = compare("phi-4-mini", "phi-2", catalog=catalog, as_of=DAY)
    kept = model_parts(context_of(a))[1].blend, model_parts(context_of(c))[0].blend
    assert kept[0] is not None
    assert kept[0] is kept[1]  # the same text wherever the model stands
    blend = next(claim for claim in a.narrative.cost if claim.key == "blend")
    assert blend.text.endswith(f"{kept[0]}.")
    bare = compare(Model(id="bare-model", name="Bare Model"), "phi-4-mini", catalog=catalog,
                   as_of=DAY)
    assert model_parts(context_of(bare))[0].blend is None  # no estimate, no blended price
    assert bare.check() == []


def test_a_model_s_own_words_are_the_same_wherever_it_stands() -> None:
    """The words kept with a model (name, capability phrases, what is unsourced, route count,
    licence as compared) are those its comparisons made afresh would write, at either place."""
    catalog = curated_catalog()
    for a, b in itertools.permutations(MODELS, 2):
        c = compare(a, b, catalog=catalog, as_of=DAY)
        kept, made = model_parts(context_of(c)), model_parts(context_of(fresh(c)))
        for part, again in zip(kept, made, strict=True):
            words = ("named", "offers", "unsourced", "routes", "licence", "assumptions")
            assert [getattr(part, w) for w in words] == [getattr(again, w) for w in words], (a, b)
            assert part.routes.endswith("tracked")
    phi = model_parts(context_of(compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)))
    assert phi[0].unsourced == "Not yet sourced for Phi-2: knowledge cutoff."
    assert phi[0].licence == phi[1].licence == "mit"
    assert phi[1].offers[5][1].startswith("OpenRouter, Weights & Biases Inference and Kilo")


def test_a_model_s_claims_that_name_its_position_alone_are_kept_at_each_position() -> None:
    """Who a model is and whether it publishes its weights name its position alone (no route
    row): placed at the second position once, they serve every partner, their evidence built
    once; the claims that name its route rows are placed in each comparison."""
    catalog = curated_catalog()
    a = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    b = compare("llama-3.2-3b", "phi-4-mini", catalog=catalog, as_of=DAY)
    assert len(a.routes_of(0)) != len(b.routes_of(0))  # the premise: phi-4-mini's rows move
    kept = model_parts(context_of(a))[1], model_parts(context_of(b))[1]
    assert kept[0].identity is kept[1].identity
    assert kept[0].open is kept[1].open
    assert kept[0].identity.key == "identity:1"
    assert kept[0].identity.evidence[0].path == "models[1].name"
    assert kept[0].where is not kept[1].where  # its route rows move with the partner's
    assert a.narrative == fresh(a).narrative
    assert b.narrative == fresh(b).narrative
    # A bill whose route carries no flag names its position alone; one that retires soon
    # names the route's row (Phi-4 Mini's: "the route retires on 2027-01-17").
    c = compare("phi-4-mini", "phi-2", catalog=catalog, as_of=DAY)
    d = compare("llama-3.1-8b", "phi-2", catalog=catalog, as_of=DAY)
    assert len(c.routes_of(0)) != len(d.routes_of(0))
    bills = model_parts(context_of(c))[1].estimate, model_parts(context_of(d))[1].estimate
    assert bills[0] is bills[1]
    assert "retires" not in bills[0].text
    assert bills[0].evidence == fresh(d).narrative.cost[2].evidence
    assert kept[0].estimate is not kept[1].estimate
    assert "the route retires on" in kept[0].estimate.text


def test_a_score_s_setting_label_is_worked_out_once_per_catalog() -> None:
    """A model's score's setting as sentences name it ("MMLU (5-shot)") reads the setting's
    words against the benchmark's name: kept with the model, the same wherever it stands."""
    catalog = curated_catalog()
    a = context_of(compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY))
    b = context_of(compare("llama-3.2-3b", "phi-4-mini", catalog=catalog, as_of=DAY))
    label, setting = "MMLU", "5-shot, chain of thought"
    first = score_label(a, 1, label, setting)
    assert first == setting_label(label, setting) == "MMLU (5-shot, chain of thought)"
    assert score_label(b, 1, label, setting) is first  # kept: not worked out again
    assert score_label(a, 1, label, None) == "MMLU"
    unkept = context_of(fresh(compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)))
    assert score_label(unkept, 1, label, setting) == first


def test_the_assumptions_of_the_terms_alone_are_one_claim_for_every_page() -> None:
    """The cost section's assumptions state the terms (traffic, day, requirements): where a
    page's own routes add nothing (no provider filter, no route counted deprecated as last
    checked, no bill passed over), it is one claim, its evidence built once."""
    catalog = curated_catalog()
    pages = [compare("phi-2", b, catalog=catalog, as_of=DAY).narrative
             for b in ("phi-4-mini", "llama-3.2-3b")]
    said = [n.cost[0] for n in pages]
    assert said[0].key == "assumptions"
    assert said[0] is said[1]
    assert said[0] == fresh(compare("phi-2", "phi-4-mini", catalog=catalog,
                                    as_of=DAY)).narrative.cost[0]
    # a provider filter is the page's own: said, with its evidence, for the page
    only = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY,
                   exclude_providers=["Fireworks AI"])
    assert only.narrative.cost[0] is not said[0]
    assert "Fireworks AI" in only.narrative.cost[0].text
    assert only.narrative == fresh(only).narrative


def test_a_model_s_related_comparison_is_one_claim_wherever_a_page_places_it() -> None:
    """A suggestion is one of a model's own (its kin's): at one place on its pages, equal
    claims (made for each page: no memo slot, issue 18's memory bound); a comparison without a
    catalog makes an equal one."""
    catalog = curated_catalog()
    pages = [compare("phi-2", other, catalog=catalog, as_of=DAY)
             for other in ("llama-3.2-3b", "gemma-2-2b", "qwen2.5-7b")]
    firsts = [c.narrative.related[0] for c in pages]
    assert [c.related[0].models for c in pages] == [("phi-2", "phi-3.5-mini")] * 3
    assert firsts[0] == firsts[1] == firsts[2]
    assert firsts[0].text == "Phi-2 vs Phi-3.5 Mini (same family)."
    assert firsts[0].evidence[0].path == "related[0].models[1]"
    assert [claim.key for claim in pages[0].narrative.related] == [
        claim.key for claim in fresh(pages[0]).narrative.related]
    assert pages[0].narrative.related == fresh(pages[0]).narrative.related
