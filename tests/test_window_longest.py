"""Which window prints longest, read without a view of the windows (issue 18).

The verdict's rule for a longer context (``narrative.longer.outreaches``) asked a whole
:class:`~phicompare.narrative.window_forms.Windows` view (the side-by-side formatter, the ranking
and a basis) of several sets of windows a page, and read only its ``longest``.
``window_forms.longest`` answers that alone, by the same rule.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, strategies as st

from phicompare import compare
from phicompare.narrative import format as fmt, longer
from phicompare.narrative.context import context_of
from phicompare.narrative.window_forms import Windows, longest, windows_view

DAY = dt.date(2026, 11, 25)

_WINDOWS = st.one_of(st.none(), st.sampled_from([2048, 4096, 16_384, 16_385, 128_000, 131_072,
                                                 163_000, 163_840, 164_000, 200_000, 202_752,
                                                 1_000_000, 1_047_576, 1_048_576]),
                     st.integers(min_value=1, max_value=3_000_000))


def _reference(sizes: tuple[int | None, ...]) -> int | None:
    """The rule as the view wrote it: one largest window, and it prints longer than the rest."""
    known = [w for w in sizes if w is not None]
    if len(known) < len(sizes) or not known:
        return None
    largest = max(known)
    top = [i for i, w in enumerate(known) if w == largest]
    rest = [i for i, w in enumerate(known) if w != largest]
    form = fmt.token_formatter(known)
    return top[0] if len(top) == 1 and (form is fmt.tokens or all(
        fmt.reading(known[i]) != fmt.reading(largest) for i in rest)) else None


@given(st.lists(_WINDOWS, min_size=1, max_size=5).map(tuple))
def test_longest_is_the_view_s_rule(sizes: tuple[int | None, ...]) -> None:
    assert longest(sizes) == _reference(sizes)
    assert windows_view(sizes).longest == longest(sizes)
    assert windows_view(sizes, exact=True).longest == longest(sizes)
    # the view reads each window once, as the formatter reads it (window notes compare them)
    assert windows_view(sizes).readings == tuple([None if w is None else fmt.reading(w)
                                                  for w in sizes])


@pytest.mark.parametrize("models", [("phi-2", "phi-4-mini"), ("gpt-4o", "phi-4"),
                                    ("gemma-3-4b", "phi-4-mini", "gemma-3n-e2b-it")])
def test_the_longer_context_rule_builds_no_view(models: tuple[str, ...],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def no_view(*_: object, **__: object) -> Windows:
        raise AssertionError("a view built for its longest window alone")

    c = compare(*models, as_of=DAY)
    c.route_groups  # noqa: B018 - read before the patch: the page's own view is built apart
    x = context_of(c)
    monkeypatch.setattr(longer, "windows_view", no_view, raising=False)
    for i in range(len(models)):
        others = tuple(o for o in range(len(models)) if o != i)
        for k in range(1, len(others) + 1):
            for some in itertools.combinations(others, k):
                longer.outreaches(x, i, some)
