"""The window sentence's form, as written, agrees with its evidence (issue 18, helper speedS).

Switch friction writes its windows as the summary's window sentence does
(:func:`phicompare.narrative.windows.prose_exact`). It reads the form the sentence was written
in (:attr:`phicompare.narrative.windows.Said.exact`), decided with the sentence, not its
evidence (which a Markdown page does not build). The two must agree: the form said is exact
exactly where the sentence's evidence gives some model's window to the token.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from phicompare import compare, default_catalog
from phicompare.narrative import paths
from phicompare.narrative.claims import EvidenceKind
from phicompare.narrative.context import Context, context_of
from phicompare.narrative.windows import context_said, prose_exact

AS_OF = dt.date(2026, 11, 25)

# Pairs whose sentences take each form: windows alike, one to the token, routes beyond a record.
PAIRS = [("phi-2", "phi-4-mini"), ("gpt-4.1", "gemini-2.0-flash"), ("gpt-5", "claude-sonnet-4-5"),
         ("gemma-3-12b", "qwen3-14b"), ("deepseek-v3.2", "phi-4")]


def _written_exact(x: Context, brief: bool) -> tuple[bool, bool]:
    said = context_said(x, brief=brief)
    own = {paths.model(i, "context_window") for i in range(x.n)}
    from_evidence = any(e.kind is EvidenceKind.TOKENS_EXACT and e.path in own
                        for e in said.claim.evidence)
    return said.exact, from_evidence


@pytest.mark.parametrize("brief", [False, True])
def test_the_form_said_is_the_form_the_evidence_gives(brief: bool) -> None:
    catalog = default_catalog()
    ids = [a for pair in PAIRS for a in pair if a in catalog]
    assert len(ids) >= 6  # (the sample is the catalog's: a renamed model must not empty it)
    seen: set[bool] = set()
    for a, b in itertools.combinations(dict.fromkeys(ids), 2):
        x = context_of(compare(a, b, catalog=catalog, as_of=AS_OF))
        said, given = _written_exact(x, brief)
        assert said == given, (a, b, brief)
        seen.add(said)
    assert seen == {True, False}  # (the sample writes windows both ways)


def test_friction_reads_the_summary_sentence_form() -> None:
    x = context_of(compare("phi-2", "phi-4-mini", as_of=AS_OF))
    assert prose_exact(x) is x.context_sentence.exact is False
    assert x.context_said is x.context_sentence.claim
