"""Scores filed under a model that another system's run, or an unofficial page, gave (dataDG).

Kept apart from :data:`~._score_fixes.SCORE_FIXES` (near the module limit); each is a
:class:`~._score_fixes.ScoreFix`, applied with the others, said in the score's note (or, for a
dropped figure, the model's notes) and listed in ``docs/data-notes.md``. Three kinds:

- a figure LLMStats filed under o4-mini that is another system's (OpenAI's Deep Research agent
  on BrowseComp) or under a setting no source read confirms (Humanity's Last Exam "no tools"):
  dropped, since no primary page read gives o4-mini's own figure (unknown stays unknown);
- QwQ-32B's GPQA and MATH-500, which rest on qwen-ai.com, a site that is not Qwen's, and equal
  QwQ-32B-Preview's own figures: dropped (Qwen's QwQ-32B post gives neither benchmark);
- Qwen3's "Aider Pass@2", the Aider polyglot benchmark's "Percent correct" (its second try):
  filed as Aider Polyglot, beside the leaderboard's own run, as another evaluation. Its
  "Pass@2" is the measure the leaderboard's "Percent correct" is (``pass_rate_2``), which the
  leaderboard's scores carry with no setting: one setting, so the figure takes none either and
  the page says it as another run of both.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ._score_fixes import ScoreFix

__all__ = ["FOREIGN_SCORES"]

_READ = dt.date(2026, 12, 3)
_O3_POST = "https://openai.com/index/introducing-o3-and-o4-mini/"
_BROWSECOMP = "https://arxiv.org/abs/2504.12516"
_DEEP_RESEARCH = (
    "51.5% is the BrowseComp paper's figure for OpenAI's Deep Research agent (Wei et al., "
    "OpenAI, April 2025: \"Deep Research\" 51.5% against GPT-4o 0.6%, GPT-4o with browsing "
    "1.9%, GPT-4.5 0.9% and OpenAI o1 9.9%; read in copies of the paper, academ.us/article/"
    "2504.12516 and paperium.net's review, on the day), not o4-mini's. LLMStats filed it under "
    "o4-mini as \"with python + browsing\", cited to OpenAI's o3 and o4-mini post, whose "
    "charts are images no stored copy gives as text, so o4-mini's own figure (a reviewer "
    "recalls 28.3%) is not confirmed here: the figure is dropped, not replaced (brief dataDG)")
_HLE_TOOLS = (
    "LLMStats filed 17.7 as o4-mini's Humanity's Last Exam score with no tools, cited to "
    "OpenAI's o3 and o4-mini post, whose charts are images no stored copy gives as text; a "
    "reviewer reading the post recalls o4-mini at 14.28% with no tools and 17.70% with python "
    "and browsing, so the figure reads as the tool-assisted one filed under the no-tools "
    "setting, set against o3's no-tools 20.32. No primary page read confirms either setting, "
    "so the figure is dropped, not relabelled (brief dataDG)")
_QWQ_POST = "https://qwenlm.github.io/blog/qwq-32b/"
_QWQ_WHY = (
    "LLMStats cites {figure} to qwen-ai.com/qwq-32b, a site that is not Qwen's (Qwen's pages "
    "are qwenlm.github.io, qwen.ai and its Hugging Face and ModelScope repositories), and the "
    "figure equals QwQ-32B-Preview's own, cited to Qwen's QwQ-32B-Preview post (GPQA 65.2, "
    "MATH-500 90.6). Qwen's QwQ-32B post (2025-03-06, stored here) compares the model on "
    "AIME24, LiveCodeBench, LiveBench, IFEval and BFCL only (accounts of its table read on "
    "the day agree: AIME24 79.5, LiveCodeBench 63.4, LiveBench 73.1, IFEval 83.9, BFCL 66.4), "
    "and Qwen's Qwen3 post, comparing Qwen3-30B-A3B with QwQ-32B, gives it GPQA 65.6, not "
    "65.2, and no MATH-500 (its table read in a transcription kept in a public repository; "
    "not added here, its split and setting unstated), so the figure is dropped (brief dataDG)")
_QWEN3_POST = "https://qwenlm.github.io/blog/qwen3/"
_AIDER_WHY = (
    "Qwen's Qwen3 post names the row \"Aider Pass@2\", and its other columns are the Aider "
    "polyglot leaderboard's figures: OpenAI-o1 2024-12-17 61.7, DeepSeek-R1 56.9, Grok 3 Beta "
    "53.3, Gemini 2.5 Pro 72.9, o3-mini (medium) 53.8 (the post's table read in a "
    "transcription kept in a public repository; the leaderboard's data, "
    "aider/website/_data/polyglot_leaderboard.yml in github.com/Aider-AI/aider, gives the "
    "same five as pass_rate_2), the leaderboard's \"Percent correct\", the share of the 225 "
    "exercises whose tests pass once the model has had a second try with the test errors. "
    "LLMStats filed it as \"Aider\", a benchmark apart, so the page showed one benchmark as "
    "two; it is Aider Polyglot, run by Qwen, another evaluation than the leaderboard's "
    "{leaderboard}. Qwen's \"Pass@2\" names the measure the leaderboard's \"Percent "
    "correct\" is, which the leaderboard's scores here carry with no setting, so the figure "
    "takes none either: one setting, two evaluations (brief dataDG)")

FOREIGN_SCORES: tuple[ScoreFix, ...] = (
    ScoreFix("o4-mini", "browsecomp", Decimal("51.5"), None, None, _BROWSECOMP, _READ,
             _DEEP_RESEARCH),
    ScoreFix("o4-mini", "humanity-s-last-exam", Decimal("17.7"), None, None, _O3_POST, _READ,
             _HLE_TOOLS),
    *(ScoreFix("qwq-32b", benchmark, Decimal(read), None, None, _QWQ_POST, _READ,
               _QWQ_WHY.format(figure=f"{name} {read}"))
      for benchmark, name, read in (("gpqa", "GPQA", "65.2"), ("math-500", "MATH-500", "90.6"))),
    *(ScoreFix(model, "aider-polyglot", Decimal(read), Decimal(read), None, _QWEN3_POST,
               _READ, _AIDER_WHY.format(leaderboard=leaderboard), filed="aider")
      for model, read, leaderboard in (
          ("qwen3-235b-a22b", "61.8", "59.6 (\"diff, no think, Alibaba API\")"),
          ("qwen3-32b", "50.2", "40.0"))),
)
"""The score fixes of brief dataDG, each read at its source on ``checked``."""
