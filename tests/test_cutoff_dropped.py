"""A keyed correction drops a knowledge cutoff no maker's source gives (dataY's leftover).

Gemini 1.5 Flash-8B's 2024-10-01 is LLMStats' alone, two days before the model's general
availability (2024-10-03); Google's models page gives the 1.5 models a "Latest update" month and
no cutoff. A correction's ``knowledge_cutoff`` of "" leaves it unknown, and says so.
"""

from __future__ import annotations

import datetime as dt

from phicompare import default_catalog
from phicompare.domain.records import Model
from phicompare.importers._correct import Correction, corrected


def test_flash_8b_has_no_cutoff() -> None:
    m = default_catalog().model("gemini-1.5-flash-8b")
    assert m.knowledge_cutoff is None
    assert 'knowledge_cutoff "2024-10-01" -> unknown' in (m.notes or "")


def test_an_empty_cutoff_drops_it_and_says_so() -> None:
    fix = Correction("m", "knowledge_cutoff", "", "https://x.test", dt.date(2026, 12, 2), "why")
    (out,), lines = corrected([Model(id="m", name="M", knowledge_cutoff="2024-10")], [fix])
    assert out.knowledge_cutoff is None
    assert lines == [('m: knowledge_cutoff "2024-10" -> unknown (https://x.test, '
                      'read 2026-12-02): why')]
    (again,), none = corrected([out], [fix])  # nothing left to drop: no line
    assert again.knowledge_cutoff is None
    assert none == []
