"""Review 13's model-data findings (M2, M3, M7, M8): each model dated, priced and scored as its
maker gives it, one record a model."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import compare, default_catalog


def test_command_r_plus_04_2024_is_the_april_release_at_cohere_s_price() -> None:
    """M2: command-r-plus-04-2024 is the April 2024 Command R+ (open weights on Hugging Face,
    CC-BY-NC), at Cohere's $3/$15 like Bedrock's route; LLMStats' $0.25/$1.00 Cohere price, a
    tenth of both, made it "the lower bill" beside its own 08-2024 refresh."""
    model = default_catalog().model("command-r-plus-04-2024")
    assert model.released == dt.date(2024, 4, 4)
    assert model.open_weights is True
    (cohere,) = [r for r in model.routes if r.provider == "cohere"]
    assert (cohere.input, cohere.output) == (Decimal("3.00"), Decimal("15.00"))
    page = compare("command-r-plus-04-2024", "command-r-plus-08-2024")
    assert page.check() == []
    glance = " ".join(c.text for c in (*page.narrative.verdict, *page.narrative.at_a_glance))
    assert "(command-r-plus-04-2024) for the lower bill" not in glance, glance
