"""`pick --include-free --rejected`: a model that meets every requirement on a free tier is not
also "Not a fit", and no rejection's reason denies the flag the user passed (review 12, L6).

It listed Command A among the models that "meet every requirement on a free tier" and, on the
same page, as "Command A: $13.50 a month, over the $0.00 budget"; Coding GLM 5.1 (free) as a free
tier that fits and as "no eligible route (AIHubMix: free tier, not counted unless free tiers are
included))": the rejection pass priced each model on its priced routes alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from phicompare import Catalog, Traffic, load_catalog, recommend
from phicompare.cli.pick import render_pick

DAY = dt.date(2026, 12, 1)

CATALOG = """\
schema = 1

[[providers]]
id = "free-host"
name = "Free Host"

[[providers]]
id = "paid-host"
name = "Paid Host"

[[models]]
id = "both"
name = "Both Routes"
context_window = 131072

[[models.routes]]
provider = "free-host"
input = 0
output = 0
status = "free-tier"
source = "https://free.test/models"
checked = 2026-11-20

[[models.routes]]
provider = "paid-host"
input = 0.10
output = 0.40
source = "https://paid.test/pricing"
checked = 2026-11-20

[[models]]
id = "free-only"
name = "Free Only"
context_window = 131072

[[models.routes]]
provider = "free-host"
input = 0
output = 0
status = "free-tier"
source = "https://free.test/models"
checked = 2026-11-20

[[models]]
id = "limited"
name = "Limited Free"
context_window = 131072

[[models.routes]]
provider = "free-host"
input = 0
output = 0
status = "free-tier"
source = "https://free.test/models"
checked = 2026-11-20

[models.routes.limits]
requests_per_day = 50
source = "https://free.test/limits"
checked = 2026-12-01

[[models]]
id = "paid-only"
name = "Paid Only"
context_window = 131072

[[models.routes]]
provider = "paid-host"
input = 0.20
output = 0.80
source = "https://paid.test/pricing"
checked = 2026-11-20
"""

TRAFFIC = Traffic.from_requests(per_day=100, input_tokens=1000, output_tokens=200)


def _catalog(tmp_path: Path) -> Catalog:
    path = tmp_path / "c.toml"
    path.write_text(CATALOG, encoding="utf-8")
    return load_catalog(path)


def test_a_model_that_fits_on_a_free_tier_is_not_rejected(tmp_path: Path) -> None:
    """L6: with a $0 budget, "Both Routes" and "Free Only" meet every requirement on a free
    tier and are listed apart; "Not a fit" holds the others only, each model once."""
    r = recommend(catalog=_catalog(tmp_path), include_free=True, budget=0, traffic=TRAFFIC,
                  as_of=DAY, limit=None, explain_rejected=True)
    assert [c.model.id for c in r.free_tiers] == ["both", "free-only"]
    assert sorted(c.model.id for c in r.rejected) == ["limited", "paid-only"]
    assert sorted(c.model.id for c in (*r.candidates, *r.rejected, *r.free_tiers)) == sorted(
        m.id for m in _catalog(tmp_path).models)
    assert r.check() == []
    data = r.to_dict()
    assert not {c["model"] for c in data["free_tiers"]} & {c["model"] for c in data["rejected"]}


def test_no_rejection_says_free_tiers_are_not_counted_when_they_are(tmp_path: Path) -> None:
    """L6: "Limited Free" is out because its free tier allows 50 requests a day, not because
    free tiers are "not counted unless free tiers are included", the flag the user passed."""
    r = recommend(catalog=_catalog(tmp_path), include_free=True, budget=0, traffic=TRAFFIC,
                  as_of=DAY, limit=None, explain_rejected=True)
    text = " ".join(render_pick(r, 100).split())
    assert "not counted unless free tiers are included" not in text
    assert "- Both Routes:" not in text
    assert "- Free Only:" not in text
    assert "Limited Free: no eligible route (Free Host: " in text
    assert "50 requests a day" in text
    assert "Paid Only: $1.08 a month, over the $0.00 budget." in text
    assert r.check() == []


def test_without_the_flag_free_tiers_are_still_said_not_counted(tmp_path: Path) -> None:
    """Without --include-free nothing changes: the free-only models are out, and say why."""
    r = recommend(catalog=_catalog(tmp_path), budget=0, traffic=TRAFFIC, as_of=DAY,
                  limit=None, explain_rejected=True)
    assert r.free_tiers == ()
    assert sorted(c.model.id for c in r.rejected) == ["both", "free-only", "limited",
                                                      "paid-only"]
    text = " ".join(render_pick(r, 100).split())
    assert ("Free Only: no eligible route (Free Host: free tier, not counted unless free tiers "
            "are included).") in text
    assert r.check() == []
