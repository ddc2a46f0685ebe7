"""A benchmark chart of three models draws the runs its gaps read, not only the columns' dots.

Helper fixDD: on a page of three models or more each pair's gap reads the runs of its own page
(``ScoreGap.a_score``, helper fixCH), while ``plot_benchmarks`` drew each model's dot from the
table's column. ``compare("llama-3.1-8b", "phi-3.5-mini", "phi-2")`` drew GSM8K's dots at 82.4
(Llama 3.1 8B) and 76.9 (Phi-3.5 Mini) beside a gap and a sentence that read 82.4 against 86.2,
Phi-3.5 Mini ahead outside noise. The run a gap reads is drawn as a hollow diamond in its
model's colour. The HTML page's SVG chart draws the gaps alone, each the pair's own, so it
agrees with the gap sentences as it is. See docs/rendering.md.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from phicompare import Comparison, compare
from phicompare.render.plot import plot_benchmarks
from phicompare.render.svg import gap_chart

pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")


def _three() -> Comparison:
    return compare("llama-3.1-8b", "phi-3.5-mini", "phi-2")


def _points(ax: object, y: int) -> set[float]:
    """The x of every marker the axis draws within half a row of ``y``."""
    found = set()
    for line in ax.get_lines():  # type: ignore[attr-defined]
        for x, at in zip(line.get_xdata(), line.get_ydata(), strict=True):
            if abs(at - y) < 0.5:
                found.add(round(float(x), 3))
    return found


def test_every_gap_drawn_has_both_runs_it_reads_among_the_scores() -> None:
    pytest.importorskip("matplotlib")
    c = _three()
    rows = [r for r in c.benchmarks if len(r.scores) - r.scores.count(None) >= 2]
    scores, _ = plot_benchmarks(c).axes
    own = 0
    for y, row in enumerate(rows):
        drawn = _points(scores, y)
        for a in range(1, len(c.models)):
            if row.scores[a] is None or row.scores[0] is None:
                continue
            gap = row.pair(a, 0)
            if not gap.comparable or gap.gap is None:  # (not drawn: helper fixDN)
                continue
            read = row.scores_of(gap)
            own += gap.a_score is not None or gap.b_score is not None
            for run in read:
                assert run is not None
                assert round(float(run.score), 3) in drawn, (row.benchmark.id, run.score, drawn)
    assert own >= 5  # (the page's gaps read other runs than the columns on many rows)


def test_gsm8k_draws_the_run_behind_phi_3_5_mini_s_lead() -> None:
    pytest.importorskip("matplotlib")
    c = _three()
    rows = [r for r in c.benchmarks if len(r.scores) - r.scores.count(None) >= 2]
    y = next(k for k, r in enumerate(rows) if r.benchmark.id == "gsm8k")
    row = rows[y]
    gap = row.pair(1, 0)
    assert (row.scores[1].score, gap.a_score.score, gap.gap) == (  # type: ignore[union-attr]
        Decimal("76.9"), Decimal("86.2"), Decimal("3.8"))
    scores, _ = plot_benchmarks(c).axes
    assert {76.9, 86.2, 82.4} <= _points(scores, y)
    labels = [t.get_text() for t in scores.get_legend().get_texts()]
    assert labels == [*c.names, "another run, which a gap reads"]


def test_a_page_of_two_draws_no_other_run() -> None:
    pytest.importorskip("matplotlib")
    scores, _ = plot_benchmarks(compare("llama-3.1-8b", "phi-3.5-mini")).axes
    assert [t.get_text() for t in scores.get_legend().get_texts()] == [
        "Llama 3.1 8B", "Phi-3.5 Mini"]


def test_the_svg_gap_chart_draws_each_pair_s_own_gap() -> None:
    """Never the columns' difference: GSM8K's Phi-3.5 Mini row sits right of zero, filled."""
    c = _three()
    svg = gap_chart(c)
    assert svg is not None
    rows = [r for r in c.benchmarks if sum(s is not None for s in r.scores) >= 2]
    lines = [(row, row.pair(a, 0)) for row in rows for a in (1, 2)
             if row.scores[a] is not None and row.scores[0] is not None]
    circles = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="4.5" fill="([^"]+)"', svg)
    drawn = [(row, gap) for row, gap in lines if gap.comparable and gap.gap is not None]
    assert len(circles) == len(drawn)
    mid = float(re.search(r'<line x1="([\d.]+)"', svg).group(1))  # type: ignore[union-attr]
    for (row, gap), (x, _, fill) in zip(drawn, circles, strict=True):
        assert gap.gap is not None
        side = (float(x) > mid) - (float(x) < mid)
        assert side == (gap.gap > 0) - (gap.gap < 0), (row.benchmark.id, gap.gap, x)
        assert (fill != "none") == bool(gap.significant), row.benchmark.id
        a, b = row.scores_of(gap)
        assert a is not None
        assert b is not None
        assert gap.gap == a.score - b.score


def _diamonds(ax: object, y: int) -> set[float]:
    """The x of every hollow diamond (a run a gap reads) within half a row of ``y``."""
    found = set()
    for line in ax.get_lines():  # type: ignore[attr-defined]
        if line.get_marker() != "D":
            continue
        for x, at in zip(line.get_xdata(), line.get_ydata(), strict=True):
            if abs(at - y) < 0.5:
                found.add(round(float(x), 3))
    return found


def _row(c: Comparison, benchmark: str) -> tuple[int, object]:
    rows = [r for r in c.benchmarks if len(r.scores) - r.scores.count(None) >= 2]
    y = next(k for k, r in enumerate(rows) if r.benchmark.id == benchmark)
    return y, rows[y]


def test_a_run_at_its_model_s_own_dot_is_no_diamond() -> None:
    # Helper fixDN: MMLU's Phi-3.5 Mini gap reads Llama 3.1 8B's 68.1, Llama's own dot; a
    # diamond on the dot said "another run" of the same run.
    pytest.importorskip("matplotlib")
    c = _three()
    y, row = _row(c, "mmlu")
    gap = row.pair(1, 0)  # type: ignore[attr-defined]
    assert gap.b_score is not None
    assert gap.b_score.score == row.scores[0].score == Decimal("68.1")  # type: ignore[attr-defined]
    scores, _ = plot_benchmarks(c).axes
    assert 68.1 not in _diamonds(scores, y)


def test_a_pair_whose_gap_is_not_drawn_reads_no_run() -> None:
    # Helper fixDN: GSM8K's Phi-2 pair is not compared (settings differ), yet its run 84.5 was
    # drawn as "another run, which a gap reads".
    pytest.importorskip("matplotlib")
    c = _three()
    y, row = _row(c, "gsm8k")
    gap = row.pair(2, 0)  # type: ignore[attr-defined]
    assert (gap.reason or "").startswith("settings differ")
    assert gap.b_score is not None
    assert gap.b_score.score == Decimal("84.5")
    scores, _ = plot_benchmarks(c).axes
    assert 84.5 not in _diamonds(scores, y)
    assert 86.2 in _diamonds(scores, y)  # (the drawn Phi-3.5 Mini gap's run stays)


def test_every_diamond_is_a_run_of_a_drawn_gap_off_its_model_s_dot() -> None:
    pytest.importorskip("matplotlib")
    c = _three()
    rows = [r for r in c.benchmarks if len(r.scores) - r.scores.count(None) >= 2]
    scores, _ = plot_benchmarks(c).axes
    for y, row in enumerate(rows):
        expected = set()
        for a in range(1, len(c.models)):
            if row.scores[a] is None or row.scores[0] is None:
                continue
            gap = row.pair(a, 0)
            if not gap.comparable or gap.gap is None:
                continue
            for i, run in ((a, gap.a_score), (0, gap.b_score)):
                own = row.scores[i]
                if run is not None and own is not None and run.score != own.score:
                    expected.add(round(float(run.score), 3))
        assert _diamonds(scores, y) == expected, row.benchmark.id
