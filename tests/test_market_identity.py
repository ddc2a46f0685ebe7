"""One model under two records, and the figures such records carry (brief data11), read from the
bundled catalog."""

from __future__ import annotations

from phicompare import default_catalog

_GPT4_PAGE = "https://developers.openai.com/api/docs/models/gpt-4"


def test_gpt_4_0613_has_its_makers_8k_window() -> None:
    """LLMStats gave gpt-4-0613 gpt-4-32k's 32,768 tokens in and out; OpenAI's GPT-4 page, whose
    default snapshot it is, gives 8,192 for both, and its routes read the model's window."""
    catalog = default_catalog()
    gpt4 = catalog.model("gpt-4-0613")
    assert (gpt4.context_window, gpt4.max_output_tokens) == (8192, 8192)
    assert _GPT4_PAGE in gpt4.sources
    assert "max_output_tokens 32768 -> 8192" in (gpt4.notes or "")
    # gpt-4 (the alias) stays its own record, as gpt-4o and its dated snapshots do
    assert catalog.model("gpt-4").id == "gpt-4"
