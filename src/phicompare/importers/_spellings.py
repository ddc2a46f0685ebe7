"""Irregular spellings of one model: names the identity rule cannot tell from new models.

Each entry maps a squashed name (:func:`~._identity.squash`: lower case, no spaces, dashes,
underscores or dots) to the maker's id, and was checked against the maker's own listing or model
card (``docs/data-notes.md``, "One model, one id"). :func:`~._identity.spelling` reads a name
through this table before and after a reseller's prefix is removed.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["SAME"]

# Irregular spellings of one model (squashed) -> the maker's id, each checked against the maker's
# listing (docs/data-notes.md, "One model, one id"): the rule cannot tell these from new models.
SAME: Mapping[str, str] = {
    # Anthropic's October 2024 Claude 3.5 Sonnet ("v2"); resellers' undated name is that one
    # (models.dev dates their records 2024-10-22). The June 2024 one is Poe's "June".
    **dict.fromkeys(("claude35sonnetv2", "claudesonnet35v2", "claude35sonnet", "claudesonnet35",
                     "claude35sonnetlatest"), "claude-3-5-sonnet-20241022"),
    "claudesonnet35june": "claude-3-5-sonnet-20240620",
    "deepseekv3v1:0": "deepseek-v3.1",  # Bedrock's DeepSeek-V3.1
    # Mistral's dated ids of its numbered versions (Mistral's names for them)
    "mistralmedium2505": "mistral-medium-3", "mistralmedium2508": "mistral-medium-3.1",
    "mistralmedium2604": "mistral-medium-3.5", "mistralsmall2506": "mistral-small-3.2",
    # and the open weights of mistral-small-2506: "Mistral-Small-3.2-24B-Instruct-2506, API id
    # mistral-small-2506" (the Hugging Face card's name; review 5, H5: two models, two bills)
    **dict.fromkeys(("mistralsmall3224binstruct", "mistralsmall3224binstruct2506"),
                    "mistral-small-3.2"),
    # Mistral Small (24.09), 22B parameters (Mistral-Small-Instruct-2409's card): once 2503 and
    # 2603 are 3.1 and 4, no other dated mistral-small keeps it from the moving mistral-small
    **dict.fromkeys(("mistralsmall2409", "mistralsmallinstruct2409"), "mistral-small-22b-2409"),
    # Mistral Small 3.1: the API id and the open weights, Mistral-Small-3.1-24B-Instruct-2503
    # ("Mistral Small 3.1 (2503)" on its Hugging Face card); its pretrained base stays apart
    **dict.fromkeys(("mistralsmall2503", "mistralsmall3124binstruct",
                     "mistralsmall3124binstruct2503"), "mistral-small-3.1"),
    # Mistral Small 4: the API id and the open weights, Mistral-Small-4-119B-2603, one hybrid
    # model whose reasoning effort is set per request (its card), so NanoGPT's :thinking name is
    # the model with reasoning on, as Claude's thinking names are
    **dict.fromkeys(("mistralsmall2603", "mistralsmall4119b2603", "mistralsmall4119b",
                     "mistralsmall4119b2603:thinking"), "mistral-small-4"),
    # Llama 4 Maverick and Scout (Meta's Llama 4 post: 17B active parameters, 128 and 16
    # experts): the model cards' names (Llama-4-Maverick-17B-128E-Instruct, its -FP8 weights,
    # Llama-4-Scout-17B-16E-Instruct), Bedrock's and LLM Gateway's llama4-…-17b-instruct and
    # Vertex's -maas endpoints are one model each
    **dict.fromkeys(("llama4maverick17binstruct", "llama4maverick17b128einstruct",
                     "llama4maverick17b128einstructfp8", "llama4maverick17b128einstructmaas"),
                    "llama-4-maverick"),
    **dict.fromkeys(("llama4scout17binstruct", "llama4scout17b16einstruct",
                     "llama4scout17b16einstructfp8", "llama4scout17b16einstructmaas"),
                    "llama-4-scout"),
    # LLMStats' Mistral Large 2: "Mistral Large 2 (version mistral-large-2407)" (OpenRouter),
    # and Snowflake Cortex's mistral-large2, "Mistral Large 2" (its base_model is the -latest alias)
    **dict.fromkeys(("mistrallarge22407", "mistrallarge2"), "mistral-large-2407"),
    # Review 12, L4: Mistral's moving mistral-large-latest is, in the snapshots, Mistral Large 3
    # (models.dev's Mistral file links Mistral-Large-3-675B-Instruct-2512's weights and gives its
    # $0.50/$1.50 and 262,144 tokens); the hosts' undated mistralai/mistral-large is Mistral
    # Large 2 (OpenRouter: "Mistral AI's flagship model, Mistral Large 2 (version
    # mistral-large-2407)", 128,000 tokens, $2/$6)
    **dict.fromkeys(("mistrallarge2512", "mistrallarge3675binstruct2512",
                     "mistrallarge3675binstruct", "mistrallargelatest"), "mistral-large-3"),
    "mistrallarge": "mistral-large-2407",
    # Review 12 leftover: Mistral's other moving aliases, where the catalog holds the release each
    # served in the snapshots. Mistral's Pixtral Large page: "API names: pixtral-large-2411,
    # pixtral-large-latest"; models.dev's Mistral file of mistral-medium-latest: "Mistral's live
    # API currently maps this alias to mistral-medium-2508" (Medium 3.1's $0.40/$2.00, not Medium
    # 3.5's $1.50/$7.50); codestral-latest's $0.30/$0.90 and 256,000 tokens are Codestral 2508's,
    # the Codestral Mistral's models overview lists (Codestral 22B's window was 32k)
    **dict.fromkeys(("pixtrallargelatest", "pixtrallarge"), "pixtral-large-2411"),
    **dict.fromkeys(("mistralmediumlatest", "mistralmedium"), "mistral-medium-3.1"),
    **dict.fromkeys(("codestrallatest", "codestral"), "codestral-2508"),
    "devstral2512": "devstral-2",
    "labsdevstralsmall2512": "devstral-small-2",
    "commanda032025": "command-a",  # Cohere's only Command A snapshot
    # Review 15, P5: Mistral's page for Mistral Nemo 12B (docs.mistral.ai/models/
    # mistral-nemo-12b-24-07) gives "API names: open-mistral-nemo-2407, open-mistral-nemo" and
    # one instruction-tuned model, Mistral-Nemo-Instruct-2407; Inference.net's
    # mistral/mistral-nemo-12b-instruct ("Mistral Nemo 12B Instruct") names that model
    **dict.fromkeys(("openmistralnemo", "openmistralnemo2407", "mistralnemo12binstruct",
                     "mistralnemo12b"), "mistral-nemo"),
    # Cohere's Command R+ page: "command-r-plus is an alias for command-r-plus-04-2024"; GitHub
    # Models' undated Cohere-command-r-plus (models.dev: released 2024-04-04) is that release,
    # its 08-2024 refresh being Cohere-command-r-plus-08-2024 beside it
    "commandrplus": "command-r-plus-04-2024",
    # Vercel's and Helicone's qwen3-235b-a22b-thinking: Vercel's model page names it "Qwen3 235B
    # A22B Thinking 2507" (its Qwen3-VL thinking model is alibaba/qwen3-vl-thinking); Helicone's
    # bears that model's release day (2025-07-25) and DeepInfra's price and 262,144 window for it
    "qwen3235ba22bthinking": "qwen3-235b-a22b-thinking-2507",
    # and its alibaba/qwen3-vl-thinking: Vercel's model page names it "Qwen3 VL 235B A22B
    # Thinking" (131.1K tokens, the model's 131,072); Alibaba's visual-reasoning models list none
    "qwen3vlthinking": "qwen3-vl-235b-a22b-thinking",
    # Review 9, H1: iFlow's qwen3-235b and Vercel's alibaba/qwen-3-235b are Qwen's April 2025
    # hybrid Qwen3-235B-A22B: Vercel's model page names it "Qwen3 235B A22B" (131.1K tokens,
    # thinking and non-thinking modes with a thinking budget); iFlow's file names it
    # "Qwen3-235B-A22B" (its 2024-12-01 date is before Qwen3's 2025-04-29 release)
    "qwen3235b": "qwen3-235b-a22b",
    # ... and iFlow's qwen3-235b-a22b-instruct (no other snapshot has this name) is the July one,
    # Qwen3-235B-A22B-Instruct-2507: its file gives 2025-07-01, 256,000 tokens and 64,000 out
    # (the April model's card: 32,768 tokens, 131,072 with YaRN); once iFlow's qwen3-235b is the
    # April model, the identity rule keeps the -instruct name apart from it
    "qwen3235ba22binstruct": "qwen3-235b-a22b-instruct-2507",
    # Review 9, H7: OpenRouter's and Kilo's qwen/qwen3.5-flash-02-23 is Qwen3.5 Flash, the one
    # OpenRouter lists ("Qwen: Qwen3.5-Flash", "The Qwen3.5 native vision-language Flash
    # models"; the same 1M window, 64K output and inputs); as a record of its own its unknown
    # open-weights flag escaped the maker-first rule and a page picked it over the model
    "qwen35flash0223": "qwen3.5-flash",
    # Bedrock's and others' names of Mistral's Ministral 3 (December 2025) and Devstral 2 (123B)
    **{f"ministral3{size}binstruct{date}": f"ministral-{size}b-2512"
       for size in (14,) for date in ("", "2512")},
    # Review 14, N1: Ministral 3 3B (December 2025, vision, 256k: Mistral's card of
    # Ministral-3-3B-Instruct-2512) is not Ministral 3B (October 2024, text only, 128k: Azure's
    # and GitHub Models' ministral-3b, Vercel's and Mistral's listings of 2024-10). Its API id
    # ministral-3b-2512 is the only dated 3B name the snapshots hold, so the identity rule read
    # it as the undated name's model; its names are spelled with the "3" of Ministral 3, whose
    # key the October model's names never reach
    **dict.fromkeys(("ministral3b2512", "ministral33b2512", "ministral33binstruct",
                     "ministral33binstruct2512"), "ministral-3-3b-2512"),
    # and the same for Ministral 3 8B (Mistral's card of Ministral-3-8B-Instruct-2512: vision,
    # 256k) beside Ministral 8B (October 2024, text only, 128k: Mistral's ministral-8b-latest
    # and Vercel's mistral/ministral-8b listings, $0.10)
    **dict.fromkeys(("ministral8b2512", "ministral38b2512", "ministral38binstruct",
                     "ministral38binstruct2512"), "ministral-3-8b-2512"),
    # ... and Ministral 8B's record, ministral-8b, holds LLMStats' ministral-8b-instruct-2410
    # (Mistral's card of Ministral-8B-Instruct-2410: the October model's weights), whose id
    # without its date, ministral-8b-instruct, named that record until the join (helper dataS)
    "ministral8binstruct": "ministral-8b",
    # Review 14, N3: DigitalOcean's mistral-3-14B ("Ministral 3 14B Instruct" in its file: Mistral
    # 3's 14B, $0.20/$0.20, 262,144 tokens) spells the family "mistral", which the Ministral 3
    # names above never do
    "mistral314b": "ministral-14b-2512",
    # Review 14, N3: OpenRouter's and Kilo's undated google/gemini-2.5-pro-preview is the 06-05
    # preview: OpenRouter's models list names it "Google: Gemini 2.5 Pro Preview 06-05" with
    # canonical_slug google/gemini-2.5-pro-preview-06-05, and both files do too; Gemini's MM-DD
    # preview stamps are no snapshot dates to the rule (three previews, three models)
    "gemini25propreview": "gemini-2.5-pro-preview-06-05",
    **dict.fromkeys(("devstral2123b", "devstral2123binstruct2512"), "devstral-2"),
    # Review 7, F5: Google's API serves Gemini 3 Flash only as gemini-3-flash-preview; models.dev's
    # Neon file names google/gemini-3-flash-preview the base model of its gemini-3-flash, and
    # OpenCode's and Vercel's gemini-3-flash carry its release day (2025-12-17) and Google's
    # $0.50/$3.00
    "gemini3flash": "gemini-3-flash-preview",
    # Meta released one instruction-tuned Llama 3.2 11B, Llama-3.2-11B-Vision-Instruct, image and
    # text in (its model card); LLMStats' llama-3.2-11b-instruct cites that card (description,
    # weights, scores), Vercel's meta/llama-3.2-11b names it "Llama 3.2 11B Vision Instruct", and
    # LLM Gateway's llama-3.2-11b-instruct bears its release day and window (brief data11)
    **dict.fromkeys(("llama3211binstruct", "llama3211b"), "llama-3.2-11b-vision-instruct"),
    # Likewise Llama 3.2 90B: Meta's one instruction-tuned 90B is Llama-3.2-90B-Vision-Instruct;
    # LLMStats' llama-3.2-90b and Vercel's meta/llama-3.2-90b name it "Llama 3.2 90B Vision
    # Instruct" and give its image and text input
    **dict.fromkeys(("llama3290binstruct", "llama3290b"), "llama-3.2-90b-vision-instruct"),
    # Brief dataCG: hosts' undated Gemma 4 31B is the instruction-tuned gemma-4-31b-it. Tinfoil's
    # gemma4-31b names google/gemma-4-31b-it its base model (models.dev), and NanoGPT's
    # TEE/gemma4-31b is that id on a TEE host at about Tinfoil's price ($0.45/$1 against
    # $0.40/$1), with a :thinking mode (Gemma 4's thinking mode is the tuned model's); Poe's
    # google/gemma-4-31b takes images and calls tools, dated Gemma 4's 2026-04-02 launch.
    # Google's pretrained google/gemma-4-31B (Hugging Face) has no chat template: no snapshot
    # lists it for sale, so the undated name is the tuned model until one does
    **dict.fromkeys(("gemma431b", "gemma431b:thinking"), "gemma-4-31b-it"),
    # Together's Qwen/Qwen2.5-7B-Instruct-Turbo is its serving of Qwen2.5-7B-Instruct (Together's
    # model page: "Instruction-tuned 7.61B Qwen2.5 causal LLM", the card's 7.61B), a route of the
    # model, not Alibaba's API-only Qwen2.5-Turbo (qwen-turbo)
    "qwen257binstructturbo": "qwen2.5-7b-instruct",
    # Brief dataDF: Together's serverless-models table: "models marked as 'Turbo' are quantized
    # to FP8 and those marked as 'Lite' are INT4"; its Llama 3.3 70B, 3.1 8B and 3.1 405B
    # Instruct Turbo and Llama 3 8B Instruct Lite are Meta's instruct models served quantized, as
    # DeepInfra's Llama-3.3-70B-Instruct-Turbo ("utilizing FP8 quantization") is; Helicone's
    # llama-3.1-8b-instruct-turbo and Abacus' Meta-Llama-3.1-405B-Instruct-Turbo resell them.
    # Routes of the models, not models (Together's -tput reads so already)
    "llama3370binstructturbo": "llama-3.3-70b-instruct",
    **dict.fromkeys(("llama318binstructturbo", "metallama318binstructturbo"),
                    "llama-3.1-8b-instruct"),
    **dict.fromkeys(("llama31405binstructturbo", "metallama31405binstructturbo"),
                    "llama-3.1-405b-instruct"),
    **dict.fromkeys(("llama38binstructlite", "metallama38binstructlite"), "llama-3-8b-instruct"),
}
