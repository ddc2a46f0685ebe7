"""GPT-3.5 records that cite OpenAI's own page take its knowledge cutoff (dataAI, 2).

OpenAI's GPT-3.5 Turbo pages give "Sep 01, 2021"; models.dev's Azure files gave three records
2021-08, while the `gpt-3.5-turbo` record already read 2021-09-01.
"""

from __future__ import annotations

import pytest

from phicompare import default_catalog


@pytest.mark.parametrize("model_id", ["gpt-3.5-turbo", "gpt-3.5-turbo-0125",
                                      "gpt-3.5-turbo-0613", "gpt-3.5-turbo-instruct",
                                      "gpt-3.5-turbo-16k"])
def test_records_citing_openai_read_its_cutoff(model_id: str) -> None:
    model = default_catalog().model(model_id)
    assert model.knowledge_cutoff == "2021-09-01"


def test_the_conflict_is_noted() -> None:
    model = default_catalog().model("gpt-3.5-turbo-0125")
    notes = model.notes or ""
    assert "2021-08" in notes
    assert "Sep 01, 2021" in notes
