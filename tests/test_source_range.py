"""A source row is never dated before a figure it supports was read.

Review 55, #3: on Llama 4 Maverick 17B Instruct and Qwen3 235B-A22B, the sources table dated
LLMStats' ``providers/deepinfra/provider.json`` "2025-04-05" (its earliest figure) while Qwen3
235B-A22B's DeepInfra price, read from it, is dated 2025-04-29. It reads the range now.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Comparison, SourceRef, compare
from phicompare.analysis.sources import cite, merge_ref
from phicompare.domain.documents import source_address

DAY = dt.date(2026, 12, 3)
DEEPINFRA = "providers/deepinfra/provider.json"


def _route_days(c: Comparison) -> dict[str, list[dt.date]]:
    days: dict[str, list[dt.date]] = {}
    for row in c.routes:
        days.setdefault(source_address(row.route.source), []).append(row.route.checked)
    return days


def _last(ref: SourceRef) -> dt.date | None:
    return ref.last_checked or ref.checked


def test_a_source_row_covers_every_route_figure_it_supports() -> None:
    c = compare("llama-4-maverick-17b-instruct", "qwen3-235b-a22b", as_of=DAY)
    days = _route_days(c)
    for ref in c.provenance.sources:
        read = days.get(ref.url, [])
        last = _last(ref)
        if read:
            assert ref.checked is not None
            assert last is not None
            assert ref.checked <= min(read)
            assert last >= max(read), (ref.url, last, read)
    ref = next(r for r in c.provenance.sources if r.url.endswith(DEEPINFRA))
    assert ref.checked is not None
    assert ref.last_checked is not None
    assert ref.last_checked > ref.checked
    row = next(line for line in c.to_markdown().splitlines() if DEEPINFRA in line)
    assert row.endswith(f"| {ref.checked.isoformat()} to {ref.last_checked.isoformat()} |"), row
    newest = c.provenance.newest_check
    assert newest is not None
    assert all(newest >= day for read in days.values() for day in read)
    assert c.check() == []


def test_a_source_read_on_one_day_has_no_range() -> None:
    day = dt.date(2026, 1, 2)
    one = cite([("https://a", "x", day), ("https://a", "y", day)])["https://a"]
    assert (one.checked, one.last_checked) == (day, None)
    later = SourceRef(url="https://a", supports=("z",), checked=dt.date(2026, 3, 4))
    merged = merge_ref(one, later)
    assert (merged.checked, merged.last_checked) == (day, dt.date(2026, 3, 4))
    assert merge_ref(merged, one) is merged
