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
)
"""Licences, sizes and vendors set to the makers' cards, each read on ``checked``."""
