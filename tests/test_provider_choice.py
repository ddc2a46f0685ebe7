"""Which route an estimate takes: provider filters, and the tier rule that breaks price ties."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from phicompare import (
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    Traffic,
    compare,
    default_catalog,
    estimate,
    load_catalog,
)
from phicompare.cli.main import main
from phicompare.exceptions import ComparisonError
from tests.helpers import CURATED_PATHS

DAY = dt.date(2026, 11, 25)
CHECKED = dt.date(2026, 11, 1)


def _route(provider: str, price: str = "1") -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com", checked=CHECKED)


def _catalog(*routes: ProviderRoute, vendor: str | None = "Zeta") -> Catalog:
    providers = (
        Provider(id="zeta-lab", name="Zeta Lab", tier=ProviderTier.FIRST_PARTY,
                 vendors=("Zeta",)),
        Provider(id="big-cloud", name="Big Cloud", tier=ProviderTier.CLOUD),
        Provider(id="alpha-host", name="Alpha Host", tier=ProviderTier.RESELLER),
        Provider(id="beta-host", name="Beta Host", tier=ProviderTier.RESELLER),
        Provider(id="untiered", name="Aaa Untiered"),
    )
    # Zeta Lab is M's maker: a lab's API is first-party for its own lab's models only
    return Catalog(models=(Model(id="m", name="M", vendor=vendor, routes=routes),
                           Model(id="n", name="N", routes=(_route("alpha-host"),))),
                   providers=providers)


ALL = (_route("alpha-host"), _route("untiered"), _route("big-cloud"), _route("zeta-lab"),
       _route("beta-host"))


@pytest.mark.parametrize(("excluded", "chosen", "tier"), [
    ((), "Zeta Lab", ProviderTier.FIRST_PARTY),
    (("zeta-lab",), "Big Cloud", ProviderTier.CLOUD),
    (("zeta-lab", "big-cloud"), "Alpha Host", ProviderTier.RESELLER),
])
def test_a_price_tie_goes_to_the_best_tier(excluded: tuple[str, ...], chosen: str,
                                           tier: ProviderTier) -> None:
    cost = estimate("m", catalog=_catalog(*ALL), exclude_providers=excluded, as_of=DAY)
    assert cost.provider_name == chosen
    assert cost.estimate.preferred_tier is tier
    assert cost.choice is not None
    assert cost.choice.startswith(f"{chosen} costs exactly as much as ")
    assert len(cost.estimate.tied_with) == 4 - len(excluded)


def test_a_tie_within_one_tier_goes_to_the_first_name() -> None:
    cost = estimate("m", catalog=_catalog(_route("beta-host"), _route("alpha-host")), as_of=DAY)
    assert cost.provider_name == "Alpha Host"
    assert cost.estimate.preferred_tier is None
    assert cost.choice == ("Alpha Host costs exactly as much as Beta Host; "
                           "the first by name is taken")


def test_a_tie_among_resellers_goes_to_the_longest_context() -> None:
    """Review 7, F28: not a 327,680-token route over a 10M one at the same price because the
    catalog describes its provider; a maker's or a cloud's route still comes first."""
    wide = attrs.evolve(_route("untiered"), context_window=10_000_000)
    narrow = attrs.evolve(_route("alpha-host"), context_window=327_680)
    cost = estimate("m", catalog=_catalog(narrow, wide), as_of=DAY)
    assert cost.provider_name == "Aaa Untiered"
    assert cost.choice == ("Aaa Untiered costs exactly as much as Alpha Host; the route that "
                           "takes the longest context is preferred")
    cloud = attrs.evolve(_route("big-cloud"), context_window=131_072)
    cost = estimate("m", catalog=_catalog(narrow, wide, cloud), as_of=DAY)
    assert cost.provider_name == "Big Cloud"
    assert cost.estimate.preferred_tier is ProviderTier.CLOUD


def test_a_provider_s_two_routes_at_one_price_are_no_tie_with_another() -> None:
    """Found merging review 7's fixes (a property of `recommend`): a provider's second route at
    the same price read "Alpha Host costs exactly as much as Alpha Host". A tie names only
    other providers, each once."""
    wide = attrs.evolve(_route("alpha-host"), context_window=131_072, provider_model_id="a")
    narrow = attrs.evolve(_route("alpha-host"), context_window=2_048, provider_model_id="b")
    cost = estimate("m", catalog=_catalog(narrow, wide), as_of=DAY)
    assert cost.provider_name == "Alpha Host"
    assert cost.estimate.tied_with == ()
    assert cost.choice == "the cheapest eligible route"
    cost = estimate("m", catalog=_catalog(narrow, wide, _route("beta-host"),
                                          attrs.evolve(_route("beta-host"),
                                                       provider_model_id="c")), as_of=DAY)
    assert cost.estimate.tied_with == ("Beta Host",)


def test_the_bundled_llama_4_scout_bill_takes_the_longest_fresh_window() -> None:
    """Review 7, F28: of the routes at the same $147.60, the bill takes the longest window,
    Kilo Gateway's 327,680 tokens over Helicone's 131,072. Lambda Inference API's 10M route, its
    price checked on 2025-04-05, more than 180 days before the page's date, gives way to the
    fresher prices first (review 30), and the cost section names it there, not as the window
    the bill's lost to (review 31, #2)."""
    c = compare("llama-4-scout-17b-instruct", "gemma-3-27b-it", "phi-4-multimodal",
                traffic=Traffic.from_requests(per_day=500, input_tokens=120_000,
                                              output_tokens=800), as_of=dt.date(2026, 12, 3))
    e = c.cost.estimates[0]
    assert (e.monthly, e.provider_name) == (Decimal("147.60"), "Kilo Gateway")
    assert [r.context_window for r in c.routes_of(0) if r.route is e.route] == [327_680]
    claim = next(cl for cl in c.narrative.cost if cl.key == "choice:0")
    assert claim.text.endswith("older one, Lambda Inference API's; then the route that takes "
                               "the longest context is preferred.")
    assert c.check() == []


def test_a_provider_without_a_tier_ranks_last_whatever_its_name() -> None:
    cost = estimate("m", catalog=_catalog(_route("untiered"), _route("beta-host")), as_of=DAY)
    assert cost.provider_name == "Beta Host"
    assert cost.estimate.preferred_tier is ProviderTier.RESELLER


def test_a_cheaper_reseller_still_wins_a_price_is_not_a_tie() -> None:
    """Only exact ties are broken: a route a tenth of a cent cheaper is the cheapest."""
    cost = estimate("m", catalog=_catalog(_route("zeta-lab"), _route("beta-host", "0.999")),
                    as_of=DAY)
    assert (cost.provider_name, cost.choice) == ("Beta Host", "the cheapest eligible route")
    assert cost.estimate.tied_with == ()


def test_allowed_providers_limit_the_choice() -> None:
    cost = estimate("m", catalog=_catalog(*ALL), providers=["Beta Host"], as_of=DAY)
    assert cost.provider_name == "Beta Host"
    assert compare("m", "n", catalog=_catalog(*ALL), providers=["beta-host", "alpha-host"],
                   as_of=DAY).cost.estimates[0].provider_name == "Alpha Host"


def test_an_unknown_provider_is_refused() -> None:
    with pytest.raises(ComparisonError, match="unknown provider 'nope'"):
        estimate("m", catalog=_catalog(*ALL), exclude_providers=["nope"], as_of=DAY)


def test_a_provider_filter_reads_no_other_model_of_the_bundled_catalog() -> None:
    """The filter checks provider names against the providers, not every model's routes."""
    import phicompare
    from phicompare.catalog.bundled import _shelved

    catalog = _shelved(Path(phicompare.__file__).parent / "data")
    assert catalog is not None
    assert catalog.shelf is not None
    c = compare("gpt-4o", "claude-sonnet-4-5", catalog=catalog, providers=["OpenAI", "anthropic"],
                as_of=DAY)
    assert [e.provider_name for e in c.cost.estimates] == ["OpenAI", "Anthropic"]
    read = int(repr(catalog.shelf).split(", ")[1].split()[0])  # "<Shelf: 1114 models, 2 read>"
    assert read < 10  # the two models, not the market
    with pytest.raises(ComparisonError, match="unknown provider 'openaii'"):
        compare("gpt-4o", "claude-sonnet-4-5", catalog=catalog, providers=["openaii"])


def test_the_page_says_when_the_tier_decided() -> None:
    page = compare("m", "n", catalog=_catalog(*ALL), as_of=DAY).to_markdown()
    assert "M: Zeta Lab costs exactly as much as" in page
    assert "the model maker's own API is preferred" in page
    plain = compare("m", "n", catalog=_catalog(_route("beta-host"), _route("alpha-host")),
                    as_of=DAY).to_markdown()
    assert "costs exactly as much" not in plain


def test_every_curated_provider_has_a_tier() -> None:
    """The curated providers all say what they are; imported ones only where we can tell."""
    curated = load_catalog(*CURATED_PATHS)
    assert [p.id for p in curated.providers if p.tier is None] == []
    tiers = {p.id: p.tier for p in default_catalog().providers}
    assert tiers["anthropic"] is ProviderTier.FIRST_PARTY
    assert tiers["google-vertex"] is ProviderTier.CLOUD


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_compare_takes_provider_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "phi-2", "phi-4-mini", "--as-of", "2026-11-25", "--format",
                          "md", "--provider", "openrouter,fireworks", "--exclude-provider",
                          "Fireworks AI")
    assert (code, err) == (0, "")
    assert "Phi-2: no estimate" in out
    assert "Phi-4 Mini: \\$151.50 a month on OpenRouter" in out


@pytest.mark.parametrize("command", [["phi-2", "phi-4-mini"], ["all", "--out", "OUT"]])
def test_an_unknown_provider_is_one_line_and_exit_2(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]) -> None:
    argv = [str(tmp_path / "pages") if a == "OUT" else a for a in command]
    code, _, err = _run(capsys, *argv, "--exclude-provider", "nope")
    assert code == 2
    assert err.startswith("phicompare: --exclude-provider: unknown provider 'nope'")
    assert err.count("\n") == 1


def test_all_passes_the_provider_filter_on(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    out_dir = tmp_path / "pages"
    code, _, _ = _run(capsys, "all", "--out", str(out_dir), "--no-progress", "--format", "md",
                      "--provider", "groq", "--models", "phi-2,phi-4-mini")
    assert code == 0
    page = (out_dir / "phi-2--vs--phi-4-mini.md").read_text(encoding="utf-8")
    assert "provider not among those allowed" in page


def test_a_provider_the_catalog_does_not_describe_ranks_last() -> None:
    cost = estimate("m", catalog=_catalog(_route("nowhere"), _route("beta-host")), as_of=DAY)
    assert cost.provider_name == "Beta Host"
    cost = estimate("m", catalog=_catalog(_route("nowhere")), as_of=DAY)
    assert cost.choice == "the cheapest eligible route"


@pytest.mark.parametrize("vendor", ["Other Lab", None])
def test_a_lab_api_does_not_win_a_tie_for_a_model_it_did_not_make(vendor: str | None) -> None:
    """A lab's API serving another lab's model (or one whose maker is not sourced) ranks as a
    reseller of it, not as its maker (review 8, G6): the cloud wins the tie."""
    cost = estimate("m", catalog=_catalog(_route("zeta-lab"), _route("big-cloud"), vendor=vendor),
                    as_of=DAY)
    assert cost.provider_name == "Big Cloud"
    assert cost.estimate.preferred_tier is ProviderTier.CLOUD


def _passed(*routes: ProviderRoute) -> Catalog:
    """A closed-weight model of Zeta's whose cheapest listing is a reseller's, passed over."""
    clouds = (Provider(id="other-cloud", name="Other Cloud", tier=ProviderTier.CLOUD),)
    base = _catalog()
    closed = Model(id="m", name="M", vendor="Zeta", open_weights=False,
                   routes=(*routes, _route("alpha-host")))
    return Catalog(models=(closed, base.model("n")), providers=(*base.providers, *clouds))


@pytest.mark.parametrize(("routes", "said"), [
    (("big-cloud", "other-cloud"),
     ("Big Cloud, a major cloud or platform; Big Cloud costs exactly as much as Other Cloud, "
      "also a major cloud or platform (the first by name is taken)")),
    (("other-cloud", "zeta-lab"),
     ("Zeta Lab, the model maker's own API; Zeta Lab costs exactly as much as Other Cloud "
      "(the model maker's own API is preferred)")),
])
def test_a_tie_beside_a_passed_listing_is_said(routes: tuple[str, ...], said: str) -> None:
    """Review 10, I15: Claude Sonnet 3.7's bill on Amazon Bedrock, tied with Google Vertex AI
    at the same price (`tied_with`), read "billed on Amazon Bedrock, a major cloud or platform;
    a reseller's lower listing ... does not set the bill": the tie, and why Bedrock, were in
    the JSON and not on the page. The choice says them, and the cost section prints it."""
    c = compare("m", "n", catalog=_passed(*(_route(p, "2") for p in routes)), as_of=DAY)
    e = c.cost.estimates[0]
    assert e.tied_with
    claim = next(cl for cl in c.narrative.cost if cl.key == "choice:0")
    assert claim.text == (f"M: billed on {said}; a reseller's lower listing of a closed-weight "
                          "model does not set the bill (Alpha Host at $1,050.00 a month).")
    assert e.choice is not None
    assert claim.text.startswith(f"M: {e.choice}")
    assert c.check() == []


def _retiring(provider: str, retires: dt.date | None) -> ProviderRoute:
    return attrs.evolve(_route(provider, "2"), retires=retires)


_NOTICE = ("a route that does not retire within 90 days of the comparison's date is preferred "
           "to one that does")


@pytest.mark.parametrize(("maker", "cloud", "chosen", "rule"), [
    # (the route put behind named with its date: review 31, #3)
    (dt.date(2026, 12, 3), None, "Big Cloud", f"{_NOTICE}: Zeta Lab's retires on 2026-12-03"),
    (dt.date(2027, 1, 14), dt.date(2027, 4, 14), "Big Cloud",
     f"{_NOTICE}: Zeta Lab's retires on 2027-01-14"),
    (dt.date(2027, 4, 14), dt.date(2027, 1, 14), "Zeta Lab",
     (f"{_NOTICE}: Big Cloud's retires on 2027-01-14; then the model maker's own API is "
      "preferred")),
    # (beyond the notice a date ranks nothing: review 30)
    (dt.date(2027, 3, 1), None, "Zeta Lab", "the model maker's own API is preferred"),
    (None, None, "Zeta Lab", "the model maker's own API is preferred"),
])
def test_a_tie_goes_to_a_route_not_retiring_within_the_notice(
        maker: dt.date | None, cloud: dt.date | None, chosen: str, rule: str) -> None:
    """Review 29, F1: GPT-5 Mini's bill went to OpenAI's route, retiring in eight days, over
    Microsoft Foundry's at the same price, with no retirement date, because the maker's own API
    is preferred. Before the tier, a route retiring within the page's 90-day notice loses; a
    later date than the notice ranks nothing (review 30: "retires later" alone preferred stale
    listings)."""
    routes = [_retiring("zeta-lab", maker), _retiring("big-cloud", cloud)]
    if maker is not None and cloud is not None and maker > cloud:  # a third tied, of one date
        routes.append(_retiring("other-cloud", maker))
    c = compare("m", "n", catalog=_passed(*routes), as_of=dt.date(2026, 11, 25))
    e = c.cost.estimates[0]
    assert e.provider_name == chosen
    assert e.choice is not None
    assert f"({rule})" in e.choice
    # the tie's providers differ in tier: none is "also" the billed route's
    assert "also" not in e.choice
    claim = next(cl for cl in c.narrative.cost if cl.key == "choice:0")
    assert claim.text.startswith(f"M: {e.choice}")
    assert c.check() == []


def test_a_tie_broken_by_retirement_alone_is_said() -> None:
    """Review 29, F1: a tie the tier did not break (two resellers of an open model) broken by
    a retirement date is said in the cost section, as one broken by window is."""
    routes = (_retiring("alpha-host", dt.date(2026, 12, 20)), _retiring("beta-host", None))
    c = compare("m", "n", catalog=_catalog(*routes), as_of=DAY)
    e = c.cost.estimates[0]
    assert e.provider_name == "Beta Host"
    assert e.preferred_tier is None
    assert e.choice == (f"Beta Host costs exactly as much as Alpha Host; {_NOTICE}: Alpha Host's "
                        "retires on 2026-12-20")
    assert any(cl.key == "choice:0" and e.choice in cl.text for cl in c.narrative.cost)
    assert c.check() == []


def test_a_tie_with_one_wider_route_names_it() -> None:
    """Found with review 29, F1: GPT-5's bill, now on Microsoft Foundry's 272K-token route over
    OpenAI's 400K one (which retires), read "takes 272K tokens against 400K on the others", of
    one other route. One route is named; "the others" is said of two or more."""
    maker = attrs.evolve(_retiring("zeta-lab", dt.date(2026, 12, 20)), context_window=256_000)
    cloud = attrs.evolve(_retiring("big-cloud", None), context_window=128_000)
    c = compare("m", "n", catalog=_passed(maker, cloud), as_of=DAY)
    claim = next(cl for cl in c.narrative.cost if cl.key == "choice:0")
    assert claim.text.endswith(", though Big Cloud takes 128K tokens against 256K on Zeta Lab.")
    assert c.check() == []


def test_a_tie_broken_by_retirement_then_by_name_says_both() -> None:
    """Claude Sonnet 4.5's bill (2026-11-01): Amazon Bedrock, Google Vertex AI and Anthropic at
    one price; Anthropic's route retires, and of the two that stay Bedrock is first by name."""
    routes = (_retiring("zeta-lab", dt.date(2026, 11, 30)), _retiring("other-cloud", None),
              _retiring("big-cloud", None))
    c = compare("m", "n", catalog=_passed(*routes), as_of=DAY)
    e = c.cost.estimates[0]
    assert e.provider_name == "Big Cloud"
    assert e.choice is not None
    assert (f"Big Cloud costs exactly as much as Other Cloud and Zeta Lab ({_NOTICE}: Zeta "
            "Lab's retires on 2026-11-30; then the first by name is taken)") in e.choice
    assert c.check() == []
