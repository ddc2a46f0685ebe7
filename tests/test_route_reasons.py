"""A route's reason in the words of the page (review 7, F19): a route's "no" is its listing's."""

from __future__ import annotations

from phicompare import Traffic


def test_a_routes_no_is_its_listing_and_providers_have_names() -> None:
    """F19: DeepSeek V3 0324's routes that flag no reasoning mode "do not list" it (the model
    does not document it either way); models.dev's provider id "submodel" is SubModel."""
    from phicompare import compare

    c = compare("deepseek-r1", "deepseek-v3-0324", "qwen3-235b-a22b", requires=["reasoning"],
                traffic=Traffic.from_requests(per_day=20_000, input_tokens=3000,
                                              output_tokens=1500))
    page = c.to_markdown()
    assert "reasoning mode not supported" not in page
    assert "reasoning mode not listed" in page
    assert "submodel" not in page.replace("/submodel/", "")
    assert "SubModel" in page
    assert c.check() == []
