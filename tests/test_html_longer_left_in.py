"""The HTML "longer" tag weighs the models the page's terms leave in, as the verdict does.

Review 8 leftovers: the key-number cards and the specifications and scorecard rows tagged the
longest window "longer" across every model shown, a model `--requires` rules out among them,
where the verdict picks the longest of those left in ("Pick Phi-4 Mini for a longer context
than Phi-4"). The tag names whom where the lead does not hold over every model shown.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 11, 25)


def _model(mid: str, window: int, *, calls: bool) -> Model:
    route = ProviderRoute(provider=f"p-{mid}", input=Decimal("0.10"), output=Decimal("0.10"),
                          source="https://example.com/p", checked=DAY)
    return Model(id=mid, name=mid.upper(), context_window=window, routes=(route,),
                 capabilities=Capabilities(function_calling=calls))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY,
                   requires={"function_calling"})


def test_a_ruled_out_model_s_longer_window_is_not_tagged() -> None:
    c = _compare(_model("a", 8192, calls=True), _model("b", 32768, calls=True),
                 _model("c", 131072, calls=False))
    page = c.to_html()
    assert "Pick B for a longer context than A" in " ".join(x.text for x in c.narrative.verdict)
    assert '128K tokens</span>, <span class="tag">' not in page
    assert '32K tokens</span>, <span class="tag">longer than A</span>' in page
    assert '<span class="tag">longer</span>' not in page


def test_the_lead_over_every_model_shown_is_plain_longer() -> None:
    c = _compare(_model("a", 131072, calls=True), _model("b", 32768, calls=True),
                 _model("c", 8192, calls=False))
    page = c.to_html()
    assert '128K tokens</span>, <span class="tag">longer</span>' in page


def test_one_model_left_in_is_longer_than_none() -> None:
    c = _compare(_model("a", 8192, calls=True), _model("b", 32768, calls=False))
    assert '<span class="tag">longer' not in c.to_html()


def test_the_page_of_the_finding() -> None:
    """Phi-3 Mini 128K's 128K is out for function calling; Phi-4 Mini's is longer than Phi-4's."""
    page = compare("phi-4", "phi-4-mini", "phi-3-mini-128k",
                   requires={"function_calling"}).to_html()
    assert page.count('<span class="tag">longer than Phi-4</span>') == 3, page.count("longer")
    assert '<span class="tag">longer</span>' not in page
