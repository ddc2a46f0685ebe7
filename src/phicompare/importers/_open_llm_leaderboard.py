"""The Open LLM Leaderboard v2's final results: one harness, six benchmarks, normalized scores.

The extract is one CSV (``leaderboard-v2.csv``: ``rank, model, details_dataset, average,
params_b, ifeval, bbh, math_lvl5, gpqa, musr, mmlu_pro``), one row per evaluated submission. The
leaderboard ran every model with one harness, so its scores compare directly across models: they
are recorded as one evaluation (:data:`EVALUATION`), under their own benchmarks (``oll-ifeval``
...), because they are NORMALIZED scores (random-guess baseline 0, perfect 100), not the raw
accuracies vendors report. A model evaluated twice (two precisions or revisions) keeps its
best-ranked row; the others are listed as skipped, and so is a row whose name reads as a kept
one's once case, dashes and look-alike letters are ignored (``prithivMLmods/Phi4-Super`` below
``prithivMLmods/Phi-4-Super``: a catalog holds one model a name). Models are named by their
full Hugging Face repository id (``microsoft/phi-2``): thousands of fine-tunes share a last
segment.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path

from phicompare.domain.names import ALIKE, alike_key
from phicompare.domain.records import Benchmark, BenchmarkScore, Model
from phicompare.exceptions import SourceError

from ._common import ZERO_SIZE, lab_name, read_snapshot, resolve_checked, tidy
from ._guard import attempt
from ._imported import ImportedCatalog
from ._report import NO_PLACE, UNKNOWN, ImportReport, Tally

__all__ = ["BENCHMARKS", "EVALUATION", "LEADERBOARD_URL", "from_open_llm_leaderboard"]

EVALUATION = "open-llm-leaderboard-v2"
"""The evaluation every score of the leaderboard belongs to."""
LEADERBOARD_URL = "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard"
"""Where the leaderboard published its results (the source its scores cite)."""
FILE = "leaderboard-v2.csv"

BENCHMARKS: Mapping[str, tuple[str, str]] = {
    "ifeval": ("oll-ifeval", "0-shot"),
    "bbh": ("oll-bbh", "3-shot"),
    "math_lvl5": ("oll-math-lvl5", "4-shot"),
    "gpqa": ("oll-gpqa", "0-shot"),
    "musr": ("oll-musr", "0-shot"),
    "mmlu_pro": ("oll-mmlu-pro", "5-shot"),
}
"""Column -> (benchmark id, the leaderboard's setting)."""
_USED = frozenset({"model", "params_b", *BENCHMARKS})
_NOT_PLACED = frozenset({"rank", "details_dataset", "average"})


def _number(value: object) -> Decimal | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() and number >= 0 else None


def _benchmarks() -> tuple[Benchmark, ...]:
    from phicompare.catalog.loader import default_catalog  # noqa: PLC0415 - cattrs on use only

    catalog = default_catalog()
    return tuple(catalog.benchmark(bench) for bench, _ in BENCHMARKS.values())


class _Reader:
    """One pass over the CSV (private)."""

    def __init__(self, source: str, checked: dt.date, tally: Tally,
                 aliases: Mapping[str, str]) -> None:
        self.source = source
        self.checked = checked
        self.tally = tally
        self.aliases = aliases
        self.seen: dict[str, int] = {}
        self.kept: dict[str, tuple[str, int]] = {}
        """Each kept model's names as :func:`alike_key` reads them: its row's name and line."""

    def row(self, line: int, data: Mapping[str, str | None]) -> Model | None:
        record = f"{FILE}:{line}"
        name = (data.get("model") or "").strip()
        if not name or not name.isprintable():
            self.tally.skip(record, "no model name")
            return None
        if name in self.seen:
            self.tally.skip(record, f"{name} evaluated again (another precision or revision); "
                                    f"the best-ranked row (line {self.seen[name]}) is kept")
            return None
        self.seen[name] = line
        scores = []
        for column, (bench, setting) in BENCHMARKS.items():
            value = _number(data.get(column))
            if value is None or value > 100:
                self.tally.field(column, "not a normalized score (0 to 100)", record)
                continue
            scores.append(BenchmarkScore(
                benchmark=bench, score=tidy(value), setting=setting, harness="lm-eval-harness",
                self_reported=False, source=self.source, checked=self.checked,
                evaluation=EVALUATION, note="Open LLM Leaderboard v2 normalized score."))
        if not scores:
            self.tally.skip(record, "no score")
            return None
        params = _number(data.get("params_b"))
        if params == 0:  # 17 rows of the v2 table: unknown stays unknown (review 27, P3)
            self.tally.field("params_b", ZERO_SIZE, record)
            params = None
        org = name.split("/", 1)[0] if "/" in name else None
        model_id = self.aliases.get(name, name)
        keys = {alike_key(model_id), alike_key(name)}
        kept = next((self.kept[key] for key in keys if key in self.kept), None)
        if kept is not None:  # a catalog holds one model a name (brief fixDE)
            self.tally.skip(record, f"{name} names the model of line {kept[1]} ({kept[0]}) "
                                    f"{ALIKE}; the best-ranked row is kept")
            return None
        self.kept.update(dict.fromkeys(keys, (name, line)))
        return Model(id=model_id, name=name, aliases=(name,),
                     vendor=lab_name(org) if org else None,
                     parameters_b=None if params is None else tidy(params),
                     open_weights=True, sources=(self.source,), checked=self.checked,
                     scores=tuple(scores))


def _csv_file(root: Path) -> Path:
    file = root / FILE if root.is_dir() else root
    if not file.is_file():
        msg = f"not an Open LLM Leaderboard extract: {str(root)!r} holds no {FILE}"
        raise SourceError(msg)
    return file


def from_open_llm_leaderboard(
    path: str | os.PathLike[str],
    *,
    checked: dt.date | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ImportedCatalog:
    r"""Import the Open LLM Leaderboard v2 extract: a folder with ``leaderboard-v2.csv``, or it.

    Every model gets its six normalized scores, each with the leaderboard's setting,
    ``evaluation = "open-llm-leaderboard-v2"`` and the leaderboard as ``source``. ``aliases``
    maps a repository id (``microsoft/phi-2``) to the model id to use.

    Raises:
        SourceError: no such file, or a CSV without the leaderboard's columns.

    Examples:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> _ = (root / "leaderboard-v2.csv").write_text(
        ...     "rank,model,details_dataset,average,params_b,ifeval,bbh,math_lvl5,gpqa,musr,"
        ...     "mmlu_pro\n1,microsoft/phi-2,,15.53,2.8,27.39,28.04,2.95,2.91,13.84,18.09\n")
        >>> imported = from_open_llm_leaderboard(root, checked=dt.date(2026, 11, 29))
        >>> phi = imported.model("microsoft/phi-2")
        >>> phi.id, [str(s.score) for s in phi.scores][:2], phi.scores[0].evaluation
        ('microsoft/phi-2', ['27.39', '28.04'], 'open-llm-leaderboard-v2')
    """
    root = Path(path)
    file = _csv_file(root)
    folder = file.parent
    when, checked_from = resolve_checked(checked, read_snapshot(folder), file)
    tally = Tally()
    reader = _Reader(LEADERBOARD_URL, when, tally, dict(aliases or {}))
    models: list[Model] = []
    records = 0
    try:
        with open(file, encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle)
            missing = {"model", *BENCHMARKS} - set(rows.fieldnames or ())
            if missing:
                msg = (f"not an Open LLM Leaderboard extract: {str(file)!r} has no "
                       f"{', '.join(sorted(missing))} column")
                raise SourceError(msg)
            for column in rows.fieldnames or ():
                if column not in _USED:
                    reason = NO_PLACE if column in _NOT_PLACED else UNKNOWN
                    tally.field(column, reason, FILE)
            for line, data in enumerate(rows, start=2):
                records += 1
                model = attempt(tally, f"{FILE}:{line}", partial(reader.row, line, data))
                if model is not None:
                    models.append(model)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        msg = f"cannot read the Open LLM Leaderboard extract {str(file)!r}: {exc}"
        raise SourceError(msg) from None
    report = ImportReport(
        source="open-llm-leaderboard", path=str(root), checked=when, checked_from=checked_from,
        records=records, models=len(models), routes=0,
        scores=sum(len(m.scores) for m in models), fields=tally.notes(),
        skipped=tuple(tally.skipped))
    return ImportedCatalog(models=tuple(models), benchmarks=_benchmarks(), reports=(report,))
