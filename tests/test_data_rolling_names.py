"""Review 15, P7: a rolling name's record is dated by the snapshot whose figures it carries.

Alibaba's ``qwen-plus`` and ``qwen-turbo`` name whichever snapshot Alibaba serves. The records
carry today's snapshot's figures (Qwen Plus: the 1M window of ``qwen-plus-2025-07-28``, which
its aliases name; both: the thinking mode of the Qwen3-based snapshots), so a page or pick dated
before that snapshot must not credit the model with them.
"""

from __future__ import annotations

import datetime as dt
import re

from phicompare import compare, default_catalog, recommend

EARLY = dt.date(2025, 3, 1)


def test_qwen_plus_and_turbo_are_dated_by_the_snapshot_whose_figures_they_carry() -> None:
    catalog = default_catalog()
    plus, turbo = catalog.model("qwen-plus"), catalog.model("qwen-turbo")
    assert str(plus.released) == "2025-07-28"
    assert str(turbo.released) == "2025-04-28"
    for model, first in ((plus, "2024-01-25"), (turbo, "2024-11-01")):
        # the name's first day stays on record, in the notes beside the date's reason
        assert first in (model.notes or ""), model.id


def test_a_pick_dated_before_the_snapshots_credits_neither_with_thinking_mode() -> None:
    """``pick --as-of 2025-03-01 --requires reasoning`` listed Qwen Turbo second and Qwen Plus
    fifth, "released 2024-11-01, documents reasoning"."""
    picked = recommend(requires={"reasoning"}, budget=3000, as_of=EARLY, limit=40)
    ids = {c.model.id for c in picked.candidates}
    assert "qwen-plus" not in ids
    assert "qwen-turbo" not in ids
    later = recommend(requires={"reasoning"}, budget=3000, as_of=dt.date(2025, 8, 1), limit=400)
    assert {"qwen-plus", "qwen-turbo"} <= {c.model.id for c in later.candidates}


def test_a_dated_page_says_which_snapshot_was_not_yet_released() -> None:
    """Review 17, P3: a page dated 2025-03-01 said "Qwen Plus was not released until
    2025-07-28", though the name ``qwen-plus`` dates from 2024-01-25: the record is the
    2025-07-28 snapshot, and its name says so."""
    catalog = default_catalog()
    plus, turbo = catalog.model("qwen-plus"), catalog.model("qwen-turbo")
    assert plus.name == "Qwen Plus 2025-07-28"
    assert turbo.name == "Qwen Turbo 2025-04-28"
    for name in ("qwen-plus", "Qwen Plus", "qwen-plus-2025-07-28"):
        assert catalog.model(name) is plus
    page = compare("qwen-plus", "deepseek-v3", as_of=EARLY)
    text = page.to_markdown()
    assert "Qwen Plus 2025-07-28 was not released until 2025-07-28" in text
    assert "Qwen Plus was not released" not in text
    assert page.check() == []


def test_no_note_gives_a_reason_against_a_release_the_record_no_longer_has() -> None:
    """Review 17, P3's minor: Qwen Plus's note kept "Knowledge cutoff 2024-04 dropped: the
    sources put its knowledge cutoff 2024-04 after release 2024-01-25" once its release read
    2025-07-28, while Qwen Turbo, re-dated alike, kept the same sources' 2024-04."""
    stale = []
    for model in default_catalog():
        for found in re.finditer(r"knowledge cutoff \S+ after release (\d{4}-\d{2}-\d{2})",
                                 model.notes or ""):
            if found[1] != str(model.released):
                stale.append(model.id)
    assert stale == []
    catalog = default_catalog()
    assert catalog.model("qwen-plus").knowledge_cutoff == "2024-04"
    assert catalog.model("qwen-turbo").knowledge_cutoff == "2024-04"
