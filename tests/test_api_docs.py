"""Every public name is in docs/api.md (review 37, #10: 20 public names were in no doc)."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

import phicompare
import phicompare.importers
import phicompare.site

API = Path(__file__).parent.parent / "docs" / "api.md"
pytestmark = pytest.mark.skipif(not API.is_file(), reason="docs/ is not beside the tests")


@pytest.mark.parametrize("module", [phicompare, phicompare.importers, phicompare.site],
                         ids=lambda m: m.__name__)
def test_every_public_name_is_in_the_api_reference(module: ModuleType) -> None:
    text = API.read_text(encoding="utf-8")
    missing = [name for name in module.__all__ if f"`{name}`" not in text
               and f"`{module.__name__}.{name}`" not in text]
    assert missing == []


def test_the_reference_names_nothing_that_is_not_public() -> None:
    text = API.read_text(encoding="utf-8")
    listed = re.findall(r"^- `(\w+)`:", text, re.M)
    public = {*phicompare.__all__, *phicompare.importers.__all__, *phicompare.site.__all__}
    assert sorted(set(listed) - public) == []
