"""Keyed corrections of a model's own figures from its maker's model page or card (review 23).

Kept apart from :data:`~._card_facts.CARD_FACTS` (at the module limit), of the same kind and
applied with it by :func:`~._correct.corrected`: a figure the snapshots give from a placeholder
or not at all, where the maker's page, read on the day named, gives the model's own.
"""

from __future__ import annotations

import datetime as dt

from ._correct import Correction

__all__ = ["MODEL_PAGES"]

_READ = dt.date(2026, 12, 2)
_COMMAND_R_PLUS = "https://huggingface.co/CohereForAI/c4ai-command-r-plus-08-2024"
_CARD = ("Cohere's card for C4AI Command R+ 08-2024 (read in copies that quote it; the April "
         "2024 card it updates, huggingface.co/CohereForAI/c4ai-command-r-plus, reads alike): ")

MODEL_PAGES: tuple[Correction, ...] = (
    # review 23, P5: LLMStats' 4,096 is its placeholder, not OpenAI's figure
    Correction(
        "gpt-4.5", "max_output_tokens", 16_384,
        "https://platform.openai.com/docs/models/gpt-4.5-preview", _READ,
        "OpenAI's model page for gpt-4.5-preview (the record cites its docs page) gives a "
        "128,000-token context window and 16,384 max output tokens (read in copies of its "
        "figures in public model tables; the page itself is not among those stored here); "
        "LLMStats' model.json gives output_context_size 4,096, which no other snapshot lists "
        "for it (LLMStats gives 4,096 to three other models, GPT-4o 2024-05-13, GPT-4 Turbo and "
        "GPT-3.5 Turbo 0125, OpenAI's own figure for each)"),
    # dataAM, 2: models.dev's Azure files give the window as the output cap
    *(Correction(
        "gpt-3.5-turbo-0125", field, value, "https://platform.openai.com/docs/models/gpt-3-5-turbo",
        _READ,
        f"OpenAI's GPT-3.5 Turbo model page, whose default snapshot is gpt-3.5-turbo-0125, gives "
        f"\"16,385 context window\" and \"4,096 max output tokens\" (read in copies of the page's "
        f"figures, just4o.chat's and contextwindows.dev's, and in OpenAI's 2024 models table, "
        f"quoted in OpenAI's community forum: gpt-3.5-turbo-0125 16,385 and 4,096; LLMStats' "
        f"model.json gives 4,096 and the gpt-3.5-turbo record, the alias, reads both); {said}")
      for field, value, said in (
          ("max_output_tokens", 4_096, "models.dev's Azure files gave 16,384, the window"),
          ("context_window", 16_385, "models.dev's Azure files gave 16,384"))),
    # review 23, below the line: the verdict picked it for "open weights" with no licence known
    Correction(
        "command-r-plus-08-2024", "license", "CC-BY-NC-4.0", _COMMAND_R_PLUS, _READ,
        _CARD + "\"License: CC-BY-NC, requires also adhering to C4AI's Acceptable Use Policy\" "
        "(the card's metadata: cc-by-nc-4.0): the weights are open for non-commercial use "
        "only; the snapshots gave no licence"),
    Correction(
        "command-r-plus-08-2024", "parameters_b", "104", _COMMAND_R_PLUS, _READ,
        _CARD + "\"an open weights research release of a 104 billion parameter model\" "
        "(\"Model Size: 104 billion parameters\"); the snapshots gave no size"),
)
"""Figures set to the maker's page or card, each read on ``checked``."""
