"""A bill on a route that retires soon: the page names the retirement and what bills after.

Review 32, #3: `phicompare o3 gpt-4o` billed o3 on OpenAI's route, retiring on 2026-12-11, eight
days after the page's date; the deep dive named only GPT-4o's OpenAI route (behind no bill)
retiring on 2027-01-14, as the rule that picked retirements left the bill's route out.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from phicompare import Comparison, compare, load_catalog

DAY = dt.date(2026, 12, 1)

CATALOG = """\
schema = 1

[[providers]]
id = "old-host"
name = "Old Host"

[[providers]]
id = "new-host"
name = "New Host"

[[models]]
id = "m-one"
name = "Model One"
context_window = 131072

[[models.routes]]
provider = "old-host"
input = 1.00
output = 2.00
retires = 2026-12-11
source = "https://old.test/pricing"
checked = 2026-11-20

[[models.routes]]
provider = "new-host"
input = 2.00
output = 4.00
source = "https://new.test/pricing"
checked = 2026-11-20

[[models]]
id = "m-two"
name = "Model Two"
context_window = 131072

[[models.routes]]
provider = "old-host"
input = 0.50
output = 1.00
retires = 2026-12-21
source = "https://old.test/pricing"
checked = 2026-11-20
"""


def _notes(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.claims() if "retire" in claim.text]


def test_the_bill_s_route_retiring_soon_is_named_with_the_bill_after(tmp_path: Path) -> None:
    """Each model's bill route retires within the notice: the page names it and what bills the
    model from that day (Model Two: nothing does), each as a page dated that day gives it."""
    path = tmp_path / "c.toml"
    path.write_text(CATALOG, encoding="utf-8")
    catalog = load_catalog(path)
    c = compare("m-one", "m-two", catalog=catalog, as_of=DAY)
    one, two = c.cost.after_retirement
    assert one is not None and two is not None  # noqa: PT018
    later = compare("m-one", "m-two", catalog=catalog, as_of=dt.date(2026, 12, 11))
    assert (one.provider_name, one.monthly) == (later.cost.estimates[0].provider_name,
                                                later.cost.estimates[0].monthly)
    assert one.provider_name == "New Host"
    assert two.monthly is None
    notes = _notes(c)
    assert (f"Once Old Host's route behind Model One's bill retires, the bill would be "
            f"${one.monthly:,.2f} a month on New Host.") in notes
    assert ("Once Old Host's route behind Model Two's bill retires, no eligible route is left to "
            "bill Model Two.") in notes
    md = c.to_markdown()  # the date is the cost section's, once (review 20)
    assert md.count("2026-12-11") == 1
    assert c.check() == []
    assert Comparison.from_json(c.to_json()).cost.after_retirement == c.cost.after_retirement


def test_o3_s_openai_bill_route_is_named_with_poe_after_it() -> None:
    """The reviewer's page: o3's bill moves to Poe at $3,240.00 once OpenAI's route retires."""
    c = compare("o3", "gpt-4o", as_of=dt.date(2026, 12, 3))
    after = c.cost.after_retirement[0]
    assert after is not None
    assert (after.provider_name, after.monthly) == ("Poe", Decimal("3240.00"))
    assert c.cost.after_retirement[1] is None  # GPT-4o's bill is on Microsoft Foundry
    assert ("Once OpenAI's route behind o3's bill retires, the bill would be $3,240.00 a month "
            "on Poe, as no route from its maker or from a major cloud or platform would be "
            "eligible.") in _notes(c)
    assert "(the route retires on 2026-12-11)" in c.to_markdown()
    assert c.check() == []


def test_no_bill_route_retiring_soon_keeps_the_field_empty() -> None:
    """A page whose bills stay in service past the notice records nothing after them."""
    assert compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 9, 1)).cost.after_retirement == ()
