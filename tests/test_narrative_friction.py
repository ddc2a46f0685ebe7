"""Switch friction's sentences: context moves, windows that read alike, moves that lose nothing.

Each page is built from a small catalog in code, so the figures are the test's own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import Capabilities, Catalog, Comparison, Model, Provider, ProviderRoute, compare
from phicompare.narrative.inputs import InputSplit, input_splits

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str, context: int | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         context_window=context, source=URL, checked=DAY)


def _model(mid: str, context: int | None, routes: tuple[ProviderRoute, ...] = (),
           **extra: object) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=context, input_modalities=("text",),
                 routes=routes or (_route("p", "1"),), **extra)  # type: ignore[arg-type]


def _page(*models: Model) -> Comparison:
    catalog = Catalog(models=models, providers=(Provider(id="p", name="P"),
                                                Provider(id="q", name="Q")))
    return compare(*[m.id for m in models], catalog=catalog, as_of=DAY)


def _friction(c: Comparison) -> list[str]:
    return [claim.text for _, _, claims in (*c.narrative.friction_shared, *c.narrative.friction)
            for claim in claims]


def test_a_context_move_says_what_the_targets_routes_take() -> None:
    """B's model records 32K but a route of B takes 128K: no "must be cut" (review 6, D3)."""
    a = _model("a", 131_072)
    b = _model("b", 32_768, routes=(_route("p", "1", 65_536), _route("q", "1")))
    c = _page(a, b)
    said = " ".join(_friction(c))
    assert "must be cut" not in said
    assert ("Context shrinks from 128K tokens on A to 32K on B as recorded for the model; "
            "some of its routes take more, up to 64K tokens.") in said
    assert c.check() == []
    # a route as wide as A's window: no shrink, "128K ... up to 128K" (review 8, G3)
    b = _model("b", 32_768, routes=(_route("p", "1", 131_072), _route("q", "1")))
    said = " ".join(_friction(c := _page(a, b)))
    assert "shrinks" not in said
    assert ("B is recorded at 32K tokens of context against 128K on A; only its routes that "
            "take more (up to 128K) carry prompts over 32K.") in said
    assert c.check() == []


def test_a_context_move_with_no_larger_route_must_cut() -> None:
    """No route of B takes more than B's 32K: the prompts over it must be cut."""
    c = _page(_model("a", 131_072), _model("b", 32_768, routes=(_route("p", "1", 32_768),)))
    assert ("Context shrinks from 128K tokens on A to 32K on B; prompts over 32K tokens must "
            "be cut.") in _friction(c)
    assert c.check() == []


def test_windows_that_read_alike_are_no_friction_step() -> None:
    """1,048,576 and 1,047,576 tokens both read 1M: no "context shrinks" line (review 6, D11)."""
    for models in ((_model("a", 1_048_576), _model("b", 1_047_576)),
                   (_model("a", 1_048_576), _model("b", 1_047_576), _model("c", 200_000))):
        c = _page(*models)
        said = _friction(c)
        assert not [t for t in said if "1,047,576" in t], said
        assert c.check() == []


def test_output_limits_that_read_alike_are_no_friction_step() -> None:
    """65,536 and 64,000 output tokens both read 64K: no "maximum output shrinks" line."""
    c = _page(_model("a", 131_072, max_output_tokens=65_536),
              _model("b", 131_072, max_output_tokens=64_000))
    assert not [t for t in _friction(c) if "Maximum output" in t]
    assert c.check() == []


def test_moves_that_lose_nothing_either_way_are_one_line_a_pair() -> None:
    """Three alike models: three lines, not six; a window not sourced is said so (review 6, D29)."""
    c = _page(_model("a", 2048), _model("b", 2048), _model("c", None))
    said = _friction(c)
    assert [claim for _, _, claims in c.narrative.friction for claim in claims] == []
    assert ("Moving either way between A and B loses no documented capability, context or input "
            "modality.") in said
    assert ("Moving either way between A and C loses no documented capability or input modality; "
            "C's context window is not yet sourced.") in said
    assert len([t for t in said if t.startswith("Moving either way")]) == 3
    assert c.check() == []


def test_a_move_that_loses_nothing_one_way_still_says_so() -> None:
    """A to B loses context; B to A loses nothing: that direction keeps its own line."""
    c = _page(_model("a", 131_072), _model("b", 2048))
    assert "Moving from B to A loses no documented capability, context or input modality." in (
        _friction(c))
    assert c.check() == []


def _tradeoffs(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.tradeoffs]


def test_windows_that_read_alike_share_the_longer_prompts_tradeoff() -> None:
    """1,048,576 and 1,047,576 beside 200,000: the two take longer prompts (review 6, D11)."""
    c = _page(_model("c", 200_000), _model("b", 1_047_576), _model("a", 1_048_576))
    context = [t for t in _tradeoffs(c) if "prompts" in t]
    assert context == ["A and B take longer prompts: about 1M tokens against 200K for C."]
    assert c.check() == []


def test_an_input_modality_known_on_both_sides_is_a_tradeoff() -> None:
    """Audio input friction lists reaches the tradeoffs, once per group (review 6, D10)."""
    a = _model("a", 131_072)
    b = attrs.evolve(_model("b", 131_072), input_modalities=("text", "image", "audio"))
    c = _page(a, b)
    assert "B accepts image and audio input; A does not." in _tradeoffs(c)
    assert "A takes no image or audio input, which B accepts." in _friction(c)
    assert c.check() == []
    three = _page(a, attrs.evolve(b, input_modalities=("text", "image", "audio", "video")),
                  attrs.evolve(_model("c", 131_072), input_modalities=("text", "image")))
    said = _tradeoffs(three)
    assert "B accepts audio and video input; A and C do not." in said
    assert "B and C accept image input; A does not." in said
    assert three.check() == []


def test_inputs_not_known_on_every_side_are_no_tradeoff() -> None:
    """A model whose inputs are not sourced: no input bullet (unknown is not no)."""
    b = attrs.evolve(_model("b", 131_072), input_modalities=("text", "audio"))
    c = _page(attrs.evolve(_model("a", 131_072), input_modalities=()), b)
    assert not [t for t in _tradeoffs(c) if "input" in t]
    assert input_splits(c) == ()


def test_input_splits_are_a_fact_the_verdict_can_read() -> None:
    """Which models accept which inputs the others do not, in model order."""
    b = attrs.evolve(_model("b", 131_072), input_modalities=("text", "audio", "video"))
    c = _page(_model("a", 131_072), b)
    assert input_splits(c) == (InputSplit(modalities=("audio", "video"), yes=(1,), no=(0,)),)


def test_inputs_a_move_loses_are_one_line() -> None:
    """"B takes no audio input" and "B takes no video input": one line (review 6, D29)."""
    a = attrs.evolve(_model("a", 131_072), input_modalities=("text", "audio", "video"))
    c = _page(a, _model("b", 131_072))
    said = _friction(c)
    assert "B takes no audio or video input, which A accepts." in said
    assert not [t for t in said if t.startswith("B takes no audio input")]
    assert c.check() == []


def test_multimodal_input_said_by_the_vision_and_input_bullets_is_not_said_again() -> None:
    """Vision, and audio input, set B apart: no third bullet for "multimodal input"."""
    a = _model("a", 131_072, capabilities=Capabilities(vision=False, multimodal=False))
    b = attrs.evolve(_model("b", 131_072, capabilities=Capabilities(vision=True, multimodal=True)),
                     input_modalities=("text", "image", "audio"))
    said = _tradeoffs(_page(a, b))
    assert "B accepts audio input; A does not." in said
    assert [t for t in said if "vision" in t]
    assert not [t for t in said if "multimodal" in t], said


def test_multimodal_input_said_by_the_inputs_lost_is_no_friction_item() -> None:
    """B to A loses vision and audio input: no third line for "multimodal input"."""
    a = _model("a", 131_072, capabilities=Capabilities(vision=False, multimodal=False))
    b = attrs.evolve(_model("b", 131_072, capabilities=Capabilities(vision=True, multimodal=True)),
                     input_modalities=("text", "image", "audio"))
    c = _page(a, b)
    assert [f.subject for f in c.friction if f.source_index == 1
            and f.kind.value.startswith(("capability", "modality"))] == ["vision", "audio"]
    assert not [t for t in _friction(c) if "multimodal" in t]
    assert c.check() == []
