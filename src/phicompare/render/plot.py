"""Plots of a comparison (the optional ``phicompare[plot]`` extra, matplotlib).

matplotlib is imported inside the functions, so ``import phicompare`` never pays for it, and
figures are built as :class:`matplotlib.figure.Figure` objects without pyplot: no global state,
no window, safe in threads and servers; notebooks display them and ``savefig`` writes them.

Every cost on a plot comes from the cost model (:func:`phicompare.route_cost` at each traffic
drawn); the score intervals from the comparator's own sampling variance. Text drawn comes from the
catalog, so a ``$`` is escaped (matplotlib would read it as the start of mathematics).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from phicompare.exceptions import PlotError
from phicompare.narrative import format as fmt
from phicompare.narrative.no_comparable import none_shared

from .blocks import clean
from .chart_words import gaps_title
from .curves import scaled

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import BenchmarkRow

__all__ = ["plot_benchmarks", "plot_cost", "plot_overview"]

_SCALES = tuple(10 ** (k / 8) for k in range(-16, 17))  # 1/100x to 100x the traffic
_SHARES = tuple(Decimal(k) / 50 for k in range(51))  # input share 0%, 2%, ... 100%
_READ = "another run, which a gap reads"


def _figure_class() -> Any:
    try:
        from matplotlib.figure import Figure  # noqa: PLC0415
    except ImportError:
        msg = "plots need matplotlib: pip install 'phicompare[plot]'"
        raise PlotError(msg) from None
    return Figure


def _t(text: str, limit: int = 48) -> str:
    """Catalog text as matplotlib shows it literally, cut to ``limit`` characters."""
    text = clean(text)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("$", r"\$")


def _draw_cost(fig: Any, c: Comparison) -> None:
    from phicompare.analysis.cost import route_cost  # noqa: PLC0415
    from phicompare.analysis.crossing import mixed  # noqa: PLC0415

    ratio_ax, mix = fig.subplots(1, 2)
    traffic = c.traffic
    total = traffic.input_tokens + traffic.output_tokens
    priced = [e for e in c.cost.estimates if e.route is not None and e.monthly is not None]
    if not priced:
        for ax in (ratio_ax, mix):
            ax.text(0.5, 0.5, "No model has an eligible priced route.", ha="center",
                    transform=ax.transAxes)
        return
    colours = {}
    for k, e in enumerate(priced):
        route = e.route
        assert route is not None  # priced above
        bill = fmt.money(e.monthly or Decimal(0))
        label = _t(f"{c.names[e.model_index]} on {e.provider_name}") + ": " + _t(bill)
        shares = [(float(s) * 100, float(route_cost(route, mixed(traffic, s)).monthly))
                  for s in _SHARES]
        line = mix.plot([x for x, _ in shares], [y for _, y in shares], label=label)[0]
        colours[k] = line.get_color()
    _draw_ratio(ratio_ax, c, priced, colours)
    here = 100 * traffic.input_tokens / total if total else 0.0
    mix.axvline(here, color="grey", linestyle=":", linewidth=1)
    mix.annotate("your mix", (here, 0.02), xycoords=("data", "axes fraction"), ha="right",
                 textcoords="offset points", xytext=(-4, 0), fontsize=8, color="grey")
    for k, crossing in enumerate(c.cost.crossovers):
        share = float(crossing.input_share) * 100
        mix.axvline(share, color="black", linestyle="--", linewidth=1)
        mix.annotate(_t(f"crossover: {fmt.percent(crossing.input_share)} input"),
                     (share, 0.95 - 0.06 * k), xycoords=("data", "axes fraction"), ha="right",
                     textcoords="offset points", xytext=(-4, 0), fontsize=8)
    mix.set(xlabel="Input share of tokens (%)", ylabel="USD a month", xlim=(0, 100),
            title=f"Cost against the input share, at {fmt.big_count(total)} tokens a month")
    mix.legend(fontsize=8)


def _draw_ratio(ax: Any, c: Comparison, priced: list[Any], colours: dict[int, Any]) -> None:
    """Each bill as a multiple of the first priced model's, against traffic volume.

    A flat line says the ratio holds at any volume; a line crossing 1 marks where the cheaper
    model changes (tiers, per-request fees).
    """
    from phicompare.analysis.cost import route_cost  # noqa: PLC0415

    base = priced[0]
    traffic = c.traffic
    total = traffic.input_tokens + traffic.output_tokens
    points = [(f, t) for f in _SCALES if (t := scaled(traffic, f)) is not None]
    base_bills = [route_cost(base.route, t).monthly for _, t in points]
    ax.axhline(1, color=colours[0], linewidth=1.5,
               label=_t(f"{c.names[base.model_index]} (the reference)"))
    for k, e in enumerate(priced[1:], start=1):
        xs, ys = [], []
        for (f, t), low in zip(points, base_bills, strict=True):
            bill = route_cost(e.route, t).monthly
            if low > 0:
                xs.append(f * total)
                ys.append(float(bill / low))
        ratio = f"{c.names[e.model_index]} ÷ {c.names[base.model_index]}"
        ax.plot(xs, ys, color=colours[k], label=_t(ratio))
        for before, after in zip(zip(xs, ys, strict=True), zip(xs[1:], ys[1:], strict=True),
                                 strict=False):
            if (before[1] - 1) * (after[1] - 1) < 0:
                ax.axvline(after[0], color="black", linestyle="--", linewidth=1)
                ax.annotate("crossover", (after[0], 0.95), xycoords=("data", "axes fraction"),
                            ha="right", textcoords="offset points", xytext=(-4, 0), fontsize=8)
    ax.axvline(total, color="grey", linestyle=":", linewidth=1)
    ax.annotate("your traffic", (total, 0.02), xycoords=("data", "axes fraction"), ha="right",
                textcoords="offset points", xytext=(-4, 0), fontsize=8, color="grey")
    ax.set(xscale="log", xlabel="Tokens a month (input and output)",
           ylabel=_t(f"Bill as a multiple of {c.names[base.model_index]}'s"),
           title="How many times the reference bill, by traffic volume")
    ax.legend(fontsize=8)


def _draw_benchmarks(fig: Any, c: Comparison) -> None:
    from phicompare.analysis.statistics import Z95, variance  # noqa: PLC0415

    rows = [r for r in c.benchmarks if len(r.scores) - r.scores.count(None) >= 2]
    scores_ax, gaps_ax = fig.subplots(1, 2, sharey=True)
    count = len(c.models)
    if not rows:  # worded by the number of models, as the page's sentence is (review 29, F9)
        scores_ax.text(0.5, 0.5, none_shared(c.names, c.benchmarks),  # (as the page: fixCJ)
                       ha="center", transform=scores_ax.transAxes)
        return
    step = 0.7 / count
    for i, name in enumerate(c.names):
        xs, ys, errors = [], [], []
        for y, row in enumerate(rows):
            score = row.scores[i]
            if score is None:
                continue
            var = variance(score.score, row.benchmark)
            xs.append(float(score.score))
            ys.append(y + (i - (count - 1) / 2) * step)
            errors.append(0.0 if var is None else float(Z95 * var.sqrt()))
        scores_ax.errorbar(xs, ys, xerr=errors, fmt="o", capsize=2, label=_t(name))
    pairs = [(j, 0) for j in range(1, count)]
    _draw_read(scores_ax, rows, pairs, step)
    drawn = [row.pair(a, b) for row in rows for a, b in pairs
             if row.scores[a] is not None and row.scores[b] is not None]
    for k, (a, b) in enumerate(pairs):
        offset = (k - (len(pairs) - 1) / 2) * (0.7 / len(pairs))
        label: str | None = _t(f"{c.names[a]} minus {c.names[b]}")
        for y, row in enumerate(rows):
            if row.scores[a] is None or row.scores[b] is None:
                continue
            gap = row.pair(a, b)
            if not gap.comparable or gap.gap is None:
                note = gap.reason or "not comparable"  # settings quoted each (review 7, F8)
                gaps_ax.annotate(_t(note, 64), (0, y + offset), ha="left", va="center",
                                 fontsize=7, color="grey", fontstyle="italic")
                continue
            half = 0.0 if gap.interval_95 is None else float(gap.interval_95)
            gaps_ax.errorbar([float(gap.gap)], [y + offset], xerr=[half], capsize=2,
                             fmt="o", color=f"C{a}",
                             markerfacecolor=f"C{a}" if gap.significant else "white",
                             label=label)
            label = None  # one legend entry a pair
    gaps_ax.axvline(0, color="grey", linewidth=1)
    labels = [_t(r.benchmark.label) + (" ≠" if _settings_differ(r) else "") for r in rows]
    differ = " (≠: settings differ, not compared)" if any(map(_settings_differ, rows)) else ""
    scores_ax.set(yticks=range(len(rows)), yticklabels=labels, xlabel="Score (points)",
                  title="Scores with 95% sampling intervals" + differ)
    scores_ax.invert_yaxis()
    if differ:
        for tick, row in zip(scores_ax.get_yticklabels(), rows, strict=True):
            if _settings_differ(row):
                tick.set_fontstyle("italic")
    gaps_ax.set(xlabel="Gap (points); hollow: within noise",
                title=gaps_title(drawn).replace("Benchmark gaps", "Gaps"))  # review 8, G7
    handles, names = scores_ax.get_legend_handles_labels()
    order = sorted(range(len(names)), key=lambda k: names[k] == _READ)  # (the models first)
    scores_ax.legend([handles[k] for k in order], [names[k] for k in order], fontsize=8)
    handles, _ = gaps_ax.get_legend_handles_labels()
    if handles:
        gaps_ax.legend(fontsize=8)


def _draw_read(ax: Any, rows: Sequence[BenchmarkRow], pairs: Sequence[tuple[int, int]],
               step: float) -> None:
    """Each run a drawn gap reads that is not its model's dot, as a hollow diamond beside it.

    On a page of three models or more a dot is the run the table's column shows, while each
    pair's gap is read on the runs it would be on its own page
    (:attr:`~phicompare.analysis.facts.ScoreGap.a_score`, helper fixCH): Llama 3.1 8B, Phi-3.5
    Mini and Phi-2 drew GSM8K's dots at 82.4 and 76.9 beside a gap that reads 82.4 against
    86.2, "Phi-3.5 Mini leads" (helper fixDD). The run read is drawn in its model's colour,
    with one grey legend entry saying what it is. A pair whose gap is not drawn (settings
    differ, say) has no run read, and a run at its model's own dot is not drawn again: Llama
    3.1 8B's MMLU run read by Phi-3.5 Mini's gap is its dot, 68.1, and GSM8K's Phi-2 pair, whose
    settings differ, read no 84.5 (helper fixDN).
    """
    count = len(rows[0].scores)
    read: dict[int, list[tuple[float, float]]] = {}
    for y, row in enumerate(rows):
        for a, b in pairs:
            if row.scores[a] is None or row.scores[b] is None:
                continue
            gap = row.pair(a, b)
            if not gap.comparable or gap.gap is None:  # (no gap drawn: nothing read)
                continue
            for i, run in ((a, gap.a_score), (b, gap.b_score)):
                own = row.scores[i]
                if run is None or (own is not None and run.score == own.score):
                    continue
                at = (float(run.score), y + (i - (count - 1) / 2) * step)
                if at not in read.setdefault(i, []):
                    read[i].append(at)
    for i, points in sorted(read.items()):
        ax.plot([x for x, _ in points], [y for _, y in points], "D", color=f"C{i}",
                markerfacecolor="none", markersize=6)
    if any(read.values()):  # (one legend entry for them all, in no model's colour)
        ax.plot([], [], "D", color="grey", markerfacecolor="none", markersize=6, label=_READ)


def _settings_differ(row: Any) -> bool:
    """Whether a pair of a benchmark row does not compare because its settings differ.

    Settings that differ only in their metric's name, or a setting not stated, do not
    (review 7, F2).
    """
    return any((p.reason or "").startswith("settings differ") for p in row.pairs)


def _benchmark_height(c: Comparison) -> float:
    rows = sum(len(r.scores) - r.scores.count(None) >= 2 for r in c.benchmarks)
    return 1.8 + 0.32 * max(rows, 3)


def plot_cost(c: Comparison) -> Any:
    """Monthly cost of each model's cheapest route, against traffic volume and input share.

    The left panel scales the whole traffic from 1/100 to 100 times and draws each bill as a
    multiple of the first model's (a flat line: the ratio holds at any volume; a line crossing 1:
    the cheaper model changes there); the right keeps the monthly tokens and moves the input
    share from 0 to 100%, with each crossover (where the models cost the same) marked. A dotted
    line marks the traffic compared.

    Returns:
        matplotlib.figure.Figure: the figure (display it in a notebook, or ``savefig``).

    Raises:
        PlotError: (an ``ImportError``) matplotlib is not installed.

    Examples:
        >>> from phicompare import compare
        >>> fig = plot_cost(compare("phi-2", "phi-4-mini"))  # doctest: +SKIP
        >>> fig.savefig("cost.png")  # doctest: +SKIP
    """
    figure = _figure_class()(figsize=(11, 4.2), layout="constrained")
    _draw_cost(figure, c)
    return figure


def plot_benchmarks(c: Comparison) -> Any:
    """Scores on the benchmarks two or more models share, with their 95% sampling intervals.

    The left panel shows each score with its interval; the right each model's gap to the first
    model with the gap's interval (hollow markers: within noise). A benchmark whose scores were
    taken under different settings is marked ``≠`` in italics and drawn without a gap. With
    three models or more a dot is the run the benchmark table's column shows; where a gap
    drawn reads another run of a model (as on the pair's own page), that run is drawn too, a
    hollow diamond in the model's colour ("another run, which a gap reads").

    Returns:
        matplotlib.figure.Figure: the figure.

    Raises:
        PlotError: (an ``ImportError``) matplotlib is not installed.

    Examples:
        >>> from phicompare import compare
        >>> fig = plot_benchmarks(compare("phi-2", "phi-4-mini"))  # doctest: +SKIP
    """
    figure = _figure_class()(figsize=(11, _benchmark_height(c)), layout="constrained")
    _draw_benchmarks(figure, c)
    return figure


def plot_overview(c: Comparison) -> Any:
    """Both plots in one figure, cost above benchmarks (what ``phicompare --plot`` writes).

    Raises:
        PlotError: (an ``ImportError``) matplotlib is not installed.

    Examples:
        >>> from phicompare import compare
        >>> plot_overview(compare("phi-2", "phi-4-mini")).savefig("overview.png")  # doctest: +SKIP
    """
    bench = _benchmark_height(c)
    figure = _figure_class()(figsize=(11, 4.2 + bench), layout="constrained")
    top, bottom = figure.subfigures(2, 1, height_ratios=[4.2, bench])
    _draw_cost(top, c)
    _draw_benchmarks(bottom, c)
    figure.suptitle(_t(c.narrative.title, limit=120))
    return figure
