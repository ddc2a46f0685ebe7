"""Knowledge cutoffs and score days no source supports (helper dataAK).

1. A listing's cutoff in the model's release month (Qwen3's "2025-04" beside 2025-04-29) is
   its filler, dropped unless a maker's page gives one (keyed ``CUTOFFS``).
2. GPT-3.5 Turbo 0301 and 1106 read OpenAI's cutoff, not Azure's 2021-08.
3. A score LLMStats dates before its model's release says the day does not date the figure.
"""

from __future__ import annotations

import re

from phicompare import default_catalog
from phicompare.importers._cutoffs import CUTOFFS

_RECORDED = re.compile(r"recorded (\d{4}-\d{2}-\d{2})")


def test_no_cutoff_falls_in_its_release_month_unless_a_maker_gives_it() -> None:
    keyed = {fix.model for fix in CUTOFFS}
    found = [m.id for m in default_catalog()
             if m.released is not None and m.knowledge_cutoff and m.id not in keyed
             and m.knowledge_cutoff[:7] == m.released.isoformat()[:7]]
    assert found == []


def test_qwen3_and_mistral_cutoffs_are_unknown_and_said() -> None:
    catalog = default_catalog()
    for model_id in ("qwen3-8b", "qwen3-235b-a22b", "mistral-nemo", "pixtral-12b"):
        model = catalog.model(model_id)
        assert model.knowledge_cutoff is None, model_id
        assert "dropped: it falls in the month of the release" in (model.notes or ""), model_id


def test_keyed_cutoffs_cite_their_pages() -> None:
    catalog = default_catalog()
    for model_id, cutoff, page in (
            ("grok-4", "2024-11",
             "https://docs.oracle.com/en-us/iaas/Content/generative-ai/xai-grok-4.htm"),
            ("gpt-4-turbo-vision", "2023-04",
             "https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4"),
            ("gpt-3.5-turbo-0301", "2021-09", "https://platform.openai.com/docs/models/gpt-3-5"),
            ("gpt-3.5-turbo-1106", "2021-09-01",
             "https://platform.openai.com/docs/models/gpt-3-5-turbo")):
        model = catalog.model(model_id)
        assert model.knowledge_cutoff == cutoff, model_id
        assert page in model.sources, model_id


def test_no_score_is_recorded_before_its_model_was_released() -> None:
    early = [(m.id, s.benchmark) for m in default_catalog() if m.released is not None
             for s in m.scores if (found := _RECORDED.match(s.note or ""))
             and found[1] < m.released.isoformat()]
    assert early == []


def test_nova_scores_say_their_day_is_unknown() -> None:
    model = default_catalog().model("nova-pro")
    notes = [s.note or "" for s in model.scores
             if "the-amazon-nova-family-of-models" in (s.source or "")]
    assert notes
    for note in notes:
        assert note.startswith("LLMStats' date_recorded 2024-11-17 precedes the model's release "
                               "(2024-12-03) and does not date the figure")
        assert "the day the figure was published is not known" in note


def test_a_known_page_day_is_given() -> None:
    model = default_catalog().model("gpt-4o-2024-05-13")
    notes = [s.note or "" for s in model.scores
             if s.source == "https://openai.com/index/hello-gpt-4o/"]
    assert notes
    assert all(n.startswith("published 2024-05-13 (OpenAI's \"Hello GPT-4o\" post") for n in notes)
