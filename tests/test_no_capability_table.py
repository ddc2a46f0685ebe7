"""A pair page whose models' records set no capability says so in one line (review 19).

With a user catalog whose two models set no capability, every row of the Capabilities table is
left out (review 18, P4's rule), and the page printed a caption and a header with no row under
them ("| Capability | Alpha M | Beta M |"), while ``show`` said "none documented by the model or
its routes".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, ProviderRoute, compare

DAY = dt.date(2026, 12, 2)


def _model(mid: str, name: str) -> Model:
    route = ProviderRoute(provider="host", input=Decimal("0.10"), output=Decimal("0.20"),
                          source=f"https://example.com/{mid}/price", checked=DAY)
    return Model(id=mid, name=name, vendor="Lab", routes=(route,),
                 sources=(f"https://example.com/{mid}",))


def _section(text: str, heading: str) -> str:
    return text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_no_capability_set_is_one_line_not_an_empty_table() -> None:
    a, b = _model("alpha-m", "Alpha M"), _model("beta-m", "Beta M")
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)
    md = c.to_markdown()
    section = _section(md, "Capabilities")
    assert "| Capability |" not in section, section
    assert section.strip() == "Capabilities: neither model's records set any capability.", md
    assert "Capabilities: neither model's records set any capability." in c.to_text()
    assert c.check() == []


def test_three_models_read_alike() -> None:
    models = (_model("alpha-m", "Alpha M"), _model("beta-m", "Beta M"),
              _model("gamma-m", "Gamma M"))
    c = compare(*models, catalog=Catalog(models=models), as_of=DAY)
    assert ("Capabilities: no record of these models sets any capability."
            in _section(c.to_markdown(), "Capabilities"))


def test_a_bundled_pair_keeps_its_table() -> None:
    md = compare("phi-2", "phi-4-mini", as_of=DAY).to_markdown()
    assert "| Capability | Phi-2 | Phi-4 Mini |" in md
