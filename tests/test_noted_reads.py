"""A source a keyed route fix cites is dated by the day it was read, not the model's record.

GitHub's announcement that GitHub Models closed on 2026-07-30 (read 2026-12-02) was listed as
checked on 2026-07-02 on GPT-4o's page (the imported record's date, before the closing it
reports) and on 2026-11-25 on Phi-4 Mini's (dataAC's leftover).
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare

ANNOUNCEMENT = "https://github.com/orgs/community/discussions/203602"


def test_the_announcement_is_dated_by_the_day_it_was_read() -> None:
    for pair in (("phi-4-mini", "phi-2"), ("gpt-4o", "gpt-4o-mini")):
        c = compare(*pair, as_of=dt.date(2026, 11, 25))
        [ref] = [s for s in c.provenance.sources if s.url == ANNOUNCEMENT]
        assert ref.checked == dt.date(2026, 12, 2), (pair, ref)
