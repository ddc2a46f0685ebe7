"""The pricing keys of the catalog format: loaded, validated with clear errors, and round-tripped
through JSON (``Comparison.to_dict`` / ``from_dict`` and the shipped JSON Schema)."""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from phicompare import (
    CatalogError,
    Comparison,
    Traffic,
    compare,
    load_catalog,
    validate_paths,
)
from phicompare.domain.pricing import PriceWindow, Tier, TierBoundary
from phicompare.render.schema import SCHEMA_FILE

HEAD = """
[[providers]]
id = "deepseek"
name = "DeepSeek"

[[models]]
id = "chat"
name = "Chat"
context_window = 1000000

[[models.routes]]
provider = "deepseek"
source = "https://api-docs.deepseek.com/quick_start/pricing"
checked = 2026-08-21
input = 0.27
output = 1.10
cache_read = 0.07
cache_write = 0.30
cache_write_1h = 0.50
"""

GOOD = HEAD + """
[[models.routes.tiers]]
above_input_tokens = 128000
boundary = "at-or-above"
input = 0.54
cache_read = 0.14

[[models.routes.windows]]
start = "16:30"
end = "00:30"
input = 0.135
output = 0.55

[[models.routes.windows]]
start = "08:00"
end = "09:00"
weekdays = [6, 7]
output = 0.5

[[models]]
id = "other"
name = "Other"
context_window = 1000000

[[models.routes]]
provider = "deepseek"
source = "https://example.com"
checked = 2026-08-21
input = 1
output = 1
"""


def write(tmp_path: Path, text: str) -> Path:
    file = tmp_path / "catalog.toml"
    file.write_text(textwrap.dedent(text), encoding="utf-8")
    return file


def test_every_pricing_key_loads(tmp_path: Path) -> None:
    route = load_catalog(write(tmp_path, GOOD)).model("chat").routes[0]
    assert route.cache_write_1h == Decimal("0.50")
    assert route.tiers == (Tier(above_input_tokens=128_000, boundary=TierBoundary.AT_OR_ABOVE,
                                input=Decimal("0.54"), cache_read=Decimal("0.14")),)
    assert route.windows[1] == PriceWindow(start="08:00", end="09:00", weekdays=(6, 7),
                                           output=Decimal("0.5"))


@pytest.mark.parametrize(("extra", "path", "message"), [
    ('[[models.routes.tiers]]\nabove_input_tokens = 5\n', "routes[0].tiers[0]", "gives no price"),
    (('[[models.routes.tiers]]\nabove_input_tokens = 5\ninput = 1\n'
     '[[models.routes.tiers]]\nabove_input_tokens = 5\noutput = 1\n'),
     "routes[0].tiers[1].above_input_tokens", "threshold"),
    ('[[models.routes.tiers]]\nabove_input_tokens = 5\ninput = 1\nboundary = "at"\n',
     "routes[0].tiers[0].boundary", "'above', 'at-or-above'"),
    ('[[models.routes.tiers]]\nabove_input_tokens = 5\ncache_read = -1\n',
     "routes[0].tiers[0].cache_read", "negative"),
    ('[[models.routes.windows]]\nstart = "16:30"\nend = "24:30"\ninput = 1\n',
     "routes[0].windows[0].end", "HH:MM"),
    ('[[models.routes.windows]]\nstart = 16:30:00\nend = "00:30"\ninput = 1\n',
     "routes[0].windows[0].start", "string such as '16:30'"),
    ('[[models.routes.windows]]\nstart = "16:30"\nend = "00:30"\n',
     "routes[0].windows[0]", "gives no price"),
    ('[[models.routes.windows]]\nstart = "10:00"\nend = "12:00"\nweekdays = [0]\ninput = 1\n',
     "routes[0].windows[0].weekdays[0]", "ISO weekday"),
    (('[[models.routes.windows]]\nstart = "10:00"\nend = "12:00"\ninput = 1\n'
     '[[models.routes.windows]]\nstart = "11:00"\nend = "13:00"\ninput = 2\n'),
     "routes[0].windows[1]", "overlaps"),
    ('[[models.routes.windows]]\nbegin = "10:00"\nstart = "10:00"\nend = "12:00"\ninput = 1\n',
     "routes[0].windows[0].begin", "unknown key"),
])
def test_bad_pricing_keys_name_file_key_and_value(tmp_path: Path, extra: str, path: str,
                                                  message: str) -> None:
    file = write(tmp_path, HEAD + extra)
    with pytest.raises(CatalogError) as caught:
        load_catalog(file)
    found = [p for p in caught.value.problems if p.path.endswith(path)]
    assert found, [str(p) for p in caught.value.problems]
    assert message in found[0].message
    assert str(file) in str(found[0])


def test_pricing_keys_round_trip_through_json_and_match_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    catalog = load_catalog(write(tmp_path, GOOD))
    c = compare("chat", "other", catalog=catalog, as_of=dt.date(2026, 9, 1),
                traffic=Traffic(at="20:00", weekday=6, cache_write_share="0.1",
                                cache_write_1h_share="0.5"))
    data = json.loads(json.dumps(c.to_dict()))
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text("utf-8")))
    back = Comparison.from_dict(data)
    assert back == c
    assert back.traffic.at == "20:00"
    route = next(r.route for r in back.routes if r.route.windows)
    assert route.windows[0].input == Decimal("0.135")


def test_a_window_bill_at_night_is_the_off_peak_price(tmp_path: Path) -> None:
    catalog = load_catalog(write(tmp_path, GOOD))
    night = compare("chat", "other", catalog=catalog, traffic=Traffic(at="20:00", weekday=3))
    day = compare("chat", "other", catalog=catalog, traffic=Traffic(at="12:00", weekday=3))
    assert night.cost.estimates[0].monthly == Decimal("800") * Decimal("0.135") + Decimal(
        "250") * Decimal("0.55")
    assert day.cost.estimates[0].monthly == Decimal("800") * Decimal("0.27") + Decimal(
        "250") * Decimal("1.10")


def test_strict_validation_flags_a_lone_zero(tmp_path: Path) -> None:
    file = write(tmp_path, HEAD.replace("output = 1.10", "output = 0"))
    problems = validate_paths(file, strict=True, today=dt.date(2026, 9, 1))
    lone = [p for p in problems if p.path.endswith("routes[0].output")]
    assert len(lone) == 1
    assert "lone zero" in lone[0].message
    free = write(tmp_path, HEAD.replace("output = 1.10", 'output = 0\nstatus = "free-tier"'))
    assert not [p for p in validate_paths(free, strict=True, today=dt.date(2026, 9, 1))
                if "lone zero" in p.message]


@pytest.mark.parametrize("cls", [PriceWindow, Tier])
def test_catalog_doc_documents_every_pricing_key(cls: type) -> None:
    doc = Path(__file__).parent.parent / "docs" / "catalog.md"
    if not doc.exists():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    documented = set(re.findall(r"`([a-z_0-9]+)`", doc.read_text(encoding="utf-8")))
    assert [f.name for f in attrs.fields(cls) if f.name not in documented] == []
