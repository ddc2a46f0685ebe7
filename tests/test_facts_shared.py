"""Facts worked out once a model and combined per pair give the facts made afresh for the pair."""

from __future__ import annotations

import datetime as dt
import itertools

from phicompare import Catalog, Model, compare, default_catalog
from phicompare.analysis.comparator import _spec_rows, _specs
from phicompare.analysis.facts import FrictionKind
from phicompare.analysis.profile import profile

from .helpers import curated_ids

DAY = dt.date(2026, 11, 25)


def test_two_models_spec_rows_equal_the_rows_made_afresh() -> None:
    """Every curated pair, both ways: the rows that share a model's twin rows equal new ones."""
    catalog = default_catalog()
    shared = 0
    for a, b in itertools.permutations(curated_ids()[:12], 2):
        profiles = [profile(catalog.model(a), catalog), profile(catalog.model(b), catalog)]
        rows = _specs(profiles)
        assert rows == _spec_rows(profiles)
        shared += sum(row in profiles[0].twins for row in rows)
    assert shared  # some rows were a model's own twin rows


def test_a_row_two_models_agree_on_is_the_first_models_own() -> None:
    """The same record serves every comparison of a model whose partner has the same value."""
    catalog = default_catalog()
    first = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    second = compare("phi-2", "phi-3-mini-128k", catalog=catalog, as_of=DAY)
    alike = [(r, s) for r, s in zip(first.specs, second.specs, strict=False)
             if r.field == s.field and not r.differs and not s.differs]
    assert alike
    assert all(r is s for r, s in alike)


def test_optional_specs_both_models_leave_unknown_are_left_out() -> None:
    """Two models without ``kind`` show no kind row; one with it shows the row."""
    plain = Model(id="a", name="A")
    other = Model(id="b", name="B")
    catalog = Catalog(models=(plain, other))
    assert "kind" not in [r.field for r in compare("a", "b", catalog=catalog, as_of=DAY).specs]
    profiles = [profile(plain, catalog), profile(other, catalog)]
    assert _specs(profiles) == _spec_rows(profiles)


def test_licences_compare_by_their_key() -> None:
    """"Apache 2.0" and "apache-2.0" are one licence; a licence whose key is empty still differs."""
    same = Catalog(models=(Model(id="a", name="A", license="Apache 2.0"),
                           Model(id="b", name="B", license="apache-2.0")))
    kinds = {f.kind for f in compare("a", "b", catalog=same, as_of=DAY).friction}
    assert FrictionKind.LICENSE_CHANGE not in kinds
    odd = Catalog(models=(Model(id="a", name="A", license="License"),
                          Model(id="b", name="B", license="MIT")))
    changes = [f for f in compare("a", "b", catalog=odd, as_of=DAY).friction
               if f.kind is FrictionKind.LICENSE_CHANGE]
    assert [(f.before, f.after) for f in changes] == [("License", "MIT"), ("MIT", "License")]


def test_a_name_as_written_finds_what_its_normalised_form_finds() -> None:
    """An id or alias given as written finds the model its normalised form finds (first wins)."""
    catalog = Catalog(models=(Model(id="a-b", name="A B"),
                              Model(id="ab", name="AB", aliases=("x_y",))))
    assert catalog.model("ab").id == catalog.model("AB").id == "a-b"
    assert catalog.model("x_y").id == catalog.model("X Y").id == "ab"
    assert default_catalog().model("phi-2").id == "phi-2"
