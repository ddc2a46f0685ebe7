"""Work a narrative does once a page: it must answer as the work done each time would (issue 18).

The context holds the summary's context sentence (read by switch friction to write its windows
as the summary does) and each model's bill row (read about six times a page); the formatter reads
each window once where it compares neighbours. The page's window form is decided once, with the
narrative, for its tables too; each model's outreach over others, the input limits below the
windows and the inputs a model alone accepts are worked out once a page. Each is checked against
the plain computation.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from phicompare import compare
from phicompare.narrative import format as fmt, longer
from phicompare.narrative.bill_window import behind_bill, behind_own_bill, bill_row
from phicompare.narrative.claims import EvidenceKind
from phicompare.narrative.context import context_of
from phicompare.narrative.glance_words import glance, glance_terms
from phicompare.narrative.inputs import own_inputs
from phicompare.narrative.paths import model as model_path
from phicompare.narrative.window_forms import page_exact
from phicompare.narrative.windows import context_claim, prose_exact

DAY = dt.date(2026, 11, 25)
# Windows recorded short of their routes', written to the token, alike and apart; bills on
# routes early and late in a model's rows (the bundled catalog: the curated and imported layers).
MODELS = ("phi-2", "phi-4-mini", "gpt-4.1", "claude-sonnet-4", "deepseek-v3.2", "llama-3.2-3b")
PAIRS = list(itertools.combinations(MODELS, 2))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_bill_rows_are_the_first_row_of_each_bills_route(a: str, b: str) -> None:
    c = compare(a, b, as_of=DAY)
    x = context_of(c)
    for i, estimate in enumerate(c.cost.estimates):
        scanned = None if estimate.monthly is None or estimate.route is None or \
            i in c.cost.free_indexes else next(
                (k for k, row in enumerate(c.routes) if row.model_index == i
                 and row.route == estimate.route), None)
        assert bill_row(x, i) == scanned


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_context_sentence_is_made_once_and_read_as_made_afresh(a: str, b: str) -> None:
    c = compare(a, b, as_of=DAY)
    x = context_of(c)
    assert x.context_said is x.context_said  # one claim a page
    fresh = context_claim(context_of(c))
    assert (x.context_said.text, x.context_said.evidence) == (fresh.text, fresh.evidence)
    own = {model_path(i, "context_window") for i in range(x.n)}
    assert prose_exact(x) == any(e.kind is EvidenceKind.TOKENS_EXACT and e.path in own
                                 for e in fresh.evidence)
    assert c.narrative.summary[x.n].text.startswith(x.context_said.text.removesuffix("."))


def _misread(counts: list[int], *, alike: bool) -> bool:
    """The rule as written before: every neighbour's readings worked out where compared."""
    ordered = sorted(set(counts))
    return any((alike or fmt.reading(a) != fmt.reading(b))
               and 2 * abs(fmt.reading(b) - fmt.reading(a) - (b - a)) > b - a
               for a, b in itertools.pairwise(ordered))


def test_windows_read_once_decide_as_every_neighbour_read_each_time() -> None:
    rng = random.Random(18)
    near = [2048, 128_000, 131_072, 163_000, 163_840, 164_000, 200_000, 202_752, 1_000_000,
            1_047_576, 1_048_576, 999_950]
    sets = [rng.sample(near, rng.randint(0, 5)) for _ in range(300)]
    sets += [[rng.randint(1, 3_000_000) for _ in range(rng.randint(0, 6))] for _ in range(300)]
    exact = sum(fmt.windows_exact(s) for s in sets)
    assert 0 < exact < len(sets)  # (both answers occur: the check can fail either way)
    for counts in sets:
        assert fmt.windows_exact([*counts, None]) == _misread(counts, alike=False)
        assert (fmt.token_formatter(counts) is fmt.exact_tokens) == _misread(counts, alike=True)


def test_a_phrase_without_brackets_reads_as_it_is_at_a_glance() -> None:
    labels = glance_terms({"MMMU (val)", "ARC-C"})
    assert glance("vision", labels) == "vision"
    assert glance("function calling and tool use", labels) == "function calling and tool use"
    assert glance("a longer context (128K tokens)", labels) == "a longer context"


# Input limits below the window (GPT-5), inputs one model alone accepts (audio), windows written
# to the token (DeepSeek V3.2's routes) and not.
MORE = ("gpt-5", "gpt-4o", "phi-4-multimodal", "llama-3.2-11b-vision-instruct", "deepseek-v3.2",
        "phi-2")
PAGES = [*itertools.combinations(MORE, 2), ("gpt-5", "gpt-4o", "deepseek-v3.2")]


def test_the_window_form_is_decided_once_a_page_as_every_window_decides_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The narrative decides it (``Narrative.exact_windows``); the tables and cards read it."""
    seen = []
    for models in PAGES:
        c = compare(*models, as_of=DAY)
        assert c.narrative.exact_windows is page_exact(c) is context_of(c).windows.exact
        seen.append(page_exact(c))
    assert set(seen) == {True, False}  # (both forms occur: the check can fail either way)
    calls: list[object] = []
    read = fmt.windows_exact  # (page_exact's one reader of windows: counted wherever called)

    def counted(counts: object) -> bool:
        calls.append(counts)
        return read(counts)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt, "windows_exact", counted)
    page_exact(compare("deepseek-v3.2", "gpt-4o", as_of=DAY))
    once = len(calls)
    calls.clear()
    c = compare("deepseek-v3.2", "gpt-4o", as_of=DAY)
    c.narrative  # noqa: B018 - the context decides it (each model's own routes: the memo's)
    assert once > 0
    assert len(calls) <= once  # the narrative's context alone, once
    calls.clear()
    c.to_markdown()
    assert calls == []  # the tables read the narrative's


@pytest.mark.parametrize("models", PAGES)
def test_outreaches_and_input_caps_kept_a_page_answer_as_worked_out_afresh(
        models: tuple[str, ...]) -> None:
    c = compare(*models, as_of=DAY)
    x = context_of(c)
    plain = {i: cap for i, m in enumerate(c.models) if (cap := m.max_input_tokens) is not None
             and m.context_window is not None and cap < m.context_window}
    assert x.input_caps == plain
    for i in range(x.n):
        for others in (x.contending[i], x.others(i), x.others(i)[:1]):
            kept = longer.outreaches(x, i, others)
            assert longer.outreaches(x, i, list(others)) is kept  # one answer a page
            assert kept == longer.outreaches(context_of(c), i, others)
            assert list(longer.input_caps(x, (i, *others))) == [
                k for k in (i, *others) if k in plain]
        assert x.sole_inputs[i] == own_inputs(context_of(c), i, x.contending[i])


def test_caps_and_sole_inputs_occur_on_these_pages() -> None:
    """The pages above hold an input limit below a window and an input one model alone takes."""
    x = context_of(compare("gpt-5", "gpt-4o", as_of=DAY))
    assert x.input_caps  # GPT-5's 272,000 of 400,000
    x = context_of(compare("phi-4-multimodal", "llama-3.2-11b-vision-instruct", as_of=DAY))
    assert x.sole_inputs == (["audio"], [])


def test_an_html_page_builds_one_narrative_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cards read what a bill's route takes off the comparison (they built a second one)."""
    import phicompare.narrative.context as context_module

    built: list[object] = []
    index = context_module.benchmark_index

    def counted(rows: object, n: int, split: object = None) -> object:
        built.append(rows)
        return index(rows, n, split)  # type: ignore[arg-type]

    monkeypatch.setattr(context_module, "benchmark_index", counted)
    page = compare("ministral-3b", "ministral-3b-2512", "ministral-8b-2512",
                   as_of=dt.date(2026, 12, 2)).to_html()
    assert "Amazon Bedrock, behind its bill, takes 128K" in page
    assert len(built) == 1


@pytest.mark.parametrize("models", [*PAGES, ("ministral-3b", "ministral-3b-2512",
                                             "ministral-8b-2512")])
def test_what_a_bills_route_takes_reads_alike_with_and_without_a_context(
        models: tuple[str, ...]) -> None:
    c = compare(*models, as_of=dt.date(2026, 12, 2))
    x = context_of(c)
    for i in range(x.n):
        for form in (fmt.tokens, fmt.exact_tokens):
            own, kept = behind_own_bill(c, i, form), behind_bill(x, i, form, own=True)
            assert (own is None) == (kept is None)
            if own is not None and kept is not None:
                assert own[0] == kept[0]
                assert own[1]() == kept[1]()
