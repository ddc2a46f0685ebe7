"""Fuzzing the command line: any arguments end with a status and at most one error line."""

from __future__ import annotations

import functools
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given, strategies as st

import phicompare.cli.all as cli_all
from phicompare.batch import compare_all
from phicompare.cli.main import main

from .fuzzing import FUZZ, HOSTILE_TEXT

MODELS = st.sampled_from(["phi-2", "phi-4-mini", "Phi 4", "phi-3-mini-4k", "gemma-2-2b"])
VALUES = HOSTILE_TEXT | st.sampled_from([
    "800M:250M", "-1:5", "1B:1", "10000/day@2000:500", "5/month@1:1", "0:0", "3:1", "0.3", "30%",
    "2026-01-31", "0", "-5", "99999999999", "9" * 5000, "1e9", "md", "html", "json", "text",
    "vision", "structured_outputs,reasoning", "models-dev:/nope", "litellm:/nope",
])
OPTIONS = st.sampled_from([
    "--traffic", "--blend", "--cached", "--cache-write", "--batch", "--width", "--as-of",
    "--requires", "--format", "-f", "--catalog", "--max-age", "--jobs", "--chunk-size",
    "--model", "--field", "--include-free", "--strict", "--report", "--json", "--no-progress",
    "--force-jobs", "--help", "--version", "--nope",
])
COMMANDS = st.sampled_from(["", "compare", "list", "show", "validate", "audit", "all"])


PLAUSIBLE = {
    "--traffic": st.sampled_from(["800M:250M", "1B:200M", "10000/day@2000:500", "-1:5", "0:0"]),
    "--blend": st.sampled_from(["3:1", "7:3", "0:1", "1:0", "0:0", "9" * 30 + ":1"]),
    "--cached": st.sampled_from(["0.3", "30%", "1", "0", "1.5", "nan"]),
    "--batch": st.sampled_from(["0.5", "100%", "-0.1"]),
    "--width": st.integers(-5, 2000).map(str),
    "--as-of": st.sampled_from(["2026-01-31", "2020-01-01", "9999-12-31", "0001-01-01"]),
    "--requires": st.sampled_from(["vision", "reasoning,function_calling", "nope", ","]),
    "--format": st.sampled_from(["text", "md", "html", "json", "pdf"]),
    "--include-free": st.none(),
}


@st.composite
def compare_argv(draw: st.DrawFn) -> list[str]:
    """Mostly well-formed comparisons, with one value now and then hostile."""
    words = draw(st.lists(MODELS, min_size=2, max_size=3, unique=True))
    for option in draw(st.lists(st.sampled_from(sorted(PLAUSIBLE)), max_size=3, unique=True)):
        value = draw(PLAUSIBLE[option] | HOSTILE_TEXT) if PLAUSIBLE[option] != st.none() \
            else None
        words += [option] if value is None else [option, value]
    return words


@st.composite
def argv(draw: st.DrawFn) -> list[str]:
    command = draw(COMMANDS)
    words = [command] if command else []
    if command in ("", "compare", "show"):
        words += draw(st.lists(MODELS | HOSTILE_TEXT, min_size=0, max_size=3))
    elif command in ("validate", "audit"):
        # Not the root folder: a walk of the whole disk is bounded, but takes seconds.
        paths = HOSTILE_TEXT.filter(lambda t: t.strip("/.") != "" or t in ("", "."))
        words += draw(st.lists(paths | st.just("litellm:/nope"), max_size=2))
    for _ in range(draw(st.integers(0, 4))):
        words.append(draw(OPTIONS))
        if draw(st.booleans()):
            words.append(draw(VALUES))
    return words


@FUZZ
@given(argv() | compare_argv())
def test_any_arguments_end_cleanly(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch, words: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if words[:1] == ["all"]:  # one pair, not the whole catalog, and pages in a temporary folder
            monkeypatch.setattr(cli_all, "compare_all", functools.partial(
                compare_all, pairs=[("phi-2", "phi-4-mini")]))
            words = [*words, "--out", str(Path(folder) / "pages")]
        out = io.StringIO()
        code = main(words, out=out)
    err = capsys.readouterr().err
    event(f"exit {code}")
    assert code in (0, 1, 2)
    if code == 2 and err:
        assert err.startswith("phicompare: ")
        assert err.count("\n") == 1, err
    text = out.getvalue() + err
    assert "\x1b" not in text
    assert "\u202e" not in text
