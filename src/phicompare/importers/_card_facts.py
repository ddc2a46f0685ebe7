"""Keyed corrections of a model's own figures (applied with :func:`~._correct.corrected`).

Kept apart from :data:`~._corrections.CORRECTIONS` so that each list reads as one kind of fix:
here, a window, size or licence the snapshots give from a reseller's listing (or not at all)
where the maker's model card, read on the day named, gives the model's own (review 12).
"""

from __future__ import annotations

import datetime as dt

from ._correct import Correction

__all__ = ["CARD_FACTS"]

_READ = dt.date(2026, 12, 1)
_AMAZON_CARDS = "https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-amazon.md"
_NOVA_LITE_CARD = "https://docs.aws.eu/bedrock/latest/userguide/model-card-amazon-nova-lite.html"

CARD_FACTS: tuple[Correction, ...] = (
    # review 12, L4: once the hosts' undated mistralai/mistral-large (OpenRouter's "Mistral Large
    # 2 (version mistral-large-2407)") joins Mistral Large 2, its listings' 128,000 outvote the
    # dated listings' 131,072
    Correction(
        "mistral-large-2407", "context_window", 131_072,
        "https://openrouter.ai/mistralai/mistral-large-2407", _READ,
        "Mistral gives Mistral Large 2 a \"128k\" window (its launch post, "
        "https://mistral.ai/news/mistral-large-2407/); OpenRouter's and Kilo's listings of "
        "mistralai/mistral-large-2407 give it as 131,072 tokens (OpenRouter's models list of "
        "2026-05-15, ../shared/data/openrouter), the figure the record held before; their "
        "undated mistralai/mistral-large listings give 128,000, which those routes keep"),
    # review 12, L12: one card's "128K" for several sizes is one figure; the curated siblings
    # record it as 131,072, and the imported size held a listing's 128,000
    Correction(
        "gemma-3-27b-it", "context_window", 131_072,
        "https://ai.google.dev/gemma/docs/core/model_card_3", _READ,
        "Google's Gemma 3 model card: \"total input context of 128K tokens for the 4B, 12B, and "
        "27B sizes\", recorded as 131,072 as the curated Gemma 3 4B and 12B record it (read "
        "there on 2026-11-25) and OpenRouter's google/gemma-3-27b-it listing gives it; "
        "models.dev's model file gives 128,000, a listing's figure, so a page ranked the 27B's "
        "window below its siblings'"),
    Correction(
        "llama-3.1-70b-instruct", "context_window", 131_072,
        "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
        _READ,
        "Meta's Llama 3.1 model card gives one context length, 128k, for the 8B, 70B and 405B "
        "models, recorded as 131,072 as the curated Llama 3.1 8B records it (two of this "
        "model's routes list 131,072); the snapshots' 128,000 is listings'"),
    # closing note 14's leftover: the resellers' Llama 3.1 records read their listings' 128,000
    # (brief dataDF: Abacus' Meta-Llama-3.1-405B-Instruct-Turbo and Helicone's
    # llama-3.1-8b-instruct-turbo, records of their own until then, are routes of the 405B and
    # the curated 8B, each route keeping its 128,000)
    Correction(
        "meta-llama-3.1-405b-instruct", "context_window", 131_072,
        "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
        _READ,
        "Meta's Llama 3.1 model card gives one context length, 128k, for the 8B, 70B and 405B "
        "models (read in copies of the card's table), recorded as 131,072 as the Llama 3.1 8B "
        "and 70B records give it; the snapshots' 128,000 is the listings', which its routes "
        "keep"),
    # closing note 14's leftover: the April 2025 Qwen3 windows, native against YaRN
    *(Correction(
        model, "context_window", 131_072, f"https://huggingface.co/Qwen/{repo}", _READ,
        f"Qwen's model card for {repo} (read in copies that quote it): \"Context Length: "
        f"32,768 natively and 131,072 tokens with YaRN\"; the model's window is the 131,072 "
        f"its routes serve with YaRN, the native 32,768 noted (the card says the config's "
        f"40,960 reserves 32,768 tokens for output and 8,192 for a prompt), where the "
        f"snapshots gave {said}; routes keep their listings")
      for model, repo, said in (
          ("qwen3-4b", "Qwen3-4B", "its two listings' 128,000"),
          ("qwen3-14b", "Qwen3-14B", "40,960"),
          ("qwen3-30b-a3b", "Qwen3-30B-A3B", "40,960"),
          ("qwen-3-30b", "Qwen3-30B-A3B", "Vercel's listing's 40,960"))),
    # review 12, L13: the April 2025 Qwen3 cards were read for reasoning and tool calling only
    *(Correction(
        model, field, value, f"https://huggingface.co/Qwen/{repo}", _READ,
        f"Qwen's model card for {repo} (read in copies that quote it): {said}; the snapshots "
        f"gave none")
      for model, repo, size in (("qwen3-4b", "Qwen3-4B", "4.0"), ("qwen3-8b", "Qwen3-8B", "8.2"),
                                ("qwen3-14b", "Qwen3-14B", "14.8"))
      for field, value, said in (
          ("parameters_b", size, f"\"Number of Parameters: {size}B\""),
          ("license", "Apache-2.0", ("the card's licence, apache-2.0, as the Qwen3 32B, "
                                     "30B-A3B and 235B-A22B records give it")))),
    # review 12 leftover: GPT-5 Chat held GPT-5's window and output limit
    *(Correction(
        "gpt-5-chat-latest", field, value,
        "https://developers.openai.com/api/docs/models/gpt-5-chat-latest", _READ,
        "OpenAI's GPT-5 Chat page gives 128,000 tokens of context and 16,384 of output (read in "
        "LiteLLM 1.110.2's entry gpt-5-chat-latest, whose source it is: max_input_tokens "
        "128000, max_output_tokens 16384; OpenRouter's openai/gpt-5-chat of 2026-05-15 "
        "agrees); models.dev's files give GPT-5's 400,000 and 128,000, which six of its "
        "listings repeat beside six at 128,000 (docs/data-notes.md)")
      for field, value in (("context_window", 128_000), ("max_output_tokens", 16_384))),
    # review 12 leftover: Seed 1.8 joined its one BytePlus snapshot, whose LLM Gateway listing
    # gives 8,192 output tokens against Vercel's 64,000
    *(Correction(
        "seed-1.8", field, value, "https://docs.byteplus.com/en/docs/modelark/1330310", _READ,
        f"BytePlus's ModelArk model list gives seed-1-8-251228, Seed 1.8's one model id, "
        f"{said}")
      for field, value, said in (
          ("max_output_tokens", 64_000,
           ("\"Max Output (incl. CoT): 64K\" (Vercel's bytedance/seed-1.8 listing gives 64,000, "
           "the figure recorded; LLM Gateway's seed-1-8-251228 listing gives 8,192, which its "
           "route keeps)")),
          ("name", "Seed 1.8", ("under the name Seed 1.8 (LLM Gateway names its listing \"Seed "
                               "1.8 (251228)\", its snapshot's stamp)")))),
    # review 12 leftover: "Multimodal yes" with no inputs on record (LLMStats' lone flag)
    Correction(
        "mistral-small-3.1-24b-base-2503", "input_modalities", "text,image",
        "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Base-2503", _READ,
        "Mistral's model card for the base model (read in copies of the card): Mistral Small "
        "3.1 \"adds state-of-the-art vision understanding\", and \"Vision: Vision capabilities "
        "enable the model to analyze images and provide insights based on visual content in "
        "addition to text\"; the snapshots recorded no inputs, and LLMStats marks it multimodal"),

    # review 13, M3: one record a Nova model takes Amazon's Bedrock card's figures (the hosts'
    # copies gave another name, text and image only, and Nova 1's cutoff for Nova 2 Lite)
    Correction(
        "nova-2-lite", "knowledge_cutoff", "2025-10",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-amazon-nova-2-lite.html",
        _READ,
        "Amazon's Bedrock model card for Nova 2 Lite gives \"Knowledge cutoff: Oct 2025\" "
        "(read in a transcription of the card, github.com/quattro004/Agent004's wiki \"Source "
        "Amazon Nova Lite\", which read it on 2026-09-29, beside Nova Lite's \"Oct 2024\"); "
        "Vercel's file gives 2024-10, Nova Lite's"),
    *(Correction(
        model, "name", name,
        _AMAZON_CARDS, _READ,
        f"Amazon's Bedrock model cards list the model as \"{name}\" (model id "
        f"amazon.{model}-v1:0); OpenRouter's and Kilo's amazon/{model}-v1, a copy of that id, "
        f"name it \"{name} 1.0\", which read as another model beside {name}")
      for model, name in (("nova-lite", "Nova Lite"), ("nova-micro", "Nova Micro"),
                          ("nova-pro", "Nova Pro"))),
    *(Correction(
        model, "input_modalities", "text,image,video", source, _READ,
        f"Amazon's Bedrock {said}; OpenRouter's and Kilo's amazon/{model}-v1 listings give "
        "text and image only")
      for model, source, said in (
          ("nova-lite", _NOVA_LITE_CARD,
           ("model card for Nova Lite marks Text, Image and Video input \"Yes\" (Audio and "
            "Speech \"No\")")),
          ("nova-pro", _AMAZON_CARDS,
           ("model cards call Nova Pro \"Amazon's balanced multimodal model offering strong "
            "accuracy, speed, and cost for a wide range of tasks across text, images, and "
            "video\"")))),
    # review 13, M7: models.dev gives the GPT-4.1 family a cutoff OpenAI does not
    *(Correction(
        model, "knowledge_cutoff", "2024-06", "https://openai.com/index/gpt-4-1/", _READ,
        "OpenAI's post introducing GPT-4.1, GPT-4.1 mini and GPT-4.1 nano (one of this record's "
        "sources) gives the three \"a refreshed knowledge cutoff of June 2024\" (read in copies "
        "and accounts of the post, which quote it; Vercel's page for openai/gpt-4.1 gives \"June "
        "2024\"); models.dev's files give 2024-04")
      for model in ("gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano")),
    # review 14, N2: Google's card gives both Gemma 3n sizes every input and one 32K window;
    # the hosts' listings (Kilo's and OpenRouter's text only for E4B, NVIDIA NIM's 128,000 and
    # text and image for E2B) keep theirs on their routes
    *(Correction(
        model, field, value, f"https://huggingface.co/google/gemma-3n-{size}-it", _READ,
        f"Google's model card of gemma-3n-{size}-it (Gemma 3n): \"Gemma 3n models ... are "
        f"capable of multimodal input, handling text, image, video, and audio input\", and the "
        f"repository supports \"text, audio, and vision (image and video) inputs\" (read in the "
        f"card and its copies, onnx-community's and unsloth's); their total input context is "
        f"32K tokens (unsloth's copy: \"Gemma 3n max tokens (context length): 32K\"; "
        f"OpenRouter's page for google/gemma-3n-e4b-it: \"a flexible 32K token context "
        f"window\"); {listed}")
      for model, size, listed in (
          ("gemma-3n-e2b-it", "E2B",
           "the record held NVIDIA NIM's listing, its only route: 128,000 tokens, text and image"),
          ("gemma-3n-e4b-it", "E4B", "the record held Kilo's and OpenRouter's listings: text only"))
      for field, value in (("input_modalities", "text,image,audio,video"),
                           ("context_window", 32_768))),
    # review 15, P6: the card both sizes cite gives the licence and one 32K for output as for
    # input; E2B's record had no family and NVIDIA NIM's output cap
    *(Correction(
        model, field, value, f"https://huggingface.co/google/gemma-3n-{size}-it",
        dt.date(2026, 12, 2), f"Google's model card of gemma-3n-{size}-it: {said}")
      for model, size in (("gemma-3n-e2b-it", "E2B"), ("gemma-3n-e4b-it", "E4B"))
      for field, value, said in (
          ("license", "Gemma Terms of Use",
           ("\"license: gemma\" and \"Terms of Use: Terms\" (ai.google.dev/gemma/terms), as "
           "Gemma 3 4B's and 27B's records read it; no snapshot gave a licence")),
          ("family", "gemma", ("\"Gemma is a family of lightweight, state-of-the-art open models "
           "from Google\", the family Gemma 3n E4B's listings and every Gemma record hold")),
          ("max_output_tokens", 32_768,
           ("\"Total output length up to 32K tokens, subtracting the request input tokens\" (read "
           "in the card and its copies); E2B's record held 4,096, NVIDIA NIM's cap, which its "
           "route keeps")))),
    # review 15, P2: the licences of les Ministraux' 3B (2024) and of Ministral 3 (2512)
    Correction(
        "ministral-3b", "license", "Mistral Commercial License",
        "https://mistral.ai/news/ministraux/", dt.date(2026, 12, 2),
        "Mistral's post on les Ministraux (October 16, 2024) offers Ministral 3B under the "
        "Mistral Commercial License only, Ministral 8B also under the Mistral Research License "
        "(read secondhand: InfoQ's account of the post, November 2024, \"les Ministraux models "
        "require a commercial license; the 8B model is also available for research purposes\", "
        "and Vercel's page for mistral/ministral-3b, \"Production use falls under the Mistral "
        "Commercial License\"; the post itself is not among the pages stored here)"),
    *(Correction(
        model, "license", "Apache-2.0", f"https://huggingface.co/mistralai/{repo}",
        dt.date(2026, 12, 2),
        f"Mistral's repository mistralai/{repo} gives \"License: apache-2.0\" {said}; Mistral's "
        f"Ministral 3 paper (arXiv 2601.08584, which the repositories cite) releases the 3B, 8B "
        f"and 14B models under Apache 2.0; no snapshot gave a licence")
      for model, repo, said in (
          ("ministral-3b-2512", "Ministral-3-3B-Instruct-2512", "(its page read on the day)"),
          ("ministral-8b-2512", "Ministral-3-8B-Instruct-2512",
           ("(read secondhand, in accounts of the card: \"Lizenz: Apache-2.0\"; its 3B and 14B "
           "siblings' pages read on the day give apache-2.0)")),
          ("ministral-14b-2512", "Ministral-3-14B-Instruct-2512",
           "(its page read on the day)"))),
    # review 14, N4: LLMStats' 128,000 for the first Command R+ is its context window repeated
    Correction(
        "command-r-plus-04-2024", "max_output_tokens", 4_000,
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-cohere-command-r-plus.md",
        _READ,
        "Amazon's Bedrock card for Cohere's Command R+ (cohere.command-r-plus-v1:0, this "
        "record's Bedrock route) gives \"Context window: 128K tokens\" and \"Max output tokens: "
        "4K\"; Cohere's Command R table gives every Command R model a maximum output of \"4k\" "
        "(https://docs.cohere.com/v1/docs/command-r), and its files for command-r-plus-08-2024 "
        "give 4,000, which the record of the August refresh holds; LLMStats gives 128,000, the "
        "context window repeated"),
    # review 14, N1: once Ministral 3 3B is a record of its own, its gateways' 131,072 outvote
    # the one listing (Bedrock's 256,000) near its card's window
    Correction(
        "ministral-3b-2512", "context_window", 262_144,
        "https://huggingface.co/mistralai/Ministral-3-3B-Instruct-2512", _READ,
        "Mistral's card of Ministral-3-3B-Instruct-2512 (\"Ministral 3 3B ... with vision "
        "capabilities\") gives \"Supports a 256k context window\" (read in the card and its "
        "BF16 and base siblings' cards, which say the same), 262,144 tokens as Ministral 3 8B's "
        "and 14B's records hold it; Kilo's, OpenRouter's, NanoGPT's and LLM Gateway's listings "
        "give 131,072, which their routes keep, and Bedrock's 256,000"),
    # closing note 14's leftover: the alias serves Magistral Medium 1.2, which takes images;
    # its Mistral route's flag is keyed apart (`ROUTE_FLAGS` in _route_flags)
    *(Correction(
        "magistral-medium-latest", field, value,
        "https://docs.mistral.ai/models/magistral-medium-1-2-25-09", dt.date(2026, 12, 2),
        "Mistral's page for Magistral Medium 1.2 (API names magistral-medium-2509 and "
        "magistral-medium-latest; read in its source, "
        "src/schema/models/models/magistral-medium-1-2-25-09.ts in mistralai/platform-docs-public "
        "at 222f4ba9, 2026-08-21) gives input text and image (Mistral's models overview: "
        "\"released September 2025 with vision support\"); models.dev's files of the alias give "
        "text alone, the input of Magistral Medium 1.0 and 1.1 (their pages), and no vision")
      for field, value in (("input_modalities", "text,image"), ("vision", True))),
    # review 16, P5: the first release's record held a later checkpoint's listing window
    Correction(
        "qwen3-235b-a22b", "context_window", 131_072, "https://huggingface.co/Qwen/Qwen3-235B-A22B",
        dt.date(2026, 12, 2),
        "Qwen's model card for Qwen3-235B-A22B (read in copies that quote it): \"Context Length: "
        "32,768 natively and 131,072 tokens with YaRN\"; 262,144 is "
        "Qwen3-235B-A22B-Instruct-2507's native window. Vercel's listing alibaba/qwen-3-235b is "
        "named \"Qwen3 235B A22B Instruct 2507\" in models.dev's file with 262,144 tokens, but "
        "keeps the April model's date and reasoning flag, and Vercel's own page for it "
        "(vercel.com/ai-gateway/models/qwen-3-235b, "
        "a stored copy) describes \"Qwen3 235B A22B\" with \"a context window of 131.1K tokens\" "
        "and thinking and non-thinking modes, the April hybrid model: the route stays this "
        "model's, and its listing's 262,144 is not recorded"),
    # review 19, P1: SOLAR 10.7B Instruct held NVIDIA NIM's listing (128,000 tokens, no licence)
    *(Correction(
        "solar-10_7b-instruct", field, value, "https://huggingface.co/upstage/SOLAR-10.7B-Instruct-v1.0",
        dt.date(2026, 12, 2), f"Upstage's model card of SOLAR-10.7B-Instruct-v1.0 (which NVIDIA's "
        f"card for upstage/solar-10_7b-instruct, build.nvidia.com, names as the model's card): "
        f"{said}")
      for field, value, said in (
          ("context_window", 4_096,
           ("a Llama-architecture model (\"llama\" in its tags); a copy of the card's facts "
            "(langmart.ai's page for SOLAR-10.7B-Instruct-v1.0) lists \"Context Window 4,096 "
            "tokens\"; models.dev's NVIDIA file gives 128,000, a listing's figure, which its "
            "route does not keep")),
          ("max_output_tokens", 0,
           ("the card gives no output cap; models.dev's NVIDIA file gives 8,192, a listing's "
            "figure above the model's 4,096-token window (output and prompt share it), so the "
            "model's cap is not recorded")),
          ("license", "CC-BY-NC-4.0",
           ("\"license: cc-by-nc-4.0\" (read in copies of the card), non-commercial; NVIDIA's "
            "card governs its API by its own terms and CC BY-NC 4.0; no snapshot gave a "
            "licence")))),
    # review 21, P1: Cloudflare AI Gateway's default 128,000/16,384 was Llama 2 7B Chat's window
    *(Correction(
        "llama-2-7b-chat", field, value,
        "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md", dt.date(2026, 12, 2),
        f"Meta's Llama 2 model card: {said}")
      for field, value, said in (
          ("context_window", 4_096,
           ("\"Context Length\" 4k for the 7B, 13B and 70B models, recorded as 4,096 (the "
            "Llama 2 paper's 4,096 tokens); the record's only other figure was Cloudflare AI "
            "Gateway's default 128,000, which the importer no longer reads")),
          ("parameters_b", "7", "\"Params\" 7B for the smallest size"))),
    # review 21, P1: once Cloudflare AI Gateway's default 128,000 no longer votes, the listings'
    # 32,768 (a native window, or a host's limit) outvoted the cards' full window
    *(Correction(
        model, "context_window", 131_072, f"https://huggingface.co/Qwen/{repo}",
        dt.date(2026, 12, 2),
        f"Qwen's model card of {repo}: \"Context Length: Full 131,072 tokens\" (with YaRN "
        f"past {native}), as the catalog's other Qwen2.5 records give it; the listings' 32,768 "
        f"and 24,000 are hosts' limits, which their routes keep")
      for model, repo, native in (
          ("qwq-32b", "QwQ-32B", "8,192 tokens of prompt"),
          ("qwen2.5-coder-32b-instruct", "Qwen2.5-Coder-32B-Instruct", "32,768 tokens"))),
    # review 21, P3: knowledge cutoffs copied from listings against the makers' own pages
    *(Correction(
        model, "knowledge_cutoff", "2021-09", "https://platform.openai.com/docs/models/gpt-4",
        dt.date(2026, 12, 2),
        f"OpenAI's GPT-4 models table of 2023 (read in a copy that quotes it, "
        f"gabormelli.com/RKB/OpenAI_GPT-4_Language_Model) gives {model} \"Training data: Up "
        f"to Sep 2021\", as for gpt-4, whose record reads 2021-09; {said}")
      for model, said in (
          ("gpt-4-0613", (
              "LLMStats' 2022-12-31 is no OpenAI figure, and OpenAI's current GPT-4 page "
              "(developers.openai.com/api/docs/models/gpt-4, default snapshot gpt-4-0613) reads "
              "\"Dec 01, 2023 knowledge cutoff\", after the snapshot's own release on "
              "2023-06-13, so not this snapshot's")),
          ("gpt-4-0314", "no snapshot gave one"))),
    Correction(
        "llama-3-8b-instruct", "knowledge_cutoff", "2023-03",
        "https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md", dt.date(2026, 12, 2),
        "Meta's Llama 3 model card: knowledge cutoff \"March, 2023\" for 8B and \"December, "
        "2023\" for 70B (\"The pretraining data has a cutoff of March 2023 for the 8B and "
        "December 2023 for the 70B models\"); the snapshots' 2023-12 is the 70B's, from "
        "listings"),
    *(Correction(
        model, "knowledge_cutoff", "2024-08", "https://ai.google.dev/gemma/docs/core/model_card_3",
        dt.date(2026, 12, 2),
        f"Google's Gemma 3 model card: \"The knowledge cutoff date for the training data was "
        f"August 2024\", for every size, as the curated Gemma 3 4B and 12B record it; {said}")
      for model, said in (
          ("gemma-3", "Inference.net's size-less listing gave 2024-12"),
          ("gemma-3-27b-it", "no snapshot gave one"))),
    # dataAH 1: the listings' 4,095 windows dropped the 4,096 output cap, above them
    Correction(
        "gpt-3.5-turbo-0613", "context_window", 4_096,
        "https://platform.openai.com/docs/models/gpt-3-5", dt.date(2026, 12, 2),
        "OpenAI's GPT-3.5 Turbo models table (read in a copy of February 2024 that quotes it) "
        "gives gpt-3.5-turbo-0613 \"4,096 tokens\"; the table's 2023 version gave 4,097 (a "
        "copy that quotes it); models.dev's Kilo and OpenRouter files give 4,095, which their "
        "routes keep"),
    Correction(
        "gpt-3.5-turbo-instruct", "context_window", 4_096,
        "https://developers.openai.com/api/docs/models/gpt-3.5-turbo-instruct",
        dt.date(2026, 12, 2),
        "OpenAI's gpt-3.5-turbo-instruct page (a stored copy): \"4,096 context window\" and "
        "\"4,096 max output tokens\", as OpenAI's models table of February 2024 gives the "
        "window (its 2023 version gave 4,097); models.dev's Kilo and OpenRouter files give "
        "4,095, which their routes keep"),
    # dataAH 2: Kilo's listing (2,824 tokens, 565 out) was Mistral 7B Instruct v0.1's only figure
    *(Correction(
        "mistral-7b-instruct-v0.1", field, value, "https://arxiv.org/abs/2310.06825",
        dt.date(2026, 12, 2), f"Mistral's Mistral 7B paper (arXiv 2310.06825, on Mistral 7B "
        f"v0.1 and its Instruct model; read in text copies): {said}")
      for field, value, said in (
          ("context_window", 8_192, (
              "Table 1 gives \"context_len 8192\" beside a sliding window of 4,096; Mistral's "
              "card of Mistral-7B-Instruct-v0.2 says v0.2 has a \"32k context window (vs 8k "
              "context in v0.1)\" and Hugging Face's Mistral docs \"Trained with 8k context "
              "length\"; models.dev's Kilo file gives 2,824, a listing's figure, which its "
              "route keeps")),
          ("max_output_tokens", 0, (
              "no output cap is given; models.dev's Kilo file gives 565, a listing's figure, "
              "which its route keeps")))),
    # review 21, P4: the March snapshot read Kilo's 8,191
    Correction(
        "gpt-4-0314", "context_window", 8_192, "https://platform.openai.com/docs/models/gpt-4",
        dt.date(2026, 12, 2),
        "OpenAI's GPT-4 models table of 2023 (read in copies that quote it) gives gpt-4-0314 "
        "\"8,192 tokens\", as gpt-4 and gpt-4-0613; models.dev's Kilo file gives 8,191, which "
        "its route keeps"),
    # review 21, P2: models.dev's metadata file gave audio input, which Qwen's card does not list
    *(Correction(
        "qwen3.5-397b-a17b", field, value, "https://huggingface.co/Qwen/Qwen3.5-397B-A17B",
        dt.date(2026, 12, 2), f"Qwen's model card of Qwen3.5-397B-A17B: {said}")
      for field, value, said in (
          ("input_modalities", "text,image,video", (
              "a \"Unified Vision-Language Foundation\" (early fusion training on multimodal "
              "tokens) that \"supports multimodal inputs (text, image, video)\" (the card, and "
              "SGLang's Qwen3.5 cookbook quoting it); models.dev's metadata file added audio, "
              "which the card does not list (audio input is Qwen's separate Omni models')")),
          ("parameters_b", "397", "\"397B total parameters, 17B activated\", as its name says"),
          ("active_parameters_b", "17", "\"397B total parameters, 17B activated\""))),
    # review 20, P4 (Helicone's llama-3.1-8b-instruct-turbo held Helicone's `knowledge`, the
    # release month, and a guessed vendor) ended with brief dataDF: the listing is a route of
    # the curated Llama 3.1 8B, which reads Meta's card
)
"""Model figures set to the maker's card (or, where the card gives none, the dated listing)."""
