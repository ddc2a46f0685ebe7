"""A model's page leaves out a capability no record of the model sets, as ``show`` does.

The site's model pages (and a model's notebook record) listed every capability, "Tool use: not
documented" among them, where no record of the bundled catalog sets ``tool_use`` (review 18,
P4's leftover): the row read as if the model lacked it. ``show`` and the pair pages leave such
a row out; the model page now does too, and says so where no capability is recorded at all.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Model, ProviderRoute, default_catalog
from phicompare.analysis.recorded import recorded_capabilities
from phicompare.render.blocks import Para, Table
from phicompare.render.catalog_pages import NONE_RECORDED, model_page
from phicompare.render.markdown import render_blocks


def _capability_rows(model: Model) -> list[str]:
    [table] = [b for b in model_page(model, catalog=default_catalog())
               if isinstance(b, Table) and b.caption.endswith(": capabilities")]
    return [str(row[0]) for row in table.rows]


def test_a_model_page_lists_only_the_capabilities_its_records_set() -> None:
    catalog = default_catalog()
    for model_id in ("phi-4-mini", "claude-3-7-sonnet", "gpt-4o"):
        model = catalog.model(model_id)
        rows = _capability_rows(model)
        assert "Tool use" not in rows, model_id
        assert len(rows) == len(recorded_capabilities([model])), (model_id, rows)
        assert "Tool use" not in render_blocks(model_page(model, catalog=catalog))


def test_a_model_page_with_no_capability_recorded_says_so() -> None:
    route = ProviderRoute(provider="p", input=Decimal(1), output=Decimal(2), source="https://x",
                          checked=dt.date(2026, 11, 1))
    page = model_page(Model(id="m", name="M", routes=(route,)))
    assert not [b for b in page if isinstance(b, Table) and b.caption.endswith("capabilities")]
    assert Para(f"Capabilities: {NONE_RECORDED}.") in page
