"""A first-party provider's ``vendors``: which models' maker it is, read from the catalog.

``analysis.choice.makes`` matched the first word of a provider's name with the model's vendor
(plus Z.AI -> Zhipu AI). It now reads the provider's ``vendors`` (``docs/catalog.md``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from phicompare import CatalogError, default_catalog, estimate, load_catalog
from phicompare.analysis.choice import makes, served_tier
from phicompare.catalog.lint import provider_problems
from phicompare.domain.records import Model, Provider, ProviderTier
from phicompare.importers._assemble import MAKER_VENDORS, MAKERS
from tests.helpers import bundle_tool, write_catalog

DAY = dt.date(2026, 11, 25)

_MODEL = """
[[models]]
id = "llama-x"
name = "Llama X"
vendor = "Meta"
open_weights = false
sources = ["https://example.org/llama-x"]
checked = 2026-11-20

[[models.routes]]
provider = "llama-api"
input = 1.0
output = 2.0
source = "https://example.org/llama-api"
checked = 2026-11-20

[[models.routes]]
provider = "acme-host"
input = 1.0
output = 2.0
source = "https://example.org/acme"
checked = 2026-11-20
"""


def _catalog_file(tmp_path: Path, vendors: str) -> Path:
    """Meta's Llama API (a name that does not begin as "Meta") and a reseller at one price."""
    return write_catalog(tmp_path, f"""
        [[providers]]
        id = "llama-api"
        name = "Llama API"
        tier = "first-party"
        {vendors}

        [[providers]]
        id = "acme-host"
        name = "Acme Host"
        tier = "reseller"
        """ + _MODEL, header="schema = 1\n")


def test_a_lab_api_named_otherwise_than_its_vendor_is_the_maker_its_vendors_say(
        tmp_path: Path) -> None:
    """Meta's Llama API bills its closed Llama X as the maker's own API; the name-matching rule
    found no maker ("no route from its maker ... is eligible", billed on the reseller by name)."""
    catalog = load_catalog(_catalog_file(tmp_path, 'vendors = ["Meta"]'))
    assert catalog.provider("llama-api").vendors == ("Meta",)
    cost = estimate("llama-x", catalog=catalog, as_of=DAY)
    assert cost.provider_name == "Llama API"
    assert not cost.estimate.fallback
    assert "no route from its maker" not in (cost.choice or "")


def test_a_first_party_provider_without_vendors_is_no_model_s_maker(tmp_path: Path) -> None:
    """Unknown is not asserted: without ``vendors`` the lab's API is a reseller for every model."""
    catalog = load_catalog(_catalog_file(tmp_path, ""))
    assert catalog.provider("llama-api").vendors == ()
    cost = estimate("llama-x", catalog=catalog, as_of=DAY)
    assert cost.estimate.fallback
    assert (cost.choice or "").startswith(
        "no route from its maker or from a major cloud or platform")


def test_a_name_that_begins_as_the_vendor_s_does_not_make_the_provider_its_maker() -> None:
    """The vendors decide, not the name: "Zeta Cloud" making Other Lab's models is no maker of
    Zeta's (the first-word rule made it one), and the same name matches in any spelling."""
    provider = Provider(id="zc", name="Zeta Cloud", tier=ProviderTier.FIRST_PARTY,
                        vendors=("Other Lab",))
    zeta = Model(id="z", name="Z", vendor="Zeta")
    assert not makes(zeta, provider)
    assert served_tier(zeta, provider) is ProviderTier.RESELLER
    other = Model(id="o", name="O", vendor="other-lab")
    assert makes(other, provider)
    assert served_tier(other, provider) is ProviderTier.FIRST_PARTY
    inferred = Model(id="i", name="I", vendor="Other Lab", vendor_inferred=True)
    assert served_tier(inferred, provider) is ProviderTier.RESELLER


@pytest.mark.parametrize(("tier", "vendors", "path", "message"), [
    ('tier = "cloud"', '["Meta"]', "providers[0].vendors",
     'names the vendors a first-party provider makes models for: set tier = "first-party"'),
    ("", '["Meta"]', "providers[0].vendors", "a first-party provider makes models for"),
    ('tier = "first-party"', '["Meta", " "]', "providers[0].vendors[1]", "must not be empty"),
    ('tier = "first-party"', '["Mistral AI", "mistral-ai"]', "providers[0].vendors[1]",
     "vendors[0] names this vendor too; give each once"),
    ('tier = "first-party"', '"Meta"', "providers[0].vendors", "expected an array"),
    ('tier = "first-party"', '[]\nvendors_source = "https://example.org/meta"',
     "providers[0].vendors_source", "describes `vendors`: give it with vendors or leave it out"),
])
def test_the_loader_rejects_vendors_that_are_not_a_first_party_provider_s_labs(
        tmp_path: Path, tier: str, vendors: str, path: str, message: str) -> None:
    """A typed error at the key: vendors on another tier, an empty name, a vendor named twice."""
    file = write_catalog(tmp_path, f"""
        [[providers]]
        id = "p"
        name = "P"
        {tier}
        vendors = {vendors}
        """, header="schema = 1\n")
    with pytest.raises(CatalogError) as caught:
        load_catalog(file)
    assert [p.path for p in caught.value.problems] == [path]
    assert message in caught.value.problems[0].message


def test_vendors_round_trip_through_the_bundle_tool_s_toml(tmp_path: Path) -> None:
    """The bundle tool writes ``vendors`` and the loader reads back the same provider."""
    tool = bundle_tool()
    provider = Provider(id="zai", name="Z.AI", tier=ProviderTier.FIRST_PARTY, url="https://z.ai",
                        vendors=("Zhipu AI",), vendors_source="https://docs.z.ai",
                        vendors_checked=DAY)
    file = tmp_path / "p.toml"
    file.write_text(tool.catalog_toml("providers", [provider]), encoding="utf-8")
    assert 'vendors = ["Zhipu AI"]' in file.read_text(encoding="utf-8")
    assert "vendors_checked = 2026-11-25" in file.read_text(encoding="utf-8")
    assert load_catalog(file).provider("zai") == provider


def test_every_bundled_first_party_provider_names_the_vendors_it_makes() -> None:
    """Each lab's API in the bundled catalog lists its vendors, each a vendor of bundled models
    it serves; no other provider lists any; the importers' table covers every lab's API."""
    catalog = default_catalog()
    served: dict[str, set[str]] = {}
    for model in catalog.models:
        for route in model.routes:
            if model.vendor is not None:
                served.setdefault(route.provider, set()).add(model.vendor)
    for provider in catalog.providers:
        if provider.tier is ProviderTier.FIRST_PARTY:
            assert provider.vendors, provider.id
            assert set(provider.vendors) <= served.get(provider.id, set()), provider.id
        else:
            assert provider.vendors == (), provider.id
    assert frozenset(MAKER_VENDORS) == MAKERS
    assert catalog.provider("zai").vendors == ("Zhipu AI",)
    assert catalog.provider("perplexity-agent").vendors == ("Perplexity",)


def test_perplexity_agent_is_the_maker_of_perplexity_s_models_only() -> None:
    """Review 8, G6 with data: Perplexity Agent resells Claude, and makes Perplexity's models."""
    catalog = default_catalog()
    agent = catalog.provider("perplexity-agent")
    claude = catalog.model("claude-sonnet-4-5")
    assert served_tier(claude, agent) is ProviderTier.RESELLER
    own = [m for m in catalog.models if m.vendor == "Perplexity"
           and any(r.provider == agent.id for r in m.routes)]
    assert own
    assert all(served_tier(m, agent) is ProviderTier.FIRST_PARTY for m in own)


def test_every_bundled_vendors_list_carries_its_source_and_checked_date() -> None:
    """Review: a provider's ``vendors`` carried no source, where every other figure does. Each
    bundled lab's API names the document that says whose models it makes, and when it was read;
    strict validation flags ``vendors`` without them, at their keys."""
    for provider in default_catalog().providers:
        if provider.vendors:
            assert (provider.vendors_source or "").startswith("https://"), provider.id
            assert provider.vendors_checked is not None, provider.id
    lab = Provider(id="lab", name="Lab", tier=ProviderTier.FIRST_PARTY, vendors=("Lab",))
    found = [(p.path, p.message) for p in provider_problems([(lab, "p.toml", "providers[0]")])]
    assert found == [
        ("providers[0].vendors_source",
         ("`vendors` needs a `vendors_source`: the document that says whose models the provider "
          "makes")),
        ("providers[0].vendors_checked", "`vendors` needs a `vendors_checked` date")]
    sourced = attrs.evolve(lab, vendors_source="https://lab.example/models", vendors_checked=DAY)
    assert provider_problems([(sourced, "p.toml", "providers[0]")]) == []
