"""``--strict`` flags a score without a checked date (review 29, F6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from phicompare import validate_paths
from phicompare.catalog.lint import strict_problems
from phicompare.domain.records import BenchmarkScore, Model

_TODAY = dt.date(2026, 12, 3)


def _model(checked: dt.date | None) -> Model:
    score = BenchmarkScore(benchmark="mmlu", score=Decimal("56.3"), source="https://example.com",
                           checked=checked)
    return Model(id="m", name="M", sources=("https://example.com",), checked=_TODAY,
                 scores=(score,))


def _score_problems(model: Model) -> list[str]:
    return [f"{p.path}: {p.message}" for p in strict_problems(
        [(model, "m.toml", "models[0]")], today=_TODAY) if ".scores[" in p.path]


def test_a_score_without_a_checked_date_is_a_strict_problem() -> None:
    assert _score_problems(_model(None)) == [(
        "models[0].scores[0].checked: a score needs a `checked` date: when its figure was last "
        "read against its source")]
    assert _score_problems(_model(_TODAY)) == []


_FILE = """\
[[models]]
id = "m"
name = "M"
sources = ["https://example.com"]
checked = 2026-12-01

[[models.scores]]
benchmark = "mmlu"
score = 56.3
source = "https://example.com"
"""


def test_it_is_a_strict_problem_not_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "m.toml"
    path.write_text(_FILE, encoding="utf-8")
    assert not [p for p in validate_paths(path, bundled=True) if ".scores[" in p.path]
    strict = validate_paths(path, bundled=True, strict=True, today=_TODAY)
    assert [p.path for p in strict if ".scores[" in p.path] == ["models[0].scores[0].checked"]
