"""The docs cannot drift: generated examples match the code, and every documented key exists."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import attrs
import pytest

from phicompare import Benchmark, BenchmarkScore, Model, Provider, ProviderRoute, Tier

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"


def test_generated_blocks_are_up_to_date() -> None:
    if not (DOCS / "generate.py").exists():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.regenerate(check=True) == [], "run: python docs/generate.py"


@pytest.mark.parametrize("cls", [Provider, Benchmark, Model, BenchmarkScore, ProviderRoute, Tier])
def test_catalog_doc_documents_every_key(cls: type) -> None:
    if not (DOCS / "catalog.md").exists():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    text = (DOCS / "catalog.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_0-9]+)`", text))
    missing = [f.name for f in attrs.fields(cls) if f.name not in documented]
    assert missing == []
