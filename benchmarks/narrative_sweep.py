"""Count issue 13's editorial defects over many generated pages (a proof sweep, not a timing).

Pages: every unordered pair of the bundled catalog's curated layer, ``--market N`` seeded pairs
of its imported layer, plus a seeded sample of models.dev pairs
(``--models-dev N`` random pairs, and ``--scored N`` pairs of models that both carry benchmark
scores) from ``../shared/data/models.dev`` when it is there. Each page is read as a reader would
(the Markdown, section by section) with the comparison's facts beside it; the detectors here are
independent of ``phicompare.narrative.editorial`` and use only the public API, so the same script
measures an older checkout too:

    .venv/bin/python benchmarks/narrative_sweep.py
    PYTHONPATH=/path/to/old/src .venv/bin/python benchmarks/narrative_sweep.py   # before

It prints, per defect class, the pages with at least one defect and the defects counted.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import random
import re
import sys
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import phicompare
from phicompare import compare
from phicompare.catalog.loader import default_catalog, load_catalog

DATA = Path(phicompare.__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
DAY = dt.date(2026, 11, 25)
MATERIALITY = Decimal("0.05")
CATEGORIES = ("knowledge", "reasoning", "math", "coding", "commonsense", "science",
              "general knowledge", "problem solving", "instruction following", "multilingual work",
              "science questions", "vision", "agentic tasks", "long-context work")
CLASSES = (
    "repeated sentence", "FAQ pick == verdict", "friction fact in both directions",
    "A/B-test boilerplate", "'reasoning' clash", "immaterial bill as a reason",
    "category from one benchmark", "both verdict branches claim a category",
    "noise-only FAQ answer", "scorecard hides trailing/leading", "summary misses a bill",
    "unknown shown as 0", "internal id in provenance",
    "'checked between' over an undated source", "'... licence' doubled",
    "related: self, same name or two variants", "cost comparison restated in 3+ sections",
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sections(md: str) -> dict[str, list[str]]:
    """The page's prose lines by level-2 heading (tables left out)."""
    found: dict[str, list[str]] = collections.defaultdict(list)
    current = ""
    for line in md.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif line.strip() and not line.startswith("|"):
            found[current].append(line.strip())
    return found


def cents(value: Decimal) -> Decimal:
    """Money as pages show it: to the cent, halves up."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def plain(text: str) -> str:
    """Markdown escapes and list markers removed."""
    return re.sub(r"\\(.)", r"\1", re.sub(r"^[-*] |^\*\*|\*\*$", "", text))


def defects(c: Any, md: str) -> Iterator[str]:
    """Every defect class the page ``md`` of comparison ``c`` shows, once per defect."""
    by = sections(md)
    names = sorted({*c.names, *(m.id for m in c.models),
                    *(n for r in c.related for n in (*r.names, *r.models))}, key=len, reverse=True)
    prose = {k: [plain(line) for line in v if not line.startswith("#")] for k, v in by.items()}
    seen: set[str] = set()
    for lines in prose.values():
        for line in lines:
            for sentence in _SENTENCE_END.split(line):
                if len(sentence.split()) >= 4 and not sentence.endswith("?"):
                    if sentence in seen:
                        yield "repeated sentence"
                    seen.add(sentence)
    verdict = " ".join(prose.get("Verdict", []))
    faq = prose.get("FAQ", [])
    for k, line in enumerate(faq):
        if line.startswith("When should I pick") and k + 1 < len(faq) and (
                faq[k + 1] in verdict or verdict.startswith(faq[k + 1][:60])):
            yield "FAQ pick == verdict"
    friction = prose.get("Switch friction", [])
    directions: dict[str, list[str]] = {}
    head = ""
    for line in by.get("Switch friction", []):
        if line.startswith("### "):
            head = line[4:]
        elif head.startswith("From "):
            directions.setdefault(head, []).append(plain(line))
    bills = [b for b in directions.values() if any("monthly bill" in t for t in b)]
    yield from ["friction fact in both directions"] * max(0, len(bills) - 1)
    shared = [b for b in directions.values() if any("provider in the catalog serves both" in t
                                                    or "Both run on" in t for t in b)]
    yield from ["friction fact in both directions"] * max(0, len(shared) - 1)
    yield from ["A/B-test boilerplate" for t in friction if "A/B test" in t]
    for lines in prose.values():
        for line in lines:
            stripped = line
            for name in names:
                stripped = stripped.replace(name, "")
            if re.search(r"\breasoning\b(?! mode)", stripped, re.IGNORECASE):
                yield "'reasoning' clash"
    known = [e.monthly for e in c.cost.estimates if e.monthly is not None]
    if len(known) == len(c.cost.estimates) >= 2:
        low, high = min(known), max(known)
        if 0 < high - low < low * MATERIALITY:
            for lines in prose.values():
                yield from ["immaterial bill as a reason" for t in lines
                            if re.search(r"lower bill|\$[\d,.]+ cheaper|in favour of", t)]
    for line in prose.get("Verdict", []) + faq:
        for _, labels in re.findall(r"(" + "|".join(CATEGORIES) + r") \(leads on ([^)]*)\)",
                                    line):
            if not re.search(r",| and ", labels):
                yield "category from one benchmark"
    for k, line in enumerate(faq):
        m = re.match(r"Which is better (?:for|at) (.*?), ", line)
        if m and m.group(1) in CATEGORIES and k + 1 < len(faq):
            answer = faq[k + 1]
            if "noise or cannot be assessed" in answer and " leads" not in answer:
                yield "noise-only FAQ answer"
            else:
                led = re.findall(r"leads(?: over .+?)? on (.+?)(?:, outside|\.(?:\s|$))", answer)
                if led and not any(re.search(r",| and ", x) for x in led):  # no lead spans two
                    yield "category from one benchmark"
    picked = [set(re.findall(r"(" + "|".join(CATEGORIES) + r") \(leads on", line))
              for line in prose.get("Verdict", [])]
    for a, b in itertools.combinations(picked, 2):
        yield from ["both verdict branches claim a category"] * len(a & b)
    for i, _ in enumerate(c.models):
        mine = [g for r in c.benchmarks for g in r.pairs if g.comparable and i in
                (g.a_index, g.b_index)]
        sig = [g for g in mine if g.significant and g.leader_index is not None]
        cells = re.findall(r"\| (?:Shared benchmarks|Benchmark leads) \|(.*)\|", md)
        if not cells:
            continue
        cell = cells[0].split("|")[i].strip()
        leads = [g for g in sig if g.leader_index == i]
        if "no lead outside noise" in cell and (leads or (mine and len(sig) == len(mine))):
            yield "scorecard hides trailing/leading"
    summary = " ".join(prose.get("Summary", []))
    for e in c.cost.estimates:
        if e.monthly is not None and f"${cents(e.monthly):,}" not in summary:
            yield "summary misses a bill"
    yield from ["unknown shown as 0" for _ in re.findall(
        r"against 0(?!\.\d)\b|\| (?:Context window|Max output tokens) \|(?:[^\n]*\| 0 \|)", md)]
    ids = [r.benchmark.id for r in c.benchmarks if r.benchmark.id != r.benchmark.label]
    for bench in ids:
        found = re.findall(rf" {re.escape(bench)} score", md)
        yield from ["internal id in provenance"] * len(found)
    if "checked between" in md and "no date recorded" in md and "no checked date" not in md:
        yield "'checked between' over an undated source"
    yield from ["'... licence' doubled" for _ in re.findall(
        r"(?:Licen[cs]e|Terms of Use|Agreement) licence", md)]
    title = set(c.names)
    variants: dict[str, str] = {}
    for line in prose.get("Related comparisons", []):
        m = re.match(r"(.*) vs (.*) \(", line)
        if not m:
            continue
        a, b = m.group(1), m.group(2)
        if a == b or {a, b} == title or b in title:
            yield "related: self, same name or two variants"
        line_key = re.sub(r"[\s_-]*\d+k$", "", b.lower())
        if variants.setdefault(line_key, b) != b:
            yield "related: self, same name or two variants"
    if len(known) >= 2:
        money = [f"${cents(k):,}" for k in known]
        gap = c.cost.gap
        gap_text = f"${cents(gap):,}" if gap is not None else None
        gap_text = None if gap_text in money else gap_text  # a gap equal to a bill: not telling
        restated = sum(1 for lines in prose.values()
                       if (gap_text and any(gap_text in t for t in lines))
                       or all(any(m in t for t in lines) for m in money))
        if restated >= 3:
            yield "cost comparison restated in 3+ sections"


def pages(args: argparse.Namespace) -> Iterator[tuple[str, Any]]:
    """(label, comparison) for every page of the sweep."""
    bundled = default_catalog()
    curated = load_catalog(*(DATA / name for name in ("providers.toml", "benchmarks.toml",
                                                       "models")))
    # Every pair of the curated layer, compared in the whole bundled catalog; and a fixed sample
    # of pairs of the imported layer (about a million pairs in all: too many for a sweep).
    for a, b in itertools.combinations(sorted(m.id for m in curated), 2):
        yield "bundled", compare(a, b, as_of=DAY)
    ids = [m.id for m in bundled if m.id not in curated]
    rng = random.Random(13)
    for _ in range(args.market):
        a, b = rng.sample(ids, 2)
        yield "market", compare(a, b, as_of=DAY)
    triple = ("phi-4-mini", "llama-3.2-3b", "gemma-3-4b")
    yield "bundled", compare(*triple, as_of=DAY, requires=["structured_outputs"])
    root = SHARED / "models.dev"
    if not root.is_dir():
        print(f"(no models.dev snapshot at {root}: bundled pairs only)", file=sys.stderr)
        return
    from phicompare.importers import from_models_dev

    catalog = from_models_dev(root)
    ids = sorted(m.id for m in catalog)
    rng = random.Random(13)
    for _ in range(args.models_dev):
        a, b = rng.sample(ids, 2)
        yield "models.dev", compare(a, b, catalog=catalog, as_of=DAY)
    scored = sorted(m.id for m in catalog if m.scores)
    for _ in range(args.scored if len(scored) >= 2 else 0):
        a, b = rng.sample(scored, 2)
        yield "models.dev scored", compare(a, b, catalog=catalog, as_of=DAY)


def main() -> None:
    """Sweep and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--market", type=int, default=300,
                        help="random pairs of the bundled imported layer")
    parser.add_argument("--models-dev", type=int, default=300, help="random models.dev pairs")
    parser.add_argument("--scored", type=int, default=150, help="models.dev pairs with scores")
    args = parser.parse_args()
    pages_with: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    for kind, c in pages(args):
        kinds[kind] += 1
        md = c.to_markdown()
        found = collections.Counter(defects(c, md))
        total.update(found)
        pages_with.update(found.keys())
    print("pages:", ", ".join(f"{n} {k}" for k, n in kinds.items()))
    print(f"{'defect class':48} {'pages':>6} {'count':>6}")
    for name in CLASSES:
        print(f"{name:48} {pages_with[name]:>6} {total[name]:>6}")


if __name__ == "__main__":
    main()
