"""First-seen pages in this process: every distinct pair once (``split`` adds a second pass).

    python benchmarks/first_seen.py stages bundled
    python benchmarks/first_seen.py page models.dev /work/shared/data/models.dev 60
    python benchmarks/first_seen.py page bundled --cpu     # CPU time, not wall time
    python benchmarks/first_seen.py page folder ../base727/src/phicompare/data --cpu
    python benchmarks/first_seen.py split bundled --cpu    # per-model work against per-pair

Run it in a fresh process (``benchmarks/run.py pages`` does, once a mode, with this interpreter
and with ``--baseline``'s): a pair seen before in the process, or a warm per-pair memo, would
not be a first-seen page. It prints one JSON object. Times are wall-clock (``perf_counter``);
``--cpu`` counts the process's CPU time instead (``process_time``), which leaves out the time a
busy machine kept the process waiting for a core.

Modes:

- ``stages``: for each pair, ``compare()`` (facts), then ``c.narrative`` (every claim), then
  every claim's and scorecard row's evidence and checks read (``evidence``: a checkout that
  builds them with the claims pays nothing here; one that builds them on first read pays it
  here), then the page's blocks (``render.page.comparison_page``), then Markdown from the blocks
  (``render.markdown.render_blocks``). Each stage timed on its own; the sum is the whole work
  with every claim's evidence built, in any checkout. A checkout without those two functions
  times ``c.to_markdown()`` as one rendering stage (reported as ``blocks`` + ``markdown`` =
  ``render``).
- ``page``: for each pair, ``compare()`` then ``to_markdown()``, timed together: the page as a
  caller gets it (a checkout whose pages skip evidence shows that saving here, not in stages).
- ``split``: ``page`` twice over the same pairs: the first pass (first-seen), the second (the
  catalog's per-model memo warm: only each pair's own work), and their difference (each
  model's own work, amortized over its pages). The one mode with a second pass, by design.

Before the clock starts, one page is rendered from a separate copy of the bundled catalog, so
that the lazy imports a first page pays (the narrative, the renderers) do not count against the
first pair; that page is reported apart as ``warmup``. Only public API is used (``compare``,
``load_catalog``, ``Comparison.narrative``, ``to_markdown()``, ``importers.from_models_dev``),
so the script measures any checkout, before or after a restructure; the split of rendering into
blocks and Markdown uses the two private functions where they exist.

Sources: ``bundled`` (every pair of the bundled catalog's curated layer), ``models.dev PATH
COUNT`` (every pair of COUNT models spread over that snapshot, imported; COUNT defaults to 60),
and ``folder PATH`` (every pair of the catalog files in PATH, loaded as a user's catalog).
``folder`` is how two checkouts whose bundled data differ are measured on the same data: give
both the same folder.

Run without a mode and a source (or with one it does not know), it prints its usage on standard
error and exits 2 (``tests/test_benchmark_scripts.py``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from phicompare import Catalog, Comparison, compare, load_catalog

AS_OF = dt.date(2026, 11, 25)


def spread(ids: list[str], count: int) -> list[str]:
    """``count`` ids spread evenly over ``ids`` (the snapshot's head is heavier than the whole)."""
    if count >= len(ids):
        return ids
    step = len(ids) / count
    return [ids[int(k * step)] for k in range(count)]


def curated_ids(catalog: Catalog) -> list[str]:
    """The ids of the curated layer (the hand-sourced models, a fixed set) in ``catalog``.

    The bundled catalog also holds an imported layer that covers the market, about a million
    pairs: the benchmarks render every pair of the curated layer, compared within it all.
    """
    import phicompare

    folder = Path(phicompare.__file__).resolve().parent / "data" / "models"
    stems = {p.stem for p in folder.glob("*.toml")}
    return [m.id for m in catalog if m.id in stems]


def catalog_and_ids(source: str, path: str, models: int) -> tuple[Catalog, list[str]]:
    """The catalog to measure and the ids whose every pair is rendered."""
    if source == "bundled":
        catalog = load_catalog(bundled=True)
        return catalog, curated_ids(catalog)
    if source == "folder":  # the same catalog files for two checkouts: every pair of them
        catalog = load_catalog(path)
        return catalog, [m.id for m in catalog]
    from phicompare.importers import from_models_dev

    catalog = from_models_dev(path)
    return catalog, spread([m.id for m in catalog], models)


def warm_up() -> float:
    """Seconds of one page from a separate copy of the bundled catalog: the lazy imports."""
    spare = load_catalog(bundled=True)
    a, b = [m.id for m in spare][:2]
    start = time.perf_counter()
    compare(a, b, catalog=spare, as_of=AS_OF).to_markdown()
    return time.perf_counter() - start


def figures(times: list[float]) -> dict[str, float]:
    return {"mean": statistics.mean(times), "median": statistics.median(times)}


CLOCK = time.perf_counter


def _renderers() -> tuple[Callable[[Comparison], object],
                          Callable[[object, Comparison], str]] | None:
    """The page's blocks and Markdown from blocks, where this checkout has them apart.

    Markdown is rendered as ``to_markdown()`` renders it: where ``render_blocks`` takes the
    comparison's ``derive`` (a table about one model rendered once a catalog), it is given.
    """
    import inspect

    try:
        from phicompare.render.markdown import render_blocks
        from phicompare.render.page import comparison_page
    except ImportError:
        return None
    if "derive" in inspect.signature(render_blocks).parameters:
        return comparison_page, lambda blocks, c: render_blocks(blocks, c.derive)
    return comparison_page, lambda blocks, _: render_blocks(blocks)


def stages(catalog: Catalog, pairs: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    clock = CLOCK
    split = _renderers()
    facts, prose, grounds, blocks, markdown = [], [], [], [], []
    for a, b in pairs:
        start = clock()
        c = compare(a, b, catalog=catalog, as_of=AS_OF)
        built = clock()
        narrative = c.narrative
        written = clock()
        for item in (*narrative.claims(), *narrative.scorecard):
            item.evidence  # noqa: B018 - building it is the point
            item.checks  # noqa: B018
        told = clock()
        if split is None:
            c.to_markdown()
            laid = told
        else:
            page_blocks = split[0](c)
            laid = clock()
            split[1](page_blocks, c)
        done = clock()
        facts.append(built - start)
        prose.append(written - built)
        grounds.append(told - written)
        blocks.append(laid - told)
        markdown.append(done - laid)
    pages = [f + p + g + b + m
             for f, p, g, b, m in zip(facts, prose, grounds, blocks, markdown, strict=True)]
    render = [b + m for b, m in zip(blocks, markdown, strict=True)]
    return {"compare": figures(facts), "narrative": figures(prose),
            "evidence": figures(grounds), "blocks": figures(blocks),
            "markdown": figures(markdown), "render": figures(render), "total": figures(pages)}


def page(catalog: Catalog, pairs: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    clock = CLOCK
    times = []
    for a, b in pairs:
        start = clock()
        compare(a, b, catalog=catalog, as_of=AS_OF).to_markdown()
        times.append(clock() - start)
    return {"page": figures(times)}


def split(catalog: Catalog, pairs: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """:func:`page` twice over the same pairs and catalog: per-model work against per-pair work.

    The catalog keeps only per-model work (its memo is keyed by model), so the second pass
    redoes every pair's own work and none of any model's: ``pair`` is the second pass,
    ``model`` the first pass less the second (a model's work, amortized over its pages).
    """
    first = page(catalog, pairs)["page"]
    second = page(catalog, pairs)["page"]
    return {"first": first, "pair": second,
            "model": {k: first[k] - second[k] for k in ("mean", "median")}}


MODES: dict[str, Callable[[Catalog, list[tuple[str, str]]], dict[str, dict[str, float]]]] = {
    "stages": stages,
    "page": page,
    "split": split,
}


USAGE = ("usage: python benchmarks/first_seen.py {stages,page,split} "
         "{bundled | models.dev PATH [COUNT] | folder PATH} [--cpu]")
SOURCES = ("bundled", "models.dev", "folder")


def usage(problem: str, line: str = USAGE, doc: str | None = __doc__) -> int:
    """The usage, what is wrong and the examples of ``doc`` (its second paragraph) on stderr; 2."""
    examples = (doc or "\n\n").split("\n\n")[1]
    sys.stderr.write(f"{line}\n{problem}\n\nexamples:\n{examples}\n")
    return 2


def arguments(argv: list[str]) -> tuple[str, str, str, int] | str:
    """``(mode, source, path, count)`` from ``argv`` (``--cpu`` taken out), or what is wrong."""
    if len(argv) < 2:  # a mode and a source
        return "a mode and a source are needed"
    mode, source, *rest = argv
    if mode not in MODES:
        return f"no mode {mode!r}: one of {', '.join(MODES)}"
    if source not in SOURCES:
        return f"no source {source!r}: one of {', '.join(SOURCES)}"
    if source != "bundled" and not rest:
        return f"{source} needs its PATH"
    count = rest[1] if len(rest) > 1 else "60"
    if problem := bad_count(count):
        return problem
    return mode, source, rest[0] if rest else "", int(count)


def bad_count(count: str) -> str:
    """What is wrong with a COUNT of models, or ``""``."""
    if count.isdigit() and int(count) >= 2:  # one pair at least
        return ""
    return f"COUNT is a number of models, 2 or more, not {count!r}"


def main(argv: list[str]) -> int:
    global CLOCK  # noqa: PLW0603 - the one option
    if "--cpu" in argv:
        argv = [arg for arg in argv if arg != "--cpu"]
        CLOCK = time.process_time
    found = arguments(argv)
    if isinstance(found, str):
        return usage(found)
    mode, source, path, models = found
    catalog, ids = catalog_and_ids(source, path, models)
    pairs = list(itertools.combinations(ids, 2))
    warmup = warm_up()
    result = {"pairs": len(pairs), "warmup": warmup, **MODES[mode](catalog, pairs)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
