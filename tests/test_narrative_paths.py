"""Typed claims: operators and evidence kinds are enums, evidence paths come from a builder."""

from __future__ import annotations

import datetime as dt
import gc
import inspect
import itertools
import json
import re
import typing
import weakref
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from phicompare import Capability, Comparison, Traffic, compare
from phicompare.narrative import paths
from phicompare.narrative.check import SHOW, check_claims, holds, resolve
from phicompare.narrative.claims import Check, CheckOp, Claim, Evidence, EvidenceKind, Narrative
from phicompare.narrative.narrate import narrate

from .helpers import curated_ids

DAY = dt.date(2026, 11, 25)
_BEFORE_GITHUB_CLOSED = dt.date(2026, 7, 29)
_INDEX = re.compile(r"\[\d+\]")


def _shape(path: str) -> str:
    """A path with its indexes blanked: ``cost.estimates[].monthly``."""
    return _INDEX.sub("[]", path)


def _builder_paths(index: int) -> Iterator[str]:
    """Every path the builder can make, with ``index`` for every index (constants as they are)."""
    for name in paths.__all__:
        made = getattr(paths, name)
        if isinstance(made, str):
            yield made
            continue
        if not inspect.isfunction(made):
            continue  # a Literal alias or FactPath itself
        hints = typing.get_type_hints(made)
        choices: list[tuple[object, ...]] = []
        for param in inspect.signature(made).parameters:
            hint = hints[param]
            if typing.get_origin(hint) is typing.Literal:
                choices.append(typing.get_args(hint) if hint != typing.Literal[0, 1] else (index,))
            else:
                choices.append((index,))
        for args in itertools.product(*choices):
            yield made(*args)


def _bundled_pairs() -> Iterator[Comparison]:
    ids = curated_ids()  # a fixed sample: the curated layer
    for a, b in itertools.combinations(ids, 2):
        yield compare(a, b, as_of=DAY)


def _paths_of(narrative: Narrative) -> Iterator[str]:
    items: list[Claim | typing.Any] = [*narrative.claims(), *narrative.scorecard]
    for item in items:
        for evidence in item.evidence:
            yield evidence.path
        for check in item.checks:
            yield from check.paths


# -- the enums keep the strings the JSON always had ------------------------------------------------


def test_check_operators_are_the_strings_json_has_always_carried() -> None:
    # An operator may be added at the end (JSON readers see a new string: "within", for
    # "about as much as"; "<=", review 10, I8; "contains", a tie's rule said once: fixBG); none
    # may be renamed, dropped or reordered.
    assert [op.value for op in CheckOp] == ["<", ">", "==", "!=", "true", "false", "none",
                                            "known", "in", "within", "<=", "contains"]


def test_evidence_kinds_are_the_strings_json_has_always_carried() -> None:
    # A kind may be added (JSON readers see a new string); none may be renamed or dropped.
    assert {kind.value for kind in EvidenceKind} == {
        "money", "price", "points", "tokens", "count", "params", "percent", "date", "text",
        "tokens-text", "money-abs", "points-abs", "licence", "tokens-exact", "price-3", "price-4",
        "count-word", "rate"}


def test_every_evidence_kind_has_a_formatter() -> None:
    assert set(SHOW) == set(EvidenceKind)


def test_json_writes_enum_values_not_names(pair: Comparison) -> None:
    narrative = json.loads(pair.to_json())["narrative"]
    kinds = {e["kind"] for claim in narrative["summary"] for e in claim["evidence"]}
    ops = {ch["op"] for claim in narrative["verdict"] for ch in claim["checks"]}
    assert kinds <= {kind.value for kind in EvidenceKind}
    assert "tokens" in kinds
    assert ops <= {op.value for op in CheckOp}
    assert "<" in ops


@pytest.mark.parametrize(("op", "values", "expected"), [
    (CheckOp.LESS, [1, 2], True),
    (CheckOp.LESS, [2, 2], False),
    (CheckOp.LESS, [None, 2], False),
    (CheckOp.GREATER, [3, 2], True),
    (CheckOp.EQUAL, ["4500.00", "4500.0"], False),
    (CheckOp.NOT_EQUAL, ["MIT", "Apache-2.0"], True),
    (CheckOp.TRUE, [True], True),
    (CheckOp.TRUE, [1], False),
    (CheckOp.FALSE, [False], True),
    (CheckOp.NONE, [None], True),
    (CheckOp.KNOWN, [0], True),
    (CheckOp.IN, [None], True),
    (CheckOp.IN, [True], False),
])
def test_each_operator_holds_as_documented(op: CheckOp, values: list[object],
                                           expected: bool) -> None:
    check = Check(op=op, paths=(), values=("none", "false"))
    assert holds(check, values) is expected


def test_a_failed_check_reports_the_operator_as_written(pair: Comparison) -> None:
    lie = Claim(key="lie", text="Phi-4 Mini is cheaper.",
                evidence=(Evidence(paths.estimate(1, "monthly"), pair.cost.estimates[1].monthly),),
                checks=(Check(op=CheckOp.LESS, paths=(paths.estimate(1, "monthly"),
                                                     paths.estimate(0, "monthly"))),))
    broken = Narrative(title="t", summary=(lie,), scorecard=(), tradeoffs=(), cost=(),
                       friction=(), deep_dive=(), faq=(), verdict=(), related=(), provenance=())
    expected = ("summary: 'Phi-4 Mini is cheaper.': asserts < but cost.estimates[1].monthly="
                f"{pair.cost.estimates[1].monthly}, cost.estimates[0].monthly="
                f"{pair.cost.estimates[0].monthly}")
    problems = check_claims(broken, pair)
    assert problems[0] == expected
    # the page-level rules see a summary that states no bill
    assert all(p.startswith("summary-misses-a-bill: ") for p in problems[1:])


# -- the path builder ------------------------------------------------------------------------------


def test_a_wrong_field_is_a_type_error_and_leads_nowhere(pair: Comparison) -> None:
    """mypy rejects these lines (an unused ignore would fail mypy --strict); at run time they
    name no fact."""
    wrong = paths.estimate(0, "score")  # type: ignore[arg-type]
    with pytest.raises(LookupError, match=r"no fact at 'cost\.estimates"):
        resolve(pair, wrong)
    hand_written = Evidence("cost.estimates[0].monthy", 1)  # type: ignore[arg-type]
    with pytest.raises(LookupError):
        resolve(pair, hand_written.path)


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_the_builder_makes_every_path_the_narrative_quotes_and_each_resolves() -> None:
    """Over every bundled pair: each evidence and check path has a shape the builder makes,
    and resolves (check() is clean); every shape the builder makes resolves on some pair."""
    made = {_shape(p) for p in _builder_paths(0)}
    unresolved = {_shape(p) for p in _builder_paths(0)}
    cached = Traffic(input_tokens=10**9, output_tokens=10**8, cached_share=Decimal("0.5"),
                     batch_share=Decimal("0.5"))  # estimates with notes
    for c in itertools.chain(_bundled_pairs(), [compare(
            "phi-4-mini", "phi-3.5-mini", requires={Capability.FUNCTION_CALLING}, traffic=cached,
            as_of=DAY),
            # resellers' lower listings passed over; under the cheapest policy, a reseller's bill
            # (its maker's bill for scale)
            compare("claude-sonnet-4-5", "gpt-5", as_of=DAY),
            compare("claude-sonnet-4-5", "gpt-5", route_policy="cheapest", as_of=DAY),
            # routes deprecated as last checked, after the page's date
            compare("llama-3.2-1b", "llama-3.2-3b", as_of=dt.date(2025, 6, 1)),
            # a free tier's priced bill
            compare("phi-4-mini", "gemma-3n-e2b-it", "gemma-3-4b-it", include_free=True),
            # free tiers' recorded usage limits: within them, and exceeded (GitHub Models', dated
            # before it closed on 2026-07-30)
            compare("grok-3", "o4-mini", include_free=True, as_of=_BEFORE_GITHUB_CLOSED,
                    traffic=Traffic.from_requests(per_day=5, input_tokens=1000,
                                                  output_tokens=200)),
            compare("llama-3.3-70b-instruct", "gpt-oss-20b", include_free=True,
                    as_of=_BEFORE_GITHUB_CLOSED,
                    traffic=Traffic.from_requests(per_day=2000, input_tokens=1000,
                                                  output_tokens=200))]):
        quoted = set(_paths_of(c.narrative))
        assert {_shape(p) for p in quoted} <= made
        assert c.check() == []
        for path in list(unresolved):
            try:
                resolve(c, path.replace("[]", "[0]"))
            except LookupError:
                continue
            unresolved.discard(path)
    assert unresolved == set()


def test_builder_paths_are_plain_strings() -> None:
    """JSON and check() read paths as text: a FactPath is a str at run time."""
    assert all(type(p) is str for p in _builder_paths(1))


# -- purity ----------------------------------------------------------------------------------------


def test_the_narrative_keeps_nothing_of_a_comparison() -> None:
    """No cache outlives a call: once dropped, a comparison and its narrative are freed.

    (The claims about one model alone live on with the catalog: ``tests/test_narrative_parts``.)
    """
    c = compare("phi-2", "phi-4-mini", as_of=DAY)
    narrative = c.narrative
    assert narrative.summary[2].key == "context"  # about the pair: not kept with the catalog
    refs: list[Callable[[], object]] = [weakref.ref(c), weakref.ref(narrative),
                                         weakref.ref(narrative.summary[2])]
    del c, narrative
    gc.collect()
    assert [r() for r in refs] == [None, None, None]


def test_narrating_twice_gives_equal_claims() -> None:
    c = compare("phi-3.5-mini", "llama-3.2-3b", "phi-2", as_of=DAY)
    assert narrate(c) == narrate(c) == c.narrative
