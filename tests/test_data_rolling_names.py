"""Review 15, P7: a rolling name's record is dated by the snapshot whose figures it carries.

Alibaba's ``qwen-plus`` and ``qwen-turbo`` name whichever snapshot Alibaba serves. The records
carry today's snapshot's figures (Qwen Plus: the 1M window of ``qwen-plus-2025-07-28``, which
its aliases name; both: the thinking mode of the Qwen3-based snapshots), so a page or pick dated
before that snapshot must not credit the model with them.
"""

from __future__ import annotations

import datetime as dt

from phicompare import default_catalog, recommend

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
