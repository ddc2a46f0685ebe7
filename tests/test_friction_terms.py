"""Switch friction under the page's terms: providers it excludes, licences and weights, output
limits that are no limits (review 7, F23, F31, F32)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Comparison, Model, Provider, ProviderRoute, Traffic, compare

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str = "1") -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source=URL, checked=DAY)


def _catalog(*models: Model) -> Catalog:
    return Catalog(models=models, providers=(Provider(id="p", name="P"),
                                             Provider(id="q", name="Q"),
                                             Provider(id="r", name="R")))


def _friction(c: Comparison) -> list[str]:
    return [claim.text for _, _, claims in (*c.narrative.friction_shared, *c.narrative.friction)
            for claim in claims]


def test_an_excluded_provider_is_no_place_both_run() -> None:
    """--exclude-provider deepinfra: DeepInfra is not named where both models run (F23)."""
    c = compare("llama-3.1-8b", "qwen2.5-7b", traffic=Traffic(input_tokens=10**9,
                                                              output_tokens=10**9),
                exclude_providers=["deepinfra", "together"], as_of=DAY)
    shared = [t for t in _friction(c) if "both run on" in t]
    assert shared
    assert not any("DeepInfra" in t or "Together" in t for t in shared)
    assert c.check() == []


def test_models_sharing_only_an_excluded_provider_share_none_this_page_allows() -> None:
    """Sharing only a provider the page excludes: no provider it allows serves both (F23)."""
    a = Model(id="a", name="A", routes=(_route("p"), _route("q")))
    b = Model(id="b", name="B", routes=(_route("q"), _route("r")))
    c = compare("a", "b", catalog=_catalog(a, b), exclude_providers=["q"], as_of=DAY)
    text = " ".join(_friction(c))
    assert "both run on" not in text
    assert "No provider this page allows serves both A and B" in text
    assert c.check() == []
    plain = compare("a", "b", catalog=_catalog(a, b), as_of=DAY)
    assert "A and B both run on Q." in _friction(plain)


def test_a_move_to_closed_weights_says_it_gives_up_open_weights() -> None:
    """Phi-4 Reasoning (MIT, open weights) to o4-mini: friction says the move gives up open
    weights, where it had said nothing is lost (review 7, F31). On a day o4-mini is served:
    every route of it has retired by 2026-11-19, and no move to it is described then (fixAZ)."""
    c = compare("phi-4-reasoning", "o4-mini", requires=["structured_outputs"],
                traffic=Traffic.from_requests(per_day=3000, input_tokens=8000,
                                              output_tokens=4000), as_of=dt.date(2026, 7, 1))
    there = [claim.text for s, t, claims in c.narrative.friction if (s, t) == (0, 1)
             for claim in claims]
    assert ("o4-mini does not publish its weights, which Phi-4 Reasoning does: the move gives "
            "up running the model on your own hardware.") in there, there
    assert not any("loses no documented capability" in t for t in there)
    back = [claim.text for s, t, claims in c.narrative.friction if (s, t) == (1, 0)
            for claim in claims]
    assert not any("weights" in t for t in back)
    shared = [t for t in _friction(c) if "changes the licence" in t]
    assert shared == [("Moving between Phi-4 Reasoning and o4-mini changes the licence: Phi-4 "
                      "Reasoning is under the MIT licence and o4-mini under a proprietary "
                      "licence; check the terms before moving traffic.")]
    assert c.check() == []


def test_a_licence_change_between_open_models_is_stated_once() -> None:
    """MIT to the Llama 3.2 Community License: one line for both directions (F31)."""
    a = Model(id="a", name="A", license="MIT", open_weights=True, routes=(_route("p"),))
    b = Model(id="b", name="B", license="Llama 3.2 Community License", open_weights=True,
              routes=(_route("p"),))
    c = compare("a", "b", catalog=_catalog(a, b), as_of=DAY)
    lines = [t for t in _friction(c) if "licence" in t]
    assert lines == [("Moving between A and B changes the licence: A is under the MIT licence "
                     "and B under the Llama 3.2 Community License; check the terms before "
                     "moving traffic.")], _friction(c)
    assert c.check() == []


def _model(mid: str, window: int, output: int, *routes: ProviderRoute) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=window, max_output_tokens=output,
                 routes=routes or (_route("p"),))


def test_an_output_limit_that_is_the_whole_window_is_no_output_limit() -> None:
    """Llama 3 70B's 8K "max output" is its 8,192-token window: no output shrink (F32)."""
    c = compare("llama-3-70b-instruct", "llama-3.1-70b-instruct", as_of=dt.date(2024, 6, 1))
    assert not any("Maximum output" in t for t in _friction(c)), _friction(c)
    assert c.check() == []
    a, b = _model("a", 8192, 8192), _model("b", 131_072, 4096)
    c = compare("a", "b", catalog=_catalog(a, b), as_of=DAY)
    assert not any("Maximum output" in t for t in _friction(c))
    a = _model("a", 131_072, 8192)  # a limit of its own: the shrink is said
    c = compare("a", "b", catalog=_catalog(a, b), as_of=DAY)
    assert "Maximum output shrinks from 8K tokens on A to 4K on B." in _friction(c)


def test_an_output_limit_some_routes_exceed_is_said_to_be_the_records() -> None:
    """A 4K limit recorded for the model while some of its routes allow more (F32)."""
    import attrs

    wide = attrs.evolve(_route("q"), max_output_tokens=32_768)
    a, b = _model("a", 131_072, 8192), _model("b", 131_072, 4096, _route("p"), wide)
    c = compare("a", "b", catalog=_catalog(a, b), as_of=DAY)
    assert ("Maximum output shrinks from 8K tokens on A to 4K on B as recorded for the model; "
            "some of its routes allow more than A does, up to 32K tokens.") in _friction(c), \
        _friction(c)  # (more than A's own 8K: review 10, I16)
    assert c.check() == []


def test_a_routes_output_figure_that_is_its_whole_window_is_no_output_limit() -> None:
    """"Some of its routes allow more, up to 128K tokens" counted routes whose "max output" is
    their whole window, shared by prompt and output (review 8, G13)."""
    import attrs

    whole = attrs.evolve(_route("q"), context_window=128_000, max_output_tokens=128_000)
    a = _model("a", 131_072, 16_384)
    b = _model("b", 131_072, 4096, _route("p"), whole)
    c = compare("a", "b", catalog=_catalog(a, b), as_of=DAY)
    assert "Maximum output shrinks from 16K tokens on A to 4K on B." in _friction(c), _friction(c)
    assert c.check() == []
    capped = attrs.evolve(_route("r"), max_output_tokens=8_192)  # a limit of its own
    b = _model("b", 131_072, 4096, _route("p"), whole, capped)
    c = compare("a", "b", catalog=_catalog(a, b), as_of=DAY)
    assert ("Maximum output shrinks from 16K tokens on A to 4K on B as recorded for the model; "
            "some of its routes allow more, up to 8K tokens.") in _friction(c), _friction(c)
    assert c.check() == []


def test_one_output_figure_reads_one_way_in_switch_friction() -> None:
    """Review 10, I16: Claude Sonnet 4's 64,000 read "64,000" in one bullet and "64K" in
    another, Llama 4 Maverick's routes' 65,536 "65,536" and "64K", and "shrinks from 64K ... up
    to 64K" hid that those routes allow as much. Where two output figures the section shows
    would print alike, it writes every one to the token, and says what routes allow as much."""
    import attrs

    wide = attrs.evolve(_route("q"), max_output_tokens=65_536)
    g = _model("g", 1_048_576, 65_536)
    s = _model("s", 200_000, 64_000)
    m = _model("m", 1_048_576, 16_384, _route("p"), wide)
    c = compare("g", "s", "m", catalog=_catalog(g, s, m), as_of=DAY)
    said = [t for t in _friction(c) if "Maximum output" in t]
    assert ("Maximum output shrinks from 64,000 tokens on S to 16,384 on M as recorded for the "
            "model; some of its routes allow more than S does, up to 65,536 tokens.") in said, said
    assert ("Maximum output shrinks from 65,536 tokens on G to 16,384 on M as recorded for the "
            "model; some of its routes allow as much (65,536).") in said, said
    assert not [t for t in said if "K" in t.replace("Maximum", "")], said
    assert c.check() == []
    two = compare("g", "m", catalog=_catalog(g, m), as_of=DAY)  # no two figures print alike
    assert ("Maximum output shrinks from 64K tokens on G to 16K on M as recorded for the model; "
            "some of its routes allow as much (64K).") in _friction(two), _friction(two)
    assert two.check() == []
