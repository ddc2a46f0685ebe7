"""Name resolution and suggestions."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

import pytest

from phicompare import Catalog, Model, UnknownModelError, default_catalog
from phicompare.catalog.kin import (
    Sized as _Sized,
    nearest_names,
    one_family as _one_family,
    size_distance as _size_distance,
    words as _words,
)
from phicompare.catalog.shelf import IndexRow
from phicompare.domain.names import normalize_name

from .helpers import curated_ids


@pytest.mark.parametrize("name", ["phi-4-mini", "Phi-4 Mini", "phi4-mini", "PHI_4_MINI",
                                  "microsoft/Phi-4-mini-instruct"])
def test_names_resolve_ignoring_case_spaces_dashes_underscores(name: str) -> None:
    assert default_catalog().model(name).id == "phi-4-mini"


def test_unknown_name_suggests_close_names() -> None:
    with pytest.raises(UnknownModelError) as info:
        default_catalog().model("phi-4-mimi")
    assert isinstance(info.value, LookupError)
    assert info.value.suggestions[0] == "phi-4-mini"
    assert len(info.value.suggestions) <= 3
    assert "did you mean 'phi-4-mini'" in str(info.value)


def test_hopeless_name_has_no_suggestion() -> None:
    with pytest.raises(UnknownModelError) as info:
        default_catalog().model("zzzzzzzzzzzz")
    assert info.value.suggestions == ()
    assert "[m.id for m in catalog] lists them" in str(info.value)


def test_contains_and_len() -> None:
    catalog = default_catalog()
    assert "Phi 2" in catalog
    assert "gpt-17" not in catalog
    assert len(catalog) == len(list(catalog)) >= 2


def test_the_public_index_lists_each_name_once_and_in_step() -> None:
    """__all__ is derived from one table; the type checkers' imports name the same things."""
    import ast
    import inspect

    import phicompare

    assert phicompare.__all__ == sorted(phicompare.__all__)
    assert len(set(phicompare.__all__)) == len(phicompare.__all__)
    tree = ast.parse(inspect.getsource(phicompare))
    checked = {(("." * node.level) + (node.module or ""), alias.name)
               for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level
               for alias in node.names}
    table = {(module, name) for module, names in phicompare._EXPORTS.items() for name in names}
    table.add(("._version", "__version__"))
    assert checked == table
    for name in phicompare.__all__:
        assert getattr(phicompare, name) is not None


def _borne_afresh(m: _Sized) -> str | None:
    """The family ``m``'s name bears: its label, or the label's first word (review 11, K11)."""
    own = _words(m.name).split() + _words(m.id).split()
    label = _words(m.family or "").split()
    if not label or not any(w.startswith(label[0]) for w in own):
        return None
    return m.family if all(any(w.startswith(p) for w in own) for p in label) else label[0]


def _one_family_afresh(a: _Sized, b: _Sized) -> bool:
    """The family rule written out plainly: one family (the label, or the family the name bears:
    review 11, K11), by one maker or named in it, each name bearing the family's first word
    (review 8, G19)."""
    if a.family is None or b.family is None:
        return False
    if not {a.family, _borne_afresh(a)} & {b.family, _borne_afresh(b)} - {None}:
        return False
    first = _words(a.family).split()[0]
    if not all(any(w.startswith(first) for w in _words(m.name).split() + _words(m.id).split())
               for m in (a, b)):
        return False
    if a.vendor and b.vendor:
        return a.vendor == b.vendor
    family = re.compile(rf"(?:^| ){re.escape(_words(_borne_afresh(a) or a.family))}")
    return all(family.search(_words(m.name)) or family.search(_words(m.id))
               for m in (a, b) if not m.vendor)


def test_a_models_family_rule_worked_out_once_judges_as_the_plain_rule() -> None:
    """Every pair of the bundled index's rows of one family, some without a vendor."""
    catalog = default_catalog()
    assert catalog.shelf is not None
    rows = [*catalog.shelf.rows, IndexRow("dmind-1", "x.toml", "DMind-1", "gpt", None, ()),
            IndexRow("gpt-x", "x.toml", "GPT X", "gpt", None, ())]
    families: dict[str | None, list[IndexRow]] = {}
    for row in rows:
        families.setdefault(row.family, []).append(row)
    judged = set()
    for members in families.values():
        for a, b in itertools.product(members[:40], repeat=2):
            judged.add(_one_family(a, b))
            assert _one_family(a, b) == _one_family_afresh(a, b), (a.id, b.id)
    assert judged == {True, False}


def _neighbours_afresh(rows: Sequence[_Sized], model: _Sized, names: Mapping[str, str],
                       limit: int = 3) -> list[str]:
    """Neighbours by a scan of every row: the family rule (closest in size, then nearest by
    name), then sizes within 0.667x to 1.5x; none named as the model or by another's id or
    alias (``names``: the catalog's normalised lookup names)."""
    near = nearest_names(model)
    kin = sorted([m for m in rows if m.id != model.id and _one_family_afresh(model, m)],
                 key=lambda m: (_size_distance(model, m), near(m), m.id))
    size = model.parameters_b
    keys = {model.family, _borne_afresh(model)} - {None}
    peers = sorted([m for m in rows if size and m.family != model.family and m.parameters_b
                    and not keys & {m.family, _borne_afresh(m)}
                    and Decimal("0.667") <= m.parameters_b / size <= Decimal("1.5")],
                   key=lambda m: (_size_distance(model, m), m.id)) if size else []
    seen = {normalize_name(model.name)}
    found: list[str] = []
    for group in (kin, peers):
        taken = 0
        for m in group:
            name = normalize_name(m.name)
            if taken < limit and name not in seen and names.get(name, m.id) == m.id:
                seen.add(name)
                found.append(m.id)
                taken += 1
    return found


def test_neighbours_found_by_family_and_size_equal_a_scan_of_every_row() -> None:
    """The bundled catalog (its index rows) and a catalog of models given in code."""
    bundled = default_catalog()
    assert bundled.shelf is not None
    for model_id in curated_ids():
        row = next(r for r in bundled.shelf.rows if r.id == model_id)
        assert [n for n, _, _ in bundled.neighbour_names(model_id)] == _neighbours_afresh(
            bundled.shelf.rows, row, bundled.shelf.names())
    models = [Model(id=f"m{k}", name=f"Phi M{k}", family="phi" if k % 2 else "other",
                    parameters_b=Decimal(10 + k) if k % 5 != 4 else None) for k in range(12)]
    mine = Catalog(models=tuple(models))
    found = 0
    for model in models:
        names = [n for n, _, _ in mine.neighbour_names(model.id)]
        assert names == _neighbours_afresh(models, model, {})
        found += len(names)
    assert found
