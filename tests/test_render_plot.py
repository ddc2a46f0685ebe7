"""Plots (the optional matplotlib extra): the cost lines and crossover, scores with intervals."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from phicompare import Catalog, Comparison, compare, load_catalog
from phicompare.analysis.cost import route_cost
from phicompare.exceptions import PlotError
from phicompare.render.plot import plot_benchmarks, plot_cost, plot_overview

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"
PNG = b"\x89PNG\r\n\x1a\n"


def test_without_matplotlib_plots_say_what_to_install(pair: Comparison,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(PlotError, match=r"pip install 'phicompare\[plot\]'"):
        plot_cost(pair)
    with pytest.raises(ImportError):
        plot_benchmarks(pair)


def test_cost_plot_draws_the_bill_ratio_and_the_crossover(pair: Comparison) -> None:
    """Left: each bill as a multiple of the first model's; right: bills by input share."""
    pytest.importorskip("matplotlib")
    figure = plot_cost(pair)
    ratio, mix = figure.axes
    base, other = pair.cost.estimates
    assert base.monthly is not None
    assert other.monthly is not None
    lines = [line for line in ratio.get_lines() if len(line.get_xdata()) > 2]
    assert len(lines) == 1
    total = pair.traffic.input_tokens + pair.traffic.output_tokens
    xs, ys = list(lines[0].get_xdata()), list(lines[0].get_ydata())
    expected = float(other.monthly / base.monthly)
    assert any(abs(x - total) / total < 1e-9 and abs(y - expected) < 1e-9
               for x, y in zip(xs, ys, strict=True))
    assert max(ys) - min(ys) < 1e-6  # linear prices: the same ratio at every volume
    assert not any("crossover" in t.get_text() for t in ratio.texts)
    shares = [line for line in mix.get_lines() if len(line.get_xdata()) > 2]
    for line, estimate in zip(shares, pair.cost.estimates, strict=True):
        assert estimate.route is not None
        assert line.get_ydata()[0] == float(route_cost(estimate.route, pair.traffic.__class__(
            input_tokens=0, output_tokens=total)).monthly)
    crossing = pair.cost.crossovers[0]
    verticals = [line.get_xdata()[0] for line in mix.get_lines() if len(line.get_xdata()) == 2]
    assert any(abs(x - float(crossing.input_share) * 100) < 1e-9 for x in verticals)
    assert any("crossover" in t.get_text() for t in mix.texts)


def test_benchmark_plot_has_a_row_per_shared_benchmark(pair: Comparison) -> None:
    pytest.importorskip("matplotlib")
    figure = plot_benchmarks(pair)
    scores, gaps = figure.axes
    rows = [r for r in pair.benchmarks if None not in r.scores]
    # marked where the pair's reading is "settings differ": each states a condition the other
    # lacks (GSM8K: 0-shot CoT against 8-shot CoT), not where one only states more (BBH's "0-shot"
    # against "0-shot CoT": "only one setting states CoT", review 8, G14)
    differ = [(r.pairs[0].reason or "").startswith("settings differ") for r in rows]
    assert [t.get_text() for t in scores.get_yticklabels()] == [
        r.benchmark.label + (" ≠" if d else "") for r, d in zip(rows, differ, strict=True)]
    assert any(differ)
    assert "BBH" in [t.get_text() for t in scores.get_yticklabels()]
    assert "settings differ" in scores.get_title()
    assert [t.get_text() for t in scores.get_legend().get_texts()] == list(pair.names)
    marked = [t.get_text() for t in gaps.texts if t.get_text().startswith("settings differ: ")]
    assert len(marked) == sum(differ)
    assert 'settings differ: "0-shot CoT" against "8-shot CoT"' in marked


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
@pytest.mark.filterwarnings("ignore:Matplotlib currently does not support")
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_hostile_names_plot_literally() -> None:
    """``$x^2$`` and ``\\frac`` in names are text, not mathematics that fails to parse."""
    pytest.importorskip("matplotlib")
    catalog: Catalog = load_catalog(HOSTILE)
    c = compare("script-model", "long-model", "dollar-model", catalog=catalog)
    buffer = io.BytesIO()
    plot_overview(c).savefig(buffer, format="png", dpi=50)
    assert buffer.getvalue().startswith(PNG)


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_overview_writes_a_png(pair: Comparison, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "overview.png"
    plot_overview(pair).savefig(target, format="png", dpi=50)
    assert target.read_bytes().startswith(PNG)


def test_no_route_and_no_shared_benchmark_still_plot(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from phicompare import Model

    c = compare(Model(id="a", name="A"), Model(id="b", name="B"))
    figure = plot_overview(c)
    figure.savefig(tmp_path / "empty.png", dpi=40)
    texts = [t.get_text() for f in figure.subfigs for ax in f.axes for t in ax.texts]
    assert "No model has an eligible priced route." in texts
    # neither has a score at all: said so, not "from both models" (helper fixCJ; review 29, F9)
    assert "No benchmark scores are recorded for these models." in texts
