"""Sharded output: a JSON Lines file a chunk, whole or absent, listed by the manifest."""

from __future__ import annotations

import datetime as dt
import io
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from phicompare import ComparisonError, compare_all, load_catalog
from phicompare.batch import MANIFEST, page_name, shard_name
from phicompare.cli.main import main
from tests.helpers import curated_catalog

DAY = dt.date(2026, 11, 25)
PAIRS = [("phi-2", "phi-4-mini"), ("phi-2", "phi-4"), ("phi-4", "phi-4-mini"),
         ("llama-3.2-3b", "gemma-3-4b"), ("phi-4", "qwen2.5-7b")]


def read_shards(folder: Path) -> list[dict[str, str]]:
    """Every record of every shard in ``folder``, in shard order."""
    return [json.loads(line) for shard in sorted(folder.glob("shard-*.jsonl"))
            for line in shard.read_text(encoding="utf-8").splitlines()]


def manifest(folder: Path) -> list[dict[str, str]]:
    return [json.loads(line)
            for line in (folder / MANIFEST).read_text(encoding="utf-8").splitlines()]


def test_shards_hold_the_same_pages_as_files(tmp_path: Path) -> None:
    files, shards = tmp_path / "files", tmp_path / "shards"
    list(compare_all(pairs=PAIRS, format="md", out_dir=files, as_of=DAY))
    results = list(compare_all(pairs=PAIRS, format="md", out_dir=shards, shards=True,
                               chunk_size=2, as_of=DAY))
    assert [r.path for r in results] == [str(shards / shard_name(i // 2)) for i in range(5)]
    records = read_shards(shards)
    assert [(r["a"], r["b"]) for r in records] == PAIRS
    for record in records:
        assert record["name"] == page_name(record["a"], record["b"], "md")
        assert record["page"] == (files / record["name"]).read_text(encoding="utf-8")
    assert manifest(shards) == [
        {"a": a, "b": b, "page": page_name(a, b, "md"), "shard": shard_name(i // 2)}
        for i, (a, b) in enumerate(PAIRS)]
    assert sorted(p.name for p in shards.iterdir()) == [
        MANIFEST, *(shard_name(i) for i in range(3))]


def test_a_failing_pair_is_left_out_of_its_shard_and_a_failed_chunk_writes_none(
        tmp_path: Path) -> None:
    pairs = [PAIRS[0], ("phi-2", "no-such-model"), ("phi-2", "nope"), ("nope", "phi-2")]
    results = list(compare_all(pairs=pairs, format="text", out_dir=tmp_path, shards=True,
                               chunk_size=2, as_of=DAY))
    assert [r.ok for r in results] == [True, False, False, False]
    assert results[1].path is None
    assert [(r["a"], r["b"]) for r in read_shards(tmp_path)] == [PAIRS[0]]
    assert not (tmp_path / shard_name(1)).exists()
    assert [(m["a"], m["shard"]) for m in manifest(tmp_path)] == [("phi-2", shard_name(0))]


def test_a_shard_that_cannot_be_written_fails_its_pairs(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int, data: Any) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    results = list(compare_all(pairs=PAIRS[:2], format="md", out_dir=tmp_path, shards=True,
                               as_of=DAY))
    assert all("No space left" in (r.error or "") for r in results)
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST]


def test_an_interrupted_shard_leaves_no_part_and_a_rerun_completes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    calls: list[int] = []

    def interrupted(fd: int, data: Any) -> int:
        calls.append(fd)
        if len(calls) == 3:  # a write a page: the second shard's first page
            real_write(fd, bytes(data[:10]))  # part of it, then Ctrl-C
            raise KeyboardInterrupt
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        list(compare_all(pairs=PAIRS, format="md", out_dir=tmp_path, shards=True, chunk_size=2,
                         as_of=DAY))
    monkeypatch.setattr(os, "write", real_write)
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, shard_name(0)]
    assert [m["shard"] for m in manifest(tmp_path)] == [shard_name(0)] * 2
    assert len(read_shards(tmp_path)) == 2


def _dies_in_second_shard(parent: int) -> Any:
    real_write = os.write

    def write(fd: int, data: Any) -> int:
        if os.getpid() != parent and b"phi-4-mini" in bytes(data[:200]) \
                and b'"a": "phi-4"' in bytes(data[:40]):
            real_write(fd, bytes(data[:100]))  # part of the shard, then the worker is killed
            os._exit(9)
        return real_write(fd, data)

    return write


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                    reason="needs the fork start method to plant a dying write in a worker")
def test_a_worker_killed_mid_shard_leaves_no_shard_and_a_rerun_cleans_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = load_catalog(bundled=True)
    monkeypatch.setattr(os, "write", _dies_in_second_shard(os.getpid()))
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        results = list(compare_all(catalog, pairs=PAIRS, executor=pool, format="md",
                                   out_dir=tmp_path, shards=True, chunk_size=2, max_pending=1,
                                   as_of=DAY))
    monkeypatch.undo()
    assert [(r.a, r.b) for r in results] == PAIRS
    assert [r.ok for r in results] == [True, True, False, False, False]
    assert all("worker process died" in (r.error or "") for r in results[2:])
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[1:] == [MANIFEST, shard_name(0)]
    assert names[0].startswith(f".{shard_name(1)}.")  # the dead worker's part-written file
    assert names[0].endswith(".tmp")
    assert [m["shard"] for m in manifest(tmp_path)] == [shard_name(0)] * 2
    again = list(compare_all(catalog, pairs=PAIRS, format="md", out_dir=tmp_path, shards=True,
                             chunk_size=2, as_of=DAY))
    assert all(r.ok for r in again)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        MANIFEST, *(shard_name(i) for i in range(3))]
    assert len(manifest(tmp_path)) == len(PAIRS)


def test_shards_need_a_folder() -> None:
    with pytest.raises(ComparisonError, match="shards needs an out_dir"):
        list(compare_all(pairs=PAIRS, format="md", shards=True))


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_cli_all_shards(tmp_path: Path) -> None:
    out = io.StringIO()
    chosen = [m.id for m in curated_catalog()]
    status = main(["all", "--out", str(tmp_path), "--shards", "--chunk-size", "200",
                   "--models", ",".join(chosen), "--as-of", "2026-11-25", "--no-progress"],
                  out=out)
    n = len(chosen)
    pairs = n * (n - 1) // 2
    shards = -(-pairs // 200)
    assert status == 0
    assert len(read_shards(tmp_path)) == pairs == len(manifest(tmp_path))
    assert sorted(p.name for p in tmp_path.glob("shard-*")) == [
        shard_name(i) for i in range(shards)]
    assert f"{pairs} pages written to {tmp_path} in " in out.getvalue()
    assert " shards in " in out.getvalue()


def test_a_link_planted_at_a_shard_name_is_replaced_not_followed(tmp_path: Path) -> None:
    out, outside = tmp_path / "out", tmp_path / "outside.txt"
    out.mkdir()
    outside.write_text("keep", encoding="utf-8")
    (out / shard_name(0)).symlink_to(outside)
    assert all(r.ok for r in compare_all(pairs=PAIRS[:2], format="md", out_dir=out,
                                         shards=True, as_of=DAY))
    assert outside.read_text(encoding="utf-8") == "keep"
    assert not (out / shard_name(0)).is_symlink()
    assert len(read_shards(out)) == 2


def test_a_shard_that_cannot_be_renamed_into_place_fails_its_pairs_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace

    def refused(src: Any, dst: Any) -> None:
        if str(dst).endswith(".jsonl") and MANIFEST not in str(dst):
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    results = list(compare_all(pairs=PAIRS[:2], format="md", out_dir=tmp_path, shards=True,
                               as_of=DAY))
    assert all("Permission denied" in (r.error or "") for r in results)
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST]
