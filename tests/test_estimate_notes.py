"""A bill's notes checked against its route at the traffic (helper fixCO).

``Comparison.from_dict`` checked a bill's figures and words against its route, but read its
``notes`` (the clauses the page prints after the model's name, such as "no batch input price is
listed, so batch input is billed at the standard price") as they were: a ``--json`` file with
``cost.estimates[0].notes`` set to "FORGED NOTE: this route is 90% off" loaded, printed the note
and ``check()`` found nothing. The notes are now the ones the route billed at the traffic makes;
a route row's reason (the route table's Status) its route's eligibility, or a provider filter's;
the specifications table the models' own fields; a capability friction item's subject one whose
support changes so.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from phicompare import Comparison, ComparisonError, Traffic, compare, default_catalog

from .test_estimate_checks import _data, _problems

Data = dict[str, Any]

FORGED = "FORGED NOTE: this route is 90% off"
_BATCH = Traffic(batch_share="0.5", cache_write_share="0.2", cached_share="0.3")




def _refused(data: Data, expected: str) -> None:
    """``data`` is refused by from_dict, naming ``expected`` (key path and value)."""
    assert any(expected in p for p in _problems(data)), (expected, _problems(data))
    with pytest.raises(ComparisonError, match=re.escape(expected)):
        Comparison.from_dict(data)


def _brief() -> Data:
    return _data("gemma-4-31b-it", "qwen2.5-7b", include_free=True, route_policy="cheapest")


def test_the_brief_s_forged_note_is_refused() -> None:
    """The brief's case: it loaded, the page printed it, and check() returned []."""
    d = _brief()
    d["cost"]["estimates"][0]["notes"] = [FORGED]
    _refused(d, f"cost.estimates[0].notes[0] is {FORGED!r}, but the route at the traffic does "
                "not make it")


def test_a_forged_note_on_a_kept_bill_is_refused() -> None:
    d = _brief()
    assert len(d["cost"]["priced"]) == 1
    d["cost"]["priced"][0]["notes"] = [FORGED]
    _refused(d, f"cost.priced[0].notes[0] is {FORGED!r}")
    d = _data("phi-2", "yi-large", requires=["vision"])
    d["cost"]["unruled"][1]["notes"] = [FORGED]
    _refused(d, f"cost.unruled[1].notes[0] is {FORGED!r}")
    d = _data("phi-4-mini", "yi-large", as_of=dt.date(2026, 12, 3))
    d["cost"]["after_retirement"][0]["notes"] = [FORGED]
    _refused(d, f"cost.after_retirement[0].notes[0] is {FORGED!r}")


def test_a_note_on_a_model_without_a_bill_is_refused() -> None:
    d = _data("phi-2", "phi-4-mini", requires=["vision"])
    assert d["cost"]["estimates"][0]["route"] is None
    d["cost"]["estimates"][0]["notes"] = [FORGED]
    _refused(d, f"cost.estimates[0].notes are [{FORGED!r}], but it has no bill")


def _noted() -> Data:
    d = _data("yi-large", "yi-lightning", traffic=_BATCH)
    assert len(d["cost"]["estimates"][0]["notes"]) == 4
    return d


def test_a_genuine_note_dropped_moved_or_reworded_is_refused() -> None:
    """A note the route makes, but not where or as the route makes it."""
    d = _noted()
    notes = d["cost"]["estimates"][0]["notes"]
    made = list(notes)
    del notes[0]  # ("no cache-read price is listed": the page would say it is)
    _refused(d, f"cost.estimates[0].notes are {made[1:]}, but the route at the traffic makes "
                f"them {made}")
    d = _noted()
    d["cost"]["estimates"][0]["notes"].reverse()
    _refused(d, "cost.estimates[0].notes are")
    d = _noted()
    d["cost"]["estimates"][0]["notes"][2] = made[2].replace("standard", "batch")
    _refused(d, "cost.estimates[0].notes[2] is 'no batch input price is listed, so batch input "
                "is billed at the batch price'")


_IDS = [m.id for m in default_catalog().models]


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@pytest.mark.parametrize("traffic", [_BATCH, Traffic(at="03:00", weekday=6), Traffic()])
def test_genuine_notes_still_load(traffic: Traffic) -> None:
    """Every bundled model once, at traffics that make notes: compare()'s notes load."""
    noted = 0
    for a, b in zip(_IDS[::2], _IDS[1::2], strict=False):
        c = compare(a, b, traffic=traffic)
        noted += sum(1 for e in c.cost.estimates if e.notes)
        assert c.inconsistencies() == [], (a, b)
    assert noted
    c = compare("yi-large", "yi-lightning", traffic=_BATCH)
    assert Comparison.from_json(c.to_json()) == c


def test_a_route_row_s_reason_edited_is_refused() -> None:
    """A route row's reason is printed in the route table: its route's under the page's terms."""
    d = _data("phi-2", "phi-4-mini", requires=["function_calling"])
    k, row = next((k, r) for k, r in enumerate(d["routes"])
                  if r["reason"] == "function calling not documented")
    row["reason"] = "banned in the EU"
    _refused(d, f"routes[{k}].reason is 'banned in the EU', but its route under the "
                "comparison's terms makes it 'function calling not documented'")
    d = _data("phi-2", "phi-4-mini", requires=["function_calling"])
    d["routes"][k].update(reason=None, eligible=True)
    _refused(d, f"routes[{k}].reason is None, but its route under the comparison's terms makes "
                "it 'function calling not documented'")
    d = _data("phi-2", "phi-4-mini")
    k = next(k for k, r in enumerate(d["routes"]) if r["eligible"])
    d["routes"][k]["eligible"] = False
    _refused(d, f"routes[{k}].eligible is False, but its reason is None")


def test_a_provider_filter_s_reason_still_loads() -> None:
    """The caller's provider filters are not kept in the comparison: their reasons stand."""
    filters: list[dict[str, Any]] = [{"exclude_providers": ["openrouter"]},
                                     {"providers": ["openai", "together"]}]
    for options in filters:
        c = compare("gpt-4o", "claude-sonnet-4-5", **options)
        assert any(r.reason in ("provider excluded", "provider not among those allowed")
                   for r in c.routes)
        assert Comparison.from_json(c.to_json()) == c


def test_a_specification_edited_is_refused() -> None:
    """The specifications table is the models' own fields: a label or value edited is refused."""
    d = _data("phi-2", "phi-4-mini")
    k = next(k for k, r in enumerate(d["specs"]) if r["field"] == "context_window")
    d["specs"][k]["label"] = "Memory"
    _refused(d, f"specs[{k}].label is 'Memory', but context_window is labelled 'Context window'")
    d = _data("phi-2", "phi-4-mini")
    d["specs"][k]["values"][1] = "1000000"
    _refused(d, f"specs[{k}].values are ['2048', '1000000'], but the models' context_window "
                "make them ['2048', '131072']")
    d = _data("phi-2", "phi-4-mini")
    del d["specs"][k]
    _refused(d, "specs are on fields ['released', 'parameters_b',")


def test_genuine_specifications_of_three_models_load() -> None:
    c = compare("phi-2", "phi-4-mini", "gpt-4o")
    assert c.inconsistencies() == []
    assert Comparison.from_json(c.to_json()) == c


def test_a_capability_friction_subject_edited_is_refused() -> None:
    """A forged subject loaded, and ``to_markdown()`` then failed with a ``KeyError``."""
    d = _data("gemma-4-31b-it", "qwen2.5-7b")
    k = next(k for k, f in enumerate(d["friction"]) if f["kind"] == "capability-lost")
    source, target = d["friction"][k]["source"], d["friction"][k]["target"]
    d["friction"][k]["subject"] = "telepathy"
    _refused(d, f"friction[{k}].subject is 'telepathy', but the capabilities make no "
                f"capability-lost of it from model {source} to model {target}")
    d = _data("gemma-4-31b-it", "qwen2.5-7b")
    d["friction"][k]["kind"] = "capability-gained"
    _refused(d, f"friction[{k}].subject is 'vision', but the capabilities make no "
                "capability-gained of it")
