"""With three models or more, one without a bill leaves the gap between the others stated."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from phicompare import Traffic, compare, default_catalog
from phicompare.narrative import format as fmt

AS_OF = dt.date(2026, 11, 30)


def test_a_model_ruled_out_leaves_the_gap_between_the_priced_models_stated() -> None:
    """Phi-3 Mini 128K documents no function calling: Phi-4's $91.00 and Phi-4 Mini's $135.00 still
    have their $44.00 gap, in the facts, the summary and the cost section (review 5, P6: the page
    listed both bills and never said which was lower)."""
    c = compare("phi-4", "phi-4-mini", "phi-3-mini-128k", requires={"function_calling"},
                as_of=AS_OF)
    assert [e.monthly for e in c.cost.estimates] == [Decimal("91.00"), Decimal("135.000"),
                                                     None]
    assert c.cost.gap == Decimal("44.000")
    assert c.cost.shown_gap == Decimal("44.00")
    assert c.cost.cheapest_indexes == (0,)
    summary = " ".join(claim.text for claim in c.narrative.summary)
    assert ("the bills are Phi-4 $91.00 and Phi-4 Mini $135.00: Phi-4 is $44.00 cheaper; "
            "Phi-3 Mini 128K has no eligible priced route.") in summary
    cost = " ".join(claim.text for claim in c.narrative.cost)
    assert "The gap between the two bills is $44.00 a month, in favour of Phi-4." in cost
    assert not any(q.key == "cheaper" for q in c.narrative.faq)  # (it asks about all three)
    assert c.check() == []


def test_with_one_bill_or_none_there_is_no_gap() -> None:
    """Two models, one without a bill: no gap, as before (3,500-token requests exceed Phi-2's
    window)."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=3_000, output_tokens=500)
    c = compare("phi-2", "phi-4-mini", traffic=traffic, as_of=AS_OF)
    assert c.cost.gap is None
    assert c.cost.shown_gap is None


def test_bundled_sets_with_a_model_without_a_bill_state_the_others_gap() -> None:
    """Bundled sets of three and four (seeded sample) where some model has no bill and two or
    more have one: the cost section compares the bills there are, names the models without
    one in the summary, and check() verifies every sentence."""
    ids = sorted(m.id for m in default_catalog().models if m.routes)
    rng = random.Random(5)
    seen = 0
    for _ in range(120):
        models = rng.sample(ids, rng.choice([3, 4]))
        c = compare(*models, as_of=AS_OF)
        known = [e for e in c.cost.estimates if e.monthly is not None]
        missing = [c.names[e.model_index] for e in c.cost.estimates if e.monthly is None]
        if len(known) < 2 or not missing:
            continue
        seen += 1
        amounts = [e.monthly for e in known if e.monthly is not None]
        assert c.cost.gap == max(amounts) - min(amounts), models
        said = [claim for claim in c.narrative.cost
                if claim.key in ("cheaper", "about-same", "tie")]
        assert len(said) == 1, models
        if len(known) == 2 and said[0].key == "cheaper":
            assert f"The gap between the two bills is {fmt.money(c.cost.shown_gap or Decimal(0))}" \
                in said[0].text
        summary = " ".join(claim.text for claim in c.narrative.summary)
        assert all(name in summary for name in missing), models
        assert "no eligible priced route" in summary, models
        assert c.check() == [], models
    assert seen > 10
