"""Hostile strings never reach the terminal raw: every command writes through the boundary."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from phicompare.cli.main import main

from .helpers import CURATED_PATHS

EVIL_ID = "x\u001b]0;PWN\u0007\u001b[2J"
ZERO_WIDTH = "phi\u200b-evil\u202e"


def _raw_escapes(text: str) -> list[str]:
    """Characters a terminal would act on, or that hide or reorder text."""
    return [c for c in text if (ord(c) < 32 and c not in "\n\t") or c == "\x7f"
            or c in "\u200b\u200c\u200d\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]


def _catalog(folder: Path, model_id: str = "evil", name: str = EVIL_ID + ZERO_WIDTH) -> Path:
    file = folder / "evil.toml"
    file.write_text(
        "schema = 1\n"
        "[[providers]]\n"
        f"id = {json.dumps('prov')}\n"
        f"name = {json.dumps('Prov' + chr(0x202e))}\n"
        "[[models]]\n"
        f"id = {json.dumps(model_id)}\n"
        f"name = {json.dumps(name)}\n"
        f"vendor = {json.dumps('V' + chr(0x1b) + '[2J')}\n"
        f"license = {json.dumps('MIT' + chr(0x1b) + '[2J')}\n"
        f"aliases = [{json.dumps('alias' + chr(0x7))}]\n"
        f"sources = [{json.dumps('https://x.org/' + chr(0x1b) + ']0;T' + chr(7))}]\n"
        "[[models.routes]]\n"
        f"provider = {json.dumps('prov')}\n"
        "input = 1\noutput = 2\n"
        f"source = {json.dumps('https://x.org/' + chr(0x1b))}\n"
        "checked = 2026-01-01\n",
        encoding="utf-8")
    return file


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_show_writes_no_raw_escape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    catalog = _catalog(tmp_path)
    code, out, err = run("show", "evil", "--catalog", str(catalog), capsys=capsys)
    assert code == 0, err
    assert _raw_escapes(out + err) == []
    assert "\\u001b]0;PWN\\u0007" in out
    assert "\\u200b" in out


def test_list_writes_no_raw_escape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("list", "--width", "1000", "--catalog", str(_catalog(tmp_path)),
                         capsys=capsys)
    assert code == 0, err
    assert _raw_escapes(out + err) == []
    assert "\\u001b[2J" in out


def test_validate_shows_hostile_file_names_visibly(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "a\u001b[2Jb\u202e"
    folder.mkdir()
    (folder / "bad\u0007.toml").write_text("schema = 1\n[[models]]\nid = 1\n", encoding="utf-8")
    code, out, err = run("validate", str(folder), capsys=capsys)
    assert code == 1
    assert _raw_escapes(out + err) == []
    assert "\\u001b[2J" in out
    assert "\\u202e" in out


def test_error_lines_show_hostile_values_visibly(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("show", EVIL_ID + "\nsecond line", capsys=capsys)
    assert code == 2
    assert _raw_escapes(out + err) == []
    assert err.count("\n") == 1


def test_audit_report_writes_no_raw_escape(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({
        "a/" + EVIL_ID: {"litellm_provider": "a", "mode": "chat", "max_input_tokens": 100},
        "b/" + EVIL_ID: {"litellm_provider": "b", "mode": "chat", "max_input_tokens": 200},
        "bad\u001b[2J": {"mode": "embedding"},
        "\u202eodd": {"litellm_provider": "c", "mode": "chat", "rpm\u001b": 1},
    }), encoding="utf-8")
    code, out, err = run("audit", "--report", f"litellm:{prices}", capsys=capsys)
    assert code == 0, err
    assert _raw_escapes(out + err) == []
    assert "\\u001b" in out


def test_compare_text_writes_no_raw_zero_width(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    catalog = _catalog(tmp_path)
    for fmt in ("text", "md", "json", "html"):
        code, out, err = run("evil", "phi-2", "--catalog", str(catalog), "-f", fmt, capsys=capsys)
        assert code == 0, err
        assert _raw_escapes(out + err) == [], fmt
    code, out, _ = run("evil", "phi-2", "--catalog", str(catalog), "-f", "json", capsys=capsys)
    assert json.loads(out)["models"][0]["name"] == EVIL_ID + ZERO_WIDTH


def test_all_failed_lines_write_no_raw_escape(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from phicompare import batch

    def boom(*_: object, **__: object) -> str:
        msg = "broken \u001b[2J page \u202e"
        raise RuntimeError(msg)

    monkeypatch.setattr(batch, "_renderer", lambda *_: boom)
    from phicompare.catalog.loader import load_catalog
    from phicompare.cli import all as cli_all

    # Over the curated layer: merged over the whole bundled catalog, over 400,000 pairs.
    monkeypatch.setattr(cli_all, "load_catalogs",
                        lambda specs, *_: load_catalog(*CURATED_PATHS, *specs))
    catalog = _catalog(tmp_path)
    code, out, err = run("all", "--out", str(tmp_path / "pages"), "--catalog", str(catalog),
                         "--no-progress", capsys=capsys)
    assert code == 1
    assert "failed:" in out
    assert _raw_escapes(out + err) == []


@pytest.mark.parametrize(("argv", "message"), [
    (["phi-2", "phi-4-mini", "--traffic", "-1:5"], "--traffic: '-1' is negative"),
    (["phi-2", "phi-4-mini", "--traffic", "9" * 5000 + ":5"], "--traffic: "),
    (["phi-2", "phi-4-mini", "--traffic", "2000000T:5"], "--traffic: "),
    (["phi-2", "phi-4-mini", "--traffic", "1" + "0" * 16 + ":5"],
     "--traffic: '10000000000000000' is more than 1,000,000,000"),
    (["phi-2", "phi-4-mini", "--blend", "9" * 5000 + ":1"], "--blend: "),
    (["phi-2", "phi-4-mini", "--blend", "-3:1"], "--blend: '-3:1'"),
    (["phi-2", "phi-4-mini", "--width", "9" * 50], "--width: "),
    (["phi-2", "phi-4-mini", "--width", "-5"], "--width: -5 is not from 1"),
    (["validate", "--max-age", "99999999999", "--strict", "x.toml"], "--max-age: "),
    (["all", "--out", "x", "--jobs", "0"], "--jobs: 0 is not from 1"),
    (["all", "--out", "x", "--chunk-size", "9" * 30], "--chunk-size: "),
    (["all", "--out", "x", "--chunk-size", "-1"], "--chunk-size: -1 is not from 1"),
    (["all", "--out", "a\0b"], "--out: 'a\\x00b' is not a folder name"),
    (["phi-2", "phi-4-mini", "-o", "a\0b"], "--output: 'a\\x00b' is not a file name"),
    (["show", "phi-2", "--catalog", "a\0b"], "a\\u0000b: not a file name"),
])
def test_cli_numbers_are_bounded(argv: list[str], message: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(*argv, capsys=capsys)
    assert code == 2
    assert out == ""
    assert err.startswith(f"phicompare: {message}")
    assert err.count("\n") == 1
    assert len(err) < 300
