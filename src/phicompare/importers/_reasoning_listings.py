"""Keyed reasoning modes of models named for one, read off their listings or makers' pages.

Review 23's sweep found models whose id or name says they reason ("Thinking", "Reasoning",
"R1") or do not ("Non-Reasoning") and whose own record leaves reasoning unset. Where each of
the model's listings sets ``reasoning`` in its models.dev file (2026-07-02) as its name says,
and none says otherwise, the listing's own flag documents the mode (:data:`LISTED_MODES`);
where the listings disagree, or deny what the name says, a maker's (or a host's) page decides
(:data:`PAGED_MODES`), and without one the mode stays unknown. Applied with
:data:`~._reasoning_modes.REASONING_MODES` by :func:`~._correct.corrected`; ``docs/data-notes.md``
lists what was left.
"""

from __future__ import annotations

import datetime as dt

from ._correct import Correction

__all__ = ["LISTED_MODES", "PAGED_MODES"]

_READ = dt.date(2026, 12, 2)
_MODELS_DEV = ("https://github.com/anomalyco/models.dev/blob/"
               "f3fc692299671838c7c65fd8126bf84d81a2e817/")


def _listed(model: str, path: str, count: int, reasons: bool = True) -> Correction:
    """The mode ``count`` listings set alike, the first of them ``path`` in models.dev."""
    said = "true" if reasons else "false"
    which = ("its one listing's" if count == 1
             else f"the first of its {count} listings' (each of the {count} sets it alike)")
    return Correction(
        model, "reasoning", reasons, _MODELS_DEV + path, _READ,
        f"the listing's own flag: {which} models.dev file ({path}, snapshot of 2026-07-02) "
        f"sets reasoning = {said}, as the model's name says, and no listing says otherwise; "
        f"the model's own record stated no reasoning mode, and no maker's page was read for it")


LISTED_MODES: tuple[Correction, ...] = tuple(
    _listed(model, path, count) for model, path, count in (
        ("olmo-3-32b-think", "providers/kilo/models/allenai/olmo-3-32b-think.toml", 3),
        ("qwen3-max-thinking", "providers/kilo/models/qwen/qwen3-max-thinking.toml", 3),
        ("qwen3-omni-30b-a3b-thinking",
         "providers/novita-ai/models/qwen/qwen3-omni-30b-a3b-thinking.toml", 1),
        ("qwen3.5-397b-a17b-thinking",
         "providers/nano-gpt/models/qwen/qwen3.5-397b-a17b-thinking.toml", 1),
        ("qwen3.5-plus-thinking", "providers/nano-gpt/models/qwen/qwen3.5-plus-thinking.toml", 1),
        ("trinity-large-thinking",
         "providers/digitalocean/models/arcee-trinity-large-thinking.toml", 6),
        ("ernie-4.5-21b-a3b-thinking",
         "providers/helicone/models/ernie-4.5-21b-a3b-thinking.toml", 3),
        ("ernie-4.5-vl-28b-a3b-thinking",
         "providers/novita-ai/models/baidu/ernie-4.5-vl-28b-a3b-thinking.toml", 1),
        ("ernie-5.0-thinking-preview", "providers/nano-gpt/models/ernie-5.0-thinking-preview.toml",
         2),
        ("doubao-seed-1-6-thinking-250715",
         "providers/302ai/models/doubao-seed-1-6-thinking-250715.toml", 1),
        ("deepseek-r1-0528-qwen3-8b",
         "providers/novita-ai/models/deepseek/deepseek-r1-0528-qwen3-8b.toml", 1),
        ("deepseek-r1-turbo", "providers/novita-ai/models/deepseek/deepseek-r1-turbo.toml", 1),
        ("gemini-3.5-flash-thinking",
         "providers/nano-gpt/models/google/gemini-3.5-flash-thinking.toml", 1),
        ("lfm-2.5-1.2b-thinking",
         "providers/openrouter/models/liquid/lfm-2.5-1.2b-thinking:free.toml", 1),
        # the first listing is Mistral's own API's
        ("magistral-small", "providers/mistral/models/magistral-small.toml", 2),
        *((f"ministral-3-{size}-reasoning-2512",
           (f"providers/clarifai/models/mistralai/completion/models/"
            f"Ministral-3-{size.upper()}-Reasoning-2512.toml"), 1) for size in ("14b", "3b")),
        *((f"kimi-k2-thinking{turbo}-original",
           f"providers/nano-gpt/models/moonshotai/kimi-k2-thinking{turbo}-original.toml", 1)
          for turbo in ("", "-turbo")),
        ("kimi-k2.5-thinking", "providers/nano-gpt/models/TEE/kimi-k2.5-thinking.toml", 1),
        ("gpt-5-thinking", "providers/302ai/models/gpt-5-thinking.toml", 1),
        ("gpt-5.1-thinking", "providers/vercel/models/openai/gpt-5.1-thinking.toml", 1),
        ("o3-mini-low", "providers/nano-gpt/models/openai/o3-mini-low.toml", 1),
        *((f"deepseek-r1-distill-{base}-abliterated",
           f"providers/nano-gpt/models/huihui-ai/DeepSeek-R1-Distill-{card}-abliterated.toml", 1)
          for base, card in (("llama-70b", "Llama-70B"), ("qwen-32b", "Qwen-32B"))),
        ("gemma-4-31b-claude-4.6-opus-reasoning-distilled",
         "providers/nano-gpt/models/Gemma-4-31B-Claude-4.6-Opus-Reasoning-Distilled.toml", 1),
        *((f"mirothinker-1-7-deepresearch{mini}",
           f"providers/nano-gpt/models/mirothinker-1-7-deepresearch{mini}.toml", 1)
          for mini in ("", "-mini")),
        ("openreasoning-nemotron-32b",
         "providers/nano-gpt/models/pamanseau/OpenReasoning-Nemotron-32B.toml", 1),
        ("sonar-reasoning", "providers/helicone/models/sonar-reasoning.toml", 1),
        ("grok-4.20-reasoning-beta", "providers/vercel/models/xai/grok-4.20-reasoning-beta.toml",
         1),
        *((f"mimo-v2-flash-thinking{original}",
           f"providers/nano-gpt/models/xiaomi/mimo-v2-flash-thinking{original}.toml", 1)
          for original in ("", "-original")),
        ("glm-5.1-thinking", "providers/nano-gpt/models/TEE/glm-5.1-thinking.toml", 1))) + tuple(
    _listed(model, path, 1, reasons=False) for model, path in (
        ("grok-4.2-fast-non-reasoning",
         "providers/zenmux/models/x-ai/grok-4.2-fast-non-reasoning.toml"),
        ("grok-4.20-non-reasoning-beta",
         "providers/vercel/models/xai/grok-4.20-non-reasoning-beta.toml")))
"""Modes the model's listings all set as its name says, each listing's own flag."""

_ORACLE = "https://docs.oracle.com/en-us/iaas/Content/generative-ai/xai-grok-4-fast.htm"
_VERTEX_GROK = ("https://docs.cloud.google.com/vertex-ai/generative-ai/docs/partner-models/grok/"
                "grok-4-1-fast")
_GLM_41V = "https://huggingface.co/zai-org/GLM-4.1V-9B-Thinking"
_FLASH_THINKING = "https://cloud.google.com/vertex-ai/generative-ai/docs/thinking-mode"


def _paged(model: str, reasons: bool, source: str, said: str, listings: str) -> Correction:
    return Correction(model, "reasoning", reasons, source, _READ,
                      f"{said}; the model's own record stated no reasoning mode, and {listings}")


PAGED_MODES: tuple[Correction, ...] = (
    *(_paged(f"grok-4-fast-{mode}", reasons, _ORACLE,
             "Oracle's page for xAI Grok 4 Fast (OCI Generative AI, whose Grok models it says "
             "xAI manages) says the model \"comes in two modes offered in two separate models\": "
             "xai.grok-4-fast-reasoning \"Generates thinking tokens for step-by-step "
             "chain-of-thought analysis\", xai.grok-4-fast-non-reasoning \"Skips the thinking "
             "tokens phase\" (a host's page: xAI's own was not among those read)", listings)
      for mode, reasons, listings in (
          ("reasoning", True, "5 of its 6 listings flag it (Jiekou's denies it)"),
          ("non-reasoning", False, "all 6 of its listings deny it"))),
    *(_paged(f"grok-4-1-fast-{mode}", reasons, _VERTEX_GROK,
             f"Google Cloud's Vertex AI page for Grok 4.1 Fast lists it under \"{head}\", model "
             f"ID grok-4.1-fast-{mode}, beside its {other} edition (a host's page: xAI's own was "
             f"not among those read)", listings)
      for mode, reasons, head, other, listings in (
          ("reasoning", True, "Reasoning", "Non-Reasoning",
           "8 of its 9 listings flag it (Jiekou's denies it)"),
          ("non-reasoning", False, "Non-Reasoning", "Reasoning",
           "all 12 of its listings deny it"))),
    *(_paged(model, True, _GLM_41V,
             "Zhipu's card for GLM-4.1V-9B-Thinking, which points to its API on Zhipu's open "
             "platform, introduces a \"thinking paradigm\" with reinforcement learning and calls "
             "it \"The first reasoning-focused model in the series\"; NanoGPT's listing "
             f"{model} names that API's GLM-4.1V Thinking model",
             "NanoGPT's one listing denies it")
      for model in ("glm-4.1v-thinking-flash", "glm-4.1v-thinking-flashx")),
    *(_paged(f"gemini-2.0-flash-thinking-exp-{day}", True, _FLASH_THINKING,
             f"Google Cloud's Vertex AI page on Gemini 2.0 Flash Thinking (read in its Japanese "
             f"and Spanish copies, translated here) says it is an experimental model trained to "
             f"generate the model's \"thinking process\" as part of its response, with stronger "
             f"reasoning than Gemini 2.0 Flash, and names gemini-2.0-flash-thinking-exp-{day}",
             listings)
      for day, listings in (("1219", "NanoGPT's one listing denies it"),
                            ("01-21", "NanoGPT's one listing flags it"))),
    _paged("k2-think", True, "https://huggingface.co/LLM360/K2-Think",
           "LLM360's card: \"K2-Think is a 32 billion parameter open-weights general reasoning "
           "model with strong performance in competitive mathematical problem solving\"",
           "NanoGPT's one listing (LLM360/K2-Think) denies it"),
)
"""Modes a maker's or host's page states where the listings disagree or deny the name."""
