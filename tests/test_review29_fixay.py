"""Review 29's F9, F8, F11 and F12 (helper fixAY).

F9: a two-model page with no shared benchmark said "from two of these models". F8: a
three-model summary said "the gap on SWE-Bench Pro" without the pair it is between. F11: a
figure an evaluation quotes again read as the model's "other run" (84.6 beside 84.6). F12: CLI
mistakes that ran, or failed late, or had no did-you-mean.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from phicompare import compare
from phicompare.cli.main import main

DAY = dt.date(2026, 11, 25)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_a_pair_with_no_shared_benchmark_says_both_models() -> None:
    """F9: "from both models" of two; "from two of these models" stays for three."""
    two = compare("gpt-4o", "llama-3.1-70b", as_of=DAY).to_markdown()
    three = compare("gpt-4-0613", "gpt-4", "gpt-4o", as_of=DAY).to_markdown()
    assert "No benchmark has scores from both models." in two
    assert "two of these models" not in two
    assert "No benchmark has scores from two of these models." in three


def test_three_models_name_the_pair_of_the_one_gap_without_an_interval() -> None:
    """F8: Gemini 2.5 Pro has no SWE-Bench Pro score: the gap is Claude Sonnet 4.5 vs GPT-5's."""
    c = compare("claude-sonnet-4-5", "gpt-5", "gemini-2.5-pro", as_of=DAY)
    text = next(s.text for s in c.narrative.summary if s.key == "no-significant-gap")
    assert text == ("No 95% sampling interval could be drawn for the gap between Claude Sonnet "
                    "4.5 and GPT-5 on SWE-Bench Pro, the one benchmark scored alike, so it is "
                    "not read as a lead.")
    assert c.check() == []
    pair = compare("claude-sonnet-4-5", "gpt-5", as_of=DAY)  # of two, no names: "the gap"
    assert any(s.text.startswith("No 95% sampling interval could be drawn for the gap on")
               for s in pair.narrative.summary)


def test_a_figure_quoted_again_is_not_another_run() -> None:
    """F11: ARC-C 84.6 and MMLU-Pro 47.4, quoted again by the Phi-4-mini card, are one run."""
    for models in (("phi-3.5-mini", "llama-3.2-3b"), ("phi-3.5-mini", "llama-3.2-3b", "phi-2")):
        c = compare(*models, as_of=dt.date(2024, 10, 1))
        rows = {r.benchmark.id: r for r in c.benchmarks}
        for benchmark in ("arc-c", "mmlu-pro"):
            row = rows[benchmark]
            assert row.scores[0] is not None
            assert row.scores[0].score not in {s.score for s in row.others(0)}, models
        page = c.to_markdown()
        assert "other run: 84.6" not in page
        assert "other run: 47.4" not in page
    # a run that differs is still said
    assert "Phi-3.5 Mini's other run: 68.5" in compare(
        "phi-3.5-mini", "llama-3.2-3b", as_of=dt.date(2024, 10, 1)).to_markdown()


def test_all_refuses_models_that_make_no_pair(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    """F12: `all --models phi-2` wrote no page and exited 0."""
    code, out, err = _run(capsys, "all", "--models", "phi-2", "--out", str(tmp_path / "x"))
    assert (code, out) == (2, "")
    assert err == "phicompare: --models needs two or more models; got 'phi-2'\n"


@pytest.mark.parametrize("command", ["all", "site"])
def test_a_pair_of_one_model_is_refused_up_front(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path, command: str) -> None:
    """F12: `all --pairs phi-2:phi-2` started the run and failed it with exit 1."""
    code, out, err = _run(capsys, command, "--pairs", "phi-2:phi-2", "--no-progress",
                          "--out", str(tmp_path / "x"))
    assert (code, out) == (2, "")
    assert err == ("phicompare: --pairs: phi-2:phi-2 pairs 'phi-2' with itself; a comparison "
                   "needs two different models\n")


def test_list_capability_suggests_the_close_name(capsys: pytest.CaptureFixture[str]) -> None:
    """F12: `list --capability vison` says what `--requires vison` says."""
    code, _, err = _run(capsys, "list", "--capability", "vison")
    assert code == 2
    assert err == "phicompare: --capability: unknown capability 'vison'; did you mean 'vision'?\n"


def test_a_mistyped_command_is_suggested(capsys: pytest.CaptureFixture[str]) -> None:
    """F12: `phicompare shwo phi-2` names the `show` command; a model's typo does not."""
    code, _, err = _run(capsys, "shwo", "phi-2")
    assert code == 2
    assert err == "phicompare: unknown model 'shwo'; did you mean the command `phicompare show`?\n"
    code, _, err = _run(capsys, "phi-2", "shwo")  # (not where a command goes)
    assert code == 2
    assert "command" not in err
