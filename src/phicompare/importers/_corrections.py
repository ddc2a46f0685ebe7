"""Keyed corrections of the imported layer (applied with :func:`~._correct.corrected`).

Where the shared snapshots agree on something false, or disagree and no rule can tell which is
right, a correction names the model, the field, the value read at a source (its URL and the day
it was read) and why. Each is said in the model's notes and listed in ``docs/data-notes.md``.
Route flags a provider sets on every model, so that they say nothing of the model, are dropped
(:data:`UNINFORMATIVE`): the route's capability is then not documented, never "no".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from phicompare.domain.records import Model

from ._correct import Correction, value_text

__all__ = ["CORRECTIONS", "UNINFORMATIVE", "uninformative_flags"]

_READ = dt.date(2026, 12, 1)
_R1_0528 = "https://huggingface.co/deepseek-ai/DeepSeek-R1-0528"
_LITELLM = ("https://github.com/BerriAI/litellm/blob/v1.110.2/litellm/"
            "model_prices_and_context_window_backup.json")
_CHAT = ("{name} is OpenAI's ChatGPT model in the API, not a Codex one: OpenAI's GPT-5 Chat page "
         "says \"GPT-5 Chat points to the GPT-5 snapshot currently used in ChatGPT\" (read in "
         "Vercel's AI Gateway listing that quotes it), and its GPT-5-Codex page "
         "(developers.openai.com) calls Codex \"a version of GPT-5 optimized for agentic "
         "coding in Codex\"; "
         "models.dev labels it \"gpt-codex\", which made it the Codex models' same family "
         "(closing note on review 11's K11), and labels gpt-5.3-chat-latest \"gpt\"")


CORRECTIONS: tuple[Correction, ...] = (
    Correction(
        "gemini-2.5-flash-lite-preview-06-17", "name", "Gemini 2.5 Flash Lite Preview 06-17",
        "https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/", _READ,
        "Google released two previews of Gemini 2.5 Flash-Lite, gemini-2.5-flash-lite-preview-"
        "06-17 (June 2025, announced in this post, which is not among the pages stored here; "
        "the id its Google and Vertex routes here serve) and gemini-2.5-flash-"
        "lite-preview-09-2025; models.dev names the June one \"Gemini 2.5 Flash Lite Preview\", "
        "which reads as the same model as the September one beside it (review 7, F34); the "
        "name takes its id's stamp, as the September one's does"),
    # dataR: the previews' only files (Jiekou's, NanoGPT's) name no maker; the id gave Google
    *(Correction(
        model, "vendor", "Google", "https://ai.google.dev/gemini-api/docs/changelog", _READ,
        f"Google's Gemini API release notes (read in a copy last updated 2026-09-04): "
        f"\"{day}: ... Released {model}, a Gemini preview model optimized for "
        f"price-performance and adaptive thinking\"; the snapshots' files for it are "
        f"resellers' listings that name no maker")
      for model, day in (("gemini-2.5-flash-preview-05-20", "May 20, 2025"),
                         ("gemini-2.5-flash-preview-04-17", "April 17, 2025"))),
    Correction(
        "command-r-plus-04-2024", "name", "Command R+", "https://docs.cohere.com/v1/docs/command-r",
        _READ,
        "Cohere's docs name the model Command R+ (\"Cohere's flagship text-generation models, "
        "Command R and Command R+, received a substantial update in August 2024\"), as "
        "LLMStats does; GitHub Models' \"Cohere Command R+\", the name of the listing joined to "
        "this release (Cohere's alias command-r-plus), puts the maker's name before it"),
    Correction(
        "mistral-large-2407", "released", dt.date(2024, 7, 24),
        "https://mistral.ai/news/mistral-large-2407/", _READ,
        "Mistral announced Mistral Large 2 (mistral-large-2407) on 2024-07-24, the date LLMStats "
        "gives citing this page (copies of the page and OpenRouter's own page, \"Mistral Large "
        "2 (version mistral-large-2407)\", read on the day agree); models.dev's Kilo and "
        "OpenRouter files give 2024-11-19, the day OpenRouter listed it (\"Created Nov 19, "
        "2024\")"),
    Correction(
        "qwen3-235b-a22b-instruct-2507", "released", dt.date(2025, 7, 21),
        "https://github.com/QwenLM/Qwen3", _READ,
        "the Qwen3 README's news: \"2025.07.21: We released the updated version of "
        "Qwen3-235B-A22B non-thinking mode, named Qwen3-235B-A22B-Instruct-2507\" (OpenRouter's "
        "file agrees); models.dev's provider files give 13 other days from 2025-04-28 to "
        "2025-09-18 (Bedrock's, its listing), and the Thinking-2507 sibling came on 2025-07-25"),
    Correction(
        "qwen3-235b-a22b-instruct-2507", "reasoning", False,
        "https://github.com/QwenLM/Qwen3", _READ,
        "the Qwen3 README: \"Qwen3-Instruct-2507 supports only non-thinking mode\" (the "
        "Thinking-2507 model is the reasoning one); five providers' files flag reasoning, "
        "two of them inheriting the April hybrid model's flag through base_model"),
    Correction(
        "dolphin-mistral-24b-venice-edition", "name", "Dolphin Mistral 24B Venice Edition",
        "https://huggingface.co/cognitivecomputations/Dolphin-Mistral-24B-Venice-Edition", _READ,
        "the model card (read in copies that quote it) names it \"Dolphin Mistral 24B Venice "
        "Edition\", a fine-tune of Mistral Small 24B by Dolphin (Cognitive Computations) with "
        "Venice.ai, and says Venice serves it as \"Venice Uncensored\"; OpenRouter's file, "
        "models.dev's only one for it, names its free route \"Venice: Uncensored (free)\", a "
        "label, not the model's name (OpenRouter's own models.json gives this repository as its "
        "hugging_face_id)"),
    Correction(
        "deepseek-v2.5", "context_window", 128000,
        "https://platform.deepseek.com/api-docs/quick_start/pricing", _READ,
        "DeepSeek's pricing page of the V2.5 era gives deepseek-chat a context length of 128K "
        "and 4K output tokens (8K in beta), and says DeepSeek V2 Chat and Coder V2 \"have been "
        "merged and upgraded into the new model, DeepSeek V2.5\" (its prices, $0.14 and $0.28, "
        "are the LLMStats route's); DeepSeek-V2's model card gives 128k too. LLMStats gives "
        "8,192 for input and output alike, the 8K output limit; 128K is read as 128,000 tokens, "
        "the lower reading"),
    Correction(
        "llama-4-scout-17b-instruct", "context_window", 10_000_000,
        "https://ai.meta.com/blog/llama-4-multimodal-intelligence/", _READ,
        "Meta's Llama 4 post gives Llama 4 Scout a context window of 10M tokens (the post "
        "itself is not among the pages stored here; accounts of it read on the day, a table "
        "citing it at hackmd.io/@Ibi/Sy7i4gMRkx among them, give 10M; LLMStats gives "
        "10,000,000, citing it); models.dev's model file gives 3,500,000, Amazon Bedrock's "
        "limit, which Bedrock's route keeps"),
    Correction(
        "gemma-3-27b-it", "reasoning", False,
        "https://ai.google.dev/gemma/docs/core/model_card_3", dt.date(2026, 11, 25),
        "the Gemma 3 model card, which covers the 1B, 4B, 12B and 27B models, documents no "
        "reasoning mode (the curated Gemma 3 4B and 12B record \"no\" from it, read on the "
        "day); Scaleway's file alone of the twelve routes' flags reasoning"),
    Correction(
        "qwen3-235b-a22b-thinking-2507", "reasoning", True, "https://github.com/QwenLM/Qwen3",
        _READ,
        "the Qwen3 README: \"Qwen3-Thinking-2507 supports only thinking mode\" (read in copies "
        "of the README quoting it); the model's own record stated no reasoning mode, which 18 of "
        "its 19 routes flag"),
    Correction(
        "deepseek-r1-0528", "reasoning", True, _R1_0528, _READ,
        "DeepSeek's model card: R1-0528 is a minor version upgrade of DeepSeek R1 with "
        "\"enhanced thinking depth during the reasoning process\" (read in copies of the card); "
        "the model's own record stated no reasoning mode, which 15 of its 16 routes flag"),
    Correction(
        "deepseek-r1-0528", "function_calling", True, _R1_0528, _READ,
        "DeepSeek's model card: \"this version also offers a reduced hallucination rate, "
        "enhanced support for function calling\" (read in copies of the card); DeepSeek's API "
        "news of 2025-05-28 says deepseek-reasoner supports function calling from R1-0528 on "
        "(read in an account of it, studynil.com); 14 of its 16 routes flag it"),
    # review 19, P3: the model OpenAI launched function calling on set no capability at all
    Correction(
        "gpt-4-0613", "function_calling", True,
        "https://openai.com/index/function-calling-and-other-api-updates/", dt.date(2026, 12, 2),
        "OpenAI's post \"Function calling and other API updates\" (2023-06-13): \"Developers "
        "can now describe functions to gpt-4-0613 and gpt-3.5-turbo-0613\", a \"new gpt-4-0613 "
        "model\" with function calling (read in the post's stored page, whose July 2023 update "
        "says gpt-4-0613 \"resulted in significant improvement on calling functions\", and in "
        "copies that quote its body); the snapshots set no capability for the model"),
    # review 19, P3's related case: Mistral's card names native function calling
    Correction(
        "mistral-small-2503", "function_calling", True,
        "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503",
        dt.date(2026, 12, 2),
        "Mistral's model card for Mistral-Small-3.1-24B-Instruct-2503: \"Agent-Centric: Offers "
        "best-in-class agentic capabilities with native function calling and JSON outputting\" "
        "(read in copies of the card, fitmyllm.com's, and NVIDIA's card for the model, which "
        "restates it); the model's own record stated no function calling, which 4 of its 8 "
        "routes flag (a route that says no keeps its no)"),
    Correction(
        "deepseek-r1", "function_calling", False,
        "https://api-docs.deepseek.com/guides/reasoning_model", _READ,
        "DeepSeek's reasoning-model guide for the January 2025 release lists, for "
        "deepseek-reasoner, \"Not Supported Features: Function Call, Json Output, FIM (Beta)\" "
        "(read in a copy of the guide of that time kept in a public repository; the live page "
        "now describes later models); function calling came to deepseek-reasoner with R1-0528. "
        "Hosts that flag it on their routes serve it through their own templates, which the "
        "routes keep"),
    # hybrid models whose own record left reasoning mode to their routes (after review 6)
    Correction(
        "command-a-reasoning-08-2025", "reasoning", True,
        "https://docs.cohere.com/docs/command-a-reasoning", _READ,
        "Cohere's model page lists Reasoning among Command A Reasoning's capabilities and calls "
        "it \"Cohere's first reasoning model\"; its model card says it \"can be used both with "
        "reasoning on ... or with reasoning off\" (the card read in a copy, "
        "hf.fast360.xyz/CohereLabs/command-a-reasoning-08-2025); the model's own record stated "
        "no reasoning mode, which Cohere's route flags"),
    Correction(
        "deepseek-v3.1", "reasoning", True, "https://huggingface.co/deepseek-ai/DeepSeek-V3.1",
        _READ,
        "DeepSeek's model card: \"DeepSeek-V3.1 is a hybrid model that supports both thinking "
        "mode and non-thinking mode\", chosen by the chat template (read in copies of the card); "
        "the model's own record stated no reasoning mode, which 15 of its 20 routes flag (the "
        "other five serve it in non-thinking mode)"),
    Correction(
        "deepseek-v3.2-exp", "reasoning", True,
        "https://huggingface.co/deepseek-ai/DeepSeek-V3.2-Exp", _READ,
        "DeepSeek's model card reports the model's benchmarks in \"Reasoning Mode\" beside "
        "V3.1-Terminus, whose hybrid thinking it keeps (read in copies of the card, Together "
        "AI's model page among them); the model's own record stated no reasoning mode, which 5 "
        "of its 9 routes flag"),
    # Qwen3's April 2025 hybrids (brief data7): one model, thinking mode switched per request
    *(Correction(
        model, "reasoning", True, f"https://huggingface.co/Qwen/{repo}", _READ,
        f"Qwen's model card for {repo}: \"Uniquely support of seamless switching between thinking "
        "mode (for complex logical reasoning, math, and coding) and non-thinking mode (for "
        "efficient, general-purpose dialogue) within single model\", switched by the chat "
        "template's enable_thinking or a /think or /no_think turn (read in copies of the "
        f"card{copy}); the model's own record stated no reasoning mode, which its routes flag "
        "(a route that flags none may serve the non-thinking mode only)")
      for model, repo, copy in (
          ("qwen3-4b", "Qwen3-4B", ", hf.barry1.top/Qwen/Qwen3-4B among them"),
          ("qwen3-8b", "Qwen3-8B", ", hf.898520.xyz/Qwen/Qwen3-8B among them"),
          ("qwen3-14b", "Qwen3-14B", (", unsloth's huggingface.co/unsloth/Qwen3-14B-128K-GGUF "
           "among them")),
          ("qwen3-30b-a3b", "Qwen3-30B-A3B", ("s of the Qwen3 models, which share this text; "
           "Vercel's page for Qwen3-30B-A3B lists Reasoning and a thinking budget")),
          ("qwen-3-30b", "Qwen3-30B-A3B", ("s of the Qwen3 models, which share this text; "
           "Vercel's page for this listing, alibaba/qwen-3-30b, lists Reasoning and a thinking "
           "budget")))),
    # ... and their tool calling, which only their routes stated too (brief data8)
    *(Correction(
        model, "function_calling", True, f"https://huggingface.co/Qwen/{repo}", _READ,
        f"Qwen's model card for {repo} lists \"Expertise in agent capabilities, enabling precise "
        "integration with external tools in both thinking and unthinking modes\" and, under "
        "\"Agentic Use\", \"Qwen3 excels in tool calling capabilities\" (Qwen-Agent wraps its "
        "tool-calling templates and parsers; read in copies of the Qwen3 cards, which share this "
        "text, Qwen's own Qwen/Qwen3-4B-MLX-4bit card among them); the model's own record stated "
        "no function calling, which its routes flag (a route that says no keeps its no)")
      for model, repo in (("qwen3-4b", "Qwen3-4B"), ("qwen3-8b", "Qwen3-8B"),
                          ("qwen3-14b", "Qwen3-14B"), ("qwen3-30b-a3b", "Qwen3-30B-A3B"),
                          ("qwen-3-30b", "Qwen3-30B-A3B"))),
    # review 15, P5: two stamps of one Doubao name stay apart from the undated name (no page
    # read says which it serves); the February one is named by its stamp, as the April one is
    *(Correction(
        f"doubao-seed-2-0-{size}-260215", "name", f"Doubao Seed 2.0 {size.title()} 260215",
        f"https://github.com/anomalyco/models.dev/blob/f3fc692299671838c7c65fd8126bf84d81a2e817"
        f"/providers/nano-gpt/models/doubao-seed-2-0-{size}-260215.toml", dt.date(2026, 12, 2),
        f"the record is NanoGPT's listing of Volcano Engine's dated id "
        f"doubao-seed-2-0-{size}-260215, one of two stamps of Doubao Seed 2.0 {size.title()} "
        f"(AIHubMix lists "
        f"doubao-seed-2-0-{size}-260428, named \"Doubao Seed 2.0 {size.title()} 260428\"); "
        f"NanoGPT's file names it \"Doubao Seed 2.0 {size.title()}\", the name of the undated "
        f"doubao-seed-2.0-{size} (Qiniu, ZenMux), a record apart, so a page compared two records "
        f"under one name")
      for size in ("mini", "lite")),
    # review 6, D30: Gemma 3n as Google names it
    *(Correction(
        f"gemma-3n-{size.lower()}-it", "name", f"Gemma 3n {size} IT",
        f"https://huggingface.co/google/gemma-3n-{size}-it", _READ,
        f"Google's repository google/gemma-3n-{size}-it, the instruction-tuned Gemma 3n {size} "
        "(\"E\" for effective parameters, its model card says); the snapshots gave NVIDIA's "
        "title-cased id (\"Gemma 3n E2b It\") or OpenRouter's \"Gemma 3n 4B\"")
      for size in ("E2B", "E4B")),
    # review 9, H3: LLMStats' lone "multimodal" on a text-only model whose inputs were unknown;
    # with the inputs set, the text-only rule (`text_only_multimodal`) drops the flag
    Correction(
        "gpt-4-0613", "input_modalities", "text",
        "https://developers.openai.com/api/docs/models/gpt-4", _READ,
        "OpenAI's GPT-4 model page gives \"Default snapshot: gpt-4-0613\" and \"Input "
        "modalities: text\"; the snapshots recorded no inputs, and LLMStats marks the model "
        "multimodal"),
    # review 9, H3's rule dropped Gemini 1.5 Flash's multimodal flag beside a reseller's
    # text-only listing: Google's model card gives the inputs
    Correction(
        "gemini-flash-1.5", "input_modalities", "text,image,audio,video",
        "https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/1-5-flash", _READ,
        "Google's Gemini 1.5 Flash model card: \"Inputs: Text, Code, Images, Audio, Video\"; "
        "the snapshots recorded text alone (NanoGPT's listing)"),
    # review 12, L8: I5's fix left Flash's two siblings "multimodal" with no inputs, so their
    # pages read "Vision | not documented" beside "Multimodal | yes" and their MMMU scores
    *(Correction(
        model_id, "input_modalities", "text,image,audio,video",
        "https://ai.google.dev/gemini-api/docs/models", _READ,
        f"Google's Gemini API models page (among the record's sources) lists {name} "
        f"({model_id}) with inputs \"Audio, images, videos, and text\" and output \"Text\"; "
        "the snapshots recorded no inputs, only LLMStats' multimodal flag")
      for model_id, name in (("gemini-1.5-pro", "Gemini 1.5 Pro"),
                             ("gemini-1.5-flash-8b", "Gemini 1.5 Flash-8B"))),
    # dataY's leftover: a cutoff LLMStats alone gives, two days before general availability
    Correction(
        "gemini-1.5-flash-8b", "knowledge_cutoff", "",
        "https://ai.google.dev/gemini-api/docs/models", dt.date(2026, 12, 2),
        "Google's Gemini API models page (read in stored copies) gives the Gemini 1.5 models a "
        "\"Latest update\" month (Gemini 1.5 Flash: September 2024) and no knowledge cutoff; "
        "LLMStats alone gives Flash-8B a cutoff of 2024-10-01, two days before its general "
        "availability (2024-10-03), which reads as such an update month, not the end of its "
        "training data: left unknown"),
    # data11's leftover: models.dev dates gpt-4 to GPT-4 Turbo's day (OpenAI DevDay, 2023-11-06)
    Correction(
        "gpt-4", "released", dt.date(2023, 3, 14),
        "https://www.centerconsulting.com/ai-library/milestones/2023-gpt-4", _READ,
        "OpenAI released GPT-4 on 14 March 2023 (its announcement page and the GPT-4 Technical "
        "Report, arXiv:2303.08774, neither stored here; read in this page, which quotes both and "
        "gives the announcement's date; other stored pages agree); models.dev's gpt-4 file gives "
        "2023-11-06, the day GPT-4 Turbo was announced"),
    Correction(
        "gpt-4", "knowledge_cutoff", "2021-09", "https://openrouter.ai/openai/gpt-4", _READ,
        "OpenRouter's listing of openai/gpt-4 gives a knowledge cutoff of 2021-09-30 (its "
        "2026-05-15 models list, ../shared/data/openrouter; its gpt-4-0314: \"Training data: up "
        "to Sep 2021\"); models.dev's 2023-11 is after the model's release (2023-03-14), GPT-4 "
        "Turbo's"),
    # dataAI, 2: OpenAI's GPT-3.5 pages give one cutoff; the listings gave 2021-08 and 2021-09-30
    *(Correction(
        model, "knowledge_cutoff", "2021-09-01", page, dt.date(2026, 12, 2),
        f"OpenAI's model page gives \"Sep 01, 2021 knowledge cutoff\" (read in copies of the "
        f"pages' text for gpt-3.5-turbo, gpt-3.5-turbo-instruct and gpt-3.5-turbo-16k), as the "
        f"gpt-3.5-turbo record reads; {said}")
      for model, page, said in (
          ("gpt-3.5-turbo-0125", "https://platform.openai.com/docs/models/gpt-3-5-turbo",
           "models.dev's Azure files gave 2021-08"),
          ("gpt-3.5-turbo-0613", "https://platform.openai.com/docs/models/gpt-3-5",
           "models.dev's Azure files gave 2021-08"),
          ("gpt-3.5-turbo-instruct",
           "https://developers.openai.com/api/docs/models/gpt-3.5-turbo-instruct",
           "models.dev's Azure files gave 2021-08"),
          ("gpt-3.5-turbo-16k", "https://developers.openai.com/api/docs/models/gpt-3.5-turbo-16k",
           "OpenRouter's listing gave 2021-09-30"))),
    # brief data11: LLMStats gives gpt-4-0613 gpt-4-32k's limits
    *(Correction(
        "gpt-4-0613", field, 8192, "https://developers.openai.com/api/docs/models/gpt-4", _READ,
        f"OpenAI's GPT-4 model page, whose default snapshot is gpt-4-0613, gives \"8,192 context "
        f"window\" and \"8,192 max output tokens\" (models.dev's gpt-4 file agrees); LLMStats "
        f"gives 32,768 {said}, gpt-4-32k's window")
      for field, said in (("context_window", "tokens in"), ("max_output_tokens", "tokens out"))),
    # review 10, I12: the model (and its Google route) took a reseller's listing figure
    Correction(
        "gemini-flash-1.5", "context_window", 1_048_576,
        "https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/1-5-flash", _READ,
        "Google's Gemini 1.5 Flash model card gives \"Maximum input tokens: 1,048,576\" and "
        "\"Maximum output tokens: 8,192\", and the Gemini API's models page (ai.google.dev) an "
        "input token limit of 1,048,576 (copies of both read on the day; LLMStats gives "
        "1,048,576 too); models.dev's model figure, 2,000,000, is NanoGPT's listing's, above "
        "the model's own (2,097,152 is Gemini 1.5 Pro's)"),
    # closing note: review 11's K11 family rules read models.dev's labels; two were wrong
    *(Correction(model_id, "family", "gpt", f"https://platform.openai.com/docs/models/{model_id}",
                 _READ, _CHAT.format(name=name))
      for model_id, name in (("gpt-5-chat-latest", "GPT-5 Chat"),
                             ("gpt-5.1-chat-latest", "GPT-5.1 Chat"),
                             ("gpt-5.2-chat-latest", "GPT-5.2 Chat"))),
    Correction(
        "gpt-5.3-codex-xhigh", "family", "gpt-codex",
        "https://github.com/anomalyco/models.dev/blob/f3fc692299671838c7c65fd8126bf84d81a2e817/"
        "providers/abacus/models/gpt-5.3-codex-xhigh.toml", _READ,
        "Abacus' \"GPT-5.3 Codex XHigh\" is GPT-5.3 Codex at its xhigh reasoning effort (OpenAI's "
        "Codex models take \"low, medium, high, and xhigh reasoning effort settings\", read in "
        "a copy of OpenAI's GPT-5.2-Codex page, api.koog.ai); the same file labels it \"gpt\", "
        "which made it GPT-5's same family and no Codex model's"),
    Correction(
        "kimi-k2p6-turbo", "family", "kimi-k2",
        "https://github.com/anomalyco/models.dev/blob/f3fc692299671838c7c65fd8126bf84d81a2e817/"
        "models/moonshotai/kimi-k2.6.toml", _READ,
        "Fireworks' \"Kimi K2.6 Turbo\" router serves Kimi K2.6 (its file's name and its "
        "kimi-k2p6 sibling's), whose own record in models.dev's lab folder is in family "
        "\"kimi-k2\", as the catalog's Kimi K2.6 is; Fireworks' files label both "
        "\"kimi-thinking\", which made it Kimi K2 Thinking's same family and no kin of K2.6"),
    # review 17, P3: a record dated by its snapshot (RELEASE_DATES) is named by it, so that a
    # page dated earlier says the snapshot, not the rolling name, was not yet released
    *(Correction(
        model, "name", name, _LITELLM, dt.date(2026, 12, 2),
        f"the record carries the figures of Alibaba's snapshot {snapshot} and is dated by it "
        f"(the note on its release date); the rolling name {rolling} dates from {first} "
        f"(models.dev's date) and served older snapshots before it, so a page dated before "
        f"{snapshot[-10:]} said \"{plain} was not released\" of a name on sale then (review 17, "
        f"P3); the name takes the snapshot's date, as LiteLLM's dashscope entries name it "
        f"(dashscope/{snapshot}, citing Alibaba's models page, not itself among the stored "
        f"pages: a secondhand read)")
      for model, name, plain, snapshot, rolling, first in (
          ("qwen-plus", "Qwen Plus 2025-07-28", "Qwen Plus", "qwen-plus-2025-07-28",
           "qwen-plus", "2024-01-25"),
          ("qwen-turbo", "Qwen Turbo 2025-04-28", "Qwen Turbo", "qwen-turbo-2025-04-28",
           "qwen-turbo", "2024-11-01"))),
    # dataAH 4: DeepSeek's API names held V3.2's day beside V4 Flash's window and output
    *(Correction(
        model, field, "", "https://api-docs.deepseek.com/news/news260424", dt.date(2026, 12, 2),
        f"DeepSeek's API name {model} served {history}, V3.1 from 2025-08-21 (DeepSeek's change "
        f"log, read first-hand), V3.1-Terminus, V3.2-Exp and V3.2, and from 2026-04-24 serves "
        f"DeepSeek V4 Flash ({mode}), as DeepSeek's V4 announcement says (read in accounts that "
        f"quote it); the record's window and output, 1,000,000 and 384,000 (DeepSeek's "
        f"listing), are V4 Flash's, the model its DeepSeek route serves. {said}")
      for model, mode, history in (
          ("deepseek-chat", "non-thinking", "DeepSeek-V2.5, V3 from 2024-12-26, V3-0324"),
          ("deepseek-reasoner", "thinking", "DeepSeek-R1, R1-0528 from 2025-05-28"))
      for field, said in (
          ("released", (
              "models.dev's 2025-12-01 is V3.2's day, not V4 Flash's (2026-04-24, which V4 "
              "Flash's own record gives); no one day is the name's, so none is recorded")),
          ("knowledge_cutoff", (
              "models.dev's 2025-09 came with V3.2's day; no DeepSeek page read gives a cutoff "
              "for V4 Flash (its own record holds models.dev's 2025-05), so none is "
              "recorded")))),
)
"""The corrections the bundled layer applies, each read at its source on ``checked``."""

UNINFORMATIVE: Mapping[str, tuple[str, str]] = {
    "github-models": (
        "reasoning",
        ("GitHub Models flags reasoning on 47 of its 55 models.dev files: every Phi-3, Llama 3, "
         "Jamba and Codestral model, none of which has a reasoning mode")),
}
"""Provider -> (capability, why): a flag the provider sets whatever the model."""


def uninformative_flags(model: Model, flags: Mapping[str, tuple[str, str]] = UNINFORMATIVE
                        ) -> tuple[Model, tuple[str, ...]]:
    """``model`` without the route flags :data:`UNINFORMATIVE` names, and a line per flag dropped.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> from phicompare.domain.records import Capabilities
        >>> route = ProviderRoute(provider="github-models", source="https://x.test",
        ...                       checked=_READ, capabilities=Capabilities(reasoning=True))
        >>> out, lines = uninformative_flags(Model(id="m", name="M", routes=(route,)))
        >>> out.routes[0].capabilities.reasoning, lines
        (None, ('m: github-models reasoning = true',))
    """
    routes, lines = [], []
    for route in model.routes:
        dropped = flags.get(route.provider)
        flag = None if dropped is None or route.capabilities is None else (
            route.capabilities.flag(dropped[0]))
        if dropped is None or route.capabilities is None or flag is None:
            routes.append(route)
            continue
        lines.append(f"{model.id}: {route.provider} {dropped[0]} = {value_text(flag)}")
        routes.append(attrs.evolve(route, capabilities=attrs.evolve(
            route.capabilities, **{dropped[0]: None})))
    return (attrs.evolve(model, routes=tuple(routes)), tuple(lines)) if lines else (model, ())
