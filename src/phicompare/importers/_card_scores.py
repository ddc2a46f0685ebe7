"""Keyed score fixes read in a model card's own tables (review 14; applied with the others).

Kept apart from :data:`~._score_fixes.SCORE_FIXES` (near the module limit) so that each list
reads as one kind of fix: here, a figure a card files under another model of the same release
(a base model's under its instruction-tuned sibling) or with a setting its row states and the
snapshot left out. Each is a :class:`~._score_fixes.ScoreFix`, said in the score's note (or, for
a dropped figure, the model's notes) and listed in ``docs/data-notes.md``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ._score_fixes import ScoreFix

__all__ = ["CARD_SCORES"]

_READ = dt.date(2026, 12, 1)
_LLAMA_3_1 = "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md"
_BASE_DROP = (
    "Meta's Llama 3.1 model card gives DROP only in its \"Base pretrained models\" table (\"DROP "
    "(F1) | 3 | f1 | 58.4 | 59.5 | 79.7 | 79.6 | 84.8\": Llama 3 8B, Llama 3.1 8B, Llama 3 70B, "
    "Llama 3.1 70B and 405B, the pretrained models, 3-shot F1); its \"Instruction tuned models\" "
    "table has no DROP row (the card read in a copy of the Hugging Face card's README kept in a "
    "public repository, on the day). The snapshot filed the base model's figure under the "
    "instruction-tuned one as 0-shot, citing the Llama 3 paper; the catalog holds no Llama 3.1 "
    "base model to refile it on, so it is dropped")

_MINISTRAL_8B = "https://huggingface.co/mistralai/Ministral-8B-Instruct-2410"
_MINISTRAL_READ = dt.date(2026, 12, 2)
_MINISTRAL_BASE = (
    "Mistral's card of Ministral-8B-Instruct-2410 gives this figure in its \"Base Models\" "
    "tables, on the row \"Ministral 8B Base\" (Knowledge & Commonsense: MMLU 65.0, AGIEval "
    "48.3, Winogrande 75.3, Arc-c 71.9, TriviaQA 65.5; Code & Math: HumanEval pass@1 34.8, "
    "GSM8K maj@8 64.5; Multilingual: French MMLU 57.5), not its \"Instruct Models\" table "
    "(the card read in copies of it, git.lnyan.com's and hf-mirror's of "
    "TouchNight/Ministral-8B-Instruct-2410-HF, on the day); LLMStats filed the base model's "
    "figures under the Instruct model, and the catalog holds no Ministral 8B Base to refile "
    "them on, so it is dropped")
_MINISTRAL_INSTRUCT = (
    "Mistral's card of Ministral-8B-Instruct-2410 (and its post on les Ministraux, Table 2) "
    "gives the Instruct model's row \"Ministral 8B | 8.3 | 70.9 | 41.3 | 70.0 | 76.8 | 54.5 | "
    "31.6\" under MT Bench, Arena Hard, Wild bench, MBPP pass@1, HumanEval pass@1, Math maj@1 "
    "and function calling (read in copies of the card and a transcription of the post's "
    "table, on the day)")

_GEMINI_2_0 = "https://blog.google/technology/google-deepmind/google-gemini-ai-update-december-2024/"
_GEMINI_PRO_PAGE = "https://deepmind.google/technologies/gemini/pro/"
_GEMINI_FLASH_PAGE = "https://deepmind.google/technologies/gemini/flash/"
_READ_V = dt.date(2026, 12, 2)
_PRO_002 = "model version 002"
_PRO_002_FIGURES = ("MMLU-Pro 75.8%, Natural2Code 85.4%, MATH 86.5%, HiddenMath 52.0%, GPQA "
                    "(diamond) 59.1%, MRCR (1M) 82.6%, MMMU 65.9%, Vibe-Eval 53.9%")
_FLASH_002_FIGURES = ("MMLU-Pro 67.3%, Natural2Code 79.8%, MATH 77.9%, HiddenMath 47.2%, GPQA "
                      "(diamond) 51.0%, MRCR (1M) 71.9%, MMMU 62.3%, Vibe-Eval 48.9%")
_002_TABLE = (
    "Google's post \"Introducing Gemini 2.0: our new AI model for the agentic era\" (2024-12-11) "
    "gives this figure in its \"Gemini 1.5 {size} 002\" column ({figures}; read in a "
    "transcription of the post kept in a public repository, on the day): the September 2024 "
    "version's, not the May 2024 model's whose report (arXiv 2403.05530) the record's other "
    "scores come from. LLMStats read it on DeepMind's Gemini {size} page with no version, so a "
    "page set it against other models' as the record's own (review 16, P1)")
_PRO_002_PAGE = (
    "LLMStats read this figure on DeepMind's Gemini Pro page, beside eight figures Google's "
    "Gemini 2.0 post (2024-12-11) gives as \"Gemini 1.5 Pro 002\"'s; the page's WMT23 75.1, "
    "MathVista 68.1 and FLEURS 6.7 differ from the May 2024 model's in its report (75.3, 63.9 "
    "and 6.5, read in accounts of the report's chart), so the page's figures are taken as the "
    "002 version's (a reading of the page's context, not a column read: the page itself is not "
    "among the stored pages)")
_FLASH_002_PAGE = (
    "LLMStats read this figure on DeepMind's Gemini Flash page, in the column whose eight other "
    "figures Google's Gemini 2.0 post (2024-12-11) gives as \"Gemini 1.5 Flash 002\"'s, on a "
    "page that gives Gemini 1.5 Flash-8B's figures beside them (a model made generally "
    "available on 2024-10-03, after the 002 version of 2024-09-24: both days read in accounts "
    "of Google's posts); one column of one page is "
    "one version, so the page's figures are taken as the 002 version's, as Gemini 1.5 Pro's "
    "page's are (a reading of the page's context, not a column read: the page itself is not "
    "among the stored pages). The record's HumanEval 74.3, the May 2024 report's figure, is "
    "left as the May model's (review 17, P4)")

_FLASH_EXP = "2.0 Flash Experimental"
_FLASH_EXP_TABLE = (
    "Google's post \"Introducing Gemini 2.0: our new AI model for the agentic era\" (2024-12-11) "
    "gives this figure in its \"Gemini 2.0 Flash Experimental\" column, beside \"Gemini 1.5 Flash "
    "002\" and \"Gemini 1.5 Pro 002\", one table of 13 rows without prompt settings (read in an "
    "account of the post's table kept in a public repository, on the day, which gives the "
    "columns, the rows and MRCR 69.2% against 1.5 Flash 002's 71.9%): the December 2024 "
    "experimental model's (gemini-2.0-flash-exp), not the generally available "
    "gemini-2.0-flash-001 this record's routes serve, for which the post gives no figure. "
    "LLMStats stored it with no version, so a page set it under \"Gemini 2.0 Flash\" as the "
    "GA model's (review 19, P2)")

_SMALL_3_1 = "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503"
_SMALL_3_1_BASE = (
    "Mistral's card of Mistral-Small-3.1-24B-Base-2503 gives this figure in its \"Pretrain "
    "Evals\" table, row \"Small 3.1 24B Base 81.01% 56.03% 80.50% 37.50% 59.27%\" (MMLU, MMLU "
    "Pro, TriviaQA, GPQA Main, MMMU; read in copies of the card, on the day): the base model's, "
    "which its own record holds and no route serves. LLMStats filed it under the Instruct "
    "model, citing the Instruct card (review 19, P4)")
_SMALL_3_2 = "https://huggingface.co/mistralai/Mistral-Small-3.2-24B-Instruct-2506"

_GPT_4_REPORT = "https://openai.com/research/gpt-4"
_GPT_4O_POST = "https://openai.com/index/hello-gpt-4o/"
_MARCH_2023 = (
    "a figure of GPT-4 as released on 2023-03-14, the model the API serves as gpt-4-0314: the "
    "GPT-4 technical report's (March 2023; its Table 2 and exam results read in a copy of the "
    "report) or the GPT-4o post's column for GPT-4 as initially released (read in IBM's "
    "account of it); LLMStats recorded each on 2023-03-14, three months before gpt-4-0613")
_SETTINGS = {
    "uniform-bar-exam": ("; it is a percentile (the report: 298 of 400, about the 90th "
                         "percentile), as LSAT's is, not a percentage score"),
    "sat-math": "; it is a percentile (the report: 700 of 800, about the 89th percentile)",
    "gpqa": ("; its setting is not stated: the snapshot's \"5-shot, Commonsense reasoning\" is "
             "the report's description of HellaSwag, and the GPT-4o post gives none"),
}
_GPT_4_MARCH = (  # benchmark, figure, setting, source
    ("uniform-bar-exam", "90.0", "Percentile score", _GPT_4_REPORT),
    ("lsat", "88.0", "Percentile score", _GPT_4_REPORT),
    ("sat-math", "89.0", "Percentile score", _GPT_4_REPORT),
    ("mmlu", "86.4", "5-shot", _GPT_4_REPORT),
    ("hellaswag", "95.3", "10-shot", _GPT_4_REPORT),
    ("ai2-reasoning-challenge-arc", "96.3", "25-shot", _GPT_4_REPORT),
    ("winogrande", "87.5", "5-shot", _GPT_4_REPORT),
    ("humaneval", "67.0", "0-shot", _GPT_4_REPORT),
    ("drop", "80.9", "3-shot", _GPT_4_REPORT),
    ("gpqa", "35.7", None, _GPT_4O_POST),
    ("math", "42.0", None, _GPT_4O_POST),
    ("mgsm", "74.5", None, _GPT_4O_POST),
)

CARD_SCORES: tuple[ScoreFix, ...] = (
    # review 15, P3: the base model's tables filed under Ministral 8B Instruct (N6's pattern)
    *(ScoreFix("ministral-8b", benchmark, Decimal(read), None, None, _MINISTRAL_8B,
               _MINISTRAL_READ, _MINISTRAL_BASE)
      for benchmark, read in (("mmlu", "65.0"), ("agieval", "48.3"), ("winogrande", "75.3"),
                              ("arc-c", "71.9"), ("triviaqa", "65.5"), ("french-mmlu", "57.5"))),
    ScoreFix("ministral-8b", "humaneval", Decimal("34.8"), Decimal("76.8"), "pass@1",
             _MINISTRAL_8B, _MINISTRAL_READ,
             _MINISTRAL_INSTRUCT + "; the snapshot gave 34.8, the card's \"Ministral 8B Base\" "
             "HumanEval pass@1"),
    *(ScoreFix("ministral-8b", benchmark, Decimal(read), Decimal(read), setting, _MINISTRAL_8B,
               _MINISTRAL_READ, _MINISTRAL_INSTRUCT + "; the snapshot left the setting out")
      for benchmark, read, setting in (("mbpp", "70.0", "pass@1"), ("math", "54.5", "maj@1"))),
    # review 14, N6: DROP is the base models' 3-shot F1, not the Instruct models' score
    *(ScoreFix(model, "drop", Decimal(read), None, None, _LLAMA_3_1, _READ, _BASE_DROP)
      for model, read in (("llama-3.1-70b-instruct", "79.6"),
                          ("meta-llama-3.1-405b-instruct", "84.8"))),
    # ... and BFCL is one row of the card's instruct table, one setting for every column
    ScoreFix(
        "llama-3.1-70b-instruct", "bfcl", Decimal("84.8"), Decimal("84.8"), "0-shot",
        "https://huggingface.co/meta-llama/Meta-Llama-3.1-70B-Instruct", _READ,
        "Meta's Llama 3.1 model card gives BFCL in one row of its \"Instruction tuned models\" "
        "table, \"BFCL | 0 | acc | 60.3 | 76.1 | 83.0 | 84.8 | 88.5\" (# Shots 0; Llama 3.1 70B "
        "Instruct 84.8, 405B Instruct 88.5, which the 405B record holds as 0-shot); the snapshot "
        "left this figure's setting out, so the two read as not comparable"),
    # review 16, P1: the September 2024 version's figures on the May 2024 model's record
    *(ScoreFix("gemini-1.5-pro", benchmark, Decimal(figure), Decimal(figure),
               f"{setting}, {_PRO_002}" if setting else _PRO_002, _GEMINI_2_0, _READ_V,
               _002_TABLE.format(size="Pro", figures=_PRO_002_FIGURES), filed=filed)
      for benchmark, figure, setting, filed in (
          ("mmlu-pro", "75.8", "0-shot CoT", None), ("natural2code", "85.4", None, None),
          ("math", "86.5", None, None), ("hiddenmath", "52.0", None, None),
          ("gpqa-diamond", "59.1", None, "gpqa"), ("mrcr", "82.6", None, None),
          ("mmmu", "65.9", None, None), ("vibe-eval", "53.9", None, None))),
    # ... and Gemini 1.5 Flash's, the same table's "Gemini 1.5 Flash 002" column
    *(ScoreFix("gemini-flash-1.5", benchmark, Decimal(figure), Decimal(figure), _PRO_002,
               _GEMINI_2_0, _READ_V, _002_TABLE.format(size="Flash", figures=_FLASH_002_FIGURES),
               filed=filed)
      for benchmark, figure, filed in (
          ("mmlu-pro", "67.3", None), ("natural2code", "79.8", None), ("math", "77.9", None),
          ("hiddenmath", "47.2", None), ("gpqa-diamond", "51.0", "gpqa"), ("mrcr", "71.9", None),
          ("mmmu", "62.3", None), ("vibe-eval", "48.9", None))),
    *(ScoreFix("gemini-1.5-pro", benchmark, Decimal(figure), Decimal(figure),
               f"{setting}, {_PRO_002}" if setting else _PRO_002, _GEMINI_PRO_PAGE, _READ_V,
               _PRO_002_PAGE)
      for benchmark, figure, setting in (
          ("wmt23", "75.1", None), ("mathvista", "68.1", None), ("fleurs", "6.7", None),
          ("video-mme", "78.6", None), ("xstest", "98.8", "Safety Compliance"))),
    # review 17, P4: ... and Flash's page, the same reading (its 8B figures sit beside them)
    *(ScoreFix("gemini-flash-1.5", benchmark, Decimal(figure), Decimal(figure), _PRO_002,
               _GEMINI_FLASH_PAGE, _READ_V, _FLASH_002_PAGE)
      for benchmark, figure in (("mathvista", "65.8"), ("fleurs", "9.6"), ("video-mme", "76.1"),
                                ("xstest", "97.0"))),
    # dataAE, 4: ... but the page's WMT23 74.1 is the May report's own 1-shot figure
    ScoreFix(
        "gemini-flash-1.5", "wmt23", Decimal("74.1"), Decimal("74.1"), "1-shot",
        "https://arxiv.org/abs/2403.05530", _READ_V,
        "the Gemini 1.5 report (Gemini Team, Google), in its May 2024 revision that introduces "
        "Gemini 1.5 Flash, gives it in its Table 11, row \"WMT23: sentence-level machine "
        "translation (Metric: BLEURT)\": 1.0 Pro 71.7 1-shot (PT), 1.0 Ultra 74.4 1-shot (PT), "
        "1.5 Flash 74.1 1-shot, 1.5 Pro 75.3 1-shot (the report read in a text copy of it kept "
        "in a public repository, on the day). LLMStats cited DeepMind's Gemini Flash page, "
        "whose column of the 002 version's figures gives the same 74.1 (the page is not among "
        "the stored pages; its MathVista 65.8 and FLEURS 9.6 differ from the report's 58.4 and "
        "9.8 for the May model and stay labelled 002): the figure is the May model's first, "
        "this record's, so it takes the report's setting and no version label"),
    # closing note 41's leftover: the HumanEval figure left unlabelled, read in its own table
    ScoreFix(
        "gemini-flash-1.5", "humaneval", Decimal("74.3"), Decimal("74.3"), "0-shot",
        "https://arxiv.org/abs/2403.05530", _READ_V,
        "the Gemini 1.5 report (Gemini Team, Google), in its May 2024 revision that introduces "
        "Gemini 1.5 Flash, gives it in its Table 11 (\"Evaluation results of Gemini 1.5 Pro, "
        "1.5 Flash and Gemini 1.0 models\"), row \"HumanEval chat preamble* (Metric: pass "
        "rate)\": 1.0 Pro 67.7% 0-shot (PT), 1.0 Ultra 74.4% 0-shot (PT), 1.5 Flash 74.3% "
        "0-shot, 1.5 Pro 84.1% 0-shot, the figure the catalog holds for the May 2024 Gemini "
        "1.5 Pro as 0-shot (the report read in a text copy of it kept in a public repository, "
        "on the day). The figure is the May 2024 model's, not the 002 version's, so it takes "
        "no version label; LLMStats cited DeepMind's Gemini Flash page and stored the row's "
        "metric, \"Pass Rate\", as its setting, so a page read it as not comparable with Pro's"),
    # review 19, P2: the December 2024 post's column is 2.0 Flash Experimental's, and its one
    # "GPQA (diamond)" row was filed as plain GPQA beside 1.5 Pro 002's GPQA Diamond
    *(ScoreFix("gemini-2.0-flash", benchmark, Decimal(figure), Decimal(figure), _FLASH_EXP,
               _GEMINI_2_0, _READ_V, _FLASH_EXP_TABLE + said, filed=filed)
      for benchmark, figure, filed, said in (
          ("mmlu-pro", "76.4", None, ""), ("natural2code", "92.9", None, ""),
          ("bird-sql-dev", "56.9", None, ""), ("livecodebench", "35.1", None, ""),
          ("facts-grounding", "83.6", None, ""), ("math", "89.7", None, ""),
          ("hiddenmath", "63.0", None, ""),
          ("gpqa-diamond", "62.1", "gpqa", (
              "; the row is \"GPQA (diamond)\", whose 1.5 Pro 002 figure, 59.1, Gemini 1.5 Pro's "
              "record holds as GPQA Diamond; LLMStats filed this one as plain GPQA")),
          ("mrcr", "69.2", None, ""), ("mmmu", "70.7", None, ""), ("vibe-eval", "56.3", None, ""),
          ("covost2", "39.2", None, ""), ("egoschema", "71.5", None, ""))),
    # dataAE, 1: o3-mini's GPQA Diamond (the GPT-4.1 table, as its MMMLU) had no setting
    ScoreFix(
        "o3-mini", "gpqa-diamond", Decimal("77.2"), Decimal("77.2"),
        "0-shot CoT, high reasoning effort", "https://openai.com/index/gpt-4-1/", _READ_V,
        "OpenAI's GPT-4.1 post gives the figure in its \"OpenAI o3-mini (high)\" column "
        "(LLMStats' copy; review 11's reading of the table); OpenAI's simple-evals README "
        "(github.com/openai/simple-evals, read first-hand on the day) gives it on its "
        "\"o3-mini-high\" row (GPQA 77.2; o3-mini 74.9 at the default effort, \"medium\", "
        "o3-mini-low 67.6) and says its evals are zero-shot with chain of thought. OpenAI's "
        "o3-mini post charts GPQA Diamond by effort too, a separate run: its figures are not "
        "legible in the stored copies (302.ai's summary of the post gives 77.0 at high), so "
        "they are not recorded"),
    # dataAH 3: the same post's other GPQA Diamond figures had no setting either
    *(ScoreFix(
        model, "gpqa-diamond", Decimal(figure), Decimal(figure), "0-shot CoT",
        "https://openai.com/index/gpt-4-1/", _READ_V,
        f"OpenAI's GPT-4.1 post gives the figure on its \"GPQA Diamond\" row (LLMStats' copy); "
        f"OpenAI's simple-evals README (github.com/openai/simple-evals, read first-hand on the "
        f"day) gives {figure} in its GPQA column on the row {row}, and says its evals are "
        f"zero-shot with chain of thought (\"we are emphasizing the zero-shot, chain-of-thought "
        f"setting\"; system message \"You are a helpful assistant.\"){said}",
        filed=filed)
      for model, figure, row, said, filed in (
          ("gpt-4.1", "66.3", "gpt-4.1-2025-04-14", "", None),
          ("gpt-4.1-mini", "65.0", "gpt-4.1-mini-2025-04-14", "", None),
          ("gpt-4.1-nano", "50.3", "gpt-4.1-nano-2025-04-14", "", None),
          ("gpt-4.5", "69.5", "gpt-4.5-preview-2025-02-27", "", None),
          ("gpt-4o-2024-11-20", "46.0", "gpt-4o-2024-11-20",
           "; LLMStats filed it as split-unstated GPQA", "gpqa"))),
    # dataAH 4: DeepSeek's API names carry V4 Flash's figures, no release day (CORRECTIONS)
    *(ScoreFix(
        model, "aider-polyglot", Decimal(read), None, None, "https://aider.chat/docs/leaderboards/",
        _READ_V,
        f"Aider's leaderboard entry of 2025-10-03 (models.dev's) ran DeepSeek's {model} when the "
        f"name served V3.2-Exp, not V4 Flash ({mode}), the model the record's figures and its "
        f"DeepSeek route are now; it was left out as before the record's day (2025-12-01, "
        f"V3.2's) until that day was dropped, and is dropped")
      for model, read, mode in (("deepseek-chat", "70.2", "non-thinking"),
                                ("deepseek-reasoner", "74.2", "thinking"))),
    # review 19, P4: the base model's pretrain figures filed under Mistral Small 3.1 Instruct
    ScoreFix("mistral-small-2503", "triviaqa", Decimal("80.5"), None, None, _SMALL_3_1, _READ_V,
             _SMALL_3_1_BASE + "; the Instruct card gives no TriviaQA, so it is dropped"),
    ScoreFix("mistral-small-2503", "mmmu", Decimal("59.27"), Decimal("64.00"), None, _SMALL_3_2,
             _READ_V,
             _SMALL_3_1_BASE + ". Mistral's card of Mistral-Small-3.2-24B-Instruct-2506 gives "
             "\"Small 3.1 24B Instruct\" MMMU 64.00% in its Vision table (Mathvista 68.91%, "
             "ChartQA 86.24%, DocVQA 94.08%, AI2D 93.72%; no prompt setting stated; read in a "
             "copy of the card's README kept in a public repository, on the day); the 3.1 "
             "Instruct card itself, which the review recalls giving the same 64.00, was not read "
             "first-hand"),
    # review 21, P4: GPT-4's March 2023 figures, filed under the June snapshot
    *(ScoreFix("gpt-4-0613", benchmark, Decimal(figure), None, None, source, _READ_V,
               f"{_MARCH_2023}; moved to gpt-4-0314")
      for benchmark, figure, _, source in _GPT_4_MARCH),
    *(ScoreFix("gpt-4-0314", benchmark, None, Decimal(figure), setting, source, _READ_V,
               f"{_MARCH_2023}; the snapshot had filed it under gpt-4-0613"
               f"{_SETTINGS.get(benchmark, '')}")
      for benchmark, figure, setting, source in _GPT_4_MARCH),
)
"""Score fixes read in a model card's tables, each read on ``checked``."""
