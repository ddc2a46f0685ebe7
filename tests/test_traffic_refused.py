"""A traffic given as text no parser reads is not sent to the parser (compare, estimate, ...)."""

from __future__ import annotations

import pytest

from phicompare import ArgumentError, compare


def test_a_traffic_text_no_parser_reads_is_not_sent_to_the_parser() -> None:
    """``traffic="lots"`` pointed at ``Traffic.parse('lots')``, a call that fails in turn."""
    with pytest.raises(ArgumentError) as caught:  # a wrong type (review 41)
        compare("phi-2", "phi-4-mini", traffic="lots")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "traffic must be a Traffic, got str 'lots', which is no traffic text either: build one "
        "with Traffic(input_tokens=..., output_tokens=...), Traffic.from_requests(...) or "
        "Traffic.parse('800M:250M')")
    with pytest.raises(ArgumentError, match=r"read by Traffic\.parse\('10000/day@2000:500'\)$"):
        compare("phi-2", "phi-4-mini", traffic="10000/day@2000:500")  # type: ignore[arg-type]
