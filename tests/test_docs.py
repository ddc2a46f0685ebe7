"""The docs cannot drift: generated examples match the code, every documented key exists, and
every example runs.

Docs that run: every fenced ``python`` and ``console`` block of README.md and docs/*.md.

- ```` ```python ```` blocks run in order, the blocks of one file sharing one namespace.
- ```` ```console ```` blocks run each ``$ `` line as a shell command from the repository root
  (``phicompare`` is the installed entry point beside this interpreter), each block with its own
  temporary folder: an absolute ``/tmp/`` path in a command or its output (README's ``-o
  /tmp/phi.html``) is read as that folder, and so is ``TMPDIR``, so test runs sharing the machine
  never clash over a path while the docs keep the paths a user types. Lines after a command,
  up to the next ``$ ``, are its expected output (standard output then standard error); a line
  ``...`` stands for any lines, and ``...`` inside a line for any text. A command that shows no
  output only has to succeed (exit 0).
- A block with ``<!-- illustrative -->`` on the line right above its fence is not run; other
  languages (``text``, ``toml``, ``markdown``...) are never run.
- A block that names ``../shared/data`` is skipped when the shared snapshots are absent.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from phicompare import (
    Benchmark,
    BenchmarkScore,
    Model,
    Provider,
    ProviderRoute,
    Tier,
    UsageLimits,
)

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"


def test_generated_blocks_are_up_to_date() -> None:
    if not (DOCS / "generate.py").exists():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.regenerate(check=True) == [], "run: python docs/generate.py"


@pytest.mark.parametrize("cls", [Provider, Benchmark, Model, BenchmarkScore, ProviderRoute, Tier,
                                 UsageLimits])
def test_catalog_doc_documents_every_key(cls: type) -> None:
    if not (DOCS / "catalog.md").exists():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    text = (DOCS / "catalog.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_0-9]+)`", text))
    missing = [f.name for f in attrs.fields(cls) if f.name not in documented]
    assert missing == []


# -- docs that run -------------------------------------------------------------------------

PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
ILLUSTRATIVE = "<!-- illustrative -->"
SHARED = "../shared/data"
TIMEOUT = 60
_FENCE = re.compile(r"^```([A-Za-z0-9_+-]*)\s*$")


@attrs.frozen
class Block:
    """One fenced block: its file, the line of its opening fence, its language and text."""

    file: Path
    line: int
    language: str
    text: str
    illustrative: bool

    @property
    def name(self) -> str:
        return f"{self.file.relative_to(ROOT)}:{self.line}"


def blocks(path: Path) -> list[Block]:
    """The fenced blocks of a Markdown file, in order."""
    found: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].rstrip() != "```":
            end += 1
        above = lines[i - 1].strip() if i > 0 else ""
        found.append(Block(path, i + 1, opening.group(1), "\n".join(lines[i + 1:end]) + "\n",
                           above == ILLUSTRATIVE))
        i = end + 1
    return found


def _runnable(language: str) -> list[Block]:
    if not DOCS.is_dir():
        return []
    return [b for path in PAGES if path.exists() for b in blocks(path)
            if b.language == language and not b.illustrative]


EXTRAS = {"to_frame": ("pandas", "frames"), ".plot_": ("matplotlib", "plot"),
          "--plot": ("matplotlib", "plot")}
"""Text in a block -> the module it needs and the extra that installs it."""


def _needs_shared(block: Block) -> None:
    if SHARED in block.text and not (ROOT / SHARED).is_dir():
        pytest.skip(f"{block.name} reads {SHARED}, which is absent")
    for marker, (module, extra) in EXTRAS.items():
        if marker in block.text and importlib.util.find_spec(module) is None:
            pytest.skip(f"{block.name} needs {module}: pip install -e '.[{extra}]'")


PYTHON_FILES = sorted({b.file for b in _runnable("python")})


@pytest.mark.parametrize("path", PYTHON_FILES, ids=lambda p: str(p.relative_to(ROOT)))
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_python_blocks_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file's python blocks run in order in one namespace, from the repository root."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "__doc_example__"}
    for block in (b for b in _runnable("python") if b.file == path):
        _needs_shared(block)
        code = compile(block.text, block.name, "exec")
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                exec(code, namespace)
            except Exception as exc:  # noqa: BLE001 - reported with the block's place
                pytest.fail(f"{block.name}: {type(exc).__name__}: {exc}", pytrace=False)
        for expression, shown in shown_results(block.text):
            got = eval(expression, namespace)
            if got != eval(shown, {"Decimal": Decimal, **namespace}):
                pytest.fail(f"{block.name}: {expression} is {got!r}, the page shows {shown}",
                            pytrace=False)


def shown_results(text: str) -> list[tuple[str, str]]:
    r"""Each line ``EXPRESSION  # VALUE`` of a python block: an expression and the value shown.

    Both sides must be Python expressions (an assignment or a comment in words is not one), so
    ``estimate(...).monthly   # Decimal('151.50')`` is checked and ``c.to_dict()  # JSON-ready``
    is not.

    Examples:
        >>> shown_results("x = 1\nx + 1   # 2\nprint(x)  # prints it")
        [('x + 1', '2')]
    """
    found = []
    for line in text.splitlines():
        code, mark, comment = line.partition("  # ")
        if not mark or not code.strip():
            continue
        try:
            compile(code.strip(), "<shown>", "eval")
            compile(comment.strip(), "<shown>", "eval")
        except SyntaxError:
            continue
        found.append((code.strip(), comment.strip()))
    return found


def commands(block: Block) -> list[tuple[str, list[str]]]:
    """Each ``$ `` command of a console block with the output lines shown after it."""
    found: list[tuple[str, list[str]]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            found.append((line[2:], []))
        elif found:
            found[-1][1].append(line)
    return found


def matches(expected: list[str], actual: str) -> bool:
    """Whether ``actual`` shows ``expected``; ``...`` matches any lines or any text in a line."""
    parts = []
    for line in expected:
        if line.strip() == "...":
            parts.append(r"(?:.*\n)*?")
        else:
            parts.append(".*".join(re.escape(p) for p in line.rstrip().split("...")) + r"[ \t]*\n")
    return re.fullmatch("".join(parts), actual, re.DOTALL) is not None


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["COLUMNS"] = "100"
    env.pop("PYTHONSTARTUP", None)
    return env


CONSOLE = _runnable("console")


_TMP = re.compile(r"(?<![\w./-])/tmp/")


def in_folder(text: str, folder: Path) -> str:
    """``text`` with each absolute ``/tmp/`` path moved into ``folder``.

    The docs write to /tmp as a user would (``-o /tmp/phi.html``); a test run writes to its own
    folder, so runs sharing the machine never clash over one path.
    """
    return _TMP.sub(lambda _: f"{folder}/", text)


def run_block(block: Block, folder: Path) -> None:
    """Run a console block's commands from the repository root, its /tmp paths in ``folder``.

    Its expected output is read with the same paths; ``TMPDIR`` is ``folder`` too.
    """
    env = _environment() | {"TMPDIR": str(folder)}
    for command, said in commands(block):
        done = subprocess.run(in_folder(command, folder), shell=True, cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)
        output = done.stdout + done.stderr
        shown = [in_folder(line, folder) for line in said]
        while shown and not shown[-1].strip():
            shown.pop()
        if shown:
            assert matches(shown, output), f"{block.name}: `{command}` printed:\n{output}"
        else:
            assert done.returncode == 0, f"{block.name}: `{command}` failed:\n{output}"


@pytest.mark.parametrize("block", CONSOLE, ids=lambda b: b.name)
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_console_blocks_run(block: Block, tmp_path: Path) -> None:
    """Each command exits 0 (or shows its error) and prints the output the block shows."""
    _needs_shared(block)
    run_block(block, tmp_path)


def test_matches_can_fail() -> None:
    assert matches(["a", "...", "z"], "a\nb\nc\nz\n")
    assert matches(["x ... y"], "x 1 2 y\n")
    assert not matches(["a", "z"], "a\nb\nz\n")
    assert not matches(["phicompare: unknown model 'x'"], "phicompare: unknown model 'y'\n")


def test_commands_pair_each_line_with_its_output(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("<!-- illustrative -->\n```console\n$ a\n```\n\n```console\n$ b\nout\n"
                    "$ c\n```\n```python\nx = 1\n```\n", encoding="utf-8")
    found = blocks(page)
    assert [(b.language, b.illustrative, b.line) for b in found] == [
        ("console", True, 2), ("console", False, 6), ("python", False, 11)]
    assert commands(found[1]) == [("b", ["out"]), ("c", [])]


def test_blocks_are_found() -> None:
    """The parser finds fences and the illustrative mark, so the tests above can fail."""
    if not DOCS.is_dir():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    assert len(CONSOLE) >= 3
    assert PYTHON_FILES
    example = DOCS / "cli.md"
    assert any(b.language == "console" for b in blocks(example))


def test_console_commands_write_in_their_own_folder(tmp_path: Path) -> None:
    """A command that writes under /tmp (README's ``-o /tmp/phi.html``) writes in the run's own
    folder, so test runs sharing the machine never clash over one path; cwd stays the root."""
    probe = f"{tmp_path.name}-probe.txt"
    block = Block(ROOT / "page.md", 1, "console",
                  f"$ echo hi > /tmp/{probe} && cat /tmp/{probe} && ls README.md\n"
                  f"hi\nREADME.md\n", illustrative=False)
    run_block(block, tmp_path)
    assert (tmp_path / probe).read_text(encoding="utf-8") == "hi\n"
    assert not Path("/tmp", probe).exists()
    assert in_folder("x -o /tmp/phi.html; ls /tmp/a/b ./tmp/c /tmpx", tmp_path) == (
        f"x -o {tmp_path}/phi.html; ls {tmp_path}/a/b ./tmp/c /tmpx")
