"""What the HTML page marks: each comparable row's winner, and the key-number cards it opens with.

A winner is marked only where the comparison's own facts support one, by the rule its prose
follows:

- the monthly bill: the models the prose calls cheaper, within the materiality threshold of the
  lowest bill (:attr:`CostFacts.close_indexes`), when every model has an estimate, none is on a
  free tier (:attr:`CostFacts.free_indexes`: no price) and some bill is materially dearer (bills
  the prose calls "about the same cost" mark nobody);
- the context window: the longest among the models the page's terms leave in (as the verdict
  weighs them, :func:`~phicompare.narrative.standing.standings`), when every one's is known and
  they differ, and no other such model's counted routes take about as much or more (review 8,
  G3); "longer than Phi-4" where a ruled-out model's window is as long or unknown;
- a benchmark (two models): the model that leads with the gap outside sampling noise, scored
  under the same setting (:attr:`ScoreGap.significant`); within noise, a different setting or a
  missing score marks nobody.

The cards restate figures the page's tables hold (each model's bill and context window) and the
verdict's claims as the page's own blocks give them; nothing here computes a figure.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, NamedTuple

from phicompare.narrative import format as fmt
from phicompare.narrative.bill_window import behind_own_bill
from phicompare.narrative.standing import standings
from phicompare.narrative.window_forms import outreached, route_reach

from .blocks import clean

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.comparison import Comparison
    from phicompare.narrative.standing import Out

__all__ = ["BENCHMARK_CAPTION", "Win", "cards", "cheapest", "longer_tag", "longest", "tagged",
           "winners"]

BENCHMARK_CAPTION = ("Scores both models report, in points; the gap with its 95% sampling "
                     "interval")
"""The caption of the two-model benchmark table (:func:`phicompare.render.scores.benchmarks`)."""
_SCORECARD = "The signals that decide, model by model"
_PRICING = "Prices per 1M tokens, in USD"


class Win(NamedTuple):
    """The winning columns of one table row (0 is the row header) and the word that says why."""

    columns: frozenset[int]
    tag: str


def _e(text: str) -> str:
    return html.escape(clean(text), quote=True)


def tagged(word: str) -> str:
    """A win tag as it follows its figure: set off by a comma, so the figure reads as the value.

    As text (a screen reader, a copy, a search snippet) a cell reads "$105.00, cheaper" and a
    card "128K tokens, longer", never "$105.00 cheaper", which gives the bill as a gap (review
    15, P10; fixR R1).

    Examples:
        >>> tagged("longer")
        ', <span class="tag">longer</span>'
    """
    return f', <span class="tag">{_e(word)}</span>'


def cheapest(c: Comparison) -> frozenset[int]:
    """The models the prose calls cheaper, when some bill is materially dearer; else none.

    Those are the bills within the materiality threshold of the lowest
    (:attr:`CostFacts.close_indexes`), when every bill is a known price; bills "about the same
    cost" mark nobody.

    Examples:
        >>> from phicompare import compare
        >>> sorted(cheapest(compare("phi-2", "phi-4-mini")))
        [0]
    """
    estimates = c.cost.estimates
    low = c.cost.close_indexes
    if any(e.monthly is None for e in estimates) or c.cost.free_indexes \
            or not 0 < len(low) < len(estimates):
        return frozenset()
    return frozenset(low)


def longest(c: Comparison, *, outs: Sequence[Out | None] | None = None) -> frozenset[int]:
    """The models left in with the longest context window, when it prints longer.

    ``outs``: the page's :func:`~phicompare.narrative.standing.standings`, where the caller has
    them (worked out here otherwise).

    Only the models the page's terms leave in are weighed, as the verdict weighs them (a model
    ``requires`` rules out is no rival: review 8). Every window among them must be known.
    128,000 and 131,072 tokens both print "128K", 1,047,576 and 1,048,576 "1M":
    neither is longer, as the narrative says (:func:`~phicompare.narrative.format.reading`).

    Examples:
        >>> from phicompare import compare
        >>> sorted(longest(compare("phi-2", "phi-4-mini")))
        [1]
        >>> longest(compare("gpt-4o-mini", "llama-3.1-8b"))  # 128,000 and 131,072 tokens
        frozenset()
        >>> sorted(longest(compare("phi-4", "phi-4-mini", "phi-3-mini-128k",
        ...                        requires={"function_calling"})))  # Gemma 3 4B is out
        [1]
    """
    left = [i for i, o in enumerate(standings(c) if outs is None else outs) if o is None]
    windows = {i: c.models[i].context_window for i in left}
    known = [w for w in windows.values() if w is not None]
    if len(known) < len(windows) or len(set(known)) < 2:
        return frozenset()
    top = max(known)
    shown = fmt.reading(top)  # (1,048,576 and 1,047,576 both read "1M")
    if any(fmt.reading(w) == shown for w in known if w != top):
        return frozenset()
    # nor where another model's routes take about as much or more (review 8, G3)
    if outreached(top, [route_reach(c, i) for i, w in windows.items() if w != top]):
        return frozenset()
    return frozenset(i for i, w in windows.items() if w == top)


def longer_tag(c: Comparison, long: frozenset[int], *,
               outs: Sequence[Out | None] | None = None) -> str:
    """The tag of the :func:`longest` windows: "longer", or whom they are longer than.

    "longer" alone where the lead holds over every model shown; where a model the page's terms
    rule out has a window as long, or an unknown one, the tag names the models left in it is
    longer than, as the verdict does ("a longer context than Phi-4").

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-4", "phi-4-mini", "phi-3-mini-128k", requires={"function_calling"})
        >>> longer_tag(c, longest(c))
        'longer than Phi-4'
    """
    if not long:
        return ""
    top = max(c.models[i].context_window or 0 for i in long)
    outs = standings(c) if outs is None else outs
    ruled_out = [i for i, o in enumerate(outs) if o is not None]
    if all((w := c.models[i].context_window) is not None and w < top
           and fmt.reading(w) != fmt.reading(top) for i in ruled_out):
        return "longer"
    below = [c.names[i] for i, o in enumerate(outs) if o is None and i not in long]
    return f"longer than {fmt.join_words(below)}"


def winners(c: Comparison, *,
            outs: Sequence[Out | None] | None = None) -> dict[tuple[str, str], Win]:
    """``(table caption, row header) -> Win`` for every row of the page with a supported winner.

    ``outs``: the page's standings, as :func:`longest` takes them.

    Examples:
        >>> from phicompare import compare
        >>> w = winners(compare("phi-2", "phi-4-mini"))
        >>> w["Prices per 1M tokens, in USD", "Monthly at your traffic"]
        Win(columns=frozenset({1}), tag='cheaper')
        >>> (BENCHMARK_CAPTION, "MMLU") in w, w[BENCHMARK_CAPTION, "OLL IFEval"].columns
        (False, frozenset({3}))
    """
    found: dict[tuple[str, str], Win] = {}
    low = cheapest(c)
    if low:
        found[_PRICING, "Monthly at your traffic"] = Win(frozenset(i + 1 for i in low), "cheaper")
    outs = standings(c) if outs is None else outs  # (once: both below read them)
    long = longest(c, outs=outs)
    if long:
        win = Win(frozenset(i + 1 for i in long), longer_tag(c, long, outs=outs))
        found["Specifications", "Context window"] = win
        found[_SCORECARD, "Context window"] = win
    if len(c.models) == 2:
        for row in c.benchmarks:
            gap = row.pair(0, 1)
            if not gap.comparable or gap.gap is None or not gap.significant or gap.gap == 0:
                continue
            ahead = gap.a_index if (gap.gap > 0) == gap.higher_is_better else gap.b_index
            found[BENCHMARK_CAPTION, row.benchmark.label] = Win(frozenset({2 + ahead}), "leads")
    return found


def cards(c: Comparison, verdict: tuple[str, ...], *, label: str = "Verdict",
          outs: Sequence[Out | None] | None = None) -> str:
    """The key-number cards: each model's bill and context window, then the verdict's lines.

    ``outs``: the page's standings, as :func:`longest` takes them. ``label`` heads the last
    card: the words of the section its lines come from ("At a glance"
    where they are the page's at-a-glance line, not its verdict: review 23, P9).

    Where the route behind a model's bill takes materially less than its window, its card says
    so under the window ("Amazon Bedrock, behind its bill, takes 128K tokens"), as the summary
    does (review 22, P1).

    Examples:
        >>> from phicompare import compare
        >>> html_cards = cards(compare("phi-2", "phi-4-mini"), ("Pick Phi-2 for the bill.",))
        >>> "$105.00" in html_cards, "cheaper" in html_cards, "Pick Phi-2" in html_cards
        (True, True, True)
    """
    outs = standings(c) if outs is None else outs  # (once: both below read them)
    low, long = cheapest(c), longest(c, outs=outs)
    tag = longer_tag(c, long, outs=outs)
    window_text = fmt.exact_tokens if c.narrative.exact_windows else fmt.tokens  # prose's: F4
    out = ['<div class="cards">']
    for i, (model, e) in enumerate(zip(c.models, c.cost.estimates, strict=True)):
        if e.monthly is None:
            bill = "no estimate"
            where = e.reason or "no eligible priced route"
        else:
            bill = fmt.money(e.monthly)
            free = ", free tier" if i in c.cost.free_indexes else ""  # (no price)
            where = f"a month on {e.provider_name}{free}"
        window = ("not yet sourced" if model.context_window is None
                  else f"{window_text(model.context_window)} tokens")
        # after the note, which it reads with: "$3,500.00 a month on OpenAI, cheaper", never
        # "$3,500.00 cheaper a month", as text (review 15, P10)
        bill_tag = ',</span> <span class="tag">cheaper</span>' if i in low else "</span>"
        window_tag = tagged(tag) if i in long else ""  # "128K tokens, longer" as text
        # what its bill's route takes, where less than the window (review 22, P1)
        if (behind := behind_own_bill(c, i, window_text)) is not None:
            window_tag += f'<br><span class="note">{_e(behind[0])} tokens</span>'
        out.append(
            f'<div class="card"><h3>{_e(c.names[i])}</h3><dl>'
            f'<dt>Monthly bill</dt><dd><span class="big">{_e(bill)}</span>'
            f'<br><span class="note">{_e(where)}{bill_tag}</dd>'
            f'<dt>Context window</dt><dd><span class="big">{_e(window)}</span>{window_tag}</dd>'
            "</dl></div>")
    if verdict:
        out.append(f'<div class="card verdict"><h3>{_e(label)}</h3><ul>'
                   + "".join(f"<li>{_e(line)}</li>" for line in verdict) + "</ul></div>")
    out.append("</div>")
    return "".join(out)
