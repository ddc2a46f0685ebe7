"""``validate_paths(PATH, bundled=True)`` lists what ``validate --bundled PATH`` does (review 27,
P2).

With ``strict=True`` the API listed 2,068 problems of the package's own files for a clean folder
(models with no score), which the command filtered out; ``max_age_days=-1`` flagged every file
and ``10**9`` was taken, where ``--max-age`` is bounded to 0..36,500.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from phicompare import validate_paths
from phicompare.catalog.lint import MAX_AGE_LIMIT
from phicompare.cli.main import main
from phicompare.exceptions import ArgumentError

_MINE = ('[[models]]\nid = "my-ft"\nname = "My fine-tune"\nsources = ["https://example.com"]\n'
         'checked = 2020-01-01\n[[models.routes]]\nprovider = "openrouter"\n'
         'source = "https://example.com/p"\nchecked = 2026-11-01\ninput = 1\noutput = 2\n')


@pytest.mark.no_cover  # heavy (the whole bundled catalog, strictly): not traced
@pytest.mark.parametrize("strict", [False, True])
def test_the_api_and_the_cli_list_the_same_problems(tmp_path: Path, strict: bool,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mine.toml").write_text(_MINE, encoding="utf-8")
    found = validate_paths(tmp_path, bundled=True, strict=strict)
    out = io.StringIO()
    status = main(["validate", "--bundled", *(["--strict"] if strict else []), str(tmp_path)],
                  out=out)
    capsys.readouterr()
    assert [str(p) for p in found] == out.getvalue().splitlines()[:len(found)]
    assert {p.file for p in found} <= {str(tmp_path / "mine.toml")}
    assert status == (1 if found else 0)
    if strict:  # the user's own strict problems are kept, and only they
        assert {p.message.split(":")[0] for p in found} >= {"model 'my-ft' has no benchmark score"}
        assert len(found) < 10


def test_a_clean_folder_is_clean_over_the_bundled_catalog() -> None:
    folder = Path(__file__).resolve().parents[1] / "examples" / "my-models"
    assert validate_paths(folder, bundled=True, strict=True, today=dt.date(2026, 12, 1),
                          max_age_days=MAX_AGE_LIMIT) == []


@pytest.mark.parametrize("days", [-1, MAX_AGE_LIMIT + 1, 10**9])
def test_max_age_days_is_bounded_as_max_age_is(tmp_path: Path, days: int) -> None:
    (tmp_path / "mine.toml").write_text(_MINE, encoding="utf-8")
    with pytest.raises(ArgumentError, match=(
            rf"^validate_paths: max_age_days is a whole number of days from 0 to 36,500, "
            rf"got int {days}$")):
        validate_paths(tmp_path, strict=True, max_age_days=days)


@pytest.mark.parametrize("days", [0, MAX_AGE_LIMIT])
def test_the_bounds_themselves_are_taken(tmp_path: Path, days: int) -> None:
    (tmp_path / "mine.toml").write_text(_MINE, encoding="utf-8")
    stale = [p for p in validate_paths(tmp_path, strict=True, max_age_days=days,
                                       today=dt.date(2026, 12, 1)) if "days ago" in p.message]
    assert bool(stale) is (days == 0)
