"""pick --as-of counts and names the models it leaves out for a release not known by the day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import (
    Benchmark,
    Catalog,
    Fit,
    Model,
    Provider,
    ProviderRoute,
    RequirementKind,
    recommend,
)
from phicompare.cli.pick import render_pick, to_json

DAY = dt.date(2024, 6, 1)


def _unknown_release(day: dt.date) -> list[str]:
    """The ids of the models whose release by ``day`` is unknown, judged one by one."""
    r = recommend(as_of=day, limit=None, explain_rejected=True)
    return sorted(c.model.id for c in r.rejected
                  if any(k.requirement.kind is RequirementKind.RELEASED
                         and k.fit is Fit.UNKNOWN for k in c.checks))


def test_the_summary_counts_and_names_the_models_of_unknown_release() -> None:
    """As of 2024-06-01, the models with no release date and no route listed by then are counted
    in the summary, as the free tiers are, the first few named by name, the rest counted."""
    r = recommend(as_of=DAY, limit=3)
    expected = _unknown_release(DAY)
    assert len(expected) > 3
    assert r.release_unknown_count == len(expected)
    assert len(r.release_unknown) == 3
    assert {m.id for m in r.release_unknown} <= set(expected)
    names = [m.name for m in r.release_unknown]
    assert names == sorted(names, key=str.casefold)
    claim = next(c for c in r.reasons.summary if c.key == "summary:release-unknown")
    more = len(expected) - 3
    assert claim.text == (
        f"In all, {len(expected)} models are left out because their release dates are not yet "
        f"sourced and no route of them was listed by 2024-06-01: {names[0]}, {names[1]} and "
        f"{names[2]}; {more} more are not listed.")
    assert r.check() == []
    text = " ".join(render_pick(r, 100).split())
    assert claim.text in text
    data = to_json(r)
    assert data["release_unknown_count"] == len(expected)
    assert data["release_unknown"] == [m.id for m in r.release_unknown]


def test_a_limit_of_one_names_one_and_counts_the_rest() -> None:
    """With a limit of one, one model is named and the sentence still counts them all."""
    r = recommend(as_of=DAY, limit=1)
    claim = next(c for c in r.reasons.summary if c.key == "summary:release-unknown")
    assert claim.text.endswith(f"by 2024-06-01: {r.release_unknown[0].name}; "
                               f"{r.release_unknown_count - 1} more are not listed.")
    assert r.check() == []


def _model(model_id: str, released: dt.date | None, checked: dt.date) -> Model:
    route = ProviderRoute(provider="p0", input=Decimal("0.1"), output=Decimal("0.1"),
                          source="https://example.com", checked=checked)
    return Model(id=model_id, name=model_id.upper(), released=released, routes=(route,))


def test_one_model_of_unknown_release_reads_in_the_singular() -> None:
    """One model of unknown release, and none listed by the day: "One model is left out"."""
    later = dt.date(2025, 1, 1)
    catalog = Catalog(models=(_model("a", dt.date(2024, 1, 1), later), _model("b", None, later),
                              _model("c", None, dt.date(2024, 5, 1))),
                      providers=(Provider(id="p0", name="P0"),),
                      benchmarks=(Benchmark(id="mmlu", name="MMLU"),))
    r = recommend(catalog, as_of=DAY)
    assert [c.model.id for c in r.candidates] == ["a", "c"]  # c: a route listed by the day
    claim = next(c for c in r.reasons.summary if c.key == "summary:release-unknown")
    assert claim.text == ("One model is left out because its release date is not yet sourced "
                          "and no route of it was listed by 2024-06-01: B.")
    assert r.check() == []


def test_no_date_asked_or_every_release_known_says_nothing() -> None:
    """Without as_of, or where no model's release is unknown by the day, no sentence."""
    for r in (recommend(limit=3), recommend(as_of=dt.date(2026, 11, 25), limit=3)):
        assert r.release_unknown == ()
        assert r.release_unknown_count == 0
        assert all(c.key != "summary:release-unknown" for c in r.reasons.summary)
