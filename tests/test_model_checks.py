"""A comparison's models checked against its rows, and from_dict's errors at the dict's key paths.

Review 40 (helper fixDK): ``Comparison.from_dict`` checked only the specifications against the
models, so a model route's price, a score, a capability flag or a route's provider edited in
``models`` loaded and ``check()`` found nothing; its errors named the class's path
(``Comparison[1].scores[0].score``, the models' ``models`` lost), a record's rule at the record
with a repr (``Comparison[0].routes[0]``, ``Decimal('-1')``), and a top-level typo was dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from phicompare import Comparison, ComparisonError, compare, default_catalog
from phicompare.analysis.comparison_dict import readable_body
from phicompare.analysis.model_checks import model_problems
from phicompare.render.serialize import structure

Data = dict[str, Any]


def _data() -> Data:
    data: Data = json.loads(compare("phi-4-mini", "gpt-4o").to_json())
    return data


def _problems(data: Data) -> list[str]:
    """The comparison's inconsistencies, structured without from_dict's refusal."""
    return structure(readable_body(data, attrs.fields_dict(Comparison)),
                     Comparison).inconsistencies()


def _route(d: Data, provider: str) -> Data:
    found: Data = next(r for r in d["models"][0]["routes"] if r["provider"] == provider)
    return found


EDITS: list[tuple[Callable[[Data], object], str]] = [
    # the review's four: each loaded, and check() returned []
    (lambda d: _route(d, "openrouter").update(input="5"),
     "models[0].routes[1].input = '5', but routes[1].route.input = '0.08'"),
    (lambda d: d["models"][0]["scores"][0].update(score="99"),
     "models[0].scores[0].score = '99', but benchmarks[0].scores[0].score = '67.3'"),
    (lambda d: d["models"][0]["capabilities"].update(vision=True),
     ("capabilities[0].documented[0] = False, but models[0].capabilities.vision = True makes "
      "it True")),
    (lambda d: _route(d, "openrouter").update(provider="groq"),
     "routes[1].route.provider = 'openrouter', but models[0] (phi-4-mini) has no such route"),
    # a route dropped from the model, a row dropped, a row's support edited
    (lambda d: d["models"][0].update(routes=d["models"][0]["routes"][:1]),
     "routes[1].route.provider = 'openrouter', but models[0] (phi-4-mini) has no such route"),
    (lambda d: d.update(routes=d["routes"][1:]),
     "models[0].routes[0].provider = 'azure-foundry', but routes has no row of it"),
    (lambda d: d["capabilities"][3]["support"].__setitem__(0, "no"),
     ("capabilities[3].support[0] = 'no', but models[0].capabilities.function_calling = True "
      "makes it 'yes'")),
    (lambda d: d["models"][0].update(scores=d["models"][0]["scores"][1:]),
     "benchmarks[0].scores[0].benchmark = 'mmlu', but models[0] (phi-4-mini) has no score on it"),
]


@pytest.mark.parametrize(("edit", "message"), EDITS)
def test_a_model_edited_against_its_rows_is_refused(edit: Callable[[Data], object],
                                                     message: str) -> None:
    d = _data()
    edit(d)
    assert any(message in problem for problem in _problems(d)), _problems(d)
    with pytest.raises(ComparisonError, match=re.escape(message)):
        Comparison.from_dict(d)


def test_genuine_comparisons_with_options_hold_no_model_problem() -> None:
    """Provider filters, dates, policies and requirements: no false refusal (1,300 swept)."""
    catalog = default_catalog()
    ids = [m.id for m in catalog.models]
    rnd = random.Random(40)
    for _ in range(25):
        names = rnd.sample(ids, rnd.choice([2, 3]))
        providers = sorted({r.provider for n in names for r in catalog.model(n).routes})
        options: dict[str, Any] = {
            "as_of": dt.date(rnd.choice([2024, 2025, 2026]), rnd.randint(1, 12), 1),
            "include_free": rnd.random() < 0.3,
            "route_policy": rnd.choice(["maker-first", "cheapest"]),
            "requires": rnd.choice([[], ["vision"], ["function_calling"]])}
        if providers:
            options[rnd.choice(["providers", "exclude_providers"])] = rnd.sample(providers, 1)
        try:
            c = compare(*names, **options)
        except ComparisonError:
            continue  # (a model not yet released on the date)
        assert model_problems(c) == [], (names, options)


BROKEN: list[tuple[Callable[[Data], object], str]] = [
    (lambda d: d["models"][1]["scores"][0].update(score="x"),
     "models[1].scores[0].score = 'x': expected a decimal string such as '102.50'"),
    (lambda d: d["models"][0]["routes"][0].update(input="-1"),
     "models[0].routes[0].input = '-1': must not be negative"),
    (lambda d: d["models"][0]["routes"][0].update(input=0.05),
     "models[0].routes[0].input = 0.05: expected a decimal string"),
    (lambda d: d["routes"][1]["route"].update(input=0.06),
     "routes[1].route.input = 0.06: expected a decimal string"),
    (lambda d: d.update(trafic=d["traffic"]), "trafic: unknown key; did you mean 'traffic'?"),
    (lambda d: d["traffic"].update(input_tokns=5),
     "traffic.input_tokns: unknown key; did you mean 'input_tokens'?"),
]


@pytest.mark.parametrize(("edit", "message"), BROKEN)
def test_from_dict_names_the_dict_s_key_path_and_value(edit: Callable[[Data], object],
                                                        message: str) -> None:
    d = _data()
    edit(d)
    with pytest.raises(ComparisonError, match=f"^not a valid Comparison: {re.escape(message)}"):
        Comparison.from_dict(d)


def test_the_narrative_to_json_writes_is_still_read_past() -> None:
    d = _data()
    assert "narrative" in d
    assert Comparison.from_dict(d) == compare("phi-4-mini", "gpt-4o")
