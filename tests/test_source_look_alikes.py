"""An import whose records name one model twice is a one-line SourceError, never a traceback.

fixDE made a Python-built ``Catalog`` refuse two ids that differ only in case, width or
look-alike letters (a ``KeyValueError``, a ``ValueError``); an importer that built such a
catalog from a user's snapshot (``--catalog litellm:map.json``) then ended the CLI in a
traceback with exit code 1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phicompare.cli.main import main
from phicompare.exceptions import SourceError
from phicompare.importers import load_source

ROW = {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-6,
       "output_cost_per_token": 2e-6, "max_input_tokens": 8192}


def _clashing(tmp_path: Path) -> Path:
    path = tmp_path / "map.json"
    path.write_text(json.dumps({"foo-model": ROW, "\uff46oo-model": ROW}), encoding="utf-8")
    return path


def test_load_source_refuses_look_alike_ids_as_a_source_error(tmp_path: Path) -> None:
    path = _clashing(tmp_path)
    with pytest.raises(SourceError, match=r"^litellm source '.*map.json' does not import: "
                                          r"models\[1\]\.id = '\uff46oo-model': names the same"):
        load_source(f"litellm:{path}")


def test_the_cli_answers_in_one_line_and_exit_code_2(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = _clashing(tmp_path)
    assert main(["list", "--catalog", f"litellm:{path}"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("phicompare: litellm source "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
