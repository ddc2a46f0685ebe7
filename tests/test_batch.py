"""compare_all: every pair, in order, on any executor; failures reported, not fatal."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from phicompare import (
    ComparisonError,
    batch as _batch,
    compare,
    compare_all,
)
from phicompare.batch import MANIFEST, page_name
from tests.helpers import curated_catalog

DAY = dt.date(2026, 11, 25)
PAIRS = [("phi-2", "phi-4-mini"), ("llama-3.2-3b", "gemma-3-4b"), ("phi-4", "qwen2.5-7b")]


def test_default_is_every_unordered_pair_in_catalog_order() -> None:
    catalog = curated_catalog()  # a fixed catalog: the bundled one has a million pairs
    ids = [m.id for m in catalog]
    got = [(r.a, r.b) for r in compare_all(catalog, as_of=DAY)]
    assert got == list(itertools.combinations(ids, 2))


def test_results_equal_single_compare() -> None:
    results = list(compare_all(pairs=PAIRS, as_of=DAY))
    assert [r.comparison for r in results] == [compare(a, b, as_of=DAY) for a, b in PAIRS]


def test_failure_is_reported_with_the_pair_and_the_rest_go_on() -> None:
    pairs = [PAIRS[0], ("phi-2", "no-such-model"), ("phi-2", "phi-2"), PAIRS[1]]
    results = list(compare_all(pairs=pairs, as_of=DAY))
    assert [r.ok for r in results] == [True, False, False, True]
    assert "UnknownModelError" in (results[1].error or "")
    assert "different models" in (results[2].error or "")


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_process_pool_gives_the_same_pages_in_the_same_order(tmp_path: Path) -> None:
    catalog = curated_catalog()  # not the bundled object: travels pickled
    local = [r.page for r in compare_all(catalog, format="md", as_of=DAY)]
    with ProcessPoolExecutor(2) as pool:
        remote = [r.page for r in compare_all(catalog, executor=pool, format="md", as_of=DAY,
                                              chunk_size=40, max_pending=3)]
    assert remote == local


class NewWorkers(Executor):
    """Runs each task at once, as a fresh worker that has never seen a catalog blob."""

    def __init__(self) -> None:
        self.blobs: list[bool] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.blobs.append(args[1] is not None)
        _batch._WORKER_CATALOGS.clear()  # a worker process's own state
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - handed to the driver, as a pool would
            future.set_exception(exc)
        return future


def test_the_blob_travels_with_the_first_chunks_and_again_when_a_worker_asks() -> None:
    catalog = curated_catalog()
    pairs = list(itertools.combinations([m.id for m in catalog], 2))[:12]
    workers = NewWorkers()
    results = list(compare_all(catalog, pairs=pairs, executor=workers, format="md", as_of=DAY,
                               chunk_size=2, max_pending=2))
    assert [(r.a, r.b) for r in results] == pairs
    assert all(r.ok for r in results)
    # Six chunks: the first two carry the blob; the other four go without it, their worker
    # has not seen it, and each is sent again with it.
    assert workers.blobs[:2] == [True, True]
    assert workers.blobs.count(False) == 4
    assert workers.blobs.count(True) == 2 + 4


def test_pages_are_written_by_workers(tmp_path: Path) -> None:
    with ThreadPoolExecutor(2) as pool:
        results = list(compare_all(pairs=PAIRS, executor=pool, format="html", out_dir=tmp_path,
                                   as_of=DAY, chunk_size=1))
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == sorted([MANIFEST, *(page_name(a, b, "html") for a, b in PAIRS)])
    assert all(r.path and Path(r.path).read_text(encoding="utf-8").startswith("<!DOCTYPE")
               for r in results)


def test_catalog_pickles_without_its_memo() -> None:
    catalog = curated_catalog()
    compare("phi-2", "phi-4-mini", catalog=catalog)
    assert len(catalog._memo) > 0
    clone = pickle.loads(pickle.dumps(catalog))
    assert clone == catalog
    assert len(clone._memo) == 0


def test_page_names_are_safe() -> None:
    assert page_name("a-b", "c.d", "text") == "a-b--vs--c.d.txt"
    assert page_name("a/b", "c d", "text").startswith("a-b_")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"format": "pdf"}, "unknown format"),
    ({"out_dir": "x"}, "needs a format"),
    ({"chunk_size": 0}, "positive"),
])
def test_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ComparisonError, match=message):
        list(compare_all(**kwargs))  # type: ignore[arg-type]


def test_local_dask_cluster() -> None:
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    with distributed.Client(n_workers=2, threads_per_worker=1, processes=True,
                            dashboard_address=None) as client:
        results = list(compare_all(curated_catalog(), pairs=PAIRS * 4,
                                   executor=client.get_executor(), format="json", as_of=DAY,
                                   chunk_size=3))
    assert [(r.a, r.b) for r in results] == PAIRS * 4
    assert all(r.ok and r.page and r.page.startswith("{") for r in results)


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_cli_all_writes_every_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from phicompare.__main__ import main
    from phicompare.catalog import loader

    curated = curated_catalog()  # the bundled catalog's million pairs: too many for a test
    monkeypatch.setattr(loader, "default_catalog", lambda: curated)
    out = io.StringIO()
    status = main(["all", "--out", str(tmp_path), "--format", "md", "--jobs", "2",
                   "--as-of", "2026-11-25", "--no-progress"], out=out)
    n = len(curated)
    assert status == 0
    assert len(list(tmp_path.glob("*.md"))) == n * (n - 1) // 2
    assert f"{n * (n - 1) // 2} pages written" in out.getvalue()
