"""An unknown provider or benchmark id is a typed error that names it and suggests close ids."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from phicompare import (
    Benchmark,
    Catalog,
    ComparisonError,
    PhicompareError,
    Provider,
    UnknownBenchmarkError,
    UnknownProviderError,
    compare,
    default_catalog,
    estimate,
    recommend,
)


def test_an_unknown_provider_suggests_close_ids() -> None:
    """``Catalog.provider("openroute")`` names the id and offers 'openrouter' (still a KeyError)."""
    with pytest.raises(UnknownProviderError) as info:
        default_catalog().provider("openroute")
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, PhicompareError)
    assert info.value.name == "openroute"
    assert info.value.suggestions[0] == "openrouter"
    assert str(info.value).startswith("unknown provider 'openroute'; did you mean 'openrouter'")


def test_an_unknown_benchmark_suggests_close_ids() -> None:
    """``Catalog.benchmark("mmlx")`` names the id and offers 'mmlu' among up to three ids."""
    with pytest.raises(UnknownBenchmarkError) as info:
        default_catalog().benchmark("mmlx")
    assert isinstance(info.value, KeyError)
    assert "mmlu" in info.value.suggestions
    assert len(info.value.suggestions) <= 3
    assert str(info.value).startswith("unknown benchmark 'mmlx'; did you mean ")


def test_a_hopeless_id_says_where_the_ids_are() -> None:
    """With nothing close, the message says so in one line; a catalog built in code says it too."""
    catalog = Catalog(models=(), providers=(Provider(id="acme", name="Acme Cloud"),),
                      benchmarks=(Benchmark(id="mmlu", name="MMLU"),))
    with pytest.raises(UnknownProviderError) as provider:
        catalog.provider("zzzzzzzz")
    with pytest.raises(UnknownBenchmarkError) as benchmark:
        catalog.benchmark("zzzzzzzz")
    assert provider.value.suggestions == benchmark.value.suggestions == ()
    assert str(provider.value) == ("unknown provider 'zzzzzzzz'; no provider id is close to it: "
                                   "Catalog.providers lists them")
    assert str(benchmark.value) == ("unknown benchmark 'zzzzzzzz'; no benchmark id is close to "
                                    "it: Catalog.benchmarks lists them")
    with pytest.raises(UnknownProviderError) as held:
        catalog.provider("acme-cloud")  # by its name's form: the id is offered
    assert held.value.suggestions == ("acme",)


@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda: compare("phi-2", "phi-4-mini", providers=["openroute"]), UnknownProviderError,
     "unknown provider 'openroute'; did you mean 'openrouter'?"),
    (lambda: compare("phi-2", "phi-4-mini", exclude_providers=["zzzzzzzz"]),
     UnknownProviderError, "unknown provider 'zzzzzzzz'; no provider id or name is close"),
    (lambda: recommend(providers=["azur"]), UnknownProviderError,
     "unknown provider 'azur'; did you mean 'azure-foundry'?"),
    (lambda: estimate("phi-4-mini", exclude_providers=["openroute"]), UnknownProviderError,
     "unknown provider 'openroute'; did you mean 'openrouter'?"),
    (lambda: recommend(priorities=["mmlx"]), UnknownBenchmarkError,
     "unknown benchmark 'mmlx'; did you mean "),
    (lambda: recommend(priorities=["m"]), UnknownBenchmarkError,
     "unknown benchmark 'm'; no benchmark id is close to it, of the "),
])
def test_an_unknown_id_in_a_filter_is_the_typed_error(call: Callable[[], object],
                                                      error: type[Exception],
                                                      message: str) -> None:
    """A filter's or priority's unknown id is the typed error, and a ComparisonError as before."""
    with pytest.raises(error) as info:
        call()
    assert isinstance(info.value, ComparisonError)  # as it always was (a ValueError too)
    assert isinstance(info.value, KeyError)
    assert str(info.value).startswith(message)
    assert len(str(info.value)) < 120  # one short line, never every known id
