"""A comparison's lookups in its catalog's memo, and the parts of a model's tables kept there.

``Comparison.derive`` asks the catalog itself (issue 18: two calls deep); a model named by its
id, its position, another name or the Model is one model and one key. What a model's tables
keep of its own (whether it is silent on each capability, the places its prices are written
at) must be what every comparison of it would work out from its own facts.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools

import pytest

from phicompare import ComparisonError, compare
from phicompare.catalog.memo import Slot
from phicompare.render import tables

from .helpers import curated_catalog, curated_ids

DAY = dt.date(2026, 11, 25)
NAMED: Slot[str] = Slot("test named")


def test_a_model_named_any_way_is_one_key() -> None:
    c = compare("phi-2", "phi-4-mini", catalog=curated_catalog(), as_of=DAY)
    assert c.derive(NAMED, "phi-4-mini", (), lambda: "second", anywhere=True) == "second"
    for name in (1, c.models[1], "Phi-4 Mini", "microsoft/Phi-4-mini-instruct"):
        assert c.derive(NAMED, name, (), lambda: "made again", anywhere=True) == "second"
    assert c.derive(NAMED, "phi-2", (), lambda: "first", anywhere=True) == "first"
    # by position: the second model at position 1 is another key than at position 0
    assert c.derive(NAMED, "phi-4-mini", (), lambda: "at 1") == "at 1"
    assert c.derive(NAMED, 1, (), lambda: "again") == "at 1"


@pytest.mark.parametrize("drawn", [True, False])
def test_a_model_not_compared_is_refused_with_or_without_a_catalog(drawn: bool) -> None:
    c = compare("phi-2", "phi-4-mini", as_of=DAY)
    c = c if drawn else copy.copy(c)  # (a copy holds no catalog)
    for name in ("gpt-4o", 2, -1):
        with pytest.raises(ComparisonError):
            c.derive(NAMED, name, (), lambda: "never")


def test_kept_silence_is_each_pairs_own() -> None:
    """Made with a model's first comparison, read by the next: each page's own facts agree.

    (Price places were kept too, for prices padded to their neighbours'; each price prints at
    its own places since review 32, #4.)
    """
    catalog = curated_catalog()
    ids = curated_ids()[::3]
    silent_apart = 0
    for a, b in itertools.permutations(ids, 2):
        c = compare(a, b, catalog=catalog, as_of=DAY)
        parts = tables.model_tables(c, c.names)
        for i, part in enumerate(parts):
            assert part.silent == tuple([tables._silent(row, i) for row in c.capabilities])
        assert parts[0].silent is not None
        assert parts[1].silent is not None
        silent_apart += parts[0].silent != parts[1].silent
    assert silent_apart  # (pairs where keeping a partner's would show)
