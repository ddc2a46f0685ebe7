"""Keyed licences and sizes of open-weight models from their makers' cards (review 25).

Kept apart from :data:`~._card_facts.CARD_FACTS` (near its module's length limit) but of the same
kind, applied with it by :func:`~._correct.corrected`: a licence, a parameter count or a vendor
no snapshot gave ("not yet sourced" on every page), set to what the maker's own card or page
states, read on the day named. An active-parameter count is keyed only for a mixture of experts.
"""

from __future__ import annotations

import datetime as dt

from ._correct import Correction

__all__ = ["CARD_LICENCES"]

_READ = dt.date(2026, 12, 2)
_CI = dt.date(2026, 12, 3)
_GPT_OSS = ("OpenAI's model card for {repo} (its page gives \"License: apache-2.0\"; its text "
            "read in copies that quote it) lists a \"Permissive Apache 2.0 license\" and "
            "\"{repo} ... ({total}B parameters with {active}B active parameters)\", a mixture "
            "of experts (OpenAI's gpt-oss model card, arXiv 2508.10925, as quoted in accounts "
            "of it, gives {exact}B in total); no snapshot gave a licence or a size")
_MISTRAL = ("Mistral's {name} page (read in its source, src/schema/models/models/{slug}.ts in "
            "mistralai/platform-docs-public at {commit}) gives the weights {repo} under "
            "\"Apache 2.0\" with {total}B parameters ({active}B active){extra}; no snapshot "
            "gave a licence or a size")

CARD_LICENCES: tuple[Correction, ...] = (
    *(Correction(model, field, value, f"https://huggingface.co/openai/{model}", _READ,
                 _GPT_OSS.format(repo=model, total=total, active=active, exact=exact))
      for model, total, active, exact in (("gpt-oss-120b", "117", "5.1", "116.8"),
                                          ("gpt-oss-20b", "21", "3.6", "20.9"))
      for field, value in (("license", "Apache-2.0"), ("parameters_b", total),
                           ("active_parameters_b", active))),
    *(Correction(
        "deepseek-v3.1", field, value, "https://huggingface.co/deepseek-ai/DeepSeek-V3.1", _READ,
        "DeepSeek's model card for DeepSeek-V3.1 (read in a copy of its README kept in a "
        "public repository, an Akash deployment template) lists \"DeepSeek-V3.1 | 671B | 37B | "
        "128K\" under \"#Total Params | #Activated Params | Context Length\" and says \"This "
        "repository and the model weights are licensed under the MIT License\"; no snapshot "
        "gave a licence or a size")
      for field, value in (("license", "MIT"), ("parameters_b", "671"),
                           ("active_parameters_b", "37"))),
    *(Correction(
        "mistral-large-2512", field, value, "https://docs.mistral.ai/models/mistral-large-3-25-12",
        _READ, _MISTRAL.format(
            name="Mistral Large 3", slug="mistral-large-3-25-12", commit="038807d6",
            repo="mistralai/Mistral-Large-3-675B-Instruct-2512", total="675", active="41",
            extra=(", and its description reads \"a granular Mixture-of-Experts architecture. It "
                   "features 41B active parameters and 675B total parameters\"")))
      for field, value in (("license", "Apache-2.0"), ("parameters_b", "675"),
                           ("active_parameters_b", "41"))),
    # the Magistral Small releases are dense 24B models: no active count is keyed
    *(Correction(
        model, field, value, f"https://docs.mistral.ai/models/{slug}", _READ,
        _MISTRAL.format(name=name, slug=slug, commit=commit, repo=repo, total="24",
                        active="24", extra=extra))
      for model, name, slug, commit, repo, extra in (
          ("magistral-small-2506", "Magistral Small 1.0", "magistral-small-1-0-25-06",
           "038807d6", "mistralai/Magistral-Small-2506", ""),
          ("magistral-small-2509", "Magistral Small 1.2", "magistral-small-1-2-25-09",
           "1996c3f1", "mistralai/Magistral-Small-2509",
           ", a Mistral model (\"API names: magistral-small-2509, magistral-small-latest\")"),
          ("magistral-small", "Magistral Small 1.2", "magistral-small-1-2-25-09", "1996c3f1",
           "mistralai/Magistral-Small-2509",
           ", the release this undated Mistral name carries (its release date's note)"))
      for field, value in (("license", "Apache-2.0"), ("parameters_b", "24"),
                           *((("vendor", "Mistral AI"),) if model == "magistral-small-2509"
                             else ()))),
    # dataCI: one licence spelled two ways read as two (licence_key compares case, spaces and a
    # trailing "License" away, never a version nor a parenthesis)
    Correction(
        "command-r-plus-04-2024", "license", "CC-BY-NC-4.0",
        "https://huggingface.co/CohereForAI/c4ai-command-r-plus", _CI,
        "Cohere's card of the April 2024 Command R+ gives \"license: cc-by-nc-4.0\" (read in its "
        "README and in leaderboards' copies of its metadata, \"license\": \"cc-by-nc-4.0\"), "
        "as the card of the August refresh does; LLMStats' \"CC-BY-NC\" names no version, so a "
        "page read \"Licences differ\" between the two releases and `pick --license "
        "CC-BY-NC-4.0` rejected this one"),
    Correction(
        "pixtral-large-2411", "license", "Mistral Research License",
        "https://huggingface.co/mistralai/Pixtral-Large-Instruct-2411", dt.date(2026, 12, 1),
        "Mistral's repository publishes the weights under the Mistral Research License (the "
        "card's metadata \"license_name: mrl\", as the record's open-weights correction read "
        "it); LLMStats' \"Mistral Research License (MRL) for research; Mistral Commercial "
        "License for commercial use\" is that licence with Mistral's commercial offer beside it, "
        "which Mistral Large 2407 and Ministral 8B, under the same licence, read as \"Mistral "
        "Research License\""),
    Correction(
        "qwen2-5-vl-72b-instruct", "license", "Qwen License",
        "https://huggingface.co/Qwen/Qwen2.5-VL-72B-Instruct/blob/main/LICENSE", _CI,
        "secondhand: a question on Qwen's own Qwen2.5-VL-7B-Instruct repository "
        "(huggingface.co/Qwen/Qwen2.5-VL-7B-Instruct/discussions/31) reads the 72B model's "
        "LICENSE as the Qwen licence (\"Qwen LICENSE AGREEMENT\", LLMStats' slug \"qwen\", as "
        "Qwen2.5 72B Instruct's record reads it); LLMStats' slug \"tongyi-qianwen\" names the "
        "older Tongyi Qianwen licence of Qwen and Qwen1.5. The LICENSE file itself was not "
        "read"),
    Correction(
        "deepseek-v3", "license", "DeepSeek License",
        "https://huggingface.co/deepseek-ai/DeepSeek-V3", _CI,
        "DeepSeek's card (read in copies of its README): \"This code repository is licensed "
        "under the MIT License. The use of DeepSeek-V3 Base/Chat models is subject to the Model "
        "License\" (LICENSE-MODEL, the DeepSeek License Agreement), word for word the terms of "
        "DeepSeek-V2.5's card, whose record reads \"DeepSeek License\"; LLMStats' \"MIT + Model "
        "License (Commercial use allowed)\" named the code's licence beside the weights', so a "
        "page of the two said \"Licences differ\""),
    Correction(
        "deepseek-v3-0324", "license", "MIT",
        "https://huggingface.co/deepseek-ai/DeepSeek-V3-0324", _CI,
        "secondhand: copies of the repository deepseek-ai/DeepSeek-V3-0324 (a mirror's account "
        "of it, blog.gitcode.com, quoting its LICENSE, \"MIT License ... Copyright (c) 2023 "
        "DeepSeek\") and summaries of the model give the weights under the MIT licence, where "
        "the December 2024 V3's were under DeepSeek's model licence; LLMStats gives it V3's "
        "\"MIT + Model License (Commercial use allowed)\". The card itself was not read"),
    Correction(
        "grok-2", "license", "Grok 2 Community License",
        "https://huggingface.co/xai-org/grok-2", _CI,
        "xAI's repository xai-org/grok-2 \"contains the weights of Grok 2, a model trained and "
        "used at xAI in 2024\", and its card says \"The weights are licensed under the Grok 2 "
        "Community License Agreement\" (read in its README); published in August 2025 (Elon "
        "Musk's post of 2025-08-23, read in accounts that quote it, calls it \"Grok 2.5\"). "
        "LLMStats' \"Proprietary\" predates the release; the catalog records no date for a "
        "licence, so a page dated before it reads this one too (docs/data-notes.md)"),
)
"""Licences, sizes and vendors set to the makers' cards, each read on ``checked``."""
