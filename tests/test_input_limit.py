"""A model's input limit below its context window (review 12, L1).

GPT-5's 400,000-token window is input and output together: its API refuses a request of more
than 272,000 input tokens. A request over such a cap is not billed as if served: no route of
the model can carry it, and the page says why.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import phicompare
from phicompare import (
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    Traffic,
    compare,
    default_catalog,
    load_catalog,
)
from phicompare.analysis.workload import Unfit
from phicompare.catalog.lint import strict_problems
from phicompare.narrative.check import check_claims

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source=URL, checked=DAY)


def _catalog() -> Catalog:
    capped = Model(id="capped", name="Capped", context_window=400_000,
                   max_input_tokens=272_000, routes=(_route("p", "1"),))
    wide = Model(id="wide", name="Wide", context_window=1_000_000, routes=(_route("p", "2"),))
    return Catalog(models=(capped, wide), providers=(Provider(id="p", name="P"),))


def _big() -> Traffic:
    return Traffic.from_requests(per_day=100, input_tokens=350_000, output_tokens=2_000)


def test_a_request_over_the_input_limit_is_not_billed() -> None:
    """350,000 input tokens fit the 400,000 window but not the 272,000 input limit: the capped
    model has no bill, though it is the cheaper per token."""
    c = compare("capped", "wide", catalog=_catalog(), traffic=_big(), as_of=DAY)
    row = next(r for r in c.routes if r.model.id == "capped")
    assert row.unfit is Unfit.CONTEXT
    assert not row.eligible
    assert row.reason == ("requests of 350,000 input tokens exceed a 272,000-token input limit "
                          "(of a 400,000-token context window, input and output together)")
    assert c.estimate("capped").monthly is None
    assert c.estimate("wide").monthly is not None
    text = c.to_markdown()
    assert "cheaper" not in text
    assert "its input limit (272,000 tokens) is below these requests' 350,000 input tokens" in text
    assert c.check() == []


def test_a_request_under_the_input_limit_is_billed() -> None:
    """270,000 input tokens: under the cap, the capped model is billed as before."""
    small = Traffic.from_requests(per_day=100, input_tokens=270_000, output_tokens=2_000)
    c = compare("capped", "wide", catalog=_catalog(), traffic=small, as_of=DAY)
    assert c.estimate("capped").monthly is not None
    assert c.check() == []


def test_the_catalog_format_reads_max_input_tokens(tmp_path: Path) -> None:
    """``max_input_tokens`` is a model's optional key in the catalog TOML (docs/catalog.md)."""
    file = tmp_path / "m.toml"
    file.write_text('schema = 1\n\n[[models]]\nid = "m"\nname = "M"\ncontext_window = 400000\n'
                    "max_input_tokens = 272000\n", encoding="utf-8")
    assert load_catalog(file).model("m").max_input_tokens == 272_000


def test_an_input_limit_not_below_the_window_is_a_lint_problem() -> None:
    model = Model(id="m", name="M", context_window=128_000, max_input_tokens=128_000)
    assert any(p.path.endswith("max_input_tokens")
               for p in strict_problems([(model, "m.toml", "models[0]")], today=DAY))


@pytest.mark.parametrize("model_id", ["gpt-5", "gpt-5-mini", "gpt-5-nano"])
def test_the_bundled_gpt5_models_carry_openais_input_limit(model_id: str) -> None:
    """GPT-5 and its siblings: 272,000 input tokens of a 400,000-token window."""
    model = default_catalog().model(model_id)
    assert (model.context_window, model.max_input_tokens) == (400_000, 272_000)
    c = compare(model_id, "gpt-4.1", traffic=_big())
    assert c.estimate(model_id).monthly is None
    assert c.check() == []


def test_friction_cuts_prompts_at_the_input_limit() -> None:
    """From a 1M window to a 400K one that takes 272K input: prompts over 272K must be cut,
    not "over 400K"."""
    c = compare("wide", "capped", catalog=_catalog(), as_of=DAY)
    texts = [claim.text for _, _, claims in c.narrative.friction for claim in claims]
    shrink = next(t for t in texts if t.startswith("Context shrinks"))
    assert "prompts over 272K tokens must be cut (Capped takes at most 272K input tokens)" in shrink
    assert c.check() == []


def test_show_and_site_pages_give_the_input_limit() -> None:
    """`phicompare show gpt-5` and its site page list the input limit beside the window."""
    from phicompare.cli.model_view import _facts as show_facts
    from phicompare.render.catalog_pages import _facts as page_facts

    model = default_catalog().model("gpt-5")
    assert ("Max input", "272K (272,000 tokens)") in show_facts(model)
    assert any(row[0] == "Max input tokens" for row in page_facts(model))
    plain = Model(id="m", name="M", context_window=128_000)
    assert all(key != "Max input" for key, _ in show_facts(plain))


def test_a_move_to_a_longer_window_with_a_lower_input_limit_cuts_prompts() -> None:
    """From a 300K window to a 400K one that takes 272K input: the window grows but prompts over
    272K must be cut (Nova Pro to GPT-5 read "loses no ... context")."""
    mid = Model(id="mid", name="Mid", context_window=300_000, routes=(_route("p", "3"),))
    catalog = Catalog(models=(*_catalog().models, mid), providers=_catalog().providers)
    c = compare("mid", "capped", catalog=catalog, as_of=DAY)
    texts = [claim.text for s, _, claims in c.narrative.friction if s == 0 for claim in claims]
    assert ("Capped takes at most 272K input tokens of its 400K context window, against 300K "
            "tokens of context on Mid: prompts over 272K tokens must be cut.") in texts, texts
    assert not any("loses no" in t for t in texts)
    assert c.check() == []


def test_a_shrink_above_the_source_s_input_limit_cuts_no_prompt() -> None:
    """From a 400K window that takes 272K input to a 300K one: the window shrinks, but no prompt
    the source takes is over 300K (GPT-5 to Nova Pro read "prompts over 300K must be cut")."""
    mid = Model(id="mid", name="Mid", context_window=300_000, routes=(_route("p", "3"),))
    catalog = Catalog(models=(*_catalog().models, mid), providers=_catalog().providers)
    c = compare("capped", "mid", catalog=catalog, as_of=DAY)
    texts = [claim.text for s, _, claims in c.narrative.friction if s == 0 for claim in claims]
    assert ("Context shrinks from 400K tokens on Capped to 300K on Mid; no prompt must be cut, "
            "as Capped takes at most 272K input tokens.") in texts, texts
    assert not any("must be cut." in t and "no prompt" not in t for t in texts), texts
    assert c.check() == []


def test_a_corrected_window_drops_an_input_cap_it_no_longer_exceeds() -> None:
    """Review 13, M1: GPT-5 Chat's window corrected to OpenAI's 128,000 kept models.dev's
    272,000-token input cap, an input limit above the window (``validate --strict`` flags it)."""
    model = phicompare.default_catalog().model("gpt-5-chat-latest")
    assert model.context_window == 128_000
    assert model.max_input_tokens is None


def test_a_tradeoff_of_windows_as_recorded_gives_the_larger_one_s_input_limit() -> None:
    """``phicompare gpt-5 claude-sonnet-4-5`` set "400,000 against 200,000" in the tradeoffs,
    where friction says GPT-5 takes at most 272,000 input tokens, and ended with the summary's
    clause word for word (review 24). The tradeoff now gives the limit beside the window."""
    c = compare("gpt-5", "claude-sonnet-4-5")
    context = next(t.text for t in c.narrative.tradeoffs if "tokens of context" in t.text)
    assert context.startswith("GPT-5 is recorded at 400,000 tokens of context (its input limit "
                              "is 272,000) against 200,000 for Claude Sonnet 4.5; "), context
    assert c.check() == []
    model = attrs.evolve(c.models[0], max_input_tokens=400_000)  # no limit below the window
    broken = attrs.evolve(c, models=(model, *c.models[1:]))
    assert any("its input limit" in p for p in check_claims(c.narrative, broken))
