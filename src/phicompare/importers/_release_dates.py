"""Keyed release-date corrections (applied with :func:`~._correct.corrected`).

Kept apart from :data:`~._corrections.CORRECTIONS` so that each list reads as one kind of fix:
here, a release date the shared snapshots give wrongly, set to the day a primary source (the
lab's own post or model card) gives, read on the day named.
"""

from __future__ import annotations

import datetime as dt

from ._correct import Correction

__all__ = ["RELEASE_DATES"]

_READ = dt.date(2026, 12, 1)
_LITELLM = ("https://github.com/BerriAI/litellm/blob/v1.110.2/litellm/"
            "model_prices_and_context_window_backup.json")
_LLMSTATS = ("https://github.com/JonathanChavezTamales/LLMStats/blob/"
             "df1d14eda7143f27fd5e7d71d8b14cb0c807de0d/models/ai21/jamba-1.5-{size}/model.json")

RELEASE_DATES: tuple[Correction, ...] = (
    # review 12 leftover: pixtral-large-latest joined Pixtral Large 2411, dated by its listing
    Correction(
        "pixtral-large-2411", "released", dt.date(2024, 11, 18),
        "https://docs.mistral.ai/models/pixtral-large-24-11", _READ,
        "Mistral's Pixtral Large page (\"API names: pixtral-large-2411, pixtral-large-latest\") "
        "gives \"Release date: 2024-11-18\"; models.dev's Kilo file gives 2024-11-19, the day "
        "OpenRouter listed it (\"Created Nov 19, 2024\"), and the alias's file 2024-11-01"),
    # closing note 14's leftover: the moving alias's date belonged to no release
    Correction(
        "magistral-medium-latest", "released", dt.date(2025, 9, 18),
        "https://docs.mistral.ai/models/magistral-medium-1-2-25-09", _READ,
        "Mistral's Magistral Medium 1.2 page (read in a copy of the docs' model data kept in a "
        "public repository) gives \"API names: magistral-medium-2509, magistral-medium-latest\" "
        "and release date 2025-09-18, the release the alias serves; models.dev's 2025-03-17 is "
        "no Magistral Medium's (the first, magistral-medium-2506, bears June 2025 in its id)"),
    # review 9, H2: dates earlier than the model could exist
    Correction(
        "mistral-large-2512", "released", dt.date(2025, 12, 2),
        "https://mistral.ai/news/mistral-3", _READ,
        "Mistral announced Mistral 3, Mistral Large 3 (mistral-large-2512, \"2512\" for "
        "December 2025) among it, on 2025-12-02 (read in copies of the post and reports of "
        "it, which give that day); models.dev's files give 2024-11-01, before Mistral Large "
        "2.1 (mistral-large-2411, 2024-11-18), and the id-stamp rule had dropped it"),
    *(Correction(
        model, "released", dt.date(2025, 6, 26),
        "https://community.openai.com/t/deep-research-in-the-api-webhooks-and-web-search-with-o3/"
        "1299919", _READ,
        "OpenAI's announcement \"Deep research in the API, webhooks, and web search with o3\" "
        "put o3-deep-research and o4-mini-deep-research in the API ($10/$40 and $2/$8 per 1M "
        "tokens); their snapshots are o3-deep-research-2025-06-26 and "
        "o4-mini-deep-research-2025-06-26 (LiteLLM's and OpenRouter's snapshots list them); "
        f"models.dev's files give 2024-06-26, ten months before {base} itself (2025-04-16)")
      for model, base in (("o3-deep-research", "o3"), ("o4-mini-deep-research", "o4-mini"))),
    Correction(
        "gemini-2.0-flash-lite", "released", dt.date(2025, 2, 5),
        "https://developers.googleblog.com/en/gemini-2-family-expands/", _READ,
        "Google's post \"Gemini 2.0: Flash, Flash-Lite and Pro\" put Gemini 2.0 Flash-Lite in "
        "public preview on 2025-02-05 (the model's own cited source; LLMStats gives "
        "2025-02-05 citing it); models.dev's model and Google files give 2024-12-11, the day "
        "Gemini 2.0 Flash (Experimental) was announced"),
    Correction(
        "qwq-32b", "released", dt.date(2025, 3, 6),
        "https://qwenlm.github.io/blog/qwq-32b/", _READ,
        "the Qwen team's post \"QwQ-32B: Embracing the Power of Reinforcement Learning\" is "
        "dated March 6, 2025 (LLMStats gives 2025-03-05, the day the weights came out on "
        "Hugging Face, citing it); models.dev's Abacus file gives 2024-11-28, the date of "
        "QwQ-32B-Preview"),
    Correction(
        "qwq-32b-preview", "released", dt.date(2024, 11, 28),
        "https://qwenlm.github.io/blog/qwq-32b-preview/", _READ,
        "the Qwen team's post introducing QwQ-32B-Preview came on 2024-11-28 (LLMStats gives "
        "2024-11-28 citing it, and records its scores on that day); models.dev's NanoGPT "
        "file gives 2025-02-27, a listing date three months after the release"),
    Correction(
        "o3-mini", "released", dt.date(2025, 1, 31),
        "https://openai.com/index/openai-o3-mini/", _READ,
        "OpenAI's post, dated January 31, 2025: \"We're releasing OpenAI o3-mini ... available "
        "in both ChatGPT and the API today. Previewed in December 2024\"; models.dev gives "
        "2024-12-20, the day it was previewed"),
    Correction(
        "claude-3-opus", "released", dt.date(2024, 3, 4),
        "https://www.anthropic.com/news/claude-3-family", _READ,
        "Anthropic announced the Claude 3 family (\"Introducing the next generation of "
        "Claude\") on 2024-03-04, with Opus available in its API that day (the post itself is "
        "not among the pages stored here; four accounts of it read on the day agree); "
        "models.dev gives 2024-02-29, the date in the snapshot id claude-3-opus-20240229"),
    Correction(
        "claude-3-7-sonnet-20250219", "released", dt.date(2025, 2, 24),
        "https://www.anthropic.com/news/claude-3-7-sonnet", _READ,
        "Anthropic released Claude 3.7 Sonnet on 2025-02-24 (the post itself is not among "
        "the pages stored here; an account of the launch read on the day gives \"released "
        "Claude 3.7 Sonnet on 24 February\"); models.dev gives 2025-02-19, the date in the "
        "snapshot id"),
    Correction(
        "mistral-nemo", "released", dt.date(2024, 7, 18),
        "https://mistral.ai/news/mistral-nemo", _READ,
        "Mistral's post \"Mistral NeMo\" is dated July 18, 2024 (\"Today, we are excited to "
        "release Mistral NeMo\"); models.dev gives 2024-07-01, a first-of-month date before "
        "the release"),
    Correction(
        "mistral-small-2503", "released", dt.date(2025, 3, 17),
        "https://mistral.ai/news/mistral-small-3-1", _READ,
        "Mistral released Mistral Small 3.1 (2503), instruct and base weights, on 2025-03-17 "
        "(the post itself is not among the pages stored here; an account of the release read "
        "on the day gives \"Release Date: 2025-03-17\"; LLMStats and models.dev's Kilo and "
        "OpenRouter files give 2025-03-17); models.dev's Azure and GitHub Models files give "
        "2025-03-01, a first-of-month date before the release"),
    Correction(
        "deepseek-v2.5", "released", dt.date(2024, 9, 5),
        "https://api-docs.deepseek.com/news/news0905", _READ,
        "DeepSeek's news page of 2024-09-05 released DeepSeek-V2.5, merging DeepSeek-V2-Chat-"
        "0628 and DeepSeek-Coder-V2-0724 (the page itself is not among the pages stored here; "
        "an account of it read on the day gives \"September 5, 2024 - DeepSeek-V2.5 "
        "released\"); LLMStats gives 2024-05-08, DeepSeek-V2's date"),
    Correction(
        "gemini-1.5-flash-8b", "released", dt.date(2024, 10, 3),
        "https://developers.googleblog.com/en/gemini-15-flash-8b-is-now-generally-available-for-use/",
        _READ,
        "Google's developers blog made Gemini 1.5 Flash-8B (gemini-1.5-flash-8b-001) generally "
        "available on 2024-10-03 (the post itself is not among the pages stored here; an "
        "account of the model read on the day gives \"made generally available on October 3, "
        "2024 (as gemini-1.5-flash-8b-001)\", and OpenRouter lists the experimental 8B from "
        "2024-08-28); LLMStats gives 2024-03-15, a date no source gives for this model, so the "
        "Google price LLMStats dates 2024-03-20 is dated by its snapshot; LLMStats' knowledge "
        "cutoff, 2024-10-01, is weighed against 2024-10-03 and kept (review 17, P3: it was "
        "dropped as after 2024-03-15)"),
    # review 12, L5: LLMStats dates Gemini 1.0 Pro to Gemini 1.5's announcement
    Correction(
        "gemini-1.0-pro", "released", dt.date(2023, 12, 13),
        "https://blog.google/technology/ai/google-gemini-ai/", _READ,
        "Google's post introducing Gemini (2023-12-06, one of the model's own sources): "
        "\"Starting on December 13, developers and enterprise customers can access Gemini Pro "
        "via the Gemini API in Google AI Studio or Google Cloud Vertex AI\" (read in accounts "
        "of it, which give that day; the Gemini 1.0 report, arXiv:2312.11805, is of December "
        "2023); LLMStats gives 2024-02-15, the day Google announced Gemini 1.5"),
    # review 12, L13: the April 2025 Qwen3 models came out together
    *(Correction(
        model, "released", dt.date(2025, 4, 29), "https://github.com/QwenLM/Qwen3", _READ,
        f"the Qwen3 README's news: \"2025.04.29: We released the Qwen3 series\" (the blog post "
        f"\"Qwen3: Think Deeper, Act Faster\" is of that day; Qwen3 32B, 30B-A3B and 235B-A22B "
        f"are dated 2025-04-29 here); models.dev gives {given}, a provider's listing day")
      for model, given in (("qwen3-4b", "2025-04-28"), ("qwen3-8b", "2025-04-30"),
                           ("qwen3-14b", "2025-04-28"))),
    # review 13, M2: LLMStats dates the April 2024 release to its 08-2024 refresh's day
    Correction(
        "command-r-plus-04-2024", "released", dt.date(2024, 4, 4),
        "https://openrouter.ai/cohere/command-r-plus/api", _READ,
        "command-r-plus-04-2024 is Cohere's first Command R+ (its scores cite the April 2024 "
        "weights, huggingface.co/CohereForAI/c4ai-command-r-plus), which Cohere announced on "
        "2024-04-04: OpenRouter's page for cohere/command-r-plus, the same model under its "
        "undated id, reads \"Created Apr 4, 2024\", and models.dev's file for it gives "
        "2024-04-04 (Cohere's post itself is not among the pages stored here); LLMStats gives "
        "2024-08-30, the day it recorded the 08-2024 refresh, so a page dated both versions "
        "that day"),
    # review 13, M3: Amazon's Nova 2 Lite and Nova Premier, dated by hosts' listings
    Correction(
        "nova-2-lite", "released", dt.date(2025, 12, 2),
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-amazon-nova-2-lite.html",
        _READ,
        "Amazon's Bedrock model card for Nova 2 Lite gives \"Model launch date\" 2025-12-02 (read "
        "in a transcription of the card, github.com/quattro004/Agent004's wiki \"Source Amazon "
        "Nova Lite\", which read it on 2026-09-29; AIAccountabilityLab's entry for the card gives "
        "\"published 2025-12-02\"), the day Amazon announced Nova 2 at re:Invent 2025; "
        "models.dev's Bedrock and Kilo files give 2024-12-01, before the Nova Lite it succeeds "
        "(2024-12-03)"),
    Correction(
        "nova-premier-v1", "released", dt.date(2025, 4, 30),
        "https://aws.amazon.com/blogs/aws/amazon-nova-premier-our-most-capable-model-for-complex-"
        "tasks-and-teacher-for-model-distillation/", _READ,
        "Amazon made Nova Premier generally available in Amazon Bedrock on 2025-04-30 (its AWS "
        "News Blog post; the post itself is not among the pages stored here: coverage of the "
        "launch dated 2025-05-02, rivista.ai, read on the day); models.dev's OpenRouter and Kilo "
        "files give 2025-11-01, and Amazon's Bedrock card now gives \"Model launch date: Oct 31, "
        "2025\", months after that coverage, so neither is the release"),
    # dataR: once Mistral's ministral-8b-latest and Vercel's mistral/ministral-8b listings join
    # the October 2024 model, their month-only 2024-10-01 came first
    Correction(
        "ministral-8b", "released", dt.date(2024, 10, 16),
        "https://github.com/JonathanChavezTamales/LLMStats/blob/df1d14eda7143f27fd5e7d71d8b14cb0"
        "c807de0d/models/mistral/ministral-8b-instruct-2410/model.json", _READ,
        "Ministral 8B (Ministral-8B-Instruct-2410, of les Ministraux, announced in Mistral's post "
        "mistral.ai/news/ministraux/) is dated 2024-10-16 in LLMStats' file for it, whose "
        "self-reported scores from the Hugging Face card are recorded that day; the post itself "
        "is not among the pages stored here (InfoQ's account of the release, 2024-11, gives no "
        "day); models.dev's Mistral and Vercel files give 2024-10-01, the month's first day"),
    # dataS: the October 2024 Ministral 3B was dated by Azure's listing, a week after the post
    Correction(
        "ministral-3b", "released", dt.date(2024, 10, 16),
        "https://mistral.ai/news/ministraux/", dt.date(2026, 12, 2),
        "Mistral announced les Ministraux, Ministral 3B and Ministral 8B, on 2024-10-16 in its "
        "post \"Un Ministral, des Ministraux\" (the post itself is not among the pages stored "
        "here: read in accounts of it, aiwiki.ai's Ministral article, \"released ... on October "
        "16, 2024\", and Vercel's Ministral 3B page, \"Mistral released Ministral 3B on October "
        "16, 2024\"), the day the Ministral 8B record already gives; models.dev's Azure and "
        "GitHub Models files give 2024-10-22, Azure's listing, and its Mistral and Vercel files "
        "2024-10-01. Mistral's docs model data (docs.mistral.ai/models/ministral-3b-24-1, read "
        "in its source at mistralai/platform-docs-public 222f4ba9, 2026-08-21) gives "
        "2024-10-09, a week before the post (docs/data-notes.md)"),

    # review 15, P6: one release, two days (the preview's and a host's listing)
    *(Correction(
        model, "released", dt.date(2025, 6, 26),
        "https://developers.googleblog.com/en/introducing-gemma-3n-developer-guide/",
        dt.date(2026, 12, 2),
        f"Google's developer guide \"Introducing Gemma 3n\", dated June 26, 2025, announces "
        f"\"the full release of Gemma 3n\" in its two sizes, E2B and E4B (\"last month's preview "
        f"offered a glimpse\"; read in the blog's Portuguese edition and copies of the English "
        f"post); {said}")
      for model, said in (
          ("gemma-3n-e2b-it", ("the record gave 2025-06-12, NVIDIA NIM's listing, its only source "
           "of a date")),
          ("gemma-3n-e4b-it", ("the record gave 2025-05-20, the day of the Google I/O preview "
           "(the litert-preview repositories), not the release of this instruction-tuned "
           "repository")))),
    # review 15, P7: a rolling name dated by the snapshot whose figures its record carries
    Correction(
        "qwen-plus", "released", dt.date(2025, 7, 28), _LITELLM, dt.date(2026, 12, 2),
        "the record carries the figures of the snapshot qwen-plus-2025-07-28, which its aliases "
        "name (OpenRouter's and Kilo's qwen/qwen-plus-2025-07-28 and its :thinking listing; "
        "OpenRouter's page: \"Qwen Plus 0728, based on the Qwen3 foundation model, is a 1 million "
        "context hybrid reasoning model\"): LiteLLM's dashscope entries (citing Alibaba's models "
        "page, alibabacloud.com/help/en/model-studio/models, not itself among the stored pages: a "
        "secondhand read) give qwen-plus-2025-07-28 997,952 input and 32,768 output tokens, "
        "against 129,024 input for qwen-plus-2025-01-25, -04-28 and -07-14 (8,192 or 16,384 "
        "output). The rolling name qwen-plus dates from 2024-01-25 (models.dev's date); a page "
        "dated before 2025-07-28 would credit the model Alibaba served then with this snapshot's "
        "window"),
    Correction(
        "qwen-turbo", "released", dt.date(2025, 4, 28), _LITELLM, dt.date(2026, 12, 2),
        "the record carries the figures of the snapshot qwen-turbo-2025-04-28, the Qwen3-based "
        "one with thinking mode: models.dev's files date the record's figures \"last_updated = "
        "2025-04-28\", and LiteLLM's dashscope entries (citing Alibaba's models page, "
        "alibabacloud.com/help/en/model-studio/models, not itself among the stored pages: a "
        "secondhand read) give qwen-turbo-2025-04-28 16,384 output tokens, the record's, against "
        "8,192 for qwen-turbo-2024-11-01. The rolling name qwen-turbo dates from 2024-11-01 "
        "(models.dev's date); a page dated before 2025-04-28 would credit the model Alibaba "
        "served then with this snapshot's thinking mode"),
    # review 19, P1: SOLAR 10.7B Instruct held NVIDIA NIM's listing day
    Correction(
        "solar-10_7b-instruct", "released", dt.date(2023, 12, 13),
        "https://huggingface.co/upstage/SOLAR-10.7B-Instruct-v1.0", dt.date(2026, 12, 2),
        "Upstage published SOLAR-10.7B-Instruct-v1.0 in December 2023 (its paper, arXiv "
        "2312.15166, is numbered for that month); the day, December 13, 2023, is read "
        "secondhand, in a copy of the card's facts (langmart.ai's page for "
        "SOLAR-10.7B-Instruct-v1.0); models.dev's NVIDIA file gives 2024-06-05, NVIDIA's "
        "listing's"),
    # review 19, P2: the generally available model's day, not the experimental model's
    Correction(
        "gemini-2.0-flash", "released", dt.date(2025, 2, 5),
        "https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/2-0-flash",
        dt.date(2026, 12, 2),
        "Google's Vertex AI page for Gemini 2.0 Flash gives version gemini-2.0-flash-001, "
        "\"Launch stage: Generally available\", \"Release date: February 5, 2025\" (read in the "
        "stored page and copies of it); models.dev's files give 2024-12-11, the day Google "
        "announced Gemini 2.0 Flash Experimental (gemini-2.0-flash-exp), which no route of this "
        "record serves (its aliases and routes are gemini-2.0-flash and -001), as Flash-Lite's "
        "date moved to its own"),
    # review 21, P1: the record's only date was Cloudflare AI Gateway's file's, its listing day
    Correction(
        "llama-2-7b-chat", "released", dt.date(2023, 7, 18),
        "https://about.fb.com/news/2023/07/llama-2/", dt.date(2026, 12, 2),
        "Meta and Microsoft announced Llama 2, its 7B, 13B and 70B pretrained and chat models, "
        "with open weights on 2023-07-18 (read in accounts of the announcement that give the "
        "day; Meta's model card says Llama 2 \"was trained between January 2023 and July "
        "2023\"); models.dev's Cloudflare AI Gateway file gives 2025-04-03, the day it was "
        "written, as it gives 20 other Workers AI models"),
    # review 21, P5: a listing's date before the maker's announcement
    Correction(
        "grok-3-mini", "released", dt.date(2025, 2, 17), "https://x.ai/blog/grok-3",
        dt.date(2026, 12, 2),
        "xAI announced the Grok 3 family, Grok 3 mini with it, in its Grok 3 post (the record's "
        "own source of its scores) and a launch stream on Monday 2025-02-17 at 8 p.m. Pacific "
        "time (read in accounts of it); LLMStats' model.json, which the record cites, gives "
        "2025-02-17; GitHub Models' listing gives 2024-12-09, two months before the "
        "announcement, Helicone's 2024-06-01 and Poe's 2025-04-11 (the API followed in April "
        "2025)"),
    # review 24, P3: the same listing date as Grok 3 Mini's, for the model of the same launch
    Correction(
        "grok-3", "released", dt.date(2025, 2, 17), "https://x.ai/blog/grok-3",
        dt.date(2026, 12, 2),
        "xAI announced Grok 3 in its Grok 3 post (the source of the figures LLMStats filed under "
        "it) and a "
        "launch stream on Monday 2025-02-17 (read in accounts of it: deeplearning.ai's The "
        "Batch, \"Grok 3 Scales Up\"); LLMStats' model.json for grok-3, which the record cites, "
        "gives 2025-02-17, as the record of Grok 3 Mini, announced with it, already says; GitHub "
        "Models' listing gives 2024-12-09, two months before the announcement (the API "
        "followed in April 2025)"),
    # review 21, P4: the March snapshot read Kilo's date
    Correction(
        "gpt-4-0314", "released", dt.date(2023, 3, 14), "https://platform.openai.com/docs/models/gpt-4",
        dt.date(2026, 12, 2),
        "OpenAI's GPT-4 models table of 2023 (read in copies that quote it) calls gpt-4-0314 "
        "the \"Snapshot of gpt-4 from March 14th 2023\", the day OpenAI released GPT-4 (its "
        "GPT-4 post and technical report); models.dev's Kilo file gives 2023-05-28, its "
        "listing's"),
    # dataAH 2: the record's only date was Cloudflare AI Gateway's listing day, dropped
    Correction(
        "mistral-7b-instruct-v0.1", "released", dt.date(2023, 9, 27),
        "https://mistral.ai/news/announcing-mistral-7b/", dt.date(2026, 12, 2),
        "Mistral announced Mistral 7B v0.1 and Mistral 7B Instruct on 2023-09-27 in its post "
        "\"Mistral 7B\" (the post, which the paper arXiv 2310.06825 cites for the models, is "
        "not among the pages stored here: read in accounts of it that give the day), the day "
        "Mistral's own API gives open-mistral-7b; no snapshot gave the Instruct v0.1 model a "
        "release but Cloudflare AI Gateway's file day, 2025-04-03"),
    # review 25, P2: listing days where the ids' own -2506 and -2509 (and Mistral) date them
    Correction(
        "magistral-small-2506", "released", dt.date(2025, 6, 10),
        "https://docs.mistral.ai/models/magistral-small-1-0-25-06", dt.date(2026, 12, 2),
        "Mistral's Magistral Small 1.0 page (read in its source, src/schema/models/models/"
        "magistral-small-1-0-25-06.ts in mistralai/platform-docs-public at 038807d6) gives "
        "\"API names: magistral-small-2506\", release date \"June 10, 2025\" and the weights "
        "mistralai/Magistral-Small-2506, \"Our first small reasoning model released June "
        "2025\"; models.dev's NVIDIA and NanoGPT files give 2025-09-25 and IO.NET's 2025-06-01, "
        "their listings' days, so a page dated July 2025 said it was not yet released"),
    *(Correction(
        model, "released", dt.date(2025, 9, 18),
        "https://docs.mistral.ai/models/magistral-small-1-2-25-09", dt.date(2026, 12, 2),
        f"Mistral's Magistral Small 1.2 page (read in its source, src/schema/models/models/"
        f"magistral-small-1-2-25-09.ts in mistralai/platform-docs-public at 1996c3f1) gives "
        f"\"API names: magistral-small-2509, magistral-small-latest\", release date 2025-09-18 "
        f"and the weights mistralai/Magistral-Small-2509; {said}")
      for model, said in (
          ("magistral-small-2509", ("models.dev's Amazon Bedrock file gives 2025-12-02, the day "
           "Bedrock listed it")),
          ("magistral-small", (
              "this record, Mistral's undated magistral-small (models.dev's Mistral and Vercel "
              "files), carries that release's figures, a 128,000-token window against the "
              "40k of Magistral Small 1.0 (2506) and 1.1 (2507), and is dated by it, as "
              "magistral-medium-latest is; models.dev gave 2025-03-17, Mistral Small 3.1's day, "
              "three months before the first Magistral Small (2025-06-10, the name's first "
              "day), so a page dated April 2025 picked it")))),
    # review 25, P2: OpenAI's audio preview, dated by OpenRouter's listing (Kilo copies it)
    Correction(
        "gpt-4o-audio-preview", "released", dt.date(2024, 10, 17),
        "https://github.com/openai/openai-python/releases/tag/v1.52.0", dt.date(2026, 12, 2),
        "OpenAI's Python SDK release 1.52.0 of 2024-10-17 (\"feat(api): add gpt-4o-audio-"
        "preview model for chat completions\", \"This enables audio inputs and outputs\"; its "
        "Node SDK's 4.68.0 the same day) and OpenAI's forum announcement \"Audio support in the "
        "Chat Completions API\" (\"using a new model snapshot: gpt-4o-audio-preview\", priced "
        "as gpt-4o-audio-preview-2024-10-01, announced at DevDay on 2024-10-01) put the model "
        "in the API that day; models.dev's Kilo file, the record's only source, gives "
        "2025-08-15, the day OpenRouter listed openai/gpt-4o-audio-preview (\"Created Aug 15, "
        "2025\"). The name now serves later snapshots (-2024-12-17, -2025-06-03) at the same "
        "$2.50 and $10 text prices"),
    # review 30, #1: GitHub Models' records of Jamba 1.5 joined AI21's (importers._identity,
    # the maker's name before its product's); the joined record keeps AI21's date and name
    *(Correction(
        f"jamba-1.5-{size}", field, value, _LLMSTATS.format(size=size), dt.date(2026, 12, 3),
        f"LLMStats' file of AI21's Jamba 1.5 {size.title()} (its API reference, weights "
        f"ai21labs/AI21-Jamba-1.5-{size.title()}) gives {said}; GitHub Models' file, joined "
        f"to this record, gave {theirs}")
      for size in ("large", "mini")
      for field, value, said, theirs in (
          ("name", f"Jamba 1.5 {size.title()}",
           f"\"Jamba 1.5 {size.title()}\", as AWS's Bedrock model lifecycle page names it",
           f"\"AI21 Jamba 1.5 {size.title()}\""),
          ("released", dt.date(2024, 8, 22),
           "2024-08-22 (AI21's blog post it cites was not read)",
           "2024-08-29, a week later: its listing's"))),
)
"""Release dates set to a primary source's, each read on ``checked``."""
