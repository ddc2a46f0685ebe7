"""The context windows view equals the rules the sections used to work out each on its own."""

from __future__ import annotations

from hypothesis import given, strategies as st

from phicompare.narrative import format as fmt
from phicompare.narrative.context import windows_view

# Counts that print alike (128K, 1M) beside ones that do not, and unknown windows.
_WINDOW = st.one_of(st.none(), st.sampled_from([2048, 4096, 8192, 128_000, 131_072, 200_000,
                                                1_000_000, 1_047_576, 1_048_576]),
                    st.integers(min_value=1, max_value=3_000_000))


def _prints_shorter(window: int, mine: int) -> bool:
    return window == mine or fmt.reading(window) != fmt.reading(mine)


@given(st.lists(_WINDOW, min_size=2, max_size=5))
def test_windows_view_matches_each_rule(sizes: list[int | None]) -> None:
    view = windows_view(tuple(sizes))
    known = [w for w in sizes if w is not None]
    assert view.form is fmt.token_formatter(known)
    longest = [i for i, mine in enumerate(sizes) if mine is not None and all(
        w is not None and w < mine and _prints_shorter(w, mine)
        for k, w in enumerate(sizes) if k != i)]
    assert view.longest == (longest[0] if longest else None)
    if None in sizes:
        assert (view.top, view.rest) == ((), ())
        return
    order = sorted(range(len(sizes)), key=lambda i: (-(sizes[i] or 0), i))
    top = [i for i in order if sizes[i] == sizes[order[0]]]
    assert view.top == tuple(top)
    assert view.rest == tuple(i for i in order if i not in top)
