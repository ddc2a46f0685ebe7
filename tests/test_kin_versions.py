"""Kin as near by name are ordered by the nearest version, then the nearest release date.

Review 26, P6: every "GPT-x" and "Claude Opus x" name shared no word with GPT-5.5's or Opus
4.8's, so all were as near, and the tie fell to id order: GPT-5.5 was sent to GPT-4 and Opus
4.8 to Opus 3, both retired, never to GPT-5.4 or Opus 4.7.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from phicompare import Catalog, Model, compare, default_catalog
from phicompare.catalog.kin import version_of
from phicompare.cli.main import main


def _kin(catalog: Catalog, model_id: str, limit: int = 3) -> list[str]:
    return [other for other, _, why in catalog.neighbour_names(model_id, limit)
            if why == "same-family"]


def test_the_newest_models_are_sent_to_their_nearest_versions() -> None:
    catalog = default_catalog()
    assert _kin(catalog, "gpt-5.5") == ["gpt-5.4", "gpt-5.2", "gpt-5.1"]
    assert _kin(catalog, "claude-opus-4-8") == [
        "claude-opus-4-7", "claude-opus-4-6", "claude-opus-4-5"]
    page = compare("gpt-5.5", "claude-opus-4-8")
    assert [r.models for r in page.related][:2] == [
        ("gpt-5.5", "gpt-5.4"), ("claude-opus-4-8", "claude-opus-4-7")]
    suggested = {r.models[1] for r in page.related}
    assert not suggested & {"gpt-4", "gpt-4.1", "gpt-4o", "claude-3-opus", "claude-opus-4-0"}
    assert page.check() == []


def test_the_same_model_twice_suggests_its_nearest_versions(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI's hint reads the same order: GPT-5's is GPT-5.1 and GPT-5.2, not GPT-4."""
    assert main(["gpt-5", "gpt-5"], out=io.StringIO()) == 2
    assert capsys.readouterr().err.strip().endswith(
        "compare it with another, such as 'gpt-5.1' or 'gpt-5.2'")


def _acme(model_id: str, name: str, released: str | None = None,
          family: str = "acme") -> Model:
    return Model(id=model_id, name=name, family=family, vendor="Acme",
                 released=None if released is None else dt.date.fromisoformat(released))


_ACME = (
    _acme("acme-4", "Acme 4", "2023-03-14"),
    _acme("acme-4.1", "Acme 4.1", "2025-04-14"),
    _acme("acme-4o", "Acme 4o", "2024-05-13"),
    _acme("acme-5", "Acme 5"),  # no date on record
    _acme("acme-5.4", "Acme 5.4", "2026-03-05"),
    _acme("acme-5.5", "Acme 5.5", "2026-04-23"),
    _acme("acme-6", "Acme 6", "2026-06-01"),
    _acme("acme-audio", "Acme Audio", "2026-04-20"),  # no version: after every versioned name
    _acme("acme-5.5-pro", "Acme 5.5 Pro", "2026-04-23"),  # a variant of 5.5's name: last
)


def test_versions_then_release_dates_break_ties_of_name() -> None:
    """Each of these names shares no word with another's (the variant aside): only the version
    and the date tell them apart, and the order does not depend on the catalog's."""
    catalog = Catalog(models=_ACME)
    # 5.4 is 0.1 away; 6 and 5 both 0.5, 6's date known and 5's not; 4o and 4 both 1.5, 4o
    # released nearer 5.5's day
    assert _kin(catalog, "acme-5.5", limit=20) == [
        "acme-5.4", "acme-6", "acme-5", "acme-4.1", "acme-4o", "acme-4", "acme-audio",
        "acme-5.5-pro"]
    assert _kin(catalog, "acme-4.1") == ["acme-4o", "acme-4", "acme-5"]
    # a model of no known date: its kin one version away from it in id order (4, 4o, 6)
    assert _kin(catalog, "acme-5", limit=6) == [
        "acme-5.4", "acme-5.5", "acme-4.1", "acme-4", "acme-4o", "acme-6"]
    assert _kin(Catalog(models=_ACME[::-1]), "acme-5.5", limit=20) == _kin(
        catalog, "acme-5.5", limit=20)


def test_a_family_without_version_numbers_keeps_its_name_order() -> None:
    """Names bearing no version keep their kin in name order, then id order, whatever the dates:
    Nova Pro's kin, each sharing no word with it, are not reordered by release date."""
    nova = Catalog(models=(
        _acme("nova-lite", "Nova Lite", "2026-01-01", "nova"),
        _acme("nova-micro", "Nova Micro", "2024-12-03", "nova"),
        _acme("nova-premier", "Nova Premier", "2024-12-02", "nova"),
        _acme("nova-pro", "Nova Pro", "2024-12-03", "nova"),
        _acme("nova-pro-vision", "Nova Pro Vision", "2024-12-03", "nova"),
    ))
    assert _kin(nova, "nova-pro", limit=4) == [
        "nova-lite", "nova-micro", "nova-premier", "nova-pro-vision"]
    assert _kin(nova, "nova-micro", limit=4) == [
        "nova-lite", "nova-premier", "nova-pro", "nova-pro-vision"]


def test_a_version_is_a_number_a_name_bears_not_a_size_or_a_date() -> None:
    assert version_of("GPT-5.5", frozenset({"gpt"})) == Decimal("5.5")
    assert version_of("Claude Opus 4.8", frozenset({"claude", "opus"})) == Decimal("4.8")
    assert version_of("Qwen3.5-122B", frozenset({"qwen"})) == Decimal("3.5")
    assert version_of("Kimi K2.6 Turbo") == Decimal("2.6")
    assert version_of("DeepSeek V3.1 Terminus") == Decimal("3.1")
    assert version_of("Nemotron Nano 9B v2") == Decimal("2")  # a size is passed over
    assert version_of("Mistral Large 2407") is None  # a snapshot is no version
    assert version_of("Qwen Turbo 2025-04-28") is None  # nor a date's parts
    assert version_of("Ministral 8B") is None
    assert version_of("Gemini Flash Latest") is None


def test_the_index_carries_each_models_release_date() -> None:
    """The bundled catalog orders kin from its index rows: they hold the dates the models do."""
    catalog = default_catalog()
    assert catalog.shelf is not None
    rows = {row.id: row for row in catalog.shelf.rows}
    for model_id in ("gpt-5.4", "claude-opus-4-7", "gpt-3.5-turbo-16k"):
        assert rows[model_id].released == catalog.model(model_id).released
    assert rows["gpt-5.4"].released == dt.date(2026, 3, 5)
