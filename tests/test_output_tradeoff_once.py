"""The output tradeoff asks only what can make it (issue 18).

Only the largest output limit can be larger than every other: the tradeoff weighs that model
alone, and what its contenders' routes allow is read once for the sentence, not again for the
route behind the bill and for the routes that allow more.
"""

from __future__ import annotations

from typing import Any

import pytest

from phicompare import compare
from phicompare.narrative import longer_output
from phicompare.narrative.context import context_of


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_output_tradeoff_weighs_the_largest_limit_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    x = context_of(compare("gemini-2.5-pro", "o3"))  # the larger limit second
    calls = _counted(monkeypatch, longer_output, "_over_reaches")  # (one model weighed)
    claim = longer_output.output_tradeoff(x)
    assert claim is not None
    assert claim.text.startswith("o3 allows longer responses")
    assert len(calls) == 1


def test_output_tradeoff_reads_the_contenders_routes_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    x = context_of(compare("o3", "claude-opus-4-1"))  # a contender's route allows more: said
    calls = _counted(monkeypatch, longer_output, "_reaches")
    claim = longer_output.output_tradeoff(x)
    assert claim is not None
    assert "Claude Opus 4.1's routes allow up to 64K" in claim.text
    assert len(calls) == 1
