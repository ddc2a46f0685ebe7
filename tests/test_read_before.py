"""Scores read before their model's release, and the release dates that rule reads (review 5)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Model, default_catalog
from phicompare.domain.records import BenchmarkScore
from phicompare.importers._read_before import SOURCE_DATES, line, read_before_release, read_on

_D = dt.date


def _score(bench: str, checked: _D, source: str = "https://x.test", note: str | None = None
           ) -> BenchmarkScore:
    return BenchmarkScore(benchmark=bench, score=Decimal("83.0"), source=source,
                          checked=checked, note=note)


def _model(model_id: str, released: _D | None, *scores: BenchmarkScore) -> Model:
    return Model(id=model_id, name=model_id, released=released, scores=scores)


def test_a_score_read_before_release_goes_to_the_newest_snapshot_of_that_day() -> None:
    """The GA model's score read 2025-05-22 goes to the 05-06 preview, not the 03-25 one nor
    the 06-05 one (released after it was read); the GA model keeps its later scores."""
    ga = _model("g-2.5-pro", _D(2025, 6, 17), _score("gpqa", _D(2025, 5, 22)),
                _score("scicode", _D(2026, 7, 2)))
    models = [ga, _model("g-2.5-pro-preview-03-25", _D(2025, 3, 25)),
              _model("g-2.5-pro-preview-05-06", _D(2025, 5, 6)),
              _model("g-2.5-pro-preview-06-05", _D(2025, 6, 5)),
              _model("g-2.5-pro-preview-05-06-thinking", _D(2025, 5, 6))]
    out, lines = read_before_release(models)
    assert [[s.benchmark for s in m.scores] for m in out] == [["scicode"], [], ["gpqa"], [], []]
    assert out[2].scores[0].note == ("filed under g-2.5-pro by its source, read 2025-05-22 "
                                     "before its release")
    assert len(lines) == 1
    assert lines[0].startswith("g-2.5-pro -> g-2.5-pro-preview-05-06: ")


def test_a_known_publication_day_moves_a_score_read_later() -> None:
    """A page published before the model (hello-gpt-4o, 2024-05-13) moves the score though it
    was read after; the dated snapshot wins over the moving name released the same day."""
    page = "https://openai.com/index/hello-gpt-4o/"
    assert read_on(_score("ai2d", _D(2025, 5, 22), page)) == SOURCE_DATES[page][0]
    models = [_model("gpt-4o-2024-08-06", _D(2024, 8, 6), _score("ai2d", _D(2025, 5, 22), page)),
              _model("gpt-4o", _D(2024, 5, 13)), _model("gpt-4o-2024-05-13", _D(2024, 5, 13))]
    out, _ = read_before_release(models)
    assert [len(m.scores) for m in out] == [0, 0, 1]
    led = _model("m", _D(2025, 6, 17), _score("aider", _D(2026, 7, 2), note="dated 2025-05-25"))
    assert read_on(led.scores[0]) == _D(2025, 5, 25)


def test_a_score_with_no_single_earlier_snapshot_is_dropped_and_said() -> None:
    """No earlier snapshot, or two of one day: the score is dropped, with the reason."""
    alone = _model("deepseek-chat", _D(2025, 12, 1), _score("aider", _D(2025, 10, 3)))
    out, lines = read_before_release([alone])
    assert out[0].scores == ()
    assert "no earlier snapshot of it is in the catalog" in lines[0]
    twins = [_model("x-pro", _D(2025, 6, 17), _score("gpqa", _D(2025, 5, 22))),
             _model("x-pro-preview-03-25", _D(2025, 3, 25)),
             _model("x-pro-exp-03-25", _D(2025, 3, 25))]
    out, lines = read_before_release(twins)
    assert [len(m.scores) for m in out] == [0, 0, 0]
    assert "2 snapshots came on 2025-03-25" in lines[0]


def test_unknown_dates_and_later_reads_keep_their_scores() -> None:
    """No release date, a score with no day, or one read on or after release: kept as is."""
    models = [_model("a", None, _score("gpqa", _D(2020, 1, 1))),
              _model("b", _D(2025, 1, 1), BenchmarkScore(benchmark="gpqa", score=Decimal(1))),
              _model("c", _D(2025, 1, 1), _score("gpqa", _D(2025, 1, 1)))]
    out, lines = read_before_release(models)
    assert out == models
    assert lines == []


def test_a_moved_score_the_snapshot_already_has_is_not_doubled() -> None:
    """The same figure under both snapshots stays once, on the earlier one."""
    score = _score("gpqa", _D(2025, 5, 22))
    out, _ = read_before_release([_model("m", _D(2025, 6, 17), score),
                                  _model("m-preview-05-06", _D(2025, 5, 6), score)])
    assert [len(m.scores) for m in out] == [0, 1]


def test_model_lines_join_snapshots_and_keep_variants_apart() -> None:
    """Dates and preview words go; thinking variants and Qwen's YYMM releases stay apart."""
    assert line("claude-3.5-sonnet") == line("claude-3-5-sonnet-20240620")
    assert line("gemini-2.5-flash-preview-09-2025") == line("gemini-2.5-flash")
    assert line("gemini-2.5-flash-preview-05-20-thinking") != line("gemini-2.5-flash")
    assert line("qwen3-235b-a22b-2507") != line("qwen3-235b-a22b")


def test_no_bundled_score_was_read_before_its_model_existed() -> None:
    """Every score of the bundled catalog was read (or published) on or after its model's
    release (review 5, H3, H4, H6)."""
    early = [(m.id, s.benchmark) for m in default_catalog().models if m.released
             for s in m.scores if (day := read_on(s)) is not None and day < m.released]
    assert early == []


def test_bundled_preview_and_first_snapshot_scores_sit_on_their_own_snapshots() -> None:
    """Gemini 2.5 Pro's 05-22 figures are the 05-06 preview's (H3), the June addendum's are
    Claude 3.5 Sonnet's (H4), Hello GPT-4o's are the May GPT-4o's (H6)."""
    catalog = default_catalog()

    def scores(model_id: str) -> dict[str, Decimal]:
        return {s.benchmark: s.score for s in catalog.model(model_id).scores}

    assert scores("gemini-2.5-pro-preview-05-06")["gpqa"] == Decimal("83.0")
    assert "gpqa" not in scores("gemini-2.5-pro")
    assert scores("gemini-2.5-flash-preview-05-20")["swe-bench-verified"] == Decimal("60.4")
    # the GA model holds the Gemini 2.5 report's own figure (single attempt), not the preview's
    assert scores("gemini-2.5-flash")["swe-bench-verified"] == Decimal("48.9")
    assert scores("claude-3-5-sonnet-20240620")["mmmu"] == Decimal("68.3")
    assert "mmmu" not in scores("claude-3-5-sonnet-20241022")
    assert scores("gpt-4o-2024-05-13")["ai2d"] == Decimal("94.2")
    assert "ai2d" not in scores("gpt-4o-2024-08-06")


def test_bundled_release_dates_follow_the_labs_posts() -> None:
    """Gemini 2.0 Flash-Lite (2025-02-05) came no earlier than 2.0 Flash, generally available the
    same day (review 19, P2; 2024-12-11 was 2.0 Flash Experimental's); QwQ-32B-Preview
    (2024-11-28) before QwQ-32B (2025-03-06): review 5, H1."""
    catalog = default_catalog()
    lite = catalog.model("gemini-2.0-flash-lite")
    assert lite.released == _D(2025, 2, 5)
    assert lite.released == catalog.model("gemini-2.0-flash").released
    preview, qwq = catalog.model("qwq-32b-preview"), catalog.model("qwq-32b")
    assert (preview.released, qwq.released) == (_D(2024, 11, 28), _D(2025, 3, 6))
    assert "https://qwenlm.github.io/blog/qwq-32b/" in qwq.sources


def test_bundled_release_dates_are_the_release_not_a_preview_or_snapshot_id() -> None:
    """o3-mini's release, not its preview; Claude 3 Opus's and 3.7 Sonnet's launch days, not
    their snapshot ids' dates; Mistral NeMo's day, not a first of the month; DeepSeek-V2.5's,
    not DeepSeek-V2's (review 5, data identity and dates)."""
    catalog = default_catalog()
    assert {model_id: catalog.model(model_id).released for model_id in (
        "o3-mini", "claude-3-opus", "claude-3-7-sonnet-20250219", "mistral-nemo",
        "deepseek-v2.5")} == {
        "o3-mini": _D(2025, 1, 31), "claude-3-opus": _D(2024, 3, 4),
        "claude-3-7-sonnet-20250219": _D(2025, 2, 24), "mistral-nemo": _D(2024, 7, 18),
        "deepseek-v2.5": _D(2024, 9, 5)}


def test_deepseek_v3_2_fast_is_released_with_deepseek_v3_2() -> None:
    """Brief data3, S4: Nebius's fast flavour of DeepSeek-V3.2 gave 2025-01-27, before even
    V3.2-Exp (2025-09-29); the weights it serves came out on 2025-12-01. Brief data7: the
    flavour is a Nebius route of DeepSeek V3.2, whose release date it shares."""
    fast = default_catalog().model("deepseek-v3.2-fast")
    assert (fast.id, fast.released) == ("deepseek-v3.2", _D(2025, 12, 1))
