"""Edges of the command line: help, broken pipes, interrupts, bare models, failed pairs."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import phicompare
from phicompare import Catalog, Model, compare, load_catalog
from phicompare.batch import MANIFEST, PairResult, compare_all
from phicompare.cli import all as cli_all, listing as cli_listing, main as cli_main
from phicompare.cli.progress import Progress
from phicompare.domain.records import BenchmarkScore

AS_OF = dt.date(2026, 11, 25)
HOSTILE = Path(__file__).parent / "data" / "hostile.toml"


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = cli_main.main(list(argv), out=out)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, captured.err


def test_no_arguments_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """`phicompare` alone is a usage error: the help goes out, the status is 2."""
    code, out, _ = run(capsys=capsys)
    assert code == 2
    assert out.startswith("usage:")


def test_dash_h_prints_help_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """`phicompare -h` asks for the help: status 0."""
    code, out, _ = run("-h", capsys=capsys)
    assert code == 0
    assert out.startswith("usage:")


def test_a_subcommand_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """`phicompare show --help`: argparse's exit is turned into a return of 0."""
    code, out, _ = run("show", "--help", capsys=capsys)
    assert code == 0
    assert "model id or alias" in out


def test_audit_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """`phicompare audit --help` prints the audit's own help and returns 0."""
    code, out, _ = run("audit", "--help", capsys=capsys)
    assert code == 0
    assert "phicompare audit" in out


def test_audit_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """An audit without sources is one line on stderr pointing at --help, status 2."""
    code, _, err = run("audit", capsys=capsys)
    assert code == 2
    assert err.count("\n") == 1
    assert "see `phicompare audit --help`" in err


class Raising(io.StringIO):
    """An output whose every write raises the given exception."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__()
        self.exc = exc

    def write(self, _: str) -> int:
        raise self.exc


def test_a_closed_pipe_ends_quietly() -> None:
    """`phicompare A B | head`: the reader leaving is not an error."""
    assert cli_main.main(["phi-2", "phi-4-mini"], out=Raising(BrokenPipeError())) == 0


def test_interrupt_exits_130() -> None:
    """Ctrl-C while printing gives the shell's conventional status 130."""
    assert cli_main.main(["phi-2", "phi-4-mini"], out=Raising(KeyboardInterrupt())) == 130


def test_a_closed_stdout_is_pointed_at_devnull(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """After a broken pipe on stdout, its descriptor writes to /dev/null (no error at exit)."""
    target = tmp_path / "stdout.txt"
    with target.open("w") as handle:
        descriptor = handle.fileno()

        class BrokenStdout(Raising):
            def fileno(self) -> int:
                return descriptor

        stdout = BrokenStdout(BrokenPipeError())
        monkeypatch.setattr(sys, "stdout", stdout)
        assert cli_main.main(["phi-2", "phi-4-mini"]) == 0
        os.write(descriptor, b"lost")
    assert target.read_bytes() == b""


def test_a_stdout_without_descriptor_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stdout with no real descriptor (a notebook's) is not an error after a broken pipe."""
    monkeypatch.setattr(sys, "stdout", Raising(BrokenPipeError()))
    assert cli_main.main(["phi-2", "phi-4-mini"]) == 0


def bare_catalog() -> Catalog:
    """A model with nothing but a name, and one whose score names an undefined benchmark."""
    return Catalog(models=(
        Model(id="bare", name="Bare"),
        Model(id="odd", name="Odd", scores=(
            BenchmarkScore(benchmark="not-defined", score=Decimal("51.5")),)),
    ))


def test_show_prints_only_the_sections_a_model_has(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A model without scores, routes or sources shows its facts and no empty sections."""
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: bare_catalog())
    code, out, _ = run("show", "bare", capsys=capsys)
    assert code == 0
    assert out.startswith("Bare (bare)\n")
    assert "not yet sourced" in out
    for section in ("Benchmarks", "Routes", "Sources"):
        assert section not in out


def test_show_names_an_undefined_benchmark_by_its_id(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A score whose benchmark the catalog does not define is listed under its raw id."""
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: bare_catalog())
    code, out, _ = run("show", "odd", capsys=capsys)
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("not-defined"))
    assert row.split()[:3] == ["not-defined", "51.5", "not"]


def test_all_writes_every_pair_with_traffic_and_date(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`phicompare all` writes one page per pair, priced at the given traffic and date."""
    monkeypatch.setattr(cli_all, "load_catalogs", lambda *_: load_catalog(HOSTILE))
    out_dir = tmp_path / "pages"
    code, out, _ = run("all", "--out", str(out_dir), "--format", "json", "--traffic", "10M:1M",
                       "--as-of", "2026-11-25", "--no-progress", capsys=capsys)
    assert code == 0
    pages = sorted(p for p in out_dir.iterdir() if p.name != MANIFEST)
    assert len(pages) == 3  # three models, three pairs
    assert (out_dir / MANIFEST).is_file()
    assert out.startswith(f"three pages written to {out_dir} in ")
    assert out.rstrip().endswith("no pairs failed")
    for page in pages:
        data = json.loads(page.read_text(encoding="utf-8"))
        assert (data["traffic"]["input_tokens"], data["traffic"]["output_tokens"]) == (
            10_000_000, 1_000_000)
        assert data["as_of"] == "2026-11-25"


def test_all_lists_each_failed_pair_and_exits_1(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing pair does not stop the run; it is listed with its error and the status is 1."""

    def fake(*_: Any, **__: Any) -> Iterator[PairResult]:
        yield PairResult(a="phi-2", b="phi-4-mini", page="# page")
        yield PairResult(a="phi-2", b="broken", error="unknown model 'broken'")

    monkeypatch.setattr(cli_all, "compare_all", fake)
    code, out, _ = run("all", "--out", str(tmp_path), "--no-progress", "--models",
                       "phi-2,phi-4-mini", capsys=capsys)
    assert code == 1
    assert "failed: phi-2 vs broken: unknown model 'broken'\n" in out
    assert "one page written" in out
    assert out.rstrip().endswith("one pair failed")


def test_progress_passes_every_result_through() -> None:
    """The progress wrapper yields the same results, with or without a progress bar."""
    results = [PairResult(a="a", b="b", page="x"), PairResult(a="a", b="c", error="e")]
    assert list(Progress(2, "pair", show=True).wrap(iter(results))) == results
    assert list(Progress(2, "pair", show=False).wrap(iter(results))) == results


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_batch_renders_json_and_text_like_the_comparison(fmt: str) -> None:
    """compare_all's JSON and text pages equal the Comparison's own to_json() and to_text()."""
    [result] = compare_all(pairs=[("phi-2", "phi-4-mini")], format=fmt, as_of=AS_OF)
    c = compare("phi-2", "phi-4-mini", as_of=AS_OF)
    assert result.page == (c.to_json() if fmt == "json" else c.to_text())


def test_python_dash_m_runs_the_cli(capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m phicompare --version` runs main() and exits with its status."""
    monkeypatch.setattr(sys, "argv", ["phicompare", "--version"])
    path = Path(phicompare.__file__).parent / "__main__.py"
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    with pytest.raises(SystemExit) as info:
        exec(code, {"__name__": "__main__", "__package__": "phicompare"})  # as runpy would
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("phicompare ")


def test_all_and_site_refuse_the_whole_market_unless_asked(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """About a million pairs: one line, exit 2, and the options that narrow the run."""
    for command in ("all", "site"):
        code, out, err = run(command, "--out", str(tmp_path / command), "--no-progress",
                             capsys=capsys)
        assert code == 2, (command, out)
        assert err.count("\n") == 1
        assert err.startswith("phicompare: ")
        assert "phicompare: phicompare" not in err  # one prefix (API review 14, A7)
        assert "pairs is more than --max-pairs 20,000; choose models with --models" in err
        assert not (tmp_path / command).exists()  # refused before anything is written
    code, _, err = run("all", "--out", str(tmp_path / "few"), "--no-progress", "--models",
                       "phi-2,phi-4-mini,gemma-3-4b", "--max-pairs", "2", capsys=capsys)
    assert code == 2
    assert "3 pairs is more than --max-pairs 2" in err
    code, out, _ = run("all", "--out", str(tmp_path / "few"), "--no-progress", "--models",
                       "phi-2,Phi-4 Mini,gemma-3-4b", "--as-of", "2026-11-25", capsys=capsys)
    assert code == 0
    assert out.startswith("three pages written")
    assert (tmp_path / "few" / "phi-2--vs--phi-4-mini.md").is_file()
