"""The docs show what the calls and commands they quote print (review 20, P8).

docs/decisions.md set `phicompare pick` commands and `recommend(...)` calls over the bundled
catalog beside blocks made from the curated layer alone ("Of the 28 models, six meet every
requirement", where the command prints "Of the 909 models, 139 ..."); docs/cli.md quoted "of the
244 known" benchmarks where the command printed 243; docs/narrative.md's full example was dated
"routes in service on 2026-11-25" while its provenance said sources were checked up to
2026-12-02.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from phicompare.cli.main import main

DOCS = Path(__file__).parent.parent / "docs"
pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason="docs/ is not beside the tests")
_FENCED = re.compile(r"```(\w*)\n(.*?)```\n", re.S)
_SHOWN = re.compile(r"<!-- recommend: ([\w-]+) -->\n```text\n(.*?)```\n<!-- end: \1 -->", re.S)


def _workloads() -> tuple[str, str]:
    """docs/decisions.md's "Three workloads" section, and its first (setup) python block."""
    text = (DOCS / "decisions.md").read_text(encoding="utf-8")
    start = text.index("## Three workloads")
    section = text[start:text.index("\n## ", start + 1)]
    setup = next(body for lang, body in _FENCED.findall(section) if lang == "python")
    return section, setup


def test_each_workload_block_is_what_the_calls_shown_above_it_print() -> None:
    section, setup = _workloads()
    shown = _SHOWN.findall(section)
    assert [name for name, _ in shown] == ["support-bot", "summariser", "open-weights"]
    for name, block in shown:
        before = section[:section.index(f"<!-- recommend: {name} -->")]
        calls = [body for lang, body in _FENCED.findall(before) if lang == "python"][-1]
        assert calls != setup, name
        namespace: dict[str, object] = {"__name__": "__doc_example__"}
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(setup + calls, f"decisions.md: {name}", "exec"), namespace)
        assert printed.getvalue().rstrip("\n") == block.rstrip("\n"), name


_COMMENTED = re.compile(r"^(?P<expr>[\w.]+)\s+# (?P<shown><.*>|Decimal\('.*'\))$", re.M)


def test_estimate_example_comments_are_what_it_prints() -> None:
    """docs/decisions.md's first ``estimate()`` block: each ``x  # <repr>`` comment is x's repr.

    The block ran, but its comments went unread: it said "$79.50 a month on OpenRouter" where
    the call gives Weights & Biases Inference (review 37, #1).
    """
    text = (DOCS / "decisions.md").read_text(encoding="utf-8")
    start = text.index("## One model's cost")
    body = next(b for lang, b in _FENCED.findall(text[start:]) if lang == "python")
    shown = _COMMENTED.findall(body)
    assert len(shown) >= 2
    namespace: dict[str, object] = {"__name__": "__doc_example__"}
    exec(compile(body, "decisions.md: estimate", "exec"), namespace)
    for expr, comment in shown:
        assert repr(eval(expr, namespace)) == comment, expr


def test_no_command_is_shown_beside_a_block_it_does_not_print() -> None:
    """No CLI option loads the curated layer alone: no console line sits among these blocks."""
    section, _ = _workloads()
    assert [lang for lang, _ in _FENCED.findall(section) if lang == "console"] == []


@pytest.mark.parametrize("argv", [
    ["pick", "--priority", "nosuch"], ["list", "--min-context", "0"],
    ["phi-2", "phi-4-mini", "--materiality", "1"],
    ["phi-2", "phi-4-mini", "--exclude-provider", "azure"],
])
def test_cli_md_quotes_the_error_lines_as_printed(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv, out=io.StringIO()) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("phicompare: ")
    quoted = line.removeprefix("phicompare: ")
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert f"`{line}`" in text or f"`{quoted}`" in text, line


def test_the_full_examples_date_is_not_before_its_sources() -> None:
    """The example is dated by its as-of day; no source it cites was checked after that day."""
    text = " ".join((DOCS / "narrative.md").read_text(encoding="utf-8").split())
    example = text[text.index("## A full generated comparison"):]
    day = re.search(r"routes in service on (\d{4}-\d\d-\d\d)", example)
    assert day is not None
    checked = re.findall(r"checked (?:on|between \d{4}-\d\d-\d\d and) (\d{4}-\d\d-\d\d)", example)
    assert checked
    assert all(dt.date.fromisoformat(d) <= dt.date.fromisoformat(day[1]) for d in checked), (
        day[1], checked)
    generator = (DOCS / "generate.py").read_text(encoding="utf-8")
    as_of = dt.date.fromisoformat(day[1])
    assert f"AS_OF = dt.date({as_of.year}, {as_of.month}, {as_of.day})" in generator
