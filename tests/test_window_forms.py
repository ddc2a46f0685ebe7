"""One page writes a context window in one form, in its prose and its tables (review 7, F4).

A route table printed DeepSeek V3.2's 163,840 tokens to the token (beside 163,000 and 164,000,
"160K" would read out of order), while the summary, the scorecard and switch friction wrote
"160K" for the same figure.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from decimal import Decimal

from phicompare import (
    Catalog,
    Comparison,
    Model,
    Provider,
    ProviderRoute,
    compare,
    default_catalog,
)
from phicompare.narrative import format as fmt
from phicompare.narrative.window_forms import page_exact


def test_a_window_printed_to_the_token_in_a_table_is_so_everywhere_on_the_page() -> None:
    c = compare("deepseek-v3.2", "qwen3-max-2025-09-23", "gemini-3-flash")
    md = c.to_markdown()
    assert "| 163,840 |" in md  # the route table: beside 163,000 and 164,000
    assert "160K" not in md
    assert not re.search(r"\b16[34]K\b", md)
    assert "163,840" in " ".join(claim.text for claim in c.narrative.summary)
    assert c.check() == []
    for text in (c.to_text(), c.to_html()):
        assert "160K" not in text


def test_a_page_whose_short_forms_agree_keeps_them() -> None:
    c = compare("phi-2", "phi-4-mini")
    summary = " ".join(claim.text for claim in c.narrative.summary)
    assert "128K" in summary or "2K" in summary
    assert c.check() == []


def test_pages_that_write_windows_to_the_token_print_no_short_form_of_one() -> None:
    """Seeded sample of bundled pairs: where the page writes its windows to the token, no
    sentence or table writes a model's window short (bar "about 128K", which says so)."""
    ids = sorted(m.id for m in default_catalog().models if m.routes)
    rng = random.Random(8)
    seen = 0
    for a, b in [("deepseek-v3.2", "gemini-3-flash"), *(rng.sample(ids, 2) for _ in range(120))]:
        c = compare(a, b)
        if not page_exact(c):
            continue
        seen += 1
        md = re.sub(r"(about|per) [\d.]+[KM] tokens|.*Maximum output.*", "", c.to_markdown())
        for m in c.models:
            w = m.context_window
            if w is not None and fmt.tokens(w) != fmt.exact_tokens(w):
                assert f" {fmt.tokens(w)} tokens" not in md, (a, b, w)
                spec = next(line for line in md.splitlines()
                            if line.startswith("| Context window |")
                            and "tokens" not in line)
                assert f"| {fmt.tokens(w)} (" not in spec, (a, b, w)
        assert c.check() == [], (a, b)
    assert seen > 3


def _synthetic(*windows: int) -> Comparison:
    day = dt.date(2026, 11, 25)
    models = tuple(Model(id=f"m{k}", name=f"M{k}", context_window=w, released=day,
                         routes=(ProviderRoute(provider="p", input=Decimal(1), output=Decimal(1),
                                               source="https://example.com", checked=day),))
                   for k, w in enumerate(windows))
    catalog = Catalog(models=models, providers=(Provider(id="p", name="P"),))
    return compare(*models, catalog=catalog, as_of=day)


def test_the_scorecard_writes_windows_as_the_tables_do_where_two_print_alike() -> None:
    """Review 10, I14: Phi-4, Phi-4 Mini and GPT-4o mini: the scorecard wrote "16,384 tokens"
    (to tell 131,072 from 128,000) where every sentence wrote "16K"; its cells now read as the
    specifications' do, short with the exact count beside."""
    c = _synthetic(16_384, 131_072, 128_000)
    assert not page_exact(c)
    md = c.to_markdown()
    assert "| Context window | 16K (16,384) | 128K (131,072) | 128K (128,000) |" in md
    assert md.count("| Context window | 16K (16,384) | 128K (131,072) | 128K (128,000) |") == 2
    assert "16,384 tokens" not in md
    assert c.check() == []
    apart = _synthetic(2_048, 131_072)  # short forms that differ: short, as the sentences
    assert "| Context window | 2K tokens | 128K tokens |" in apart.to_markdown()


def test_switch_friction_writes_windows_as_the_summary_does() -> None:
    """Review 11, K12: Gemini 2.0 Flash, Mistral Large 2.1 and Llama 4 Maverick: the summary wrote
    "1,048,576", "1,000,000" and "131,072", and friction "from 1M tokens" for both of the first
    two and "128K" for the third. Friction now writes them in the summary's form."""
    day = dt.date(2026, 11, 25)

    def route(window: int | None = None) -> ProviderRoute:
        return ProviderRoute(provider="p", input=Decimal(1), output=Decimal(1),
                             source="https://example.com", checked=day, context_window=window)

    models = (Model(id="a", name="A", context_window=1_048_576, released=day, routes=(route(),)),
              Model(id="b", name="B", context_window=131_072, released=day, routes=(route(),)),
              Model(id="c", name="C", context_window=1_000_000, released=day,
                    routes=(route(1_048_576),)))
    c = compare(*models, catalog=Catalog(models=models, providers=(Provider(id="p", name="P"),)),
                as_of=day)
    summary = " ".join(claim.text for claim in c.narrative.summary)
    assert "1,048,576 for A, 1,000,000 for C and 131,072 for B" in summary
    friction = [claim.text for _, _, claims in c.narrative.friction for claim in claims]
    assert ("Context shrinks from 1,048,576 tokens on A to 131,072 on B; prompts over 131,072 "
            "tokens must be cut.") in friction, friction
    assert ("Context shrinks from 1,000,000 tokens on C to 131,072 on B; prompts over 131,072 "
            "tokens must be cut.") in friction, friction
    assert c.check() == []
