"""Citations: which URL supports which figures, and when it was last checked."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from phicompare.domain.documents import source_address

from .facts import SourceRef

if TYPE_CHECKING:
    from phicompare.domain.records import BenchmarkScore

__all__ = ["SECONDHAND", "cite", "is_secondhand", "merge_ref", "noted_reads", "unrecorded"]

SECONDHAND = (
    "https://github.com/anomalyco/models.dev/", "https://github.com/sst/models.dev/",
    "https://models.dev/", "https://github.com/JonathanChavezTamales/LLMStats",
    "https://llm-stats.com/", "https://github.com/BerriAI/litellm/",
    "https://github.com/pydantic/genai-prices/", "https://openrouter.ai/",
)
"""URL prefixes of aggregated datasets: a figure read there is secondhand."""


def is_secondhand(url: str) -> bool:
    """Whether ``url`` is an aggregated dataset rather than a vendor's or provider's own page.

    Examples:
        >>> is_secondhand("https://github.com/anomalyco/models.dev/blob/abc/models/x.toml")
        True
        >>> is_secondhand("https://huggingface.co/microsoft/phi-2")
        False
    """
    return url.startswith(SECONDHAND) or f"{url}/".startswith(SECONDHAND)  # (its address)


_NOTED_READ = re.compile(r"\((https://[^\s,()]+), read (\d{4}-\d{2}-\d{2})\)")
"""A route note's citation, as keyed route fixes write it: "(https://..., read 2026-12-02)"."""


def noted_reads(notes: str | None) -> Iterator[tuple[str, dt.date]]:
    """The sources a route's notes cite with the day each was read, in order.

    A keyed route fix (a retirement, a deprecation, a corrected price) writes its source and
    the day it was read into the route's notes, and cites the source among the model's: the
    model's ``checked`` (its record's date) is not that day (dataAC's leftover: GitHub's
    announcement of 2026-07-30 read "checked 2026-07-02" on GPT-4o's page).

    Examples:
        >>> list(noted_reads("Free tier. Route retires 2026-07-30 (https://x.test/a, read "
        ...                  "2026-12-02): closed."))
        [('https://x.test/a', datetime.date(2026, 12, 2))]
        >>> list(noted_reads(None)), list(noted_reads("(https://x.test, read soon)"))
        ([], [])
    """
    for url, day in _NOTED_READ.findall(notes or ""):
        yield url, dt.date.fromisoformat(day)


def unrecorded(score: BenchmarkScore) -> bool:
    """Whether the data does not record which evaluation produced ``score``.

    A score's evaluation is its ``evaluation`` id, else its source document
    (:attr:`BenchmarkScore.evaluation_key`): a maker's card or a leaderboard is its own run. A
    figure read on an aggregated dataset (:func:`is_secondhand`: OpenRouter's benchmark pages,
    models.dev, LLMStats) with no ``evaluation`` id was run by someone the data does not name:
    two such pages may show one organisation's runs (Artificial Analysis's figures on
    OpenRouter's per-model pages) or not, so two scores with one of them are not on record as
    one evaluation, nor as two (review 10, I11). A model's profile keeps it for each score
    (:attr:`~phicompare.analysis.profile.ScoreEntry.unrecorded`).

    Examples:
        >>> from decimal import Decimal as D
        >>> from phicompare.domain.records import BenchmarkScore
        >>> card = BenchmarkScore(benchmark="x", score=D(1), source="https://maker.example/card")
        >>> page = BenchmarkScore(benchmark="x", score=D(1), source="https://openrouter.ai/o/m")
        >>> named = BenchmarkScore(benchmark="x", score=D(1), source="https://openrouter.ai/o/m",
        ...                        evaluation="aa-2026-06")
        >>> unrecorded(card), unrecorded(page), unrecorded(named)
        (False, True, False)
    """
    return score.evaluation is None and (score.source is None or is_secondhand(score.source))


def cite(cites: Iterable[tuple[str | None, str, dt.date | None]]) -> dict[str, SourceRef]:
    """Citations grouped by URL: what each supports (first seen first), the days it was read.

    A URL is listed with the day its oldest figure was read (as :func:`merge_ref` merges), and
    its newest's where later (``last_checked``: review 55, #3), at its address
    (:func:`~phicompare.domain.documents.source_address`): a page cited with and without a
    trailing slash is one source (review 14, N10).

    Examples:
        >>> day = dt.date(2026, 1, 2)
        >>> refs = cite([("https://a", "x", None), ("https://a", "y", day), (None, "z", None)])
        >>> refs["https://a"].supports, refs["https://a"].checked
        (('x', 'y'), datetime.date(2026, 1, 2))
        >>> list(cite([("https://a/b/", "x", None), ("https://a/b", "y", None)]))
        ['https://a/b']
        >>> ref = cite([("https://a", "x", day), ("https://a", "y", dt.date(2025, 5, 22))]
        ...            )["https://a"]
        >>> ref.checked, ref.last_checked
        (datetime.date(2025, 5, 22), datetime.date(2026, 1, 2))
    """
    found: dict[str, tuple[list[str], list[dt.date | None]]] = {}
    for cited, what, when in cites:
        if cited:
            url = source_address(cited)
            held = found.get(url)
            if held is None:
                found[url] = ([what], [when, when])
                continue
            supports, checked = held
            if what not in supports:
                supports.append(what)
            if when is not None and (checked[0] is None or when < checked[0]):
                checked[0] = when
            if when is not None and (checked[1] is None or when > checked[1]):
                checked[1] = when
    return {url: SourceRef(url=url, supports=tuple(supports), checked=first,
                           secondhand=is_secondhand(url),
                           last_checked=last if last != first else None)
            for url, (supports, (first, last)) in found.items()}


def merge_ref(held: SourceRef, new: SourceRef) -> SourceRef:
    """One source cited twice: the union of what it supports, the days it was read.

    A figure is only as fresh as the day it was read: a source cited for a route price read
    on 2024-12-18 and for facts read on 2025-05-22 is listed as checked on 2024-12-18, so the
    sources table and "checked between" cover the oldest figure shown (as a merged model's
    ``checked`` is its sources' earliest); its ``last_checked``, 2025-05-22, ends the range the
    table gives, never a day before a figure it supports was read (review 55, #3).

    Examples:
        >>> ref = SourceRef(url="https://a", supports=("x",), checked=dt.date(2026, 1, 2))
        >>> merge_ref(ref, SourceRef(url="https://a", supports=("x",))) is ref  # nothing new
        True
        >>> merge_ref(ref, SourceRef(url="https://a", supports=("y",))).supports
        ('x', 'y')
        >>> older = SourceRef(url="https://a", supports=("y",), checked=dt.date(2025, 5, 22))
        >>> merge_ref(ref, older).checked, merge_ref(older, ref).checked
        (datetime.date(2025, 5, 22), datetime.date(2025, 5, 22))
        >>> merge_ref(ref, older).last_checked, merge_ref(older, ref).last_checked
        (datetime.date(2026, 1, 2), datetime.date(2026, 1, 2))
    """
    supports = held.supports + tuple(w for w in new.supports if w not in held.supports)
    days = [d for d in (held.checked, held.last_checked, new.checked, new.last_checked)
            if d is not None]
    checked, last = (min(days), max(days)) if days else (None, None)
    last = last if last != checked else None
    if supports == held.supports and checked == held.checked and last == held.last_checked:
        return held
    return SourceRef(url=held.url, supports=supports, checked=checked,
                     secondhand=held.secondhand, last_checked=last)
