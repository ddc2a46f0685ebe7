"""A maker's own table of its models scores them alike, settings stated or not (review 7, F2).

Review 7's F2 made "scored alike" need a setting on record, or one harness both name: a
leaderboard's entries may differ in what the entry's name carries (32K thinking tokens). A
vendor's table of its own models is one party's runs, as the vendor states them: GPT-4.1 beside
GPT-4.1 nano on OpenAI's page still compares directly. A rival's figure on that page does not.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import Benchmark, BenchmarkScore, Catalog, Model, compare
from phicompare.domain.settings import Match, makers_table, match

TABLE = "https://vendor.example/launch"


def _score(value: str, *, own: bool | None, source: str = TABLE) -> BenchmarkScore:
    return BenchmarkScore(benchmark="mmmu", score=Decimal(value), source=source,
                          self_reported=own)


def _catalog(a: BenchmarkScore, b: BenchmarkScore, vendor_b: str = "v") -> Catalog:
    return Catalog(
        models=(Model(id="a", name="A", vendor="v", scores=(a,)),
                Model(id="b", name="B", vendor=vendor_b, scores=(b,))),
        benchmarks=(Benchmark(id="mmmu", name="MMMU", items=900),))


def _pair(catalog: Catalog) -> tuple[bool, str | None]:
    gap = compare("a", "b", catalog=catalog).benchmarks[0].pairs[0]
    return gap.comparable, gap.reason


def test_a_makers_own_table_compares_its_models_directly() -> None:
    assert _pair(_catalog(_score("74.8", own=True), _score("55.4", own=True))) == (True, None)


def test_a_rivals_figure_or_a_leaderboards_entries_are_not_on_record_as_alike() -> None:
    rival = _catalog(_score("74.8", own=True), _score("55.4", own=False), vendor_b="w")
    assert _pair(rival) == (False, "settings not on record")
    board = _catalog(_score("74.8", own=None), _score("55.4", own=None))
    assert _pair(board) == (False, "settings not on record")


def test_the_rule_is_the_one_match_reads() -> None:
    own = _score("1", own=True)
    assert makers_table(own, own, ("v", "v"))
    assert not makers_table(own, _score("1", own=True, source="https://elsewhere"), ("v", "v"))
    assert match(("", None), ("", None), makers_table=True) is Match.ALIKE
    assert match(("5 shot", None), ("", None), makers_table=True) is Match.SETTINGS_DIFFER
