"""Oracle: phicompare's bills against two price calculators nobody here wrote.

pydantic's genai-prices 0.1.4 (``calc_price``; its bundled data is the genai-prices snapshot,
commit 47df840a) and LiteLLM 1.110.2 (``cost_per_token``; its bundled price map is byte-identical
to the LiteLLM snapshot) price every route both they and phicompare know, over the shared
snapshots (``../shared/data``), for a set of usages: 1M+1M tokens, 800M+250M, cache reads and
writes (5-minute and 1-hour), one 1M-token request, 250k-token requests, at, just above and
above-with-cache every tier threshold, each route's own price date, day and night. The bills
must agree to half a cent, except for the short list of the calculators' own bugs in
``KNOWN_BUGS`` (each documented in docs/cost-model.md).

The peers are the optional ``oracle`` extra (``pip install -e ".[oracle]"``); without them, or
without the snapshots, the module skips and says why. ``python tests/test_oracle.py`` prints the
agreement counts (``--json`` for a machine-readable form).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import importlib.metadata
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from phicompare.analysis.cost import Traffic, current_routes, route_cost
from phicompare.domain.records import ProviderRoute
from phicompare.importers import from_genai_prices, from_litellm

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
PINS = {"genai-prices": "0.1.4", "litellm": "1.110.2"}
HALF_CENT = Decimal("0.005")
DAY = dt.time(3, 0)  # DeepSeek's standard hours (00:30-16:30 UTC on genai-prices)
NIGHT = dt.time(20, 0)  # off-peak for DeepSeek on both calculators
DEFAULT_DATE = dt.date(2026, 8, 19)  # a Wednesday, the week of the snapshots


@attrs.frozen
class Usage:
    """One request's tokens, how many such requests, and when they arrive."""

    kind: str
    input: int
    output: int
    requests: int
    cache_read: int = 0
    cache_write: int = 0
    cache_write_1h: int = 0
    time: dt.time = DAY


@attrs.frozen
class Case:
    peer: str
    key: str  # the peer's name for the route
    usage: str
    date: dt.date
    ours: Decimal | None
    theirs: Decimal | None

    @property
    def verdict(self) -> str:
        if self.ours is None and not self.theirs:
            return "neither prices"  # the peer bills a route without prices at $0
        if self.ours is None:
            return "only the peer prices"
        if self.theirs is None:
            return "only phicompare prices"
        return "agree" if abs(self.ours - self.theirs) <= HALF_CENT else "disagree"


def usages(route: ProviderRoute) -> Iterator[Usage]:
    """The usages every route is priced at; tier usages at each of the route's thresholds."""
    yield Usage("1M+1M", 1_000, 1_000, 1_000)
    yield Usage("800M+250M", 8_000, 2_500, 100_000)
    yield Usage("cache reads and writes", 10_000, 1_000, 1_000, cache_read=5_000,
                cache_write=2_000)
    yield Usage("1-hour cache writes", 10_000, 1_000, 1_000, cache_write=4_000,
                cache_write_1h=2_000)
    yield Usage("one 1M-token request", 1_000_000, 1_000, 1)
    yield Usage("250k-token requests", 250_000, 1_000, 10)
    for threshold in sorted({t.above_input_tokens for t in getattr(route, "tiers", ())}):
        even = threshold + 2 - threshold % 2
        yield Usage("tier: at the threshold", threshold, 1_000, 10)
        yield Usage("tier: just above", threshold + 1, 1_000, 10)
        yield Usage("tier: above, half cached", even, 1_000, 10, cache_read=even // 2)
    if getattr(route, "windows", ()):
        yield Usage("night", 1_000, 1_000, 1_000, time=NIGHT)
        yield Usage("night, cached", 10_000, 1_000, 1_000, cache_read=5_000, time=NIGHT)


def ours(route: ProviderRoute, usage: Usage, date: dt.date) -> Decimal | None:
    """phicompare's bill for ``usage.requests`` such requests (None: the route has no price)."""
    if route.input is None or route.output is None:
        return None
    fields = attrs.fields_dict(Traffic)
    options: dict[str, Any] = {
        "input_tokens": usage.input * usage.requests,
        "output_tokens": usage.output * usage.requests, "requests": usage.requests,
        "cached_share": Decimal(usage.cache_read) / usage.input,
        "cache_write_share": Decimal(usage.cache_write) / usage.input}
    if "cache_write_1h_share" in fields and usage.cache_write:
        options["cache_write_1h_share"] = Decimal(usage.cache_write_1h) / usage.cache_write
    if "at" in fields:
        options["at"] = usage.time.strftime("%H:%M")
        options["weekday"] = date.isoweekday()
    return route_cost(route, Traffic(**options)).monthly


def price_date(route: ProviderRoute, history: list[ProviderRoute]) -> dt.date | None:
    """A date on which ``route`` is the price in force, or None when it never is."""
    dates = sorted({r.effective_from for r in history if r.effective_from is not None})
    if route.effective_from is not None:
        date = route.effective_from
    elif dates:
        date = dates[0] - dt.timedelta(days=1)
    else:
        date = DEFAULT_DATE
    return date if route in current_routes(history, date) else None


def histories(routes: list[ProviderRoute]) -> dict[tuple[str, str | None], list[ProviderRoute]]:
    found: dict[tuple[str, str | None], list[ProviderRoute]] = {}
    for route in routes:
        found.setdefault((route.provider, route.provider_model_id), []).append(route)
    return found


# -- the peers -------------------------------------------------------------------------------


class GenaiPrices:
    name = "genai-prices"

    def __init__(self) -> None:
        module = importlib.import_module("genai_prices")
        self.usage_type: Any = module.Usage
        providers: Any = importlib.import_module("genai_prices.data").providers
        self.models = {(p.id, m.id): (p, m) for p in providers for m in p.models}

    def routes(self, data: Path) -> list[ProviderRoute]:
        catalog = from_genai_prices(data / "genai-prices")
        return [r for m in catalog for r in m.routes]

    def key(self, route: ProviderRoute) -> str | None:
        found = (route.provider, route.provider_model_id) in self.models
        return f"{route.provider}/{route.provider_model_id}" if found else None

    def price(self, route: ProviderRoute, usage: Usage, date: dt.date) -> Decimal | None:
        provider, model = self.models[(route.provider, route.provider_model_id)]
        when = dt.datetime.combine(date, usage.time, tzinfo=dt.timezone.utc)
        counts = {"input_tokens": usage.input, "output_tokens": usage.output,
                  "cache_read_tokens": usage.cache_read or None,
                  "cache_write_tokens": usage.cache_write or None,
                  "cache_write_1h_tokens": usage.cache_write_1h or None}
        try:
            calc = model.calc_price(self.usage_type(**counts), provider,
                                    genai_request_timestamp=when)
        except (ValueError, KeyError, TypeError, ArithmeticError):
            return None
        total: Decimal = calc.total_price * usage.requests
        return total


class LiteLLM:
    name = "litellm"

    def __init__(self) -> None:
        os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
        module: Any = importlib.import_module("litellm")
        module.suppress_debug_info = True  # no banner on stdout for an unknown provider
        self.module: Any = module
        self.details: Any = importlib.import_module("litellm.types.utils")

    def routes(self, data: Path) -> list[ProviderRoute]:
        catalog = from_litellm(data / "litellm")
        return [r for m in catalog for r in m.routes]

    def key(self, route: ProviderRoute) -> str | None:
        key = route.source.rsplit("#", 1)[-1]
        return key if key in self.module.model_cost else None

    def price(self, route: ProviderRoute, usage: Usage, date: dt.date) -> Decimal | None:
        key = route.source.rsplit("#", 1)[-1]
        when = dt.datetime.combine(date, usage.time, tzinfo=dt.timezone.utc)
        usage_object = None
        if usage.cache_write_1h:
            details = self.details.PromptTokensDetailsWrapper(
                cached_tokens=usage.cache_read, cache_creation_tokens=usage.cache_write,
                cache_creation_token_details=self.details.CacheCreationTokenDetails(
                    ephemeral_5m_input_tokens=usage.cache_write - usage.cache_write_1h,
                    ephemeral_1h_input_tokens=usage.cache_write_1h))
            usage_object = self.details.Usage(
                prompt_tokens=usage.input, completion_tokens=usage.output,
                total_tokens=usage.input + usage.output, prompt_tokens_details=details)
        billing: Any = importlib.import_module("litellm.litellm_core_utils.llm_cost_calc.utils")
        clock = getattr(billing, "current_billing_time", None)
        try:
            if clock is not None:
                billing.current_billing_time = lambda: when
            cost = self.module.cost_per_token(
                model=key, custom_llm_provider=route.provider, prompt_tokens=usage.input,
                completion_tokens=usage.output, cache_read_input_tokens=usage.cache_read,
                cache_creation_input_tokens=usage.cache_write, usage_object=usage_object)
        except Exception:  # noqa: BLE001 - any failure of the peer means it cannot price this
            return None
        finally:
            if clock is not None:
                billing.current_billing_time = clock
        return (Decimal(repr(cost[0])) + Decimal(repr(cost[1]))) * usage.requests


# -- the calculators' own bugs ------------------------------------------------------------------

KnownBug = Callable[[ProviderRoute, "Case"], bool]
_CACHED = frozenset({"cache reads and writes", "tier: above, half cached", "night, cached"})
_WRITES = frozenset({"cache reads and writes", "1-hour cache writes"})
_CROSSES = frozenset({"one 1M-token request", "250k-token requests", "tier: just above",
                      "tier: above, half cached"})
KNOWN_BUGS: dict[str, tuple[str, KnownBug]] = {
    # LiteLLM's apply_provider_cache_read_default() gives every fireworks_ai model a cache-read
    # price the map does not carry (with_default_cache_read_rate), so cached input is billed
    # below the map's input price; phicompare bills it at the input price, as the map says.
    "fireworks_ai cache-read default": (
        "litellm", lambda route, case: route.provider == "fireworks_ai"
        and route.cache_read is None and case.usage in _CACHED),
    # LiteLLM's perplexity cost calculator prices from the base rates only: the map's
    # *_above_<N>k_tokens tiers for perplexity/ models are never applied.
    "perplexity ignores the map's tiers": (
        "litellm", lambda route, case: route.provider == "perplexity" and bool(route.tiers)
        and case.usage in _CROSSES),
    # The same calculator sets the cache-creation rate to 0.0: cache writes cost nothing.
    "perplexity bills cache writes at $0": (
        "litellm", lambda route, case: route.provider == "perplexity"
        and route.cache_write is not None and case.usage in _WRITES),
    # cost_per_token(model=K, custom_llm_provider=P) prices K with the entry of its
    # provider-prefixed twin ("deepseek-chat" -> "deepseek/deepseek-chat", which says cache
    # writes cost 0.0; "perplexity/perplexity/sonar" -> "perplexity/sonar", other prices)
    # instead of the entry named K; phicompare prices the entry named.
    "a key priced by its provider-prefixed twin": (
        "litellm", lambda route, case: _twin(case.key, route.provider)),
}
"""Disagreements that are the peer's bug, by name: (peer, predicate). See docs/cost-model.md."""

_PRICE_KEYS = ("input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost",
               "cache_creation_input_token_cost")


@functools.cache
def _litellm_map() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (SHARED_DATA / "litellm" / "model_prices_and_context_window.json").read_text("utf-8"))
    return data


def _twin(key: str, provider: str) -> bool:
    """Whether LiteLLM's lookup of ``key`` lands on another entry with other prices."""
    data = _litellm_map()
    if key.startswith(f"{provider}/{provider}/"):
        twin = key.removeprefix(f"{provider}/")
    elif not key.startswith(f"{provider}/"):
        twin = f"{provider}/{key}"
    else:
        return False
    if twin not in data:
        return False
    return any(data[key].get(k) != data[twin].get(k) for k in _PRICE_KEYS)


def known_bug(case: Case, route: ProviderRoute) -> str | None:
    for name, (peer, predicate) in KNOWN_BUGS.items():
        if peer == case.peer and predicate(route, case):
            return name
    return None


# -- the run -------------------------------------------------------------------------------------


def run(peer: GenaiPrices | LiteLLM, data: Path) -> list[tuple[Case, ProviderRoute]]:
    routes = peer.routes(data)
    found: list[tuple[Case, ProviderRoute]] = []
    for history in histories(routes).values():
        for route in history:
            key = peer.key(route)
            date = price_date(route, history)
            if key is None or date is None:
                continue
            for usage in usages(route):
                found.append((Case(peer.name, key, usage.kind, date, ours(route, usage, date),
                                   peer.price(route, usage, date)), route))
    return found


def summary(results: list[tuple[Case, ProviderRoute]]) -> dict[str, Any]:
    """Counts by verdict for cases and for routes (a route agrees when all its cases agree)."""
    cases: Counter[str] = Counter()
    by_class: Counter[str] = Counter()
    routes: dict[str, set[str]] = {}
    for case, route in results:
        verdict = case.verdict
        if verdict == "disagree":
            bug = known_bug(case, route)
            verdict = f"disagree: known {case.peer} bug ({bug})" if bug else "disagree"
            by_class[f"{verdict} / {case.usage}"] += 1
        cases[verdict] += 1
        routes.setdefault(case.key, set()).add(verdict)
    pairs: Counter[str] = Counter()
    for verdicts in routes.values():
        worst = sorted(verdicts, key=lambda v: (v != "disagree", not v.startswith("disagree"),
                                                v != "only the peer prices", v))[0]
        pairs[worst] += 1
    return {"cases": dict(cases), "pairs": dict(pairs), "disagreements by class": dict(by_class)}


def peers_or_skip() -> list[GenaiPrices | LiteLLM]:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real catalog snapshots not found at {SHARED_DATA} (../shared/data)")
    for dist, pin in PINS.items():
        try:
            version = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{dist} is not installed: pip install -e '.[oracle]' to run the oracle")
        if version != pin:
            pytest.skip(f"{dist} {version} is installed; the oracle pins {pin}, whose bundled data "
                        "equals the shared snapshot")
    return [GenaiPrices(), LiteLLM()]


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[Case, ProviderRoute]]]:
    return {peer.name: run(peer, SHARED_DATA) for peer in peers_or_skip()}


@pytest.mark.slow
@pytest.mark.parametrize("peer", sorted(PINS))
def test_every_route_both_sides_price_agrees_to_half_a_cent(
        results: dict[str, list[tuple[Case, ProviderRoute]]], peer: str) -> None:
    """Every case both sides price agrees, except the peer's own documented bugs."""
    found = results[peer]
    assert len(found) > 1_000, "the oracle priced too few routes to mean anything"
    wrong = [f"{c.key} {c.usage} on {c.date}: phicompare {c.ours}, {peer} {c.theirs}"
             for c, route in found if c.verdict == "disagree" and known_bug(c, route) is None]
    assert wrong == [], f"{len(wrong)} disagreements, e.g.:\n" + "\n".join(wrong[:20])


@pytest.mark.slow
def test_every_known_bug_still_shows(results: dict[str, list[tuple[Case, ProviderRoute]]]) -> None:
    """Each documented peer bug is seen at least once, so a fixed bug leaves the list."""
    seen = {known_bug(c, r) for found in results.values() for c, r in found
            if c.verdict == "disagree"}
    assert set(KNOWN_BUGS) <= seen


def test_the_calculators_ship_no_test_cases_to_replay() -> None:
    """The pinned wheels carry no test vectors (usage -> price); were one to, replay it here."""
    for dist in PINS:
        try:
            files = importlib.metadata.files(dist) or []
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{dist} is not installed: pip install -e '.[oracle]'")
        shipped = [str(f) for f in files if "/tests/" in str(f) and "cost" in str(f)]
        assert shipped == [], f"{dist} ships test cases: replay them through phicompare"


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv and not argv[0].startswith("--") else SHARED_DATA
    report = {}
    for peer in (GenaiPrices(), LiteLLM()):
        report[peer.name] = summary(run(peer, data))
    if "--json" in argv:
        sys.stdout.write(json.dumps(report, indent=2, sort_keys=True) + "\n")
        return 0
    for name, counts in report.items():
        sys.stdout.write(f"{name}\n")
        for section, values in counts.items():
            sys.stdout.write(f"  {section}:\n")
            for verdict, count in sorted(values.items(), key=lambda kv: -kv[1]):
                sys.stdout.write(f"    {count:>7,}  {verdict}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
