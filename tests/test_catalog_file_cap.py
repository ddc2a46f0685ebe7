"""A path that is no regular file, or a file over the cap, is a problem naming it (review 27, P9).

``--catalog /dev/zero`` was read whole: the process was killed, or died with a ``MemoryError``
traceback, before any check ran; ``load_catalog('/dev/zero')`` raised a bare ``MemoryError``. A
FIFO blocked the load for ever.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from phicompare import CatalogError, load_catalog
from phicompare.catalog import capped
from phicompare.catalog.loader import validate_paths
from phicompare.exceptions import Problem

_DEVICE = "not a regular file (a device); a catalog is a TOML file or a folder of them"
_LIMIT = 1_500_000_000
"""An address-space limit for a child process: a regression is a ``MemoryError``, not a
machine out of memory."""


def _limited() -> None:  # (run in the child, before it starts)
    resource.setrlimit(resource.RLIMIT_AS, (_LIMIT, _LIMIT))


def test_a_device_is_one_line_and_exit_2() -> None:
    code = ("import sys; from phicompare.cli.main import main; "
            "sys.exit(main(['phi-2', 'phi-4-mini', '--catalog', '/dev/zero']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          preexec_fn=_limited, timeout=120, check=False)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"phicompare: /dev/zero: {_DEVICE}\n"


def test_the_api_names_the_device() -> None:
    with pytest.raises(CatalogError) as caught:
        load_catalog("/dev/zero")
    assert [str(p) for p in caught.value.problems] == [f"/dev/zero: {_DEVICE}"]


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    found: list[list[Problem]] = []
    worker = threading.Thread(target=lambda: found.append(validate_paths(fifo)), daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():  # blocked opening the FIFO: a writer lets it go, then the test fails
        with fifo.open("wb"):
            pass
        worker.join()
        pytest.fail("the load blocked on a FIFO")
    assert [p.message for p in found[0]] == [
        "not a regular file (a FIFO); a catalog is a TOML file or a folder of them"]


def test_a_file_over_the_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "sub" / "big.toml"  # found in a folder, not only given by name
    big.parent.mkdir()
    with big.open("wb") as handle:
        handle.truncate(3 * 2**30 + 2**29)  # sparse: 3.5 GiB on paper, nothing on disk
    [problem] = validate_paths(tmp_path)
    assert str(problem) == (f"{big}: too large for a catalog file (a few MB at most): this one "
                            "is 3.5 GiB, over the limit of 64 MiB")


def test_a_file_that_reads_past_its_size_stops_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(capped, "MAX_FILE_BYTES", 16)
    status = "/proc/self/status"  # a regular file whose size reads 0
    assert os.stat(status).st_size == 0
    [problem] = validate_paths(status)
    assert problem.message.startswith("too large for a catalog file (a few MB at most): this "
                                      "one reads on past it")


def test_a_file_under_the_cap_loads(tmp_path: Path) -> None:
    file = tmp_path / "a.toml"
    file.write_text('[[models]]\nid = "m"\nname = "M"\n', encoding="utf-8")
    assert load_catalog(file).model("m").name == "M"
