"""Every score a page prints cites its source in the page's Sources table (helper fixDM).

A page prints more scores than its columns': a model's other runs under the setting shown
("another run of both: 61.8 vs 50.2", "Phi-3.5 Mini's other run: 34.4") and the runs a gap of
three models reads. Each figure's source is a row of the Sources table, crediting the score.
"""

from __future__ import annotations

import collections
import datetime as dt
import re

import attrs

from phicompare import Comparison, compare, default_catalog
from phicompare.analysis.provenance import printed_scores
from phicompare.domain.documents import source_address
from phicompare.domain.records import BenchmarkScore
from phicompare.narrative import format as fmt
from phicompare.narrative.check import check_claims, resolve
from phicompare.render.markdown import escape

AS_OF = dt.date(2026, 11, 25)
_SOURCE_ROW = re.compile(r"^\| <(https?://[^>]+)> \| (.*) \| [^|]+ \|$")


def _pairs(rivals: int) -> list[tuple[str, str]]:
    """Bundled pairs whose first model has several runs of a benchmark, each with ``rivals``
    models that report one of those benchmarks."""
    catalog = default_catalog()
    models = list(catalog.models)
    by_bench: dict[str, list[str]] = collections.defaultdict(list)
    for m in models:
        for bench in dict.fromkeys(s.benchmark for s in m.scores):
            by_bench[bench].append(m.id)
    pairs = []
    for m in models:
        counted = collections.Counter(s.benchmark for s in m.scores)
        found: list[str] = []
        for bench in [b for b, n in counted.items() if n > 1]:
            found += [o for o in by_bench[bench] if o != m.id and o not in found]
        pairs += [(m.id, o) for o in found[:rivals]]
    return pairs


def _section(text: str, title: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(f"## {title}")
    end = next((k for k in range(start + 1, len(lines)) if lines[k].startswith("## ")),
               len(lines))
    return lines[start + 1:end]


def _unsourced(c: Comparison) -> list[str]:
    """Each score the benchmark section prints whose source the Sources table does not list
    crediting it ("<model> score(s): ... <benchmark>" in the row of its URL)."""
    text = c.to_markdown()
    table = {m[1]: m[2].removeprefix("secondhand (aggregated dataset): ")
             for line in text.splitlines() if (m := _SOURCE_ROW.match(line))}
    lines = _section(text, "Benchmarks")
    problems = []
    for row in c.benchmarks:
        label = row.benchmark.label
        head = re.compile(rf"^\| {re.escape(escape(label))}(?: \(lower is better\))? \|")
        shown = [line for line in lines if head.match(line)]
        assert shown, label
        candidates: list[tuple[int, BenchmarkScore]] = [
            (i, s) for i, s in enumerate(row.scores) if s is not None]
        candidates += [(i, s) for i, runs in enumerate(row.other_runs) for s in runs]
        candidates += [(g.a_index, g.a_score) for g in row.pairs if g.a_score is not None]
        candidates += [(g.b_index, g.b_score) for g in row.pairs if g.b_score is not None]
        for i, score in candidates:
            figure = fmt.points(score.score)
            if score.source is None or not any(
                    re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d])", line)
                    for line in shown):
                continue  # not printed in the benchmark's row, or no source on record
            url = source_address(score.source)
            supports = table.get(url)
            credits = [] if supports is None else [
                part for part in supports.split("; ")
                if part.startswith(f"{escape(c.names[i])} score")
                and re.search(rf"(?:: |, ){re.escape(escape(label))}(?:, |$)", part)]
            if not credits:
                problems.append(f"{c.models[0].id} vs {c.models[1].id}: {label} "
                                f"{c.names[i]} {figure} from {url}: "
                                f"{'not listed' if supports is None else 'not credited'}")
    return problems


def test_every_score_printed_in_the_benchmarks_cites_its_source() -> None:
    """Over many bundled pairs (every model with several runs of a benchmark, three rivals
    each), no figure of the benchmark tables lacks a Sources row crediting it. On the old
    code, Phi-3.5 Mini's other runs (Phi-4-mini's card) were not listed at all, and the Qwen3
    blog was not credited with the Aider Polyglot run of both."""
    pairs = _pairs(3)
    assert len(pairs) > 60
    problems = [p for ids in pairs for p in _unsourced(compare(*ids, as_of=AS_OF))]
    assert problems == [], problems[:10]


_OWNER = re.compile(r"^(?:benchmarks\[\d+\]\.(?:scores|other_runs)\[(\d+)\]|models\[(\d+)\]"
                    r"|(benchmarks\[\d+\]\.pairs\[\d+\])\.([ab])_score)")


def _uncredited_claims(c: Comparison) -> list[str]:
    """Each score a sentence quotes (with its source) that the Sources table does not credit."""
    listed = {r.url: r.supports for r in c.provenance.sources}
    labels = {b.id: b.label for b in default_catalog().benchmarks}
    problems = []
    for section, claims in c.narrative.sections():
        for claim in claims:
            for e in claim.evidence:
                owner = _OWNER.match(e.path)
                if e.shown is None or not e.source or e.kind.value != "points" or not owner:
                    continue
                if owner[3]:
                    i = getattr(resolve(c, owner[3]), f"{owner[4]}_index")
                else:
                    i = int(owner[1] or owner[2])
                score = resolve(c, e.path.removesuffix(".score"))
                assert isinstance(score, BenchmarkScore), e.path
                what = f"{c.names[i]} score: {labels[score.benchmark]}"
                if what not in listed.get(source_address(e.source), ()):
                    problems.append(f"{c.models[0].id} vs {c.models[1].id}, {section}: "
                                    f"{e.shown} ({what}) from {e.source}")
    return problems


def test_every_score_a_sentence_quotes_is_credited() -> None:
    """The prose too: every score a sentence quotes with its source (the deep dive's other runs
    and its maker's own reports, "which give MMLU-Pro (5-shot CoT) 48.3") is credited in the
    Sources table. On the old code, Meta's card was listed for Llama 3.1 8B's facts but not
    credited with the MMLU-Pro, ARC-C and GPQA figures the deep dive gives from it."""
    pairs = [*_pairs(3), ("llama-3.1-8b", "qwen2.5-7b")]
    problems = [p for ids in pairs for p in _uncredited_claims(compare(*ids, as_of=AS_OF))]
    assert problems == [], problems[:10]


def test_a_run_of_both_credits_its_source_once() -> None:
    """Qwen3 235B-A22B vs Qwen3 32B: Aider's leaderboard gives the columns (59.6, 40.0), the
    Qwen3 blog the other run of both (61.8 vs 50.2). The blog, already listed for other
    scores, is one row, now crediting Aider Polyglot for both models."""
    c = compare("qwen3-235b-a22b", "qwen3-32b", as_of=AS_OF)
    text = c.to_markdown()
    assert "another run of both: 61.8 vs 50.2" in text
    blog = [r for r in c.provenance.sources if r.url == "https://qwenlm.github.io/blog/qwen3"]
    assert len(blog) == 1
    assert "Qwen3 235B-A22B score: Aider Polyglot" in blog[0].supports
    assert "Qwen3 32B score: Aider Polyglot" in blog[0].supports
    rows = [line for line in _section(text, "Provenance")
            if line.startswith("| <https://qwenlm.github.io/blog/qwen3>")]
    assert len(rows) == 1
    assert ("Qwen3 32B scores: Arena Hard, LiveCodeBench, Aider Polyglot, LiveBench, BFCL, "
            "Multi-IF") in rows[0]
    assert c.check() == []


def test_an_other_run_from_another_document_lists_that_document() -> None:
    """Phi-3.5 Mini's other runs are read on Phi-4-mini's card: the page prints them ("Phi-3.5
    Mini's other run: 34.4"), so the card is among its sources."""
    c = compare("phi-3.5-mini", "jamba-1.5-large", as_of=AS_OF)
    card = "https://huggingface.co/microsoft/Phi-4-mini-instruct"
    assert "Phi-3.5 Mini's other run: 34.4" in c.to_markdown()
    (ref,) = [r for r in c.provenance.sources if r.url == card]
    assert "Phi-3.5 Mini score: Arena Hard" in ref.supports
    assert c.check() == []


def test_three_models_cite_the_runs_a_gap_reads() -> None:
    """Of three models, a pair's gap reads its own runs (Llama 3.1 8B and Phi-3.5 Mini's MMLU,
    68.1 vs 69.0): each run the page prints is credited."""
    c = compare("llama-3.1-8b", "phi-3.5-mini", "phi-2", as_of=AS_OF)
    listed = {r.url: r.supports for r in c.provenance.sources}
    for row in c.benchmarks:
        for i in range(3):
            for score in printed_scores([row], i):
                if score.source is not None:
                    url = source_address(score.source)
                    assert f"{c.names[i]} score: {row.benchmark.label}" in listed[url], (
                        row.benchmark.id, i, url)
    assert c.check() == []


def test_check_flags_a_printed_score_whose_source_is_not_listed() -> None:
    """check(): a figure shown with its source, where the Sources table does not list that
    source, is a problem (here the table is stripped of the Qwen3 blog)."""
    c = compare("qwen3-235b-a22b", "qwen3-32b", as_of=AS_OF)
    assert c.check() == []
    blog = "https://qwenlm.github.io/blog/qwen3"
    stripped = attrs.evolve(c.provenance, sources=tuple(
        r for r in c.provenance.sources if r.url != blog))
    facts = attrs.evolve(c, provenance=stripped)
    problems = [p for p in check_claims(c.narrative, facts) if "sources table" in p]
    assert any("'61.8'" in p and blog in p for p in problems), problems
