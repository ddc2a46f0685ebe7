"""The days a model can be used on, kept in the bundled index so related comparisons read no file.

A page's related comparisons pass over a neighbour retired or unreleased on its date (fixAU);
asking each neighbour's record for that read up to 16 model files a page (13 more than the two
compared: 11 ms of a 40 ms first comparison), so the index carries each model's spans.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import phicompare
from phicompare import Model, ProviderRoute, default_catalog, load_catalog
from phicompare.catalog.bundled import _shelved
from phicompare.catalog.index_file import index_text, read_index
from phicompare.catalog.shelf import INDEX_FILE, IndexRow, index_row
from phicompare.domain.in_use import in_spans, span_turns, usable, usable_turns, use_spans

DATA = Path(phicompare.__file__).parent / "data"
D = dt.date


def _route(provider: str, *, start: D | None = None, retires: D | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(1), output=Decimal(2),
                         source="https://example.com", checked=D(2025, 1, 1),
                         effective_from=start, retires=retires)


def test_a_model_retired_then_served_again_has_two_spans() -> None:
    model = Model(id="m", name="M", released=D(2024, 1, 1), open_weights=False, routes=(
        _route("a", retires=D(2024, 6, 1)), _route("b", start=D(2025, 1, 1))))
    assert use_spans(model) == ((D(2024, 1, 1), D(2024, 6, 1)), (D(2025, 1, 1), None))
    assert [in_spans(use_spans(model), day) for day in
            (D(2023, 12, 31), D(2024, 1, 1), D(2024, 5, 31), D(2024, 6, 1), D(2025, 1, 1))] == [
        False, True, True, False, True]


def test_open_weights_unreleased_and_routeless_models() -> None:
    gone = (_route("a", retires=D(2024, 6, 1)),)
    assert use_spans(Model(id="o", name="O", open_weights=True, routes=gone)) == ((None, None),)
    assert use_spans(Model(id="c", name="C", open_weights=False, routes=gone)) == (
        (None, D(2024, 6, 1)),)
    assert use_spans(Model(id="n", name="N", released=D(2030, 1, 1))) == ((D(2030, 1, 1), None),)


def test_spans_agree_with_usable_on_every_bundled_model_around_every_turn() -> None:
    one = dt.timedelta(days=1)
    for model in default_catalog().models:
        spans = use_spans(model)
        assert set(span_turns(spans)) <= set(usable_turns(model)), model.id
        for turn in usable_turns(model):
            for day in (turn - one, turn, turn + one):
                assert in_spans(spans, day) == usable(model, day), (model.id, day)


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
    rows = (IndexRow("m", "m.toml", "M", None, None, ("m",), spans=spans),
            IndexRow("n", "m.toml", "N", None, None, ("n",), spans=()))
    (tmp_path / INDEX_FILE).write_text(index_text(rows, [], {}, "2026-12-03"), encoding="utf-8")
    shelf = read_index(tmp_path)
    assert shelf is not None
    assert shelf.rows == rows
    assert index_row(Model(id="m", name="M")).spans == ((None, None),)
