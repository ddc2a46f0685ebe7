"""`phicompare list` and `show`: fitted to the width, filtered, sorted, as JSON."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sys
from decimal import Decimal
from typing import Any

import attrs
import pytest

from phicompare import (
    Capabilities,
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    RoutePolicy,
    Tier,
    compare,
    default_catalog,
)
from phicompare.cli import listing as cli_listing
from phicompare.cli.columns import window
from phicompare.cli.listing import cheapest_route, fit
from phicompare.cli.main import main
from phicompare.render import cells

CHECKED = dt.date(2026, 11, 1)


def _route(provider: str, price_in: str | None, price_out: str | None,
           status: str = "ga") -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://example.com", checked=CHECKED,
                         input=None if price_in is None else Decimal(price_in),
                         output=None if price_out is None else Decimal(price_out),
                         status=status)


def small_catalog() -> Catalog:
    """Four models that differ in every column list filters and sorts on."""
    return Catalog(providers=(Provider(id="p", name="Provider P", tier=ProviderTier.CLOUD),
                              Provider(id="f", name="Free F")),
                   models=(
        Model(id="cheap-small", name="Cheap Small", vendor="Acme", context_window=8192,
              released=dt.date(2024, 1, 1), open_weights=True,
              capabilities=Capabilities(function_calling=True),
              routes=(_route("p", "0.10", "0.20"), _route("f", "0", "0", "free-tier"))),
        Model(id="dear-large", name="A Dear Large Model With A Very Long Name Indeed",
              vendor="Bigco", context_window=1_000_000, released=dt.date(2025, 6, 1),
              open_weights=False, routes=(_route("p", "3", "15"),)),
        Model(id="mid", name="Mid", vendor="acme", context_window=131072,
              released=dt.date(2025, 1, 1), routes=(_route("p", "0.5", "1.5"),)),
        Model(id="unpriced", name="Unpriced", routes=(_route("p", None, None),)),
    ))


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: small_catalog())
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def ids(out: str) -> list[str]:
    """The id column of a list table."""
    return [line.split()[0] for line in out.splitlines()[2:-1]]


@pytest.mark.parametrize(("options", "expected"), [
    ([], ["cheap-small", "mid", "dear-large", "unpriced"]),
    (["--sort", "id"], ["cheap-small", "dear-large", "mid", "unpriced"]),
    (["--sort", "name"], ["dear-large", "cheap-small", "mid", "unpriced"]),
    (["--sort", "price"], ["cheap-small", "mid", "dear-large", "unpriced"]),
    (["--sort", "context"], ["dear-large", "mid", "cheap-small", "unpriced"]),
    (["--sort", "released"], ["dear-large", "mid", "cheap-small", "unpriced"]),
    (["--vendor", "ACME"], ["cheap-small", "mid"]),
    (["--vendor", "bigco", "--vendor", "acme", "--sort", "id"], ["cheap-small", "dear-large",
                                                                "mid"]),
    (["--capability", "function-calling"], ["cheap-small"]),
    # as --requires spells it (API review 14's notes: "Function Calling" was refused)
    (["--capability", "Function Calling"], ["cheap-small"]),
    (["--max-price", "$0.5"], ["cheap-small", "mid"]),
    (["--min-context", "128K"], ["mid", "dear-large"]),
    (["--open-weights"], ["cheap-small"]),
])
def test_list_filters_and_sorts(capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch, options: list[str],
                                expected: list[str]) -> None:
    code, out, err = run(capsys, monkeypatch, "list", "--width", "200", *options)
    assert (code, err) == (0, "")
    assert ids(out) == expected


def test_list_shows_the_cheapest_paid_price_and_context(capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run(capsys, monkeypatch, "list", "--width", "200", "--sort", "id")
    row = out.splitlines()[2].split()
    assert row[0] == "cheap-small"
    assert "$0.10" in row
    assert "$0.20" in row
    assert "8.2K" in row  # 8,192 tokens, in the one decimal unit (H16)
    assert out.splitlines()[-1].startswith(
        "four models of 4; prices are the cheapest route's in service that is not deprecated")


@pytest.mark.parametrize(("options", "message"), [
    (["--max-price", "cheap"], "--max-price: 'cheap' is not a price in USD per 1M tokens"),
    (["--max-price", "-1"], "--max-price: '-1' is not a price"),
    (["--capability", "telepathy"], "--capability: unknown capability 'telepathy'; known: vision"),
    (["--min-context", "lots"], "--min-context: 'lots' is not a count"),
    (["--width", "5"], "--width: 5 is not from 20 to 1,000"),
])
def test_list_option_mistakes_are_one_line(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch, options: list[str],
                                           message: str) -> None:
    code, _, err = run(capsys, monkeypatch, "list", *options)
    assert code == 2
    assert err.startswith(f"phicompare: {message}")
    assert err.count("\n") == 1


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_list_fits_the_width(capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    _, out, _ = run(capsys, monkeypatch, "list", "--width", str(width))
    table = out.splitlines()[:-1]
    assert max(len(line) for line in table) <= max(width, 9 * 6 + 16)  # nine columns of six
    if width >= 80:
        assert max(len(line) for line in table) <= width
        assert "dear-large" in out  # ids are cut only after names and vendors


def test_list_into_a_pipe_cuts_nothing(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a terminal (capsys): whole cells, for grep and sort, where 80 columns cut them."""
    _, narrow, _ = run(capsys, monkeypatch, "list", "--width", "80")
    assert "…" in narrow
    _, out, _ = run(capsys, monkeypatch, "list")
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) > 80


def test_list_follows_the_terminal(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setattr(shutil, "get_terminal_size",
                        lambda *_: os.terminal_size((70, 24)))
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: small_catalog())
    assert main(["list"]) == 0
    assert max(len(line) for line in terminal.getvalue().splitlines()[:-1]) <= 70


def test_list_as_json(capsys: pytest.CaptureFixture[str],
                      monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run(capsys, monkeypatch, "list", "--format", "json", "--sort", "id")
    data: list[dict[str, Any]] = json.loads(out)
    assert [d["id"] for d in data] == ["cheap-small", "dear-large", "mid", "unpriced"]
    assert data[0]["cheapest"] == {"provider": "p", "provider_name": "Provider P",
                                   "input": "0.10", "output": "0.20",
                                   "reseller_listing": False}
    assert data[3]["cheapest"] is None
    assert data[0]["context_window"] == 8192


def test_show_as_json_and_fitted(capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run(capsys, monkeypatch, "show", "dear-large", "--format", "json")
    assert json.loads(out)["routes"][0]["input"] == "3.00"  # money at one scale (review 8, G15)
    _, out, _ = run(capsys, monkeypatch, "show", "cheap-small", "--width", "60")
    assert all(len(line) <= 60 for line in out.splitlines())
    assert "Function calling yes" in " ".join(out.split())


def test_show_as_json_writes_unknown_modalities_as_null(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """None given is unknown (catalog.md), as the capabilities' null says, never ``[]``."""
    _, out, _ = run(capsys, monkeypatch, "show", "mid", "--format", "json")
    data = json.loads(out)
    assert data["input_modalities"] is None
    assert data["output_modalities"] is None
    assert data["capabilities"]["vision"] is None
    monkeypatch.undo()  # the bundled catalog: modalities on record are written as they are
    out_file = io.StringIO()
    assert main(["show", "phi-4-mini", "--format", "json"], out=out_file) == 0
    assert json.loads(out_file.getvalue())["input_modalities"] == ["text"]


def test_show_lists_only_the_routes_of_the_named_providers(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run(capsys, monkeypatch, "show", "cheap-small", "--provider", "Free F")
    routes = out[out.index("Routes"):].splitlines()
    assert routes[0] == "Routes (USD per 1M tokens; 1 of 2, by --provider/--exclude-provider)"
    assert [line.split()[0] for line in routes[3:] if line and not line.startswith(" ")] == [
        "Free"]
    _, out, _ = run(capsys, monkeypatch, "show", "cheap-small", "--exclude-provider", "f",
                    "--format", "json")
    assert [r["provider"] for r in json.loads(out)["routes"]] == ["p"]
    _, out, _ = run(capsys, monkeypatch, "show", "dear-large", "--provider", "f")
    assert "No route of the model's 1 is left by --provider/--exclude-provider." in out
    assert "Routes (" not in out
    code, _, err = run(capsys, monkeypatch, "show", "mid", "--provider", "pp")
    assert code == 2
    assert err.startswith("phicompare: --provider: unknown provider 'pp'; did you mean 'p'?")


def test_show_under_a_provider_filter_marks_the_sources_of_left_out_routes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """review 8, G20: `show --provider` printed every source of the model, those of routes it
    does not show among them; they are listed apart, under a heading that says whose they are."""
    card, kept, dropped = ("https://example.com/card", "https://example.com/p.toml",
                           "https://example.com/q.toml")
    routes = (attrs.evolve(_route("p", "1", "2"), source=kept),
              attrs.evolve(_route("q", "1", "2"), source=dropped))
    model = Model(id="m", name="M", routes=routes, sources=(card, kept, dropped))
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: Catalog(
        models=(model,), providers=(Provider(id="p", name="P"), Provider(id="q", name="Q"))))
    out = io.StringIO()
    assert main(["show", "m", "--provider", "p"], out=out) == 0
    text = out.getvalue()
    rest = text.partition("\nSources\n")[2]
    shown, _, apart = rest.partition("\nSources of routes --provider/--exclude-provider leave "
                                     "out (the model's record cites them too)\n")
    assert shown.split() == [card, kept]
    assert apart.split() == [dropped]
    out = io.StringIO()  # no filter: one list, as before
    assert main(["show", "m"], out=out) == 0
    assert out.getvalue().partition("\nSources\n")[2].split() == [card, kept, dropped]


def test_show_tells_apart_two_routes_of_one_provider(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    route = _route("p", "3", "15")
    twice = Model(id="m", name="M", routes=(attrs.evolve(route, provider_model_id="m-v1"),
                                            attrs.evolve(route, provider_model_id="eu.m-v1")))
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: Catalog(
        models=(twice,), providers=(Provider(id="p", name="P"),)))
    out = io.StringIO()
    assert main(["show", "m"], out=out) == 0
    assert [line.split()[:2] for line in out.getvalue().splitlines()
            if line.startswith("P ")] == [["P", "(m-v1)"], ["P", "(eu.m-v1)"]]


def test_show_says_the_long_context_tiers_and_exact_contexts(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Routes that list the same tier are named once, after the table, wrapped to the width;
    contexts are to the token (1,048,576 and 1,000,000 both read "1M" short)."""
    tier = Tier(above_input_tokens=200_000, input=Decimal("2.50"), output=Decimal("15"))
    base = _route("p", "1.25", "10")
    routes = (attrs.evolve(base, tiers=(tier,), context_window=1_048_576),
              attrs.evolve(base, provider="q", tiers=(tier,), context_window=1_000_000),
              attrs.evolve(base, provider="f", context_window=1_048_756))
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: Catalog(
        models=(Model(id="m", name="M", routes=routes),),
        providers=(Provider(id="p", name="P"), Provider(id="q", name="Q"),
                   Provider(id="f", name="F"))))
    out = io.StringIO()
    assert main(["show", "m", "--width", "60"], out=out) == 0
    text = out.getvalue()
    assert all(len(line) <= 60 for line in text.splitlines())
    assert " ".join(text[text.index("Long-context"):].split()) == (
        "Long-context tiers (input tokens): above 200K: $2.50 in, $15.00 out on P and Q; "
        "none listed on the other route.")
    contexts = [line.split()[3] for line in text.splitlines() if line[:2] in ("P ", "Q ", "F ")]
    assert contexts == ["1,048,576", "1,000,000", "1,048,756"]
    out = io.StringIO()
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: Catalog(
        models=(Model(id="m", name="M", routes=routes[2:]),),
        providers=(Provider(id="f", name="F"),)))
    assert main(["show", "m"], out=out) == 0
    assert "Long-context" not in out.getvalue()


def test_show_cuts_long_facts_to_the_width(capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: Catalog(models=(
        Model(id="m", name="M", architecture="x" * 300),)))
    out = io.StringIO()
    assert main(["show", "m", "--width", "60"], out=out) == 0
    line = next(line for line in out.getvalue().splitlines() if "Architecture" in line)
    assert len(line) == 60
    assert line.endswith("…")


def test_cheapest_route_skips_free_tiers_and_unpriced_routes() -> None:
    catalog = small_catalog()
    route = cheapest_route(catalog.model("cheap-small"), catalog)
    assert route is not None
    assert route.input == Decimal("0.10")
    assert cheapest_route(catalog.model("unpriced"), catalog) is None


def test_list_prices_a_closed_model_at_its_makers_route_unless_asked_otherwise() -> None:
    """The price column follows the route policy of the pages (docs/cost-model.md)."""
    catalog = default_catalog()
    model = catalog.model("claude-sonnet-4-5")
    maker = cheapest_route(model, catalog)
    anywhere = cheapest_route(model, catalog, policy=RoutePolicy.CHEAPEST)
    assert maker is not None
    assert anywhere is not None
    assert catalog.provider(maker.provider).tier in (ProviderTier.FIRST_PARTY, ProviderTier.CLOUD)
    assert anywhere.input is not None
    assert maker.input is not None
    assert anywhere.input < maker.input
    out = io.StringIO()
    assert main(["list", "--vendor", "anthropic", "--route-policy", "cheapest", "--format",
                 "json"], out=out) == 0


def test_fit_keeps_every_column_at_least_six_wide() -> None:
    lines = fit([["a" * 20, "b" * 20], ["x", "y"]], 5)
    assert lines[1] == "------  ------"


def test_show_says_a_route_flag_for_what_the_weights_lack_is_not_counted() -> None:
    out = io.StringIO()
    assert main(["show", "llama-3.3-70b"], out=out) == 0
    text = " ".join(out.getvalue().split())
    assert "Reasoning mode no (flagged on 2 of 43 routes in service, not counted)" in text


def test_show_counts_a_capability_within_the_providers_it_keeps(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`show M --provider P` counted a capability over all the model's routes ("on 1 of 3
    routes" beside a table of two); it counts within the routes kept, and a capability only
    left-out routes offer is the model's own flag, the left-out offer said (as compare does:
    ``analysis.profile.within``)."""
    flagged = attrs.evolve(_route("p", "1", "2"),
                           capabilities=Capabilities(structured_outputs=True))
    model = Model(id="m", name="M", routes=(flagged, _route("f", "1", "2"), _route("q", "1", "2")))
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: Catalog(
        models=(model,), providers=(Provider(id="p", name="P"), Provider(id="q", name="Q"),
                                    Provider(id="f", name="F"))))

    def capabilities(*argv: str) -> str:
        out = io.StringIO()
        assert main(["show", "m", "--width", "200", *argv], out=out) == 0
        text = " ".join(out.getvalue().split())
        return text[text.index("Capabilities:"):text.index("Routes")]

    # the one capability a record of the model sets (the others are left out: review 18, P4)
    assert capabilities() == "Capabilities: Structured outputs on 1 of 3 routes "
    assert "Structured outputs on 1 of 2 routes" in capabilities("--exclude-provider", "f")
    assert ("Structured outputs not documented (offered only on routes --provider/"
            "--exclude-provider leave out)") in capabilities("--provider", "f,q")

def _deprecated_zero_catalog() -> Catalog:
    """One model priced $0.00 only on a deprecated route, one with a paid route beside it."""
    return Catalog(providers=(Provider(id="p", name="Provider P"),
                              Provider(id="z", name="Zero Z")),
                   models=(
        Model(id="gone", name="Gone", routes=(_route("z", "0", "0", "deprecated"),)),
        Model(id="paid", name="Paid", routes=(_route("z", "0", "0", "deprecated"),
                                              _route("p", "0.10", "0.30"))),
        Model(id="old-paid", name="Old Paid",
              routes=(_route("z", "0.001", "0.002", "deprecated"), _route("p", "2", "6"))),
    ))


def test_list_prices_no_deprecated_route(capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 8, G4: the price is the cheapest route in service, not deprecated and not a free
    tier (a comparison's rule); a model with none reads "none", not a deprecated $0.00."""
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: _deprecated_zero_catalog())
    catalog = _deprecated_zero_catalog()
    assert cheapest_route(catalog.model("gone"), catalog) is None
    route = cheapest_route(catalog.model("old-paid"), catalog)
    assert route is not None
    assert route.provider == "p"
    out = io.StringIO()
    assert main(["list", "--width", "200", "--sort", "price"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert ids(out.getvalue()) == ["paid", "old-paid", "gone"]
    assert lines[2].split()[-3:] == ["$0.10", "$0.30", "2"]
    assert lines[4].split()[-3:] == ["none", "none", "1"]
    assert "$0.00" not in out.getvalue()
    assert lines[-1] == (
        "three models of 3; prices are the cheapest route's in service that is not deprecated "
        "and not a free tier (the route a comparison bills at the default traffic), USD per 1M "
        "tokens; 'none': no such route is priced; '?' is not yet sourced.")
    out = io.StringIO()
    assert main(["list", "--width", "200", "--max-price", "0.01"], out=out) == 0
    assert out.getvalue().splitlines()[-1].startswith("no models of 3; ")
    out = io.StringIO()
    assert main(["list", "--format", "json", "--sort", "id"], out=out) == 0
    data: list[dict[str, Any]] = json.loads(out.getvalue())
    assert data[0]["cheapest"] is None
    assert data[0]["priced_routes_left_out"] == 1


def test_list_capability_keeps_to_the_models_own_flags(capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 8, G5: a capability only some routes offer is not the model's: ``--capability``
    leaves such a model out and says how many it left out for that."""
    offer = attrs.evolve(_route("p", "1", "2"),
                         capabilities=Capabilities(structured_outputs=True))
    catalog = Catalog(providers=(Provider(id="p", name="Provider P"),), models=(
        Model(id="own", name="Own", capabilities=Capabilities(structured_outputs=True),
              routes=(_route("p", "1", "2"),)),
        Model(id="offered", name="Offered", routes=(offer, _route("p", "1", "2"))),
        Model(id="none", name="None", vendor="Nobody", routes=(_route("p", "1", "2"),)),
    ))
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: catalog)
    out = io.StringIO()
    assert main(["list", "--width", "200", "--capability", "structured_outputs"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines[2:-2]] == ["own"]
    assert lines[-1] == ("Left out: one model for which routes alone offer structured outputs, "
                         "not the model's own record (see phicompare show).")
    out = io.StringIO()
    assert main(["list", "--width", "200", "--capability", "structured_outputs",
                 "--vendor", "nobody"], out=out) == 0
    assert "Left out" not in out.getvalue()


def test_show_says_a_retired_route_is_retired(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """`show` printed "ga" for a route whose retirement date had come (Gemini 1.5 Flash-8B on
    Google); the status reads "retired" with the date, as the pair page's routes table does."""
    gone = attrs.evolve(_route("p", "1", "2"), retires=dt.date(2025, 9, 24))
    later = attrs.evolve(_route("q", "1", "2"), retires=dt.date.today() + dt.timedelta(days=400))
    model = Model(id="m", name="M", routes=(gone, later))
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: Catalog(
        models=(model,), providers=(Provider(id="p", name="P"), Provider(id="q", name="Q"))))
    out = io.StringIO()
    assert main(["show", "m", "--width", "200"], out=out) == 0
    text = out.getvalue()
    assert "retired on 2025-09-24" in text
    assert f"GA, retires on {later.retires.isoformat()}" in text  # type: ignore[union-attr]


def test_show_says_a_routes_status_as_the_site_s_model_page_does(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`show` kept its own status words ("ga, retires 2027-01-17") and no deprecation day,
    beside the site's model page's "GA, retires on 2027-01-17" (review 18, P1's leftover): one
    function (`render.cells.route_status`) words both."""
    soon = dt.date.today() + dt.timedelta(days=30)
    route = attrs.evolve(_route("p", "1", "2"), deprecated=soon,
                         retires=soon + dt.timedelta(days=90))
    model = Model(id="m", name="M", routes=(route,))
    monkeypatch.setattr(cli_listing, "load_catalogs", lambda *_: Catalog(
        models=(model,), providers=(Provider(id="p", name="P"),)))
    out = io.StringIO()
    assert main(["show", "m", "--width", "200"], out=out) == 0
    assert cells.route_status(route, dt.date.today(), dated=True) in out.getvalue()
    assert f"GA, deprecated from {soon.isoformat()}, retires on" in out.getvalue()

def test_list_marks_a_closed_model_s_price_that_is_a_reseller_s_listing() -> None:
    """`list --route-policy cheapest` printed a reseller's listing 86% below Anthropic's price
    as Claude Sonnet 4.5's, with no mark (review 9, H9): it is marked, in the table and JSON."""
    catalog = Catalog(providers=(
        Provider(id="lab", name="Lab", tier=ProviderTier.FIRST_PARTY, vendors=("Lab",)),
        Provider(id="host", name="Host", tier=ProviderTier.RESELLER)), models=(
        Model(id="closed", name="Closed", vendor="Lab", open_weights=False,
              routes=(_route("lab", "3", "15"), _route("host", "0.43", "2.14"))),
        Model(id="open", name="Open", vendor="Other", open_weights=True,
              routes=(_route("host", "0.2", "0.4"),))))
    args = ["list", "--route-policy", "cheapest", "--sort", "id", "--width", "150"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cli_listing, "load_catalogs", lambda *_: catalog)
        out = io.StringIO()
        assert main(args, out=out) == 0
        text = out.getvalue()
        rows = {line.split()[0]: line for line in text.splitlines()[2:4]}
        assert "$0.43*" in rows["closed"]
        assert "$2.14*" in rows["closed"]
        assert "*" not in rows["open"]  # an open-weight model's host is no reseller's listing
        assert "'*': a reseller's listing of a closed-weight model" in text
        out = io.StringIO()
        assert main([*args, "--format", "json"], out=out) == 0
        marks = {e["id"]: e["cheapest"]["reseller_listing"] for e in json.loads(out.getvalue())}
        assert marks == {"closed": True, "open": False}
        out = io.StringIO()  # the default policy prices it at its maker's route: no mark
        assert main(["list", "--sort", "id", "--width", "150"], out=out) == 0
        assert "*" not in out.getvalue()


def _window_catalog(*windows: int) -> Catalog:
    return Catalog(providers=(Provider(id="p", name="P"),), models=tuple(
        Model(id=f"m{window}", name=f"M{window}", context_window=window,
              max_output_tokens=window // 2, routes=(_route("p", "1", "1"),))
        for window in windows))


def test_list_sorted_by_context_reads_in_order() -> None:
    """32,768 tokens printed "32K" below 32,767's "32.8K" (review 9, H16), and the fix wrote 29 of
    the catalog's 78 windows to the token: one unit for every cell, thousands or millions to one
    decimal, as ``--min-context`` counts them, reads in order whatever the sort."""
    catalog = _window_catalog(32_000, 32_767, 32_768, 131_072, 128_000, 131_000, 8_192, 4_000,
                              1_048_576, 1_000_000, 262_144, 256_000, 500)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cli_listing, "load_catalogs", lambda *_: catalog)
        out = io.StringIO()
        assert main(["list", "--sort", "context", "--width", "150"], out=out) == 0
    lines = out.getvalue().splitlines()
    cells = [line.split()[4] for line in lines[2:15]]
    assert cells == ["1.05M", "1M", "262.1K", "256K", "131.1K", "131K", "128K", "32.8K", "32.8K",
                     "32K", "8.2K", "4K", "500"], cells
    assert "context windows in thousands (K) or millions (M) of tokens, to one decimal" in (
        lines[-1])


def test_list_context_column_is_short_and_in_order_over_the_bundled_catalog() -> None:
    """Every window of the bundled catalog reads short (no cell to the token) and in order."""
    out = io.StringIO()
    assert main(["list", "--sort", "context", "--width", "1000"], out=out) == 0
    known = sorted({m.context_window for m in default_catalog() if m.context_window is not None},
                   reverse=True)
    readings = [Decimal(window(n).rstrip("KM")) * {"K": 1000, "M": 10**6}.get(window(n)[-1], 1)
                for n in known]
    assert readings == sorted(readings, reverse=True)
    assert all(abs(r - n) * 50 <= n for r, n in zip(readings, known, strict=True))  # within 2%
    assert not any("," in window(n) for n in known)
    assert all(window(n) in out.getvalue() for n in known)


def test_show_reads_a_window_as_the_comparison_page_does() -> None:
    """``show`` printed 32,768 tokens "32.8K" and 8,192 "8.2K" where the comparison page says
    "32K" and "8K" (review 11, K8): the page's short form, the exact count beside it, for the
    context window and the output limit (``list``'s column keeps its one decimal unit)."""
    catalog = _window_catalog(32_767, 32_768, 131_072, 500)
    facts = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cli_listing, "load_catalogs", lambda *_: catalog)
        for window in (32_767, 32_768, 131_072, 500):
            out = io.StringIO()
            assert main(["show", f"m{window}", "--width", "150"], out=out) == 0
            facts[window] = [" ".join(line.split()[2:]) for line in out.getvalue().splitlines()
                             if line.strip().startswith(("Context window", "Max output"))]
    assert facts == {32_767: ["32.8K (32,767 tokens)", "16.4K (16,383 tokens)"],
                     32_768: ["32K (32,768 tokens)", "16K (16,384 tokens)"],
                     131_072: ["128K (131,072 tokens)", "64K (65,536 tokens)"],
                     500: ["500 tokens", "250 tokens"]}
    page = compare("m32768", "m131072", catalog=catalog).to_markdown()  # its specifications
    assert "| 32K (32,768) | 128K (131,072) |" in page


def test_a_column_cut_until_every_row_reads_alike_is_left_out() -> None:
    """``phicompare list --vendor anthropic --width 100`` showed every name as "Claude …" and
    every vendor as "Anthrop…" (review 24): the vendor column, alike in full, goes first, and
    the names get its room."""
    rows = [["id", "name", "vendor"], ["claude-opus-4", "Claude Opus 4", "Anthropic"],
            ["claude-haiku-4", "Claude Haiku 4", "Anthropic"]]
    lines = fit(rows, 32, first=(1, 2), keep=(0,))
    assert lines[0].split() == ["id", "name"], lines
    assert lines[2] == "claude-opus-4   Claude Opus 4", lines
    assert fit(rows, 60, first=(1, 2), keep=(0,))[2].endswith("Anthropic")  # room: all kept
