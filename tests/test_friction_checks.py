"""A comparison's friction and its route rows' provider names, checked on reading (brief fixDE).

``Comparison.from_dict`` checked a capability friction item's subject only: a licence change,
a context that shrinks, a price change or the providers two models share, edited in a
``--json`` file (or added, or dropped), loaded, ``to_markdown()`` printed it and ``check()``
found nothing; and a route row's ``provider_name`` edited where another row names the same
provider loaded too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from phicompare import Comparison, ComparisonError, compare

Data = dict[str, Any]


def _data(*names: str, **options: Any) -> Data:
    data: Data = json.loads(compare(*names, **options).to_json())
    return data


def _refused(data: Data, *expected: str) -> None:
    """``data`` is refused by from_dict, naming each of ``expected`` (key path and value)."""
    with pytest.raises(ComparisonError) as caught:
        Comparison.from_dict(data)
    for text in expected:
        assert text in str(caught.value), (text, str(caught.value))


def _at(data: Data, kind: str, source: int = 0) -> int:
    return next(k for k, f in enumerate(data["friction"])
                if f["kind"] == kind and f["source"] == source)


def _phi() -> Data:
    """phi-2 and phi-4-mini: a kind change, a price change, a context that shrinks, no
    shared provider."""
    return _data("phi-2", "phi-4-mini")


def test_the_phi_pair_holds_the_friction_these_tests_edit() -> None:
    kinds = [(f["source"], f["kind"]) for f in _phi()["friction"]]
    assert {(0, "kind-change"), (0, "price-change"), (0, "no-shared-provider"),
            (1, "context-shrink")} <= set(kinds)


def _edit(found: str, source: int, **values: Any) -> Callable[[Data], None]:
    """An edit of the first item of kind ``found`` from model ``source``: ``values`` set."""
    def edit(data: Data) -> None:
        data["friction"][_at(data, found, source)].update(values)
    return edit


@pytest.mark.parametrize(("edit", "shown"), [
    (_edit("kind-change", 0, before="instruct"),
     "(kind-change of 'kind', before 'instruct', after 'instruct', from model 0 to model 1)"),
    (_edit("context-shrink", 1, before="1000000"),
     ("(context-shrink of 'context_window', before '1000000', after '2048', from model 1 to "
     "model 0)")),
    (_edit("price-change", 0, amount="3.00"),
     ("(price-change of 'monthly', before '105.00', after '135.00', amount '3.00', from model 0 "
     "to model 1)")),
    (_edit("price-change", 0, before="10.00", amount="125.00"),
     ("(price-change of 'monthly', before '10.00', after '135.00', amount '125.00', from model 0 "
     "to model 1)")),
    (_edit("no-shared-provider", 0, kind="shared-providers", subject="Acme Cloud"),
     "(shared-providers of 'Acme Cloud', from model 0 to model 1)"),
    (_edit("kind-change", 0, kind="license-change", subject="license", before="mit",
           after="proprietary"),
     ("(license-change of 'license', before 'mit', after 'proprietary', from model 0 to "
     "model 1)")),
])
def test_a_friction_item_edited_is_refused(edit: Callable[[Data], None], shown: str) -> None:
    """Its subject, values or text edited: the item is not one the facts make, and the one
    they make is missing."""
    data = _phi()
    edit(data)
    k = next(k for k, f in enumerate(data["friction"]) if f != _phi()["friction"][k])
    _refused(data, f"friction[{k}] {shown} is not one the comparison's facts make",
             "friction lacks ")


def test_a_friction_item_added_is_refused() -> None:
    data = _phi()
    data["friction"].append({"source": 1, "target": 0, "kind": "weights-lost",
                             "subject": "open_weights", "before": "yes", "after": "no",
                             "amount": None})
    _refused(data, f"friction[{len(data['friction']) - 1}] (weights-lost of 'open_weights', "
                   "before 'yes', after 'no', from model 1 to model 0) is not one the "
                   "comparison's facts make")


def test_a_friction_item_dropped_is_refused() -> None:
    data = _phi()
    del data["friction"][_at(data, "no-shared-provider")]
    _refused(data, "friction lacks no-shared-provider of 'providers', from model 0 to model 1, "
                   "which the comparison's facts make")


def test_a_friction_item_repeated_is_refused() -> None:
    data = _phi()
    data["friction"].insert(0, dict(data["friction"][0]))
    _refused(data, "friction[1] (kind-change of 'kind', before 'base', after 'instruct', from "
                   "model 0 to model 1) is not one the comparison's facts make")


def test_friction_items_out_of_order_are_refused() -> None:
    data = _phi()
    data["friction"].reverse()
    _refused(data, "friction holds the items the comparison's facts make, but not in their order")


def test_the_shared_providers_edited_are_refused() -> None:
    """The providers two models share, said with one left out."""
    data = _data("gpt-4o", "gpt-4o-mini")
    k = _at(data, "shared-providers")
    shared = data["friction"][k]["subject"]
    data["friction"][k]["subject"] = shared.split(", ", 1)[1]
    _refused(data, f"friction[{k}] (shared-providers of {shared.split(', ', 1)[1]!r}, from "
                   "model 0 to model 1) is not one the comparison's facts make")


def test_a_provider_filter_s_rows_are_no_shared_provider() -> None:
    """A row a provider filter left out is no place to move to, as compare() reads it."""
    c = compare("gpt-4o", "gpt-4o-mini", exclude_providers=["azure-foundry"])
    data = json.loads(c.to_json())
    k = _at(data, "shared-providers")
    assert "Microsoft Foundry" not in data["friction"][k]["subject"]
    assert Comparison.from_dict(data) == c
    data["friction"][k]["subject"] = f"Microsoft Foundry, {data['friction'][k]['subject']}"
    _refused(data, f"friction[{k}] (shared-providers of 'Microsoft Foundry, ")


def test_a_route_row_s_provider_name_edited_beside_another_row_of_it_is_refused() -> None:
    data = _data("gpt-4o", "gpt-4o-mini")
    rows = [k for k, r in enumerate(data["routes"])
            if r["route"]["provider"] == "cloudflare-ai-gateway"]
    assert len(rows) == 2
    data["routes"][rows[0]]["provider_name"] = "Acme Gateway"
    _refused(data, f"routes[{rows[0]}].provider_name is 'Acme Gateway' and "
                   f"routes[{rows[1]}].provider_name is 'Cloudflare AI Gateway', but both are "
                   "provider 'cloudflare-ai-gateway', which has one name")


def test_a_provider_renamed_on_each_of_its_rows_is_refused_where_friction_names_it() -> None:
    """Both rows renamed alike: the shared providers friction names are not theirs."""
    data = _data("gpt-4o", "gpt-4o-mini")
    for row in data["routes"]:
        if row["route"]["provider"] == "cloudflare-ai-gateway":
            row["provider_name"] = "Acme Gateway"
    _refused(data, "friction lacks shared-providers of 'Microsoft Foundry, Acme Gateway, ")
