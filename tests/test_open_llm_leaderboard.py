"""The Open LLM Leaderboard importer, and the bundled scores it regenerates.

``python -m tests.test_open_llm_leaderboard`` (from the repository root) rewrites the generated
block at the end of each bundled model file from ``../shared/data/open-llm-leaderboard``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import compare, default_catalog, load_catalog
from phicompare.exceptions import SourceError
from phicompare.importers import from_open_llm_leaderboard, load_source
from phicompare.importers._open_llm_leaderboard import EVALUATION

from .conftest import SHARED_DATA

MODELS = Path(__file__).parent.parent / "src" / "phicompare" / "data" / "models"
SNAPSHOT = SHARED_DATA / "open-llm-leaderboard"
CHECKED = dt.date(2026, 11, 29)
"""The day the extract was read (the leaderboard's own last update was 2025-05-09)."""
MIRROR = ("final results as mirrored in github.com/chenjy16/modelrank_ai docs/index.html at "
          "2c9830dc3f370334eba9a1b48e7d02b918102811 (last updated 2025-05-09)")
BEGIN = "# BEGIN open-llm-leaderboard (generated: python -m tests.test_open_llm_leaderboard)"
END = "# END open-llm-leaderboard"
HEADER = "rank,model,details_dataset,average,params_b,ifeval,bbh,math_lvl5,gpqa,musr,mmlu_pro\n"


def blocks() -> dict[str, str]:
    """The generated block of every bundled open model the leaderboard evaluated exactly once."""
    imported = from_open_llm_leaderboard(SNAPSHOT, checked=CHECKED)
    twice = {s.reason.split(" ", 1)[0] for s in imported.report.skipped
             if "evaluated again" in s.reason}
    found = {}
    for model in default_catalog().models:
        rows = [m for m in imported.models if model.open_weights and any(
            m.id.casefold() == alias.casefold() for alias in model.aliases)]
        if len(rows) != 1 or rows[0].id in twice:
            continue
        lines = [BEGIN, f"# {rows[0].id}: Open LLM Leaderboard v2, {MIRROR}.", ""]
        for score in rows[0].scores:
            lines += ["[[models.scores]]", f'benchmark = "{score.benchmark}"',
                      f"score = {score.score}", f'setting = "{score.setting}"',
                      f'harness = "{score.harness}"', "self_reported = false",
                      f'source = "{score.source}"', f"checked = {CHECKED.isoformat()}",
                      f'evaluation = "{EVALUATION}"',
                      'note = "Normalized score (random-guess baseline 0, perfect 100)."', ""]
        found[model.id] = "\n".join([*lines[:-1], END, ""])
    return found


def _without_block(text: str) -> str:
    return re.sub(r"\n*" + re.escape(BEGIN) + r".*?" + re.escape(END) + r"\n", "\n", text,
                  flags=re.DOTALL)


def regenerate() -> list[str]:
    """Rewrite the generated blocks; the names of the files written."""
    written = []
    found = blocks()
    for file in sorted(MODELS.glob("*.toml")):
        text = file.read_text(encoding="utf-8")
        kept = _without_block(text).rstrip("\n") + "\n"
        block = found.get(file.stem)
        new = kept if block is None else f"{kept}\n{block}"
        if new != text:
            file.write_text(new, encoding="utf-8")
            written.append(file.name)
    return written


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_bundled_blocks_match_the_extract() -> None:
    """The bundled leaderboard scores are exactly what the importer reads from the extract."""
    if not SNAPSHOT.is_dir():
        pytest.skip(f"Open LLM Leaderboard extract not found at {SNAPSHOT}")
    expected = blocks()
    assert {"phi-2", "phi-4-mini"} <= set(expected)
    assert "phi-4" not in expected  # evaluated twice: which row is which is not said
    for file in MODELS.glob("*.toml"):
        text = file.read_text(encoding="utf-8")
        block = expected.get(file.stem)
        assert (BEGIN in text) == (block is not None), file.name
        assert block is None or block in text, f"{file.name}: regenerate (see module docstring)"


def test_phi2_and_phi4_mini_compare_directly_on_the_leaderboard() -> None:
    """One harness: the leaderboard rows are comparable, with intervals where the scale allows."""
    c = compare("phi-2", "phi-4-mini")
    rows = {r.benchmark.id: r for r in c.benchmarks}
    mmlu_pro = rows["oll-mmlu-pro"].pair(0, 1)
    assert mmlu_pro.comparable
    assert mmlu_pro.significant
    assert mmlu_pro.interval_95 is not None
    assert mmlu_pro.interval_95 > 0
    assert rows["oll-bbh"].pair(0, 1).comparable
    assert rows["oll-bbh"].pair(0, 1).interval_95 is None  # per-subtask baselines
    card = rows["mmlu"].pair(0, 1)  # two cards: directional only
    assert not card.comparable
    assert card.gap == Decimal("-11.0")


def _write(tmp_path: Path, body: str) -> Path:
    (tmp_path / "leaderboard-v2.csv").write_text(HEADER + body, encoding="utf-8")
    return tmp_path


def test_importer_reads_rows_and_reports_what_it_leaves(tmp_path: Path) -> None:
    """Rows become models with six scores; repeats, blanks and bad figures are reported."""
    root = _write(tmp_path, "\n".join([
        "1,org/a,,1,2.5,10,20,30,40,50,60",
        "2,org/a,,1,2.5,11,21,31,41,51,61",
        "3,,,1,1,1,1,1,1,1,1",
        "4,org/b,,1,x,n/a,20,30,40,50,160",
        "5,org/c,,1,1,,,,,,",
    ]) + "\n")
    catalog = from_open_llm_leaderboard(root, checked=CHECKED, aliases={"org/b": "bee"})
    assert [m.id for m in catalog.models] == ["org/a", "bee"]
    a = catalog.model("org/a")
    assert [s.score for s in a.scores] == [Decimal(v) for v in (10, 20, 30, 40, 50, 60)]
    assert {s.evaluation for s in a.scores} == {EVALUATION}
    assert a.parameters_b == Decimal("2.5")
    assert a.vendor == "org"
    assert len(catalog.model("bee").scores) == 4
    assert catalog.model("bee").parameters_b is None
    reasons = [s.reason for s in catalog.report.skipped]
    assert any("evaluated again" in r for r in reasons)
    assert "no model name" in reasons
    assert "no score" in reasons
    assert {n.field for n in catalog.report.fields} >= {"ifeval", "mmlu_pro", "rank"}
    assert catalog.report.checked == CHECKED


def test_a_row_named_alike_a_kept_one_is_skipped(tmp_path: Path) -> None:
    """Two repositories one name names (``Phi4-Super`` and ``Phi-4-Super``: Hugging Face reads
    repository ids without case) are one model: the best-ranked row is kept, the other listed
    as skipped; a catalog refuses two models one name names (brief fixDE: the import raised)."""
    root = _write(tmp_path, "\n".join([
        "1,org/Phi-4-Super,,1,14,10,20,30,40,50,60",
        "2,org/Phi4-Super,,1,14,11,21,31,41,51,61",
        "3,org/\u0440hi-4-super,,1,14,12,22,32,42,52,62",
        "4,org/other,,1,14,13,23,33,43,53,63",
        "5,org/c,,1,1,14,24,34,44,54,64",
    ]) + "\n")
    catalog = from_open_llm_leaderboard(root, checked=CHECKED, aliases={"org/c": "org/other"})
    assert [m.id for m in catalog.models] == ["org/Phi-4-Super", "org/other"]
    assert [str(s) for s in catalog.report.skipped] == [
        f"leaderboard-v2.csv:{line}: {name} names the model of line {first} ({kept}) once case, "
        "spaces, dashes, underscores, character widths and look-alike letters are ignored; the "
        "best-ranked row is kept" for line, name, first, kept in (
            (3, "org/Phi4-Super", 2, "org/Phi-4-Super"),
            (4, "org/\u0440hi-4-super", 2, "org/Phi-4-Super"),
            (6, "org/c", 5, "org/other"))]


def test_importer_refuses_what_is_not_an_extract(tmp_path: Path) -> None:
    """A missing file or a CSV without the leaderboard's columns is a SourceError."""
    with pytest.raises(SourceError, match=r"holds no leaderboard-v2\.csv"):
        from_open_llm_leaderboard(tmp_path)
    (tmp_path / "leaderboard-v2.csv").write_text("model,ifeval\norg/a,1\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no bbh, gpqa, math_lvl5, mmlu_pro, musr column"):
        from_open_llm_leaderboard(tmp_path / "leaderboard-v2.csv")
    (tmp_path / "leaderboard-v2.csv").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(SourceError, match="cannot read"):
        from_open_llm_leaderboard(tmp_path)


def test_source_kind_and_loadable_output(tmp_path: Path) -> None:
    """``open-llm-leaderboard:PATH`` names the importer; its date comes from SNAPSHOT.txt."""
    root = _write(tmp_path, "1,org/a,,1,2.5,10,20,30,40,50,60\n")
    (root / "SNAPSHOT.txt").write_text("Last updated: 2025-05-09\n", encoding="utf-8")
    catalog = load_source(f"open-llm-leaderboard:{root}")
    assert catalog.model("org/a").scores[0].checked == dt.date(2025, 5, 9)
    assert load_catalog(bundled=True).benchmark("oll-gpqa").baseline == Decimal("25.0")


if __name__ == "__main__":  # pragma: no cover - the regeneration command
    if not SNAPSHOT.is_dir():
        sys.exit(f"not found: {SNAPSHOT}")
    for name in regenerate():
        sys.stdout.write(f"wrote {name}\n")
