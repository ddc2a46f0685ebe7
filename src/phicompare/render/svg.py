"""Charts as inline SVG, written in pure Python: the HTML page's pictures, no matplotlib needed.

Two charts, each an ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` that say in words
what it shows (a screen reader reads those; the tables beside it hold every figure):

- :func:`cost_chart`: each model's monthly bill against the traffic, its volume (1/8x to 3x the
  compared traffic) or its input share; where the cheaper model changes, the crossover is marked.
- :func:`gap_chart`: each shared benchmark's gap with its 95% sampling interval; filled when the
  gap is outside noise, hollow when within; a pair scored under different settings is marked
  "settings differ" and drawn without a gap (it is not a comparison).

Figures come from :mod:`phicompare.render.curves` and the comparison's facts; text from the
catalog is escaped. Lines use ``currentColor`` for axes so they follow the page's dark mode, and
series differ by dash pattern as well as colour.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import TYPE_CHECKING

from phicompare.narrative import format as fmt

from .blocks import clean
from .chart_words import bills_course, gaps_said, gaps_title, times
from .curves import curves, flips

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["cost_chart", "gap_chart"]

_COLOURS = ("#2f6fdf", "#d9690b", "#1a9a55", "#b23fb8", "#8a7a12", "#c0392b")
_DASHES = ("", "6 3", "2 3", "8 3 2 3")
_W, _H = 640, 300
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 16, 44, 46


def _e(text: str) -> str:
    return html.escape(clean(text), quote=True)


def _short(text: str, limit: int) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _legend(c: Comparison, i: int) -> str:
    """Model ``i``'s name in a legend: its id when a shared name's bracket would be cut off."""
    name = c.names[i]
    return _short(c.models[i].id if len(name) > _LEGEND and name != c.models[i].name else name,
                  _LEGEND)


_LEGEND = 28
"""The characters a legend's name may take (two names a line)."""


def _svg(ident: str, title: str, desc: str, body: list[str], height: int = _H) -> str:
    # No ids: a notebook shows many fragments on one page, where ids would clash.
    return (f'<svg class="chart {ident}" viewBox="0 0 {_W} {height}" role="img" '
            f'aria-label="{_e(title)}" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{_e(title)}</title><desc>{_e(desc)}</desc>" + "".join(body) + "</svg>")


def _times(factor: Decimal) -> str:
    """A multiple of the traffic as a tick says it: ``0``, ``0.5x``, ``1.06x``."""
    if not factor:
        return "0"
    return f"{factor.quantize(Decimal('0.01')).normalize():f}x"


def _nice_top(value: Decimal) -> Decimal:
    """The smallest 1, 2 or 5 times a power of ten at or above ``value`` (an axis's end)."""
    if value <= 0:
        return Decimal(1)
    power = Decimal(10) ** (value.adjusted())
    for step in (1, 2, Decimal("2.5"), 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power  # pragma: no cover - the loop ends at ten times the power


def cost_chart(c: Comparison, axis: str = "volume") -> str | None:
    """Each model's monthly bill against the traffic's volume or input share, as inline SVG.

    ``None`` when fewer than two models have an estimate (nothing to compare).

    Examples:
        >>> from phicompare import compare
        >>> svg = cost_chart(compare("phi-2", "phi-4-mini"), "share")
        >>> svg.startswith("<svg"), "crossover" in svg, "<title" in svg
        (True, True, True)
    """
    found = curves(c, axis)
    if len(found) < 2:
        return None
    volume = axis == "volume"
    total = c.traffic.input_tokens + c.traffic.output_tokens
    top = _nice_top(max(y for cv in found for _, y in cv.points))
    x_end = Decimal(3) if volume else Decimal(1)
    width, height = _W - _LEFT - _RIGHT, _H - _TOP - _BOTTOM

    def px(x: Decimal) -> float:
        return _LEFT + float(x / x_end) * width

    def py(y: Decimal) -> float:
        return _TOP + height - float(y / top) * height

    body = [(f'<g stroke="currentColor" stroke-opacity=".35" fill="none">'
            f'<line x1="{_LEFT}" y1="{_TOP + height}" x2="{_LEFT + width}" y2="{_TOP + height}"/>'
            f'<line x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{_TOP + height}"/></g>'),
            '<g fill="currentColor" font-size="11">']
    for k in range(5):
        y = top * k / 4
        body.append(f'<text x="{_LEFT - 6}" y="{py(y) + 4:.1f}" text-anchor="end">'
                    f"{_e(fmt.money(y).removesuffix('.00'))}</text>")
    ticks = ([Decimal(k) / 2 for k in range(7)] if volume
             else [Decimal(k) / 4 for k in range(5)])
    for x in ticks:
        label = (_times(x) if volume else fmt.percent(x))
        body.append(f'<text x="{px(x):.1f}" y="{_TOP + height + 16}" '
                    f'text-anchor="middle">{_e(label)}</text>')
    xlabel = (f"Traffic as a multiple of yours (1x: {fmt.big_count(total)} tokens a month)"
              if volume
              else f"Input share of {fmt.big_count(total)} tokens a month")
    body.append(f'<text x="{_LEFT + width / 2:.1f}" y="{_H - 8}" text-anchor="middle">'
                f"{_e(xlabel)}</text></g>")
    here = Decimal(1) if volume else (Decimal(c.traffic.input_tokens) / total if total else None)
    if here is not None:
        body.append(f'<g stroke="currentColor" stroke-opacity=".6" stroke-dasharray="1 3">'
                    f'<line x1="{px(here):.1f}" y1="{_TOP}" x2="{px(here):.1f}" '
                    f'y2="{_TOP + height}"/></g>'
                    f'<text x="{px(here) + 4:.1f}" y="{_TOP + height - 6}" font-size="11" '
                    f'fill="currentColor">your traffic</text>')
    legend = []
    for k, cv in enumerate(found):
        colour, dash = _COLOURS[k % len(_COLOURS)], _DASHES[k % len(_DASHES)]
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in cv.points)
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        body.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                    f'stroke-width="2.2"{dashed}/>')
        e = cv.estimate
        if here is not None and e.monthly is not None and volume:
            body.append(f'<circle cx="{px(here):.1f}" cy="{py(e.monthly):.1f}" r="4" '
                        f'fill="{colour}"/>')
        name = _legend(c, e.model_index)
        lx = _LEFT + 8 + (k % 2) * (width // 2)
        ly = 14 + (k // 2) * 14
        legend.append(f'<line x1="{lx}" y1="{ly - 4}" x2="{lx + 22}" y2="{ly - 4}" '
                      f'stroke="{colour}" stroke-width="2.2"{dashed}/>'
                      f'<text x="{lx + 28}" y="{ly}" font-size="12" fill="currentColor">'
                      f"{_e(name)}</text>")
    marks = []
    # a free tier's line is drawn at its $0.00, but a free tier is no price: never the cheaper
    # or the cheapest, and no crossing with it is marked (CostFacts.free_indexes)
    free = c.cost.free_indexes
    priced = [cv for cv in found if cv.estimate.model_index not in free]
    for i in range(len(priced)):
        for j in range(i + 1, len(priced)):
            for before, after in flips(priced[i], priced[j]):
                x = (before + after) / 2
                marks.append(x)
                label = (f"crossover near {_times(x)} the traffic" if volume
                         else f"crossover near {fmt.percent(x)} input")
                body.append(f'<g stroke="currentColor" stroke-dasharray="5 3">'
                            f'<line x1="{px(x):.1f}" y1="{_TOP}" x2="{px(x):.1f}" '
                            f'y2="{_TOP + height}"/></g>'
                            f'<text x="{px(x) - 4:.1f}" y="{_TOP + 12 + 13 * (len(marks) - 1)}" '
                            f'font-size="11" text-anchor="end" fill="currentColor">'
                            f"{_e(label)}</text>")
    body += legend
    names = fmt.join_words([c.names[cv.estimate.model_index] for cv in found])
    what = ("traffic volume, from 1/8 to 3 times the compared traffic" if volume
            else "the share of input tokens, at the compared monthly tokens")
    # (with three models or more a crossing is two models' lines: "cheapest" only when none)
    two = len(priced) == 2
    # where no lines cross, which bill is the lowest, from the same bills (a tie is said as one:
    # review 8, G7)
    course = bills_course([c.names[cv.estimate.model_index] for cv in priced], priced,
                          free=bool(free))
    crossing = (f"; the cheaper model changes {times(len(marks))}" if marks and two
                else f"; two models' bills cross {times(len(marks))}" if marks
                else f"; {course}" if course else "")
    on_free = [c.names[cv.estimate.model_index] for cv in found
               if cv.estimate.model_index in free]
    if on_free:
        crossing += (f"; {fmt.join_words(on_free)} "
                     + ("is on a free tier, drawn at $0.00, which is not a price"
                        if len(on_free) == 1 else
                        "are on free tiers, drawn at $0.00, which are not prices"))
    title = "Monthly bill against " + ("traffic volume" if volume else "input share")
    routes = ("the routes behind their bills" if any(cv.estimate.passed_over for cv in found)
              else "their cheapest routes")
    desc = f"Monthly bill of {names} on {routes} against {what}{crossing}."
    return _svg(f"cost-{axis}", title, desc, body)


def gap_chart(c: Comparison) -> str | None:
    """Each shared benchmark's gap to the first model, with its 95% interval, as inline SVG.

    Rows whose two scores were taken under different settings say so and draw no gap. ``None``
    when no benchmark has scores from two models.

    Examples:
        >>> from phicompare import compare
        >>> svg = gap_chart(compare("phi-2", "phi-4-mini"))
        >>> "settings differ" in svg, "GSM8K" in svg
        (True, True)
    """
    rows = [r for r in c.benchmarks if sum([s is not None for s in r.scores]) >= 2]
    pairs = [(j, 0) for j in range(1, len(c.models))]
    lines = [(row, row.pair(a, b), a) for row in rows for a, b in pairs
             if row.scores[a] is not None and row.scores[b] is not None]
    if not lines:
        return None
    reach = max([abs(g.gap) + (g.interval_95 or 0) for _, g, _ in lines
                 if g.comparable and g.gap is not None] or [Decimal(1)])
    reach = _nice_top(reach)
    label_w, row_h = 190, 22
    height = _TOP + row_h * len(lines) + _BOTTOM
    left, right = label_w, _W - _RIGHT
    mid = (left + right) / 2

    def px(x: Decimal) -> float:
        return mid + float(x / reach) * (right - left) / 2

    body = [(f'<g stroke="currentColor" stroke-opacity=".5"><line x1="{mid}" y1="{_TOP - 6}" '
            f'x2="{mid}" y2="{height - _BOTTOM + 4}"/></g>'), ('<g fill="currentColor" '
            'font-size="11">')]
    for x in (-reach, -reach / 2, Decimal(0), reach / 2, reach):
        body.append(f'<text x="{px(x):.1f}" y="{height - _BOTTOM + 18}" text-anchor="middle">'
                    f"{_e(('+' if x > 0 else '') + fmt.points(x))}</text>")
    first = c.names[0]
    body.append(f'<text x="{mid:.1f}" y="{height - 10}" text-anchor="middle">'
                f"{_e(_short(f'Gap in points, a model minus {first}; hollow: within noise', 90))}"
                "</text></g>")
    legend = []
    for k, (a, _) in enumerate(pairs):
        colour = _COLOURS[a % len(_COLOURS)]
        lx = 8 + k * 210
        legend.append(f'<circle cx="{lx + 6}" cy="14" r="5" fill="{colour}"/>'
                      f'<text x="{lx + 16}" y="18" font-size="12" fill="currentColor">'
                      f"{_e(_short(f'{c.names[a]} minus {first}', 30))}</text>")
    for n, (row, gap, a) in enumerate(lines):
        y = _TOP + row_h * n + row_h / 2
        colour = _COLOURS[a % len(_COLOURS)]
        name = _short(row.benchmark.label, 16)
        if len(pairs) > 1:
            name = _short(f"{row.benchmark.label}, {c.names[a]}", 26)  # (no brackets: fixAI)
        if not gap.comparable or gap.gap is None:
            reason = gap.reason or "not comparable"  # settings quoted each (review 7, F8)
            same = not reason.startswith("settings differ")
            note = reason if same else f"{reason}, not compared"
            body.append(f'<text x="{label_w - 8}" y="{y + 4:.1f}" font-size="12" '
                        f'text-anchor="end" fill="currentColor" font-style="italic">'
                        f"{_e(name)} ≠</text>"
                        f'<text x="{label_w + 4}" y="{y + 4:.1f}" font-size="11" '
                        f'fill="currentColor" font-style="italic">{_e(_short(note, 70))}</text>')
            continue
        body.append(f'<text x="{label_w - 8}" y="{y + 4:.1f}" font-size="12" text-anchor="end" '
                    f'fill="currentColor">{_e(name)}</text>')
        if gap.interval_95 is not None:
            lo, hi = px(gap.gap - gap.interval_95), px(gap.gap + gap.interval_95)
            body.append(f'<line x1="{lo:.1f}" y1="{y:.1f}" x2="{hi:.1f}" y2="{y:.1f}" '
                        f'stroke="{colour}" stroke-width="2"/>'
                        f'<line x1="{lo:.1f}" y1="{y - 4:.1f}" x2="{lo:.1f}" y2="{y + 4:.1f}" '
                        f'stroke="{colour}"/><line x1="{hi:.1f}" y1="{y - 4:.1f}" '
                        f'x2="{hi:.1f}" y2="{y + 4:.1f}" stroke="{colour}"/>')
        fill = colour if gap.significant else "none"
        body.append(f'<circle cx="{px(gap.gap):.1f}" cy="{y:.1f}" r="4.5" fill="{fill}" '
                    f'stroke="{colour}" stroke-width="2"/>')
    body += legend
    # counted as the page's tables read the pairs: comparable or not, interval or none (G7)
    gaps = [g for _, g, _ in lines]
    against = f", each model against {first}" if len(pairs) > 1 else ""  # (a clause: fixAI)
    said = gaps_said(gaps).replace(" on shared benchmarks:", f" on shared benchmarks{against}:")
    return _svg("gaps", gaps_title(gaps), fmt.capitalize(said) + ".", body, height)
