"""An unknown model with no close name points Python callers to Python, the CLI to its command.

From Python, ``compare("zzqqxx", "phi-2")`` read "`phicompare list` shows the catalog", a
command a notebook user cannot run there; the command line keeps its words.
"""

from __future__ import annotations

import pytest

from phicompare import UnknownModelError, compare, default_catalog, estimate
from phicompare.cli.main import main

_PYTHON = ("unknown model 'zzqqxx'; no model id or alias is close to it: "
           "[m.id for m in catalog] lists them (default_catalog() is the bundled catalog)")


def test_python_points_to_the_catalog_it_can_read() -> None:
    for call in (lambda: default_catalog().model("zzqqxx"), lambda: compare("zzqqxx", "phi-2"),
                 lambda: estimate("zzqqxx")):
        with pytest.raises(UnknownModelError) as caught:
            call()
        assert str(caught.value) == _PYTHON
        assert "phicompare list" not in str(caught.value)


def test_the_pointer_is_true_of_the_catalog() -> None:
    """What the message says to run lists ids, and the unknown name is not among them."""
    catalog = default_catalog()
    ids = [m.id for m in catalog]
    assert "phi-2" in ids
    assert "zzqqxx" not in ids


def test_close_names_are_still_suggested() -> None:
    with pytest.raises(UnknownModelError, match="did you mean 'phi-4-mini'"):
        default_catalog().model("phi-4-mimi")


@pytest.mark.parametrize("argv", [["show", "zzqqxx"], ["zzqqxx", "phi-2"]])
def test_the_command_line_keeps_its_words(argv: list[str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err == ("phicompare: unknown model 'zzqqxx'; "
                            "`phicompare list` shows the catalog\n")
