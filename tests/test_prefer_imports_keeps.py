"""``--prefer imports`` keeps what the imports leave unsaid: tiers and lifecycle (review 18, P3).

With the imports first, models.dev's provider records (which carry no tier) replaced the bundled
ones whole, so no route was a maker's or a major cloud's: GPT-4o was billed on a reseller beside
"OpenAI ... GA ... yes" in its own routes table, and Claude Sonnet 3.7's keyed Anthropic
retirement (2026-02-19) was lost. Imports still win where they disagree (a name, a price).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from decimal import Decimal
from typing import TYPE_CHECKING

from phicompare import Catalog, Model, Provider, ProviderRoute, compare
from phicompare.cli.options import load_catalogs
from phicompare.domain.records import ProviderTier
from phicompare.importers import merge

if TYPE_CHECKING:
    from pathlib import Path

DAY = dt.date(2026, 12, 2)


def _file(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def _tree(root: Path) -> Path:
    """A models.dev tree: OpenAI's GPT-4o, Anthropic's Claude Sonnet 3.7 (deprecated), a host."""
    md = root / "md" / "providers"
    _file(md / "openai" / "provider.toml", 'name = "OpenAI"\n')
    _file(md / "openai" / "models" / "gpt-4o.toml", """\
        name = "GPT-4o"
        release_date = "2024-05-13"
        open_weights = false
        [cost]
        input = 2.50
        output = 10.00
        [limit]
        context = 128_000
        output = 16_384
        """)
    _file(md / "cheaphost" / "provider.toml", 'name = "Cheap Host"\n')
    _file(md / "cheaphost" / "models" / "gpt-4o.toml", """\
        name = "GPT-4o"
        [cost]
        input = 2.40
        output = 9.60
        [limit]
        context = 128_000
        output = 16_384
        """)
    _file(md / "anthropic" / "provider.toml", 'name = "Anthropic"\n')
    _file(md / "anthropic" / "models" / "claude-3-7-sonnet-20250219.toml", """\
        name = "Claude Sonnet 3.7"
        release_date = "2025-02-19"
        status = "deprecated"
        open_weights = false
        [cost]
        input = 3.00
        output = 15.00
        [limit]
        context = 200_000
        output = 64_000
        """)
    return root / "md"


def test_merge_fills_a_providers_tier_and_a_routes_lifecycle_the_first_leaves_out() -> None:
    """The first source's record wins; a field it leaves unset is the next source's."""
    route = {"provider": "lab", "provider_model_id": "m", "input": Decimal(1),
             "output": Decimal(2), "source": "https://x", "checked": DAY}
    imported = Catalog(models=(Model(id="m", name="M (import)",
                                     routes=(ProviderRoute(**route),)),),  # type: ignore[arg-type]
                       providers=(Provider(id="lab", name="Lab (import)"),))
    curated = Catalog(
        models=(Model(id="m", name="M", vendor="Lab", routes=(ProviderRoute(
            **{**route, "input": Decimal(5)}, deprecated=dt.date(2026, 1, 1),  # type: ignore[arg-type]
            retires=dt.date(2026, 6, 1)),)),),
        providers=(Provider(id="lab", name="Lab", url="https://lab.example",
                            tier=ProviderTier.FIRST_PARTY, vendors=("Lab",)),))
    merged = merge([imported, curated])
    provider = merged.provider("lab")
    assert (provider.name, provider.tier, provider.vendors, provider.url) == (
        "Lab (import)", ProviderTier.FIRST_PARTY, ("Lab",), "https://lab.example")
    (kept,) = merged.model("m").routes
    assert (kept.input, kept.deprecated, kept.retires) == (
        Decimal(1), dt.date(2026, 1, 1), dt.date(2026, 6, 1))
    assert kept.notes == ("Lifecycle from the catalog#2 record of this route (deprecated "
                          "2026-01-01, retires 2026-06-01) (https://x).")


def test_prefer_imports_keeps_the_bundled_tiers_and_retirements(tmp_path: Path) -> None:
    """The finding's page: GPT-4o billed on its maker's or a cloud's price, not on a cheaper host's
    listing (Microsoft Foundry's at OpenAI's price: OpenAI's route retires first, review 29, F1;
    the bundled retirement kept)."""
    catalog = load_catalogs([f"models-dev:{_tree(tmp_path)}@2026-07-02"], "imports")
    assert catalog.provider("openai").tier is ProviderTier.FIRST_PARTY
    assert catalog.provider("amazon-bedrock").tier is ProviderTier.CLOUD  # (bundled aws-bedrock)
    claude = catalog.model("claude-3-7-sonnet")
    anthropic = next(r for r in claude.routes if r.provider == "anthropic")
    assert anthropic.retires == dt.date(2026, 2, 19)
    c = compare("claude-3-7-sonnet", "gpt-4o", catalog=catalog, as_of=DAY)
    claude_bill, gpt_bill = c.cost.estimates
    assert (gpt_bill.provider_name, gpt_bill.monthly) == ("Microsoft Foundry", Decimal("4500.00"))
    openai = next(r.route for r in c.routes_of(1) if r.eligible and r.provider_name == "OpenAI")
    assert gpt_bill.route is not None
    assert (openai.retires, gpt_bill.route.retires) == (dt.date(2027, 1, 14), dt.date(2027, 4, 14))
    assert gpt_bill.tied_with == ("OpenAI",)
    assert claude_bill.provider_name == "Amazon Bedrock"
    assert not gpt_bill.fallback
    assert not claude_bill.fallback
    assert "no route from their makers" not in c.to_markdown()
    assert c.check() == []
