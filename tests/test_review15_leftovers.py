"""Review 15's page wording leftovers (helper fixR).

R1: an HTML win tag after a figure read as the figure's gap in text (a screen reader, a copy,
a search snippet): the context-window card read "128K tokens longer", and the table cells
"$105.00 cheaper", "128K (131,072) longer", "73.8 leads", where the figure is the value, not
the gap. A comma sets each tag off now: "128K tokens, longer", "$105.00, cheaper", "73.8,
leads", as the bill card reads "$3,500.00 a month on OpenAI, cheaper" (fixP).
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest

from phicompare import Capabilities, Catalog, Model, compare

DAY = dt.date(2026, 11, 25)


class _Tags(HTMLParser):
    """The page's visible text, and the text each win tag follows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.before: list[tuple[str, str]] = []  # (the text before a tag, the tag's word)
        self._tag = False
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title", "script"):
            self._hidden += 1
        self._tag = tag == "span" and ("class", "tag") in attrs

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "script"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._tag:
            self.before.append((" ".join("".join(self.text).split())[-40:], data))
            self._tag = False
        self.text.append(data)


def _tags(page: str) -> list[tuple[str, str]]:
    reader = _Tags()
    reader.feed(page)
    return reader.before


def _model(mid: str, window: int, *, calls: bool) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=window,
                 sources=(f"https://{mid}.example/card",),
                 capabilities=Capabilities(function_calling=calls))


@pytest.mark.parametrize("page", [
    pytest.param(lambda: compare("gpt-4o", "phi-4-mini", as_of=DAY).to_html(), id="gpt-4o"),
    pytest.param(lambda: compare("phi-2", "phi-4-mini", as_of=DAY).to_html(), id="phi-2"),
    pytest.param(lambda: compare("phi-4", "phi-4-mini", "gemma-3-4b", as_of=DAY,
                                 requires={"function_calling"}).to_html(), id="longer-than"),
    pytest.param(lambda: compare(*(ms := (_model("a", 8192, calls=True),
                                          _model("b", 32768, calls=True),
                                          _model("c", 131072, calls=False))),
                                 catalog=Catalog(models=ms), as_of=DAY,
                                 requires={"function_calling"}).to_html(), id="small"),
])
def test_every_win_tag_is_set_off_from_its_figure(page: object) -> None:
    """R1: as text a tag reads "128K tokens, longer", never "128K tokens longer"."""
    assert callable(page)
    tags = _tags(page())
    assert tags
    for before, word in tags:
        assert before.endswith(","), (before, word)


def test_the_cards_and_cells_of_the_finding_read_with_commas() -> None:
    """R1: "32K tokens, longer than A", "$105.00, cheaper", "73.8, leads"."""
    small = (_model("a", 8192, calls=True), _model("b", 32768, calls=True),
             _model("c", 131072, calls=False))
    tags = _tags(compare(*small, catalog=Catalog(models=small), as_of=DAY,
                         requires={"function_calling"}).to_html())
    assert ("32K tokens,", "longer than A") in [(b[-11:], w) for b, w in tags]
    tags = _tags(compare("phi-2", "phi-4-mini", as_of=DAY).to_html())
    assert ("$105.00,", "cheaper") in [(b[-8:], w) for b, w in tags]
    assert ("73.8,", "leads") in [(b[-5:], w) for b, w in tags]
    assert ("128K tokens,", "longer") in [(b[-12:], w) for b, w in tags]
    assert ("128K (131,072),", "longer") in [(b[-15:], w) for b, w in tags]
