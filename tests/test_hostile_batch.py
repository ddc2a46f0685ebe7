"""``all --out`` under attack: colliding ids, planted links, interruptions and dead workers."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

import phicompare.cli.all as cli_all
from phicompare import Catalog, Model, compare_all
from phicompare.batch import MANIFEST, page_name
from phicompare.cli.main import main
from phicompare.cli.progress import Progress

from .helpers import curated_catalog

IDS = ["a/b", "a_b", "a b", "A-B", "a-b", "a--vs--b", "a", "b--vs--c", "b", "c",
       "模型", "模形", "ÄB", "ab", "con", ".", "..", "-", "x" * 300]
@pytest.fixture(autouse=True)
def _curated_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    """`phicompare all` here runs over the curated layer: the whole bundled catalog has about a
    million pairs, and these tests are about workers, not data."""
    from phicompare.cli import all as cli_all_module

    curated = curated_catalog()
    monkeypatch.setattr(cli_all_module, "load_catalogs", lambda *_: curated)


CATALOG = Catalog(models=tuple(Model(id=i, name=f"M{n}", context_window=1000)
                               for n, i in enumerate(IDS) if i not in ("a b", "A-B", "a-b", "ab")))
"""The awkward ids but those a catalog refuses beside ``a_b``: alike once dashes, spaces and case
are ignored (brief fixDE); their page names are unique all the same (the test above)."""


def test_page_names_are_unique_for_every_pair_of_awkward_ids() -> None:
    names = {page_name(a, b, "md") for a in IDS for b in IDS if a != b}
    assert len(names) == len(IDS) * (len(IDS) - 1)
    for name in names:
        assert name == os.path.basename(name)
        assert not name.startswith(".")
        assert len(name.encode()) < 255


def test_every_pair_gets_its_own_file(tmp_path: Path) -> None:
    results = list(compare_all(CATALOG, format="md", out_dir=tmp_path))
    written = [r for r in results if r.path]
    assert len(results) == len(CATALOG) * (len(CATALOG) - 1) // 2
    assert len(written) == len(results)
    pages = [p for p in tmp_path.iterdir() if p.name != MANIFEST]
    assert len(pages) == len(written)
    manifest = [json.loads(line) for line in
                (tmp_path / MANIFEST).read_text(encoding="utf-8").splitlines()]
    assert sorted(m["page"] for m in manifest) == sorted(p.name for p in pages)
    assert {(m["a"], m["b"]) for m in manifest} == {(r.a, r.b) for r in written}


def test_a_planted_link_is_replaced_not_followed(tmp_path: Path) -> None:
    out, outside = tmp_path / "out", tmp_path / "outside.txt"
    out.mkdir()
    outside.write_text("precious", encoding="utf-8")
    name = page_name("phi-2", "phi-4-mini", "md")
    os.symlink(outside, out / name)
    [result] = compare_all(pairs=[("phi-2", "phi-4-mini")], format="md", out_dir=out)
    assert result.ok
    assert outside.read_text(encoding="utf-8") == "precious"
    assert not (out / name).is_symlink()
    assert (out / name).read_text(encoding="utf-8").startswith("# Phi-2 vs Phi-4 Mini")


def test_an_interrupted_write_leaves_no_partial_page_and_a_rerun_completes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = [("phi-2", "phi-4-mini"), ("phi-2", "phi-4"), ("phi-4", "phi-4-mini")]
    real_write = os.write
    calls: list[int] = []

    def interrupted(fd: int, data: Any) -> int:
        calls.append(fd)
        if len(calls) == 2:
            real_write(fd, bytes(data[:10]))  # part of the second page, then Ctrl-C
            raise KeyboardInterrupt
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        list(compare_all(pairs=pairs, format="md", out_dir=tmp_path))
    monkeypatch.setattr(os, "write", real_write)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == sorted([MANIFEST, page_name(*pairs[0], "md")])
    for line in (tmp_path / MANIFEST).read_text(encoding="utf-8").splitlines():
        assert (tmp_path / json.loads(line)["page"]).exists()
    results = list(compare_all(pairs=pairs, format="md", out_dir=tmp_path))
    assert all(r.ok for r in results)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == sorted([MANIFEST, *(page_name(a, b, "md") for a, b in pairs)])
    assert len((tmp_path / MANIFEST).read_text(encoding="utf-8").splitlines()) == 3


class BreakingExecutor(Executor):
    """Runs chunks in this process; the chunk numbered ``dies`` fails as if its worker died."""

    def __init__(self, dies: int = 1) -> None:
        self.dies = dies
        self.sent = 0
        self.shutdowns: list[tuple[bool, bool]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.sent += 1
        if self.sent == self.dies:
            future.set_exception(BrokenProcessPool("A process in the pool was terminated"))
        elif self.sent > self.dies:
            msg = "A child process terminated abruptly, the process pool is not usable anymore"
            raise BrokenProcessPool(msg)
        else:
            future.set_result(fn(*args, **kwargs))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.shutdowns.append((wait, cancel_futures))


def test_a_dead_worker_fails_its_chunk_and_the_run_ends() -> None:
    pairs = [("phi-2", "phi-4-mini"), ("phi-2", "phi-4"), ("phi-4", "phi-4-mini"),
             ("phi-2", "phi-1")]
    results = list(compare_all(pairs=pairs, executor=BreakingExecutor(dies=2), chunk_size=1))
    assert [(r.a, r.b) for r in results] == pairs
    assert results[0].ok
    assert all(not r.ok for r in results[1:])
    assert all("worker process died" in (r.error or "") for r in results[1:])


def test_all_reports_a_dead_worker_with_its_summary(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli_all, "ProcessPoolExecutor", lambda _n: BreakingExecutor(dies=3))
    monkeypatch.setattr(cli_all, "cpu_count", lambda: 2)
    out = io.StringIO()
    code = main(["all", "--out", str(tmp_path), "--jobs", "2", "--chunk-size", "100",
                 "--no-progress"], out=out)
    text = out.getvalue()
    assert code == 1
    assert "worker process died" in text
    assert text.splitlines()[-1].endswith("failed")
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_jobs_are_capped_at_the_cpus_unless_forced(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    started: list[int] = []

    def pool(n: int) -> Executor:
        started.append(n)
        return BreakingExecutor(dies=10**9)

    monkeypatch.setattr(cli_all, "ProcessPoolExecutor", pool)
    monkeypatch.setattr(cli_all, "cpu_count", lambda: 2)
    argv = ["all", "--out", str(tmp_path), "--jobs", "32", "--no-progress"]
    assert main(argv, out=io.StringIO()) == 0
    assert "capped at 2" in capsys.readouterr().err
    assert main([*argv, "--force-jobs"], out=io.StringIO()) == 0
    assert started == [2, 32]


def test_ctrl_c_does_not_wait_for_the_chunks_in_flight(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    executor = BreakingExecutor(dies=10**9)
    monkeypatch.setattr(cli_all, "ProcessPoolExecutor", lambda _n: executor)
    monkeypatch.setattr(cli_all, "cpu_count", lambda: 2)

    def interrupt(_self: Progress, results: Any) -> Any:
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr(Progress, "wrap", interrupt)
    code = main(["all", "--out", str(tmp_path), "--jobs", "2", "--chunk-size", "5",
                 "--no-progress"], out=io.StringIO())
    assert code == 130
    assert executor.shutdowns == [(False, True)]
    assert (tmp_path / MANIFEST).exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
