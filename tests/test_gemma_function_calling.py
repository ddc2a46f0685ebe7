"""Gemma 3's function calling is prompting alone, not a tool-call interface: left unrecorded.

Recording it (tried this session) made every Gemma 3 route "support" function calling whatever
its API (review 17, P5); the records say why it is not recorded.
"""

from __future__ import annotations

import pytest

from phicompare import default_catalog


@pytest.mark.parametrize("model", ["gemma-3-4b", "gemma-3-12b", "gemma-3-27b-it"])
def test_gemma_3_function_calling_is_not_the_models(model: str) -> None:
    m = default_catalog().model(model)
    assert m.capabilities.function_calling is None


@pytest.mark.parametrize("model", ["gemma-3-4b", "gemma-3-12b"])
def test_the_curated_records_say_why(model: str) -> None:
    notes = default_catalog().model(model).notes or ""
    assert "Function calling is not recorded" in notes
    assert "ai.google.dev/gemma/docs/capabilities/function-calling" in notes
