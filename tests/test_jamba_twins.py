"""One record per model: GitHub Models' AI21 Jamba 1.5 records are AI21's Jamba 1.5 (review 30).

GitHub Models listed AI21's Jamba 1.5 Large and Mini as ``ai21-labs/ai21-jamba-1.5-large`` and
``-mini`` (AI21's own weights are ``ai21labs/AI21-Jamba-1.5-Large``); as records of their own,
every route retired, a page said the model "has no eligible priced route" and its licence was
"not yet sourced", beside AI21's records with Bedrock and Vertex AI routes and the Jamba Open
Model License.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import compare, default_catalog
from phicompare.catalog.index import Catalog
from phicompare.domain.records import Model
from phicompare.importers import merge

DAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("size", ["large", "mini"])
def test_github_models_jamba_is_ai21_s_record(size: str) -> None:
    catalog = default_catalog()
    ids = {m.id for m in catalog.models}
    assert f"ai21-jamba-1.5-{size}" not in ids
    model = catalog.model(f"ai21-jamba-1.5-{size}")  # the GitHub Models id: an alias
    assert model.id == f"jamba-1.5-{size}"
    assert model.name == f"Jamba 1.5 {size.title()}"
    assert model.released == dt.date(2024, 8, 22)
    assert model.license == "Jamba Open Model License"
    assert model.open_weights is True
    github = [r for r in model.routes if r.provider == "github-models"]
    assert [r.provider_model_id for r in github] == [f"ai21-labs/ai21-jamba-1.5-{size}"]
    assert github[0].retires == dt.date(2026, 7, 30)  # kept, as a retired route
    assert {r.provider for r in model.routes} >= {"aws-bedrock", "google-vertex"}


def test_the_page_of_the_github_models_id_bills_ai21_s_routes() -> None:
    page = compare("gpt-4o", "ai21-jamba-1.5-large", as_of=DAY).to_markdown()
    assert "no eligible priced route" not in page
    assert "would run only from its published weights" not in page
    assert "Jamba 1.5 Large on Amazon Bedrock" in page
    assert "Jamba Open Model License" in page


def test_a_maker_s_name_before_its_product_s_joins_the_maker_s_record_and_id() -> None:
    hosted = Catalog(models=(Model(id="ai21-jamba-1.5-large", name="AI21 Jamba 1.5 Large",
                                   context_window=256000),))
    maker = Catalog(models=(Model(id="jamba-1.5-large", name="Jamba 1.5 Large",
                                  license="Jamba Open Model License"),))
    merged = merge([hosted, maker])
    (model,) = merged.models
    assert model.id == "jamba-1.5-large"
    assert "ai21-jamba-1.5-large" in model.aliases
    assert model.license == "Jamba Open Model License"
