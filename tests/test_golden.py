"""Golden pages: complete expected pages checked in, so that a wording change shows in a diff.

Each page in ``tests/golden/`` is rendered again and compared byte for byte; a mismatch shows a
unified diff of the two. After a deliberate change of wording or layout, regenerate every page
from the repository root and review the diff in ``git diff tests/golden``::

    python -m tests.test_golden

Pages are dated (``as_of``) so that they do not change with the calendar.
"""

from __future__ import annotations

import datetime as dt
import difflib
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from phicompare import Catalog, Comparison, compare
from phicompare.importers import from_models_dev

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
MODELS_DEV = HERE / "data" / "excerpts" / "models.dev"
AS_OF = dt.date(2026, 11, 25)


@cache
def models_dev() -> Catalog:
    """The models.dev excerpt (tests/data/excerpts), imported once."""
    return from_models_dev(MODELS_DEV)


def pair() -> Comparison:
    """Phi-2 against Phi-4 Mini, from the bundled catalog."""
    return compare("phi-2", "phi-4-mini", as_of=AS_OF)


def three() -> Comparison:
    """Three small models, counting only routes with structured outputs."""
    return compare("phi-4-mini", "llama-3.2-3b", "gemma-3-4b",
                   requires={"structured_outputs"}, as_of=AS_OF)


def imported() -> Comparison:
    """Phi-4 against Phi-4 Mini as the models.dev excerpt describes them."""
    return compare("phi-4", "phi-4-mini-instruct", catalog=models_dev(), as_of=AS_OF)


PAGES: dict[str, Callable[[], str]] = {
    "phi-2-vs-phi-4-mini.md": lambda: pair().to_markdown(),
    "phi-2-vs-phi-4-mini.txt": lambda: pair().to_text(width=80),
    "phi-4-mini-vs-llama-3.2-3b-vs-gemma-3-4b.md": lambda: three().to_markdown(),
    "models-dev-phi-4-vs-phi-4-mini-instruct.md": lambda: imported().to_markdown(),
}


def unified_diff(expected: str, actual: str, name: str) -> str:
    """The lines that changed, as ``diff -u`` shows them (expected first)."""
    return "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"tests/golden/{name}", tofile=f"rendered {name}"))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_matches_its_golden_file(name: str) -> None:
    """The rendered page equals its checked-in file byte for byte."""
    expected = (GOLDEN / name).read_bytes().decode("utf-8")
    actual = PAGES[name]()
    if actual != expected:
        pytest.fail(f"{name} differs from its golden file (regenerate with "
                    f"`python -m tests.test_golden` if the change is intended):\n"
                    f"{unified_diff(expected, actual, name)}", pytrace=False)


def test_every_golden_file_is_checked() -> None:
    """No stray file sits in tests/golden that no test renders."""
    pages = [p.name for p in GOLDEN.iterdir() if p.is_file() and not p.name.startswith(".")]
    assert sorted(pages) == sorted(PAGES)


def test_the_diff_names_the_changed_line() -> None:
    """A one-word change shows as one removed and one added line."""
    diff = unified_diff("a\nPhi-2 is cheaper.\nc\n", "a\nPhi-2 is dearer.\nc\n", "x.md")
    assert "-Phi-2 is cheaper.\n" in diff
    assert "+Phi-2 is dearer.\n" in diff
    assert unified_diff("same\n", "same\n", "x.md") == ""


def regenerate() -> list[str]:
    """Write every golden page anew; the names of those whose text changed."""
    changed = []
    for name, render in sorted(PAGES.items()):
        path = GOLDEN / name
        page = render()
        if not path.exists() or path.read_bytes().decode("utf-8") != page:
            path.write_text(page, encoding="utf-8", newline="")
            changed.append(name)
    return changed


if __name__ == "__main__":
    written = regenerate()
    sys.stdout.write("".join(f"wrote tests/golden/{n}\n" for n in written) or "unchanged\n")
