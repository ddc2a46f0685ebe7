"""`phicompare pick`: options to recommend(), text fitted to the width, JSON, one-line errors."""

from __future__ import annotations

import io
import json

import pytest

from phicompare.cli.main import main

from .helpers import curated_catalog

CURATED = curated_catalog()


@pytest.fixture(autouse=True)
def _curated_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    """These outputs were written for the curated layer: pin it as the default catalog (the
    bundled catalog's imported layer ranks the whole market; tests/test_market.py covers it)."""
    from phicompare.catalog import loader

    monkeypatch.setattr(loader, "default_catalog", lambda: CURATED)

BOT = ["pick", "--traffic", "10000/day@1500:300", "--requires", "structured_outputs",
       "--budget", "200", "--as-of", "2026-11-25"]


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_text_fits_the_width(width: int) -> None:
    status, text = run([*BOT, "--width", str(width), "--rejected"])
    assert status == 0
    lines = text.splitlines()
    assert lines[0] == "Models that fit"
    assert max(len(line) for line in lines) <= width
    assert "Llama 3.1 8B" in text
    assert "Not a fit" in text


def test_json_holds_facts_and_reasons() -> None:
    status, text = run([*BOT, "--format", "json", "--limit", "2"])
    assert status == 0
    data = json.loads(text)
    assert [c["model"] for c in data["candidates"]] == ["llama-3.1-8b", "gemma-3-4b"]
    assert data["budget"] == "200.00"
    assert data["reasons"]["candidates"][0][0].startswith("Llama 3.1 8B: $11.70 a month")
    assert data["rejected"] == []


def test_every_requirement_option_reaches_recommend() -> None:
    status, text = run(["pick", "--min-context", "128K", "--open-weights", "--license", "MIT",
                        "--provider", "azure-foundry,fireworks", "--exclude-provider",
                        "github-models", "--priority", "mmlu", "--include-free",
                        "--as-of", "2026-11-25", "--format", "json"])
    assert status == 0
    data = json.loads(text)
    kinds = [r["kind"] for r in data["requirements"]]
    assert kinds == ["released", "min-context", "open-weights", "license", "providers", "route"]
    assert data["priorities"] == ["mmlu"]
    assert {c["provider"] for c in data["candidates"]} <= {"azure-foundry", "fireworks"}
    status, text = run(["pick", "--closed-weights", "--format", "json"])
    assert json.loads(text)["matched"] == 0


@pytest.mark.parametrize(("argv", "message"), [
    (["pick", "--provider", "openroute"], "did you mean 'openrouter'?"),
    (["pick", "--budget", "1.5.5"], "--budget: '1.5.5' is not USD a month"),
    (["pick", "--limit", "0"], "--limit: 0 is not a positive number"),
    (["pick", "--min-context", "lots"], "--min-context: 'lots' is not a count"),
    (["pick", "--license", "Apache 2"], "did you mean 'Apache-2.0'?"),
    (["pick", "--priority", "mmul"], "'mmlu'"),
    (["pick", "--requires", "vison"], "did you mean 'vision'?"),
    (["pick", "--width", "0"], "--width: 0 is not a positive number of columns"),
    (["pick", "--open-weights", "--closed-weights"], "not allowed with argument"),
    (["pick", "--traffic", "800M"], "--traffic: '800M'"),
])
def test_user_errors_are_one_line_and_exit_2(argv: list[str], message: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, text = run(argv)
    err = capsys.readouterr().err
    assert status == 2
    assert text == ""
    assert message in err
    assert err.count("\n") == 1
    assert err.startswith("phicompare: ")


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run(["pick", "--help"])
    text = capsys.readouterr().out
    assert status == 0
    assert "--min-context" in text
    assert "examples:" in text


def test_hostile_catalog_stays_on_the_terminal() -> None:
    """Names with markup, control characters and long words: no escape reaches the terminal."""
    from .conftest import HOSTILE

    status, text = run(["pick", "--catalog", str(HOSTILE), "--limit", "40", "--rejected",
                        "--width", "40"])
    assert status == 0
    assert max(len(line) for line in text.splitlines()) <= 40
    assert "\x1b" not in text
