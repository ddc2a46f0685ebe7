"""The command line: ``phicompare A B``, every option, one-line user errors with exit code 2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from phicompare import compare
from phicompare.cli.compare import emit
from phicompare.cli.main import main
from phicompare.cli.options import (
    UsageError,
    load_catalogs,
    parse_blend,
    parse_count,
    parse_share,
    parse_traffic,
)
from phicompare.narrative import format as fmt

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def run_json(*argv: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, err = run("phi-2", "phi-4-mini", "--format", "json", *argv, capsys=capsys)
    assert (code, err) == (0, "")
    data: dict[str, Any] = json.loads(out)
    return data


def test_compare_prints_a_readable_page_for_80_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("phi-2", "phi-4-mini", capsys=capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == ["Phi-2 vs Phi-4 Mini", "==================="]
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Decision scorecard" in out


def test_compare_may_be_named(capsys: pytest.CaptureFixture[str]) -> None:
    named = run("compare", "phi-2", "phi-4-mini", capsys=capsys)
    assert named == run("phi-2", "phi-4-mini", capsys=capsys)


@pytest.mark.parametrize(("option", "start"), [
    ("md", "# Phi-2 vs Phi-4 Mini\n"),
    ("markdown", "# Phi-2 vs Phi-4 Mini\n"),
    ("html", "<!DOCTYPE html>\n"),
    ("json", "{\n"),
    ("text", "Phi-2 vs Phi-4 Mini\n"),
])
def test_each_format(option: str, start: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("phi-2", "phi-4-mini", "--format", option, capsys=capsys)
    assert code == 0
    assert out.startswith(start)


def test_json_output_matches_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from phicompare.render.schema import SCHEMA_FILE

    jsonschema.validate(run_json(capsys=capsys), json.loads(SCHEMA_FILE.read_text("utf-8")))


def test_options_reach_the_comparison(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json("--traffic", "10000/day@1500:300", "--blend", "3:1", "--requires",
                    "structured_outputs", "--include-free", "--as-of", "2026-06-01",
                    "--cached", "30%", "--batch", "0.5", capsys=capsys)
    assert data["traffic"] == {"input_tokens": 450_000_000, "output_tokens": 90_000_000,
                               "cached_share": "0.3", "cache_write_share": "0",
                               "batch_share": "0.5", "requests": 300_000,
                               "cache_write_1h_share": "0", "at": None, "weekday": None}
    assert data["cost"]["blend"] == [3, 1]
    assert data["requires"] == ["structured_outputs"]
    assert data["include_free"] is True
    assert data["as_of"] == "2026-06-01"


def test_monthly_traffic_and_default_estimate(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json("--traffic", "800M:250M", capsys=capsys)
    expected = compare("phi-2", "phi-4-mini")
    assert data["cost"] == expected.to_dict()["cost"]


def test_requires_accepts_commas_and_repeats(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json("--requires", "structured_outputs,function_calling", "--requires",
                    "vision", capsys=capsys)
    assert sorted(data["requires"]) == ["function_calling", "structured_outputs", "vision"]


def test_output_file_and_format_from_its_suffix(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "page.html"
    code, out, err = run("phi-2", "phi-4-mini", "-o", str(target), capsys=capsys)
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    plain = tmp_path / "page.out"
    assert run("phi-2", "phi-4-mini", "--output", str(plain), capsys=capsys)[0] == 0
    assert plain.read_text(encoding="utf-8").startswith("Phi-2 vs Phi-4 Mini\n===")


def test_width_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("phi-2", "phi-4-mini", "--width", "50", capsys=capsys)
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 50


def test_catalog_option_merges_over_the_bundled_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("script-model", "phi-2", "--catalog", str(HOSTILE), "--format", "md",
                       capsys=capsys)
    assert code == 0
    assert out.startswith("# \\<script\\>alert('name')\\</script\\> vs Phi-2")


def test_catalog_option_takes_importer_sources(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"fireworks_ai/accounts/fireworks/models/tiny-new-model": {
        "litellm_provider": "fireworks_ai", "mode": "chat", "max_input_tokens": 8192,
        "input_cost_per_token": 1e-07, "output_cost_per_token": 2e-07}}), encoding="utf-8")
    catalog = load_catalogs([f"litellm:{prices}@2026-07-15"])  # (its day: API review 15, A3)
    assert "tiny-new-model" in catalog
    assert "phi-2" in catalog
    code, out, _ = run("phi-2", "tiny-new-model", "--catalog", f"litellm:{prices}@2026-07-15",
                       "--format", "json", capsys=capsys)
    assert code == 0
    assert [m["id"] for m in json.loads(out)["models"]] == ["phi-2", "tiny-new-model"]


@pytest.mark.parametrize(("argv", "message"), [
    (["phi-2", "phi-4-mimi"], "unknown model 'phi-4-mimi'; did you mean 'phi-4-mini'"),
    (["phi-2"], "a comparison needs two or more models"),
    (["phi-2", "phi-2"], "compare needs different models"),
    (["phi-4-mini", "microsoft/Phi-4-mini-instruct"],
     "'phi-4-mini' and 'microsoft/Phi-4-mini-instruct' are one model (phi-4-mini)"),
    (["phi-2", "phi-4-mini", "--traffic", "800M"], "--traffic: '800M' is not IN:OUT"),
    (["phi-2", "phi-4-mini", "--traffic", "lots:250M"], "is not a count such as 800M"),
    (["phi-2", "phi-4-mini", "--blend", "3-1"], "--blend: '3-1' is not input:output weights"),
    (["phi-2", "phi-4-mini", "--cached", "2"], "--cached: '2' is not a share from 0 to 1"),
    (["phi-2", "phi-4-mini", "--cached", "0.6", "--cache-write", "0.6"],
     "--cached and --cache-write: 0.6 and 0.6 together are more than the input tokens"),
    (["phi-2", "phi-4-mini", "--as-of", "yesterday"], "--as-of: 'yesterday' is not a date"),
    (["phi-2", "phi-4-mini", "--format", "pdf"], "invalid choice: 'pdf'"),
    (["phi-2", "phi-4-mini", "--requires", "structured_output"],
     "did you mean 'structured_outputs'"),
    (["phi-2", "phi-4-mini", "--width", "0"], "--width: 0 is not from 1 to 1,000"),
    (["phi-2", "phi-4-mini", "--catalog", "/no/such/catalog"], "/no/such/catalog"),
    (["phi-2", "phi-4-mini", "--catalog", "modelsdev:/x"], "unknown source kind 'modelsdev'"),
    (["phi-2", "phi-4-mini", "--no-such-option"], "unrecognized arguments: --no-such-option"),
    (["show", "phi-5"], "unknown model 'phi-5'"),
])
def test_user_errors_are_one_line_and_exit_2(argv: list[str], message: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(*argv, capsys=capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("phicompare: ")
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err


def test_unwritable_output_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run("phi-2", "phi-4-mini", "-o", "/no/such/folder/page.md", capsys=capsys)
    assert code == 2
    # the option first, as every bad option value's line (API review 14's notes)
    assert err == "phicompare: --output: '/no/such/folder/page.md': No such file or directory\n"


@pytest.mark.parametrize(("argv", "said"), [
    (["phi-2", "phi-4-mini", "-o", "{tmp}"], "--output: '{tmp}': Is a directory"),
    (["all", "--out", "{file}", "--models", "phi-2,phi-4-mini"],
     "--out: '{file}' is a file, not a folder"),
    (["site", "--out", "{file}", "--models", "phi-2,phi-4-mini"],
     "--out: '{file}' is a file, not a folder"),
])
def test_a_path_an_option_cannot_use_is_named_with_the_option(
        argv: list[str], said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "a-file"
    file.write_text("x", encoding="utf-8")
    given = [a.format(tmp=tmp_path, file=file) for a in argv]
    code, _, err = run(*given, capsys=capsys)
    assert (code, err) == (2, f"phicompare: {said.format(tmp=tmp_path, file=file)}\n")
    assert file.read_text(encoding="utf-8") == "x"  # nothing written over it


def test_help_documents_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, text, _ = run("--help", capsys=capsys)
    assert code == 0
    for option in ("--format", "--output", "--traffic", "--blend", "--requires",
                   "--include-free", "--catalog", "--as-of", "--plot", "--width", "--cached",
                   "--cache-write", "--batch", "md", "html", "text", "json", "800M:250M",
                   "10000/day@2000:500", "list", "show", "validate", "audit"):
        assert option in text, option


def test_no_arguments_print_help_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys=capsys)
    assert code == 2
    assert out.startswith("usage: phicompare [compare] MODEL MODEL")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from phicompare import __version__

    assert run("--version", capsys=capsys) == (0, f"phicompare {__version__}\n", "")


def test_list_show_validate_still_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("list", capsys=capsys)
    assert code == 0
    assert "phi-4-mini" in out
    code, out, _ = run("show", "Phi 4 Mini", capsys=capsys)
    assert code == 0
    assert out.startswith("Phi-4 Mini (phi-4-mini)")
    assert run("validate", str(HOSTILE), capsys=capsys)[:2] == (0, "ok: one path valid\n")
    broken = tmp_path / "broken.toml"
    broken.write_text('schema = 1\n[[models]]\nid = "x"\n', encoding="utf-8")
    code, out, err = run("validate", str(broken), capsys=capsys)
    assert code == 1
    assert "name" in out
    assert err == "one problem found\n"


def test_audit_is_delegated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({
        "azure_ai/Phi-4": {"litellm_provider": "azure_ai", "mode": "chat",
                           "max_input_tokens": 16384},
        "other/phi-4": {"litellm_provider": "other", "mode": "chat",
                        "max_input_tokens": 128000}}), encoding="utf-8")
    code, out, _ = run("audit", f"litellm:{prices}", capsys=capsys)
    assert code == 0
    assert ("  high    context_window: 16384 (litellm:azure_ai) | 128000 (litellm:other); "
            "kept 16384") in out.splitlines()
    code, _, err = run("audit", "litellm:/no/such.json", capsys=capsys)
    assert code == 2
    assert err == "phicompare: litellm source not found: '/no/such.json'\n"


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_plot_writes_a_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "plots.png"
    code, _, err = run("phi-2", "phi-4-mini", "--plot", str(target), capsys=capsys)
    assert (code, err) == (0, "")
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_plot_without_matplotlib_is_a_user_error(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    code, _, err = run("phi-2", "phi-4-mini", "--plot", str(tmp_path / "x.png"), capsys=capsys)
    assert code == 2
    assert err == "phicompare: --plot: plots need matplotlib: pip install 'phicompare[plot]'\n"


def test_output_a_terminal_cannot_encode_is_replaced() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    emit("±1.1 模型\n", stream)
    stream.flush()
    assert raw.getvalue() == b"?1.1 ??\n"


@pytest.mark.parametrize(("text", "count"), [
    ("800M", 800_000_000), ("250m", 250_000_000), ("2.5K", 2_500), ("1B", 10**9),
    ("1,000", 1_000), ("1_000", 1_000), ("0", 0)])
def test_parse_count(text: str, count: int) -> None:
    assert parse_count(text) == count


@pytest.mark.parametrize("text", ["", "M", "1.2345K", "-5", "1e6", "five"])
def test_parse_count_rejects(text: str) -> None:
    with pytest.raises(UsageError):
        parse_count(text)


def test_parse_traffic_forms() -> None:
    monthly = parse_traffic("1B:100M", cached_share=Decimal("0.5"))
    assert (monthly.input_tokens, monthly.output_tokens, monthly.requests) == (10**9, 10**8, None)
    assert monthly.cached_share == Decimal("0.5")
    per_month = parse_traffic("1000/month@2K:500")
    assert (per_month.requests, per_month.input_tokens, per_month.output_tokens) == (
        1000, 2_000_000, 500_000)
    per_day = parse_traffic("100/d@1000:10", batch_share=Decimal(1))
    assert (per_day.requests, per_day.batch_share) == (3000, Decimal(1))
    assert parse_traffic(None).input_tokens == 800_000_000
    # no requests is no traffic, as 0:0 is: one rule for zero traffic (review 34)
    assert parse_traffic("0/month@1:1") == parse_traffic("0:0")


def test_parse_blend_and_share() -> None:
    assert parse_blend(" 3 : 1 ") == (3, 1)
    with pytest.raises(UsageError):
        parse_blend("0:0")
    assert parse_share("12.5%", "--batch") == Decimal("0.125")
    for bad in ("101%", "-0.1", "half", "nan"):
        with pytest.raises(UsageError):
            parse_share(bad, "--batch")


def _subprocess(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "80", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "phicompare", *argv], capture_output=True,
                          text=True, env=env, check=False, timeout=120)


def test_the_installed_command_in_a_fresh_process() -> None:
    """What a user sees: the page on stdout, nothing on stderr; errors one line, exit 2."""
    done = _subprocess("phi-2", "phi-4-mini")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("Phi-2 vs Phi-4 Mini\n")
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
    assert fmt.money(Decimal("105.00")) in done.stdout or "$" in done.stdout
    failed = _subprocess("phi-2", "gpt-99")
    assert failed.returncode == 2
    assert failed.stdout == ""
    assert failed.stderr.count("\n") == 1
    assert failed.stderr.startswith("phicompare: unknown model 'gpt-99'")


def test_brief_and_sections_shape_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    code, brief, _ = run("phi-2", "phi-4-mini", "--brief", "--as-of", "2026-11-25",
                         capsys=capsys)
    assert code == 0
    headings = [line for line in brief.splitlines() if line and set(line) == {"-"}]
    assert len(headings) == 5  # summary, at a glance, cost, benchmarks, verdict
    code, md, _ = run("phi-2", "phi-4-mini", "--sections", "glance,verdict", "-f", "md",
                      capsys=capsys)
    assert code == 0
    assert [line for line in md.splitlines() if line.startswith("## ")] == [
        "## At a glance", "## Verdict"]


@pytest.mark.parametrize("argv", [("--sections", "nope"), ("--sections", ","),
                                  ("--brief", "-f", "json"), ("--materiality", "lots")])
def test_bad_sections_and_materiality_are_usage_errors(
        argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run("phi-2", "phi-4-mini", *argv, capsys=capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1


def test_materiality_option(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json("--materiality", "50%", capsys=capsys)  # $105.00 against $135.00
    assert Decimal(data["cost"]["materiality"]) == Decimal("0.5")
    assert data["cost"]["close_indexes"] == [0, 1]
