"""The data helpers' leftovers (dataAH): each record read as its maker's own page gives it."""

from __future__ import annotations

from phicompare import default_catalog

OPENAI_GPT35_TABLE = "https://platform.openai.com/docs/models/gpt-3-5"
OPENAI_INSTRUCT_PAGE = "https://developers.openai.com/api/docs/models/gpt-3.5-turbo-instruct"


def test_gpt35_0613_and_instruct_take_openai_s_4096_window_and_keep_their_cap() -> None:
    """Their windows were the listings' 4,095, so the 4,096 output cap, above them, was dropped;
    OpenAI gives both models 4,096 tokens, so the cap returns (Instruct's from OpenAI's page)."""
    catalog = default_catalog()
    turbo = catalog.model("gpt-3.5-turbo-0613")
    assert turbo.context_window == 4_096
    assert turbo.max_output_tokens == 4_096
    assert OPENAI_GPT35_TABLE in turbo.sources
    instruct = catalog.model("gpt-3.5-turbo-instruct")
    assert instruct.context_window == 4_096
    assert instruct.max_output_tokens == 4_096
    assert OPENAI_INSTRUCT_PAGE in instruct.sources
    for model in (turbo, instruct):
        assert "4,095-token window" not in (model.notes or "")
