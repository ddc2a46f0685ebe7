"""Edges of the domain records and the errors: invariants hold for records built in code too."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import BenchmarkScore, Model, ProviderRoute, default_catalog
from phicompare.exceptions import NO_VALUE, CatalogError, Problem

DAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_a_model_id_must_not_be_blank(blank: str) -> None:
    """An id of white space alone is rejected when the record is built in code."""
    with pytest.raises(ValueError, match="id must not be empty"):
        Model(id=blank, name="Named")


def test_a_score_source_may_be_absent_but_not_blank() -> None:
    """`source=None` means not recorded; an empty string is a mistake."""
    assert BenchmarkScore(benchmark="mmlu", score=Decimal(50)).source is None
    with pytest.raises(ValueError, match="source must not be empty"):
        BenchmarkScore(benchmark="mmlu", score=Decimal(50), source=" ")


@pytest.mark.parametrize(("discount", "ok"), [
    (Decimal(0), True), (Decimal("0.5"), True), (Decimal(1), True),
    (Decimal("1.01"), False), (Decimal("-0.1"), False),
])
def test_a_batch_discount_is_a_fraction(discount: Decimal, ok: bool) -> None:
    """batch_discount is a fraction off the price: 0 to 1 inclusive, nothing else."""
    def build() -> ProviderRoute:
        return ProviderRoute(provider="p", source="https://example.com", checked=DAY,
                             batch_discount=discount)

    if ok:
        assert build().batch_discount == discount
    else:
        with pytest.raises(ValueError, match="batch_discount is a fraction off the price"):
            build()


def test_an_unknown_modality_is_named() -> None:
    """A modality outside text/image/audio/video is rejected, naming the first one unknown."""
    with pytest.raises(ValueError, match="input_modalities: unknown modality 'smell'"):
        Model(id="m", name="M", input_modalities=("text", "smell", "taste"))
    assert Model(id="m", name="M", output_modalities=("text", "audio")).output_modalities == (
        "text", "audio")


def test_a_model_shows_itself_in_a_notebook() -> None:
    """The notebook hooks give Markdown and HTML that name the model and its context window."""
    model = default_catalog().model("phi-4-mini")
    markdown = model._repr_markdown_()
    html = model._repr_html_()
    assert "Phi-4 Mini" in markdown
    assert "Phi-4 Mini" in html
    assert "128K" in markdown
    assert html.lstrip().startswith("<")


def test_the_no_value_marker_reads_as_such() -> None:
    """The marker for a missing value has a readable repr, for debugging problem lists."""
    assert repr(NO_VALUE) == "<no value>"
    assert str(Problem("a.toml", "models[0].id", NO_VALUE, "missing required key")) == (
        "a.toml: models[0].id: missing required key")


@pytest.mark.parametrize(("value", "shown"), [
    (True, "true"),
    (False, "false"),
    (Decimal("-0.5"), "-0.5"),
    (3, "3"),
    (dt.date(2026, 11, 20), "2026-11-20"),
    ("text", "'text'"),
    ([1, 2], "[1, 2]"),
])
def test_a_problem_shows_its_value_as_toml_writes_it(value: object, shown: str) -> None:
    """Booleans, numbers and dates appear as TOML spells them; strings and others quoted."""
    assert str(Problem("c.toml", "k", value, "bad")) == f"c.toml: k = {shown}: bad"


def test_a_problem_without_a_path_names_the_file_alone() -> None:
    """A whole-file problem (a syntax error) has no key path to show."""
    assert str(Problem("c.toml", "", NO_VALUE, "TOML syntax error")) == (
        "c.toml: TOML syntax error")


def test_a_catalog_error_lists_every_problem_a_line() -> None:
    """CatalogError keeps its problems and shows one per line; it is also a ValueError."""
    problems = [Problem("a.toml", "x", 1, "bad"), Problem("b.toml", "y", NO_VALUE, "missing")]
    error = CatalogError(problems)
    assert error.problems == tuple(problems)
    assert str(error) == "a.toml: x = 1: bad\nb.toml: y: missing"
    assert isinstance(error, ValueError)
