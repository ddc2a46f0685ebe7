"""Review 15's page wording leftovers (helper fixR).

R1: an HTML win tag after a figure read as the figure's gap in text (a screen reader, a copy,
a search snippet): the context-window card read "128K tokens longer", and the table cells
"$105.00 cheaper", "128K (131,072) longer", "73.8 leads", where the figure is the value, not
the gap. A comma sets each tag off now: "128K tokens, longer", "$105.00, cheaper", "73.8,
leads", as the bill card reads "$3,500.00 a month on OpenAI, cheaper" (fixP).

R2: number words stop at nine, so a count above opened sentences with digits ("10 benchmarks
have scores ...", "18 pairs of scores are ...", "10 of them are aggregated datasets", "14
providers offer ...", and `pick`'s "829 of the 909 models meet ..."): a sentence never opens
with a numeral now; where a count would, the sentence is rephrased ("In all, 10 benchmarks
...", "Of them, 10 are ...", "Of the 909 models, 829 meet ..."). A name that starts with a
digit ("302.AI") is a name, not a count.

R4: `phicompare gpt-5 gpt-4.1 o3`: the cost section's notes on why OpenAI bills GPT-4.1 and o3
were word for word alike apart from the name; one sentence names both now.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from html.parser import HTMLParser

import pytest

from phicompare import Capabilities, Catalog, Comparison, Model, compare, default_catalog, recommend
from phicompare.narrative.reasons import explain

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


# --- R2: no sentence opens with a numeral -------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def _numeral_openings(texts: list[str], names: set[str]) -> list[str]:
    """The sentences of ``texts`` that open with a digit, other than with a name ("302.AI")."""
    return [s for t in texts for s in _SENTENCE.split(t)
            if s[:1].isdigit() and not any(s.startswith(n) for n in names)]


def _page_openings(c: Comparison) -> list[str]:
    names = {r.provider_name for i in range(len(c.models)) for r in c.routes_of(i)}
    names |= set(c.names)
    return _numeral_openings([claim.text for claim in c.narrative.claims()]
                             + [q.question for q in c.narrative.faq], names)


@pytest.mark.parametrize("ids", [
    ("phi-4-mini", "llama-3.2-3b", "gemma-3-4b"),  # 10 of them are aggregated datasets
    ("qwen3-vl-30b-a3b-instruct", "mistral-7b-instruct-v0.1"),  # 10 providers offer ...
    ("gemma-3-27b-it", "phi-3-medium-128k", "qwen2-5-vl-7b-instruct"),  # 10 benchmarks have
    ("phi-1.5", "phi-1", "phi-3-medium-4k"),  # 18 pairs of scores are directly comparable
    ("qwen2.5-coder-32b-instruct", "deepseek-r1", "grok-2"),  # 14 providers offer ... (friction)
])
def test_no_sentence_of_these_pages_opens_with_a_numeral(ids: tuple[str, ...]) -> None:
    """R2: "In all, 10 benchmarks have scores ...", never "10 benchmarks have scores ..."."""
    c = compare(*ids, as_of=DAY)
    assert _page_openings(c) == []
    assert c.check() == []


def test_no_sentence_of_a_sample_of_pages_opens_with_a_numeral() -> None:
    """R2: over a seeded sample of bundled pairs and triples, scored models first."""
    catalog = default_catalog()
    scored = sorted(m.id for m in catalog.models if len(m.scores) >= 3)
    rng = random.Random(15)
    found: list[str] = []
    for size in (2, 2, 3) * 40:
        c = compare(*rng.sample(scored, size), catalog=catalog, as_of=DAY)
        found += _page_openings(c)
    assert found == []


def test_the_recommendation_s_counts_open_no_sentence() -> None:
    """R2: "Of the 909 models, 829 meet ...", "On free tiers, 140 models meet ..."."""
    r = recommend(include_free=True, as_of=DAY)
    texts = [claim.text for claim in explain(r).summary]
    assert _numeral_openings(texts, set()) == [], texts
    assert texts[0].startswith(f"Of the {r.considered:,} models, {r.matched:,} meet every "), texts
    assert any(t.startswith(f"On free tiers, {r.free_matched:,} models meet every requirement")
               for t in texts), texts


# --- R4: a shared reason for the bill's provider said once ---------------------------------------


def test_the_same_choice_of_provider_is_said_once() -> None:
    """R4: models that share one reason for their bill's provider: one sentence names both.

    GPT-4.1 and o3 shared OpenAI's until review 29, F1: at one price with Microsoft Foundry,
    whose GPT-4.1 route has no retirement date and whose o3 route retires first, their bills
    went apart (GPT-4.1 on Foundry, o3 on OpenAI), and each reads its own. Claude Opus 4.1 and
    Claude Opus 4 share Amazon Bedrock's.
    """
    c = compare("gpt-5", "claude-opus-4-1", "claude-opus-4", as_of=dt.date(2026, 10, 20))
    notes = [claim.text for claim in c.narrative.cost if claim.key.startswith("choice:")]
    assert len(notes) == 2, notes
    assert notes[0].startswith("GPT-5: billed on Microsoft Foundry"), notes
    assert notes[1].startswith("Claude Opus 4.1 and Claude Opus 4 alike: billed on Amazon "
                               "Bedrock, a major cloud or platform; "), notes
    assert notes[1].endswith("(Poe at $26,400.00 a month, and two more)."), notes
    assert c.check() == []
    apart = compare("gpt-5", "gpt-4.1", "o3", as_of=dt.date(2026, 10, 20))
    notes = [claim.text for claim in apart.narrative.cost if claim.key.startswith("choice:")]
    assert [n.split(":")[0] for n in notes] == ["GPT-5", "GPT-4.1", "o3"], notes
    assert notes[2].startswith("o3: billed on OpenAI"), notes
    assert apart.check() == []
