"""The days a model can be used on, kept in the bundled index so related comparisons read no file.

A page's related comparisons pass over a neighbour retired or unreleased on its date (fixAU);
asking each neighbour's record for that read up to 16 model files a page (13 more than the two
compared: 11 ms of a 40 ms first comparison), so the index carries each model's spans.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import phicompare
from phicompare import Catalog, CatalogError, Model, ProviderRoute, default_catalog, load_catalog
from phicompare.analysis.requirements import Fit, Requirement, RequirementKind, _released
from phicompare.catalog.bundled import _shelved
from phicompare.catalog.index_file import index_text, read_index
from phicompare.catalog.shelf import INDEX_FILE, IndexRow, index_row
from phicompare.domain.in_use import (
    first_listed,
    in_spans,
    read_spans,
    span_turns,
    spans_text,
    usable,
    usable_turns,
    use_spans,
)

DATA = Path(phicompare.__file__).parent / "data"
D = dt.date
_LISTED = D(2025, 1, 1)


def _route(provider: str, *, start: D | None = None, retires: D | None = None,
           checked: D = _LISTED) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(1), output=Decimal(2),
                         source="https://example.com", checked=checked,
                         effective_from=start, retires=retires)


def test_a_model_retired_then_served_again_has_two_spans() -> None:
    model = Model(id="m", name="M", released=D(2024, 1, 1), open_weights=False, routes=(
        _route("a", retires=D(2024, 6, 1)), _route("b", start=D(2025, 1, 1))))
    assert use_spans(model) == ((D(2024, 1, 1), D(2024, 6, 1)), (D(2025, 1, 1), None))
    assert [in_spans(use_spans(model), day) for day in
            (D(2023, 12, 31), D(2024, 1, 1), D(2024, 5, 31), D(2024, 6, 1), D(2025, 1, 1))] == [
        False, True, True, False, True]


def test_open_weights_unreleased_and_routeless_models() -> None:
    gone = (_route("a", retires=D(2024, 6, 1), checked=D(2024, 1, 1)),)
    old = D(2023, 1, 1)
    assert use_spans(Model(id="o", name="O", released=old, open_weights=True, routes=gone)) == (
        (old, None),)
    assert use_spans(Model(id="c", name="C", released=old, open_weights=False, routes=gone)) == (
        (old, D(2024, 6, 1)),)
    assert use_spans(Model(id="n", name="N", released=D(2030, 1, 1))) == ((D(2030, 1, 1), None),)


def test_a_model_with_no_release_date_starts_when_a_route_of_it_was_first_listed() -> None:
    """The rule ``pick --as-of`` applies (review 30, F8: DeepSeek Reasoner, first listed on
    2026-07-02, was suggested on a page dated 2024-06-01; its spans were ``(None, None)``)."""
    gone = (_route("a", retires=D(2024, 6, 1), checked=D(2024, 1, 1)),)
    assert use_spans(Model(id="o", name="O", open_weights=True, routes=gone)) == (
        (D(2024, 1, 1), None),)
    assert use_spans(Model(id="c", name="C", open_weights=False, routes=gone)) == (
        (D(2024, 1, 1), D(2024, 6, 1)),)
    late = (_route("a", retires=D(2024, 6, 1), checked=D(2024, 7, 1)),)  # listed once retired
    assert use_spans(Model(id="l", name="L", open_weights=False, routes=late)) == ()
    two = (_route("a", checked=D(2024, 3, 1)), _route("b", checked=D(2024, 2, 1)))
    assert use_spans(Model(id="t", name="T", routes=two)) == ((D(2024, 2, 1), None),)
    assert use_spans(Model(id="r", name="R")) == ()  # neither: never out, as the pick says
    assert default_catalog().use_spans("deepseek-reasoner") == ((D(2026, 7, 2), None),)


def _pick_out_by(model: Model, day: D) -> bool:
    """Out by ``day`` as ``pick --as-of`` judges it (its requirement of a release by then)."""
    released = Requirement(kind=RequirementKind.RELEASED, value=day.isoformat())
    return _released(released, model).fit is Fit.MET


def test_spans_agree_with_usable_and_the_pick_on_every_bundled_model_around_every_turn() -> None:
    one = dt.timedelta(days=1)
    for model in default_catalog().models:
        spans = use_spans(model)
        turns = set(usable_turns(model)) | {first_listed(model)} - {None}
        assert set(span_turns(spans)) <= turns, model.id
        for turn in sorted(day for day in turns if day is not None):
            for day in (turn - one, turn, turn + one):
                assert in_spans(spans, day) == (usable(model, day) and _pick_out_by(model, day)
                                                ), (model.id, day)


def test_the_bundled_index_holds_each_models_spans() -> None:
    """The index the package ships is current: each row is the one its model's record gives."""
    shelved = _shelved(DATA)
    assert shelved is not None
    assert shelved.shelf is not None
    whole = load_catalog(bundled=True)
    for model in whole.models:
        assert shelved.use_spans(model.id) == whole.use_spans(model.id) == use_spans(model)
    assert len(shelved.shelf._loaded) == 0  # every answer from the index: no file read


def test_spans_survive_the_index_file(tmp_path: Path) -> None:
    spans = ((None, D(2024, 6, 1)), (D(2025, 1, 1), None))
    rows = (IndexRow("m", "m.toml", "M", None, None, ("m",), days=spans_text(spans)),
            IndexRow("n", "m.toml", "N", None, None, ("n",), days=spans_text(())))
    (tmp_path / INDEX_FILE).write_text(index_text(rows, [], {}, "2026-12-03"), encoding="utf-8")
    shelf = read_index(tmp_path)
    assert shelf is not None
    assert shelf.rows == rows
    catalog = Catalog(shelf=shelf)
    assert (catalog.use_spans("m"), catalog.use_spans("n")) == (spans, ())
    assert read_spans(index_row(Model(id="m", name="M", released=D(2024, 1, 1))).days) == (
        (D(2024, 1, 1), None),)
    assert index_row(Model(id="m", name="M")).days == ""  # no release date, no route listed


def test_the_index_keeps_the_days_as_written_and_a_catalog_reads_those_it_is_asked() -> None:
    """Issue 16: reading every row's spans when the index was opened cost about 2 ms of the first
    comparison's CPU; the rows keep them as the index writes them, read only when asked for."""
    shelf = read_index(DATA)
    assert shelf is not None
    assert shelf.row("gemini-2.0-flash").days == "2025-02-05..2026-06-01"
    assert shelf.row("phi-2").days == "2023-12-12.."
    assert Catalog(shelf=shelf).use_spans("gemini-2.0-flash") == ((D(2025, 2, 5), D(2026, 6, 1)),)
    for written in ("", "2023-12-12..", "..2024-06-01,2025-01-01..", "2024-01-01..2024-02-01"):
        assert spans_text(read_spans(written)) == written


def test_days_not_as_the_index_writes_them_are_read_from_the_models_file(tmp_path: Path) -> None:
    """A row whose days do not read is the stale index its model's file shows, not a crash."""
    text = (DATA / INDEX_FILE).read_text(encoding="utf-8").replace(
        "\t2023-12-12..\t", "\t2023-12-12..x\t", 1)
    (tmp_path / INDEX_FILE).write_text(text, encoding="utf-8")
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "phi-2.toml").write_bytes((DATA / "models" / "phi-2.toml").read_bytes())
    shelf = read_index(tmp_path)
    assert shelf is not None
    assert shelf.row("phi-2").days == "2023-12-12..x"
    with pytest.raises(CatalogError, match="stale"):
        Catalog(shelf=shelf).use_spans("phi-2")
