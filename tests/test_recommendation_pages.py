"""A Recommendation's own pages (API review 15, A7): text, Markdown and HTML from the render
layer, as a Comparison has them, and its JSON writes the whole Traffic it priced."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from phicompare import ArgumentError, Recommendation, Traffic, compare, recommend
from phicompare.cli.main import main

DAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def picked() -> Recommendation:
    """Two candidates and the models that do not fit, as `pick --rejected --limit 2` lists."""
    return recommend(requires=["vision"], limit=2, explain_rejected=True, as_of=DAY)


def test_to_text_is_what_pick_prints(picked: Recommendation) -> None:
    """`phicompare pick` prints `Recommendation.to_text()`: the page lives in the library."""
    out = io.StringIO()
    code = main(["pick", "--requires", "vision", "--limit", "2", "--rejected",
                 "--as-of", DAY.isoformat(), "--width", "72"], out=out)
    assert code == 0
    assert out.getvalue() == picked.to_text(72)
    text = picked.to_text()
    assert text.splitlines()[:2] == ["Models that fit", "==============="]
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Not a fit" in text


@pytest.mark.parametrize("width", ["80", 80.5, True, 0])
def test_to_text_refuses_a_width_that_is_not_a_column_count(picked: Recommendation,
                                                           width: object) -> None:
    """The same typed error as Comparison.to_text."""
    with pytest.raises(ArgumentError, match="width is a positive whole number of columns"):
        picked.to_text(width)  # type: ignore[arg-type]


def test_markdown_and_html_show_the_same_page(picked: Recommendation) -> None:
    """Markdown with the candidates' table; HTML as a document or a notebook's fragment."""
    md = picked.to_markdown()
    assert md.startswith("# Models that fit\n")
    first = picked.candidates[0]
    assert f"| 1 | {first.model.name} |" in md
    assert "## Not a fit" in md
    assert picked._repr_markdown_() == md
    page = picked.to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Models that fit</title>" in page
    fragment = picked._repr_html_()
    assert fragment.startswith('<div class="phicompare">')
    assert "<h1>Models that fit</h1>" in fragment
    assert picked.to_html(document=False) == fragment
    for claim in picked.reasons.candidates[0]:
        assert claim.text.split(":")[0] in md


def test_no_candidate_is_still_a_page() -> None:
    """A recommendation that nothing meets says so in every format."""
    r = recommend(budget="0", limit=2, as_of=DAY)
    assert not r.candidates
    assert "Candidates" not in r.to_text()
    assert r.to_markdown().startswith("# Models that fit")
    assert "<h1>Models that fit</h1>" in r._repr_html_()


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_to_dict_writes_the_whole_traffic_as_a_comparison_does() -> None:
    """1-hour cache writes, the hour and the weekday are kept: two workloads no longer alike."""
    t = Traffic(cache_write_share="0.1", cache_write_1h_share="0.5", at="14:00", weekday=6,
                requests=1_000_000)
    written = recommend(traffic=t, limit=1, as_of=DAY).to_dict()["traffic"]
    assert written == compare("phi-2", "phi-4-mini", traffic=t, as_of=DAY).to_dict()["traffic"]
    assert written["cache_write_1h_share"] == "0.5"
    assert (written["at"], written["weekday"]) == ("14:00", 6)
    plain = recommend(limit=1, as_of=DAY).to_dict()["traffic"]
    assert plain != written
