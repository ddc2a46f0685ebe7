"""``Comparison.from_dict`` refuses text, flags and whole numbers of the wrong JSON type.

Review 42: cattrs converted what it was given, so ``"vendor_inferred": "false"`` loaded as
``True`` (the summary then said the vendor was not yet sourced), ``"id": null`` as ``'None'``,
``"context_window": 2048.9`` as 2048 and ``"include_free": "no"`` as ``True``, and ``check()``
found nothing.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from phicompare import Comparison, ComparisonError, compare

GENUINE = compare("phi-2", "phi-4-mini").to_dict()


@pytest.mark.parametrize(("path", "value", "said"), [
    (("models", 0, "vendor_inferred"), "false", ("models[0].vendor_inferred = 'false': expected "
                                                "true or false")),
    (("models", 0, "open_weights"), "false", "models[0].open_weights = 'false': expected true"),
    (("models", 0, "id"), None, "models[0].id = None: expected text"),
    (("models", 0, "name"), 5, "models[0].name = 5: expected text"),
    (("models", 0, "context_window"), 2048.9, ("models[0].context_window = 2048.9: expected a "
                                              "whole number")),
    (("models", 0, "context_window"), True, "models[0].context_window = True: expected a whole"),
    (("include_free",), "no", "include_free = 'no': expected true or false"),
])
def test_a_value_of_the_wrong_json_type_is_refused_at_its_key(path: tuple[Any, ...], value: Any,
                                                              said: str) -> None:
    edited = copy.deepcopy(GENUINE)
    holder = edited
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    with pytest.raises(ComparisonError) as caught:
        Comparison.from_dict(edited)
    assert said in str(caught.value)


def test_enums_and_genuine_values_still_load() -> None:
    for models in (("phi-2", "phi-4-mini"), ("gpt-4o", "claude-3-5-sonnet-20240620", "o1")):
        c = compare(*models)
        again = Comparison.from_json(c.to_json())
        assert again == c
        assert again.to_markdown() == c.to_markdown()
