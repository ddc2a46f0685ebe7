"""API misuse: wrong argument types are typed errors; inconsistent dicts do not become results."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from phicompare import Comparison, ComparisonError, compare, compare_all
from phicompare.exceptions import ArgumentError, PhicompareError


@pytest.mark.parametrize(("args", "kwargs", "needle"), [
    ((None, "phi-2"), {}, "the first model must be a Model or a model name (str), got None"),
    (("phi-2", 42), {}, "the second model must be"),
    (("phi-2", "phi-4", ["phi-4-mini"]), {}, "the third model must be"),
    (("phi-2", "phi-4"), {"include_free": "no"}, "include_free must be True or False"),
    (("phi-2", "phi-4"), {"include_free": 1}, "include_free must be True or False"),
    (("phi-2", "phi-4"), {"requires": "vision"}, "requires is a list of capabilities"),
    (("phi-2", "phi-4"), {"requires": 3}, "requires is a list of capabilities"),
    (("phi-2", "phi-4"), {"catalog": "bundled"}, "catalog must be a Catalog"),
])
def test_wrong_argument_types_are_typed_errors(args: tuple[Any, ...], kwargs: dict[str, Any],
                                               needle: str) -> None:
    with pytest.raises(ArgumentError) as caught:
        compare(*args, **kwargs)
    assert needle in str(caught.value)
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, PhicompareError)


def test_compare_all_checks_its_options_too() -> None:
    with pytest.raises(ArgumentError, match="include_free"):
        list(compare_all(pairs=[("phi-2", "phi-4")], include_free="no"))


def test_a_datetime_is_still_a_date() -> None:
    c = compare("phi-2", "phi-4", as_of=dt.datetime(2026, 1, 1, 12, 0))  # noqa: DTZ001
    assert c.as_of == dt.date(2026, 1, 1)


def _dict() -> dict[str, Any]:
    return compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 1)).to_dict()


@pytest.mark.parametrize(("mutate", "needle"), [
    (lambda d: d.update(models=[]), "at least two models, got 0"),
    (lambda d: d.update(models=d["models"][:1]), "at least two models, got 1"),
    (lambda d: d.update(models=[d["models"][0], d["models"][0]]), "models repeat"),
    (lambda d: d["routes"][0].update(model=7),
     "routes[0].model = 7: expected the position of one of the 2 models"),
    (lambda d: d["cost"]["estimates"][0].update(model=-1),
     "cost.estimates[0].model = -1: expected the position of one of the 2 models"),
    (lambda d: d["cost"].update(cheapest=[5]), "position of one of the 2 models, got 5"),
    (lambda d: d["specs"][0].update(values=["x"]), "specs[0].values has 1 entries for 2 models"),
    (lambda d: d["benchmarks"][0]["pairs"][0].update(b=9),
     "benchmarks[0].pairs[0].b = 9: expected the position"),
])
def test_from_dict_rejects_inconsistent_comparisons(mutate: Any, needle: str) -> None:
    data = _dict()
    mutate(data)
    with pytest.raises(ComparisonError) as caught:
        Comparison.from_dict(data)
    assert needle in str(caught.value)


def test_from_dict_still_reads_its_own_output() -> None:
    data = _dict()
    assert Comparison.from_dict(data).to_dict() == data


def test_records_built_in_code_reject_infinite_and_nan_figures() -> None:
    """The domain's own rule: a price or count is a finite number, whoever builds the record."""
    from decimal import Decimal

    from phicompare import ProviderRoute, Tier

    for bad in ("Infinity", "-Infinity", "NaN"):
        with pytest.raises(ValueError, match="must be a finite number"):
            ProviderRoute(provider="p", input=Decimal(bad), output=Decimal(1),
                          source="https://example.com", checked=dt.date(2026, 11, 1))
    with pytest.raises(ValueError, match="must be a finite number"):
        Tier(above_input_tokens=1000, input=Decimal("Infinity"))


def test_zero_width_and_bidi_characters_never_reach_a_page() -> None:
    """Every format shows U+FFFD where a name hides a zero-width or direction character."""
    from phicompare import Catalog, Model

    sneaky = Model(id="phi-x", name="Phi\u200b-X\u202e\u2066", context_window=4096)
    other = Model(id="other", name="Other\u200d", context_window=8192)
    c = compare(sneaky, other, catalog=Catalog(models=(sneaky, other)))
    for page in (c.to_markdown(), c.to_html(), c.to_text()):
        assert not any(ch in page for ch in "\u200b\u202e\u2066\u200d")
        assert "\ufffd" in page or "&#xfffd;" in page.lower()
