"""`phicompare audit`: by model, most severe first, a per-field summary, honest kept values."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare.exceptions import SourceError
from phicompare.importers import Conflict, RecordFacts, SourcedValue
from phicompare.importers._audit import audit_text, by_severity, conflict_line, field_summary
from phicompare.importers._conflicts import Severity, find_conflicts
from phicompare.importers._sources import audit_main

from .test_importers import LITELLM, MODELS_DEV


def _conflict(model: str, field: str, *values: object, kept: object = None) -> Conflict:
    return Conflict(model=model, field=field, kept=kept, values=tuple(
        SourcedValue(value=v, sources=(f"s{i}",), urls=("u",)) for i, v in enumerate(values)))


def test_a_kept_value_no_source_gave_is_reported_as_none() -> None:
    evidence = [RecordFacts(source="a", url="u1", facts=(("name", "Phi-4-mini"),)),
                RecordFacts(source="b", url="u2", facts=(("name", "Phi 4 Mini Instruct"),))]
    found = find_conflicts("m", evidence, lambda _: "phi-4-mini-instruct-derived")
    assert found[0].kept is None
    assert str(found[0]).endswith("; kept none")
    assert found[0].to_dict()["kept"] is None


def test_a_kept_value_is_shown_as_its_source_wrote_it() -> None:
    evidence = [RecordFacts(source="a", url="u1", facts=(("name", "Phi-4-mini"),)),
                RecordFacts(source="b", url="u2", facts=(("name", "Phi 4 Mini Instruct"),))]
    assert find_conflicts("m", evidence, lambda _: "phi 4 mini")[0].kept == "Phi-4-mini"


@pytest.mark.parametrize(("field", "severity"), [
    ("context_window", Severity.HIGH), ("routes[azure/phi-4].output", Severity.HIGH),
    ("routes[azure/phi-4].max_output_tokens", Severity.MEDIUM),
    ("scores[mmlu 5-shot].score", Severity.MEDIUM), ("capabilities.reasoning", Severity.MEDIUM),
    ("name", Severity.LOW), ("input_modalities", Severity.LOW),
])
def test_severity_of_a_field(field: str, severity: Severity) -> None:
    assert Severity.of(field) is severity


def test_spread_is_the_ratio_of_the_extreme_numbers() -> None:
    assert _conflict("m", "context_window", 4096, 131072).spread == Decimal(32)
    assert _conflict("m", "routes[x/m].input", Decimal(0), Decimal("0.1")).spread == \
        Decimal(1_000_000)
    assert _conflict("m", "name", "a", "b").spread is None


def test_conflicts_group_by_model_most_severe_and_widest_first() -> None:
    conflicts = [
        _conflict("quiet", "name", "a", "b"),
        _conflict("loud", "released", "2024-01-01", "2024-02-01"),
        _conflict("loud", "context_window", 4096, 8192),
        _conflict("wide", "context_window", 4096, 131072),
    ]
    assert [(c.model, c.field) for c in by_severity(conflicts)] == [
        ("wide", "context_window"), ("loud", "context_window"), ("loud", "released"),
        ("quiet", "name")]


def test_the_summary_comes_first_and_counts_in_good_english() -> None:
    conflicts = [_conflict("m", "context_window", 1, 2), _conflict("m", "name", "a", "b"),
                 _conflict("n", "routes[p/n].input", Decimal(1), Decimal(2)),
                 _conflict("o", "routes[p/o].input", Decimal(1), Decimal(3))]
    text = audit_text(conflicts, [])
    lines = text.splitlines()
    assert lines[0] == "4 conflicts in 3 models: 3 high, 0 medium, 1 low."
    assert lines[2] == "By field:"
    assert lines[3].split() == ["routes.input", "high", "2", "conflicts", "in", "2", "models"]
    assert lines[5].split() == ["name", "low", "1", "conflict", "in", "1", "model"]
    assert field_summary(conflicts)[0] == ("routes.input", Severity.HIGH, 2, 2)
    assert audit_text(conflicts[:1], []).startswith("1 conflict in 1 model: ")


def test_long_value_lists_are_cut() -> None:
    many = _conflict("m", "released", *[f"2024-01-{d:02}" for d in range(1, 9)])
    assert "+3 more values" in conflict_line(many)
    crowded = Conflict(model="m", field="license", kept="MIT", values=(
        SourcedValue(value="MIT", sources=tuple(f"s{i}" for i in range(9)), urls=("u",) * 9),
        SourcedValue(value="x" * 500, sources=("t",), urls=("v",))))
    line = conflict_line(crowded)
    assert "(s0, s1, s2, +6 more)" in line
    assert len(line) < 200


def _litellm_copy(tmp_path: Path) -> Path:
    """The LiteLLM excerpt without its SNAPSHOT.txt: an undated source."""
    target = tmp_path / "prices.json"
    target.write_bytes(LITELLM.read_bytes())
    return target


def test_checked_dates_undated_sources_only(tmp_path: Path) -> None:
    out = io.StringIO()
    audit_main([f"models-dev:{MODELS_DEV}", f"litellm:{_litellm_copy(tmp_path)}",
                "--checked", "2026-05-15", "--json"], out)
    sources = {s["source"]: s for s in json.loads(out.getvalue())["sources"]}
    assert (sources["litellm"]["checked"], sources["litellm"]["checked_from"]) == \
        ("2026-05-15", "argument")
    assert sources["models.dev"]["checked_from"] == "SNAPSHOT.txt"


@pytest.mark.parametrize("day", ["May", "20260515", "2026-W20-5", ""])
def test_checked_must_be_a_date(tmp_path: Path, day: str) -> None:
    """An ISO day by the API's rule: not the forms Python 3.11 reads too (review 27, P6)."""
    with pytest.raises(SourceError, match=f"^--checked: '{day}' is not a date such as "):
        audit_main([f"litellm:{_litellm_copy(tmp_path)}", "--checked", day], io.StringIO())


def test_no_conflicts_says_so(tmp_path: Path) -> None:
    out = io.StringIO()
    audit_main([f"models-dev:{MODELS_DEV}", "--field", "no-such-field"], out)
    assert out.getvalue() == "No conflicts.\n"


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_the_shared_snapshots_audit_keeps_only_given_values(shared_data: Path) -> None:
    out = io.StringIO()
    audit_main([f"models-dev:{shared_data / 'models.dev'}",
                f"litellm:{shared_data / 'litellm'}", "--json"], out)
    data = json.loads(out.getvalue())
    assert data["summary"]["conflicts"] == len(data["conflicts"]) > 0
    for conflict in data["conflicts"]:
        assert conflict["kept"] is None or conflict["kept"] in [
            v["value"] for v in conflict["values"]], conflict
    ranks = [["high", "medium", "low"].index(f["severity"]) for f in data["fields"]]
    assert ranks == sorted(ranks)


def test_limit_keeps_the_most_severe_models() -> None:
    conflicts = [_conflict("quiet", "name", "a", "b"),
                 _conflict("loud", "context_window", 4096, 8192)]
    text = audit_text(conflicts, [], limit=1)
    assert text.splitlines()[-2:] == [
        "  high    context_window: 4096 (s0) | 8192 (s1); kept none",
        "... and 1 more model (see --limit)"]
    assert "quiet" not in text.split("By model", 1)[1]


def test_limit_must_not_be_negative() -> None:
    with pytest.raises(SourceError, match="--limit: -1 is negative"):
        audit_main([f"models-dev:{MODELS_DEV}", "--limit=-1"], io.StringIO())
