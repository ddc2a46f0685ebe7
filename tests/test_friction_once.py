"""Switch friction and the narrative's context do their work once, and evidence when read.

Issue 18 (stop 54, helper perfCA): a listing-only model's "its sources are its listings" basis
was built for every page in the context and again for each friction sentence that names the
model, though a page reads no evidence; each model's usability and its routes wider than its
window were worked out afresh on every page of it; the output figures' form was worked out
once for each output shrink and each time the longer output asked. Pages are unchanged
(benchmarks/golden.py); these tests pin where the work now happens.
"""

from __future__ import annotations

import datetime as dt
import itertools
from unittest import mock

from phicompare import compare, default_catalog
from phicompare.analysis.friction import in_service
from phicompare.domain.in_use import usable
from phicompare.narrative import context, friction_listed, output_forms
from phicompare.narrative.context import context_of
from phicompare.narrative.friction import friction_groups
from phicompare.narrative.parts import model_parts
from phicompare.narrative.window_forms import materially_wider

DAY = dt.date(2026, 12, 2)


def test_friction_builds_no_listing_basis_until_its_evidence_is_read() -> None:
    """Gemma 4 31B DarkIdol's sources are its NanoGPT listing: said, built only when read."""
    c = compare("gemma-4-31b-darkidol", "gemma-4-31b-it", as_of=DAY)
    built: list[int] = []
    real = getattr(friction_listed, "listing_basis", None)

    def spy(i: int, *args: object) -> object:
        built.append(i)
        assert real is not None
        return real(i, *args)

    with mock.patch.object(context, "listed_basis", side_effect=AssertionError("eager")), \
            mock.patch.object(friction_listed, "listing_basis", side_effect=spy, create=True):
        x = context_of(c)
        shared, moves = friction_groups(x, model_parts(x))
        claims = [claim for *_, group in (*shared, *moves) for claim in group]
        named = [claim for claim in claims if "listing" in claim.text]
        assert named, [claim.text for claim in claims]
        assert built == []  # (nothing read yet)
        evidence = [e for claim in named for e in claim.evidence]
    assert built, "reading the evidence builds it"
    assert "models[0].sources" in {str(e.path) for e in evidence}
    assert c.check() == []


def test_each_model_s_usability_and_wider_routes_are_read_off_its_own_part() -> None:
    """:attr:`Context.usable` and :attr:`Context.wider` hold what friction asked of each route."""
    catalog = default_catalog()
    ids = ["gpt-4.5", "claude-sonnet-4-5", "gemini-2.0-flash", "claude-sonnet-4", "phi-4-mini"]
    for a, b in itertools.combinations(ids, 2):
        c = compare(a, b, catalog=catalog, as_of=DAY)
        x = context_of(c)
        assert x.usable == tuple([usable(m, DAY) for m in c.models]), (a, b)
        for i, m in enumerate(c.models):
            rows, ks = c.route_groups[i]
            window = m.context_window
            assert x.wider[i] == (() if window is None else tuple([
                (k, row.context_window) for row, k in zip(rows, ks, strict=True)
                if row.context_window is not None and materially_wider(row.context_window,
                                                                       window)
                and row.eligible and in_service(row, m, DAY)])), (a, b, i)
    assert compare("gpt-4.5", "claude-sonnet-4-5", as_of=DAY).narrative.friction  # (its line)


def test_the_output_figures_form_is_found_once_a_page() -> None:
    """Friction's output shrink and the verdict's longer output read one form a page."""
    c = compare("gpt-4-turbo-preview", "deepseek-v3.1", as_of=DAY)
    with mock.patch.object(context, "output_shrinks", create=True,
                           wraps=getattr(output_forms, "output_shrinks", None)) as found:
        page = c.to_markdown()
    assert "Maximum output shrinks" in page
    assert found.call_count == 1
