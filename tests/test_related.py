"""Related comparisons: neighbours in rounds, none of them a model compared or its namesake."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from phicompare import Catalog, Model, compare, default_catalog
from phicompare.analysis.related import RELATED_LIMIT, kinship, model_line, related
from phicompare.domain.names import normalize_name

from .helpers import curated_ids

DAY = dt.date(2026, 12, 3)


def test_no_suggestion_is_a_model_compared_or_bears_its_name() -> None:
    """Every curated pair: neighbours that are the other model, or share a name, are left out."""
    catalog = default_catalog()
    filtered = 0
    for a, b in itertools.combinations(curated_ids(), 2):
        models = [catalog.model(a), catalog.model(b)]
        kin = [kinship(m, catalog, DAY) for m in models]
        found = related(models, kin)
        names = {normalize_name(m.name) for m in models}
        assert len(found) <= RELATED_LIMIT
        for r in found:
            assert r.models[0] in (a, b)
            assert r.models[1] not in (a, b)
            assert normalize_name(r.names[1]) not in names
        filtered += any(b in k.others or a in k.others or not names.isdisjoint(k.names)
                        for k in kin)
    assert filtered  # some pair had a neighbour to leave out


def test_a_model_without_neighbours_suggests_nothing() -> None:
    """Models the catalog does not hold have no kin, so no related comparisons."""
    models = [Model(id="x-1", name="X 1"), Model(id="y-1", name="Y 1")]
    assert related(models, [kinship(m, default_catalog(), DAY) for m in models]) == ()


def test_no_models_have_no_related_comparisons() -> None:
    assert related([], []) == ()


def test_no_suggestion_is_a_variant_of_a_compared_models_line() -> None:
    """Review 4: "Kimi K2 Instruct vs Kimi K2 0711" (the same model, dated) and both "Claude
    Sonnet 3.5" and "Claude Sonnet 3.5 v2" on one page."""
    catalog = default_catalog()
    for ids in (("deepseek-v3.2", "kimi-k2", "qwen3-235b-a22b-2507"),
                ("claude-sonnet-4-5", "gemini-2.5-pro", "gpt-4.1")):
        models = [catalog.model(i) for i in ids]
        found = related(models, [kinship(m, catalog, DAY) for m in models])
        lines = [model_line(r.names[1]) for r in found]
        assert len(lines) == len(set(lines)), lines
        assert not {model_line(m.name) for m in models} & set(lines)
        assert "Kimi K2 0711" not in {r.names[1] for r in found}


def _neighbours(model_id: str, catalog: Catalog) -> dict[str, str]:
    return {other: why for other, _, why in catalog.neighbour_names(model_id, limit=10)}


def test_an_unknown_family_is_not_another_family() -> None:
    """Review 8, G19: a model whose family is not sourced is a similar-size peer, not "another
    family"; a known, different family still reads so."""
    catalog = Catalog(models=(
        Model(id="qwen-a-32b", name="Qwen A 32B", vendor="Alibaba", family="qwen",
              parameters_b=Decimal(32)),
        Model(id="qwq-preview", name="QwQ Preview", vendor="Alibaba", parameters_b=Decimal(32)),
        Model(id="llama-b-30b", name="Llama B 30B", vendor="Meta", family="llama",
              parameters_b=Decimal(30)),
    ))
    assert _neighbours("qwen-a-32b", catalog) == {"qwq-preview": "similar-size",
                                                  "llama-b-30b": "same-size-class"}
    assert _neighbours("qwq-preview", catalog) == {"qwen-a-32b": "similar-size",
                                                   "llama-b-30b": "similar-size"}
    c = compare("qwen3-32b", "deepseek-r1-0528")
    lines = [claim.text for claim in c.narrative.related]
    assert not [t for t in lines if "QwQ 32B Preview" in t and "another family" in t]
    assert c.check() == []


def test_same_family_needs_the_name_to_carry_the_family() -> None:
    """Review 8, G19: a listing's "o-mini" tag on GPT Audio Mini made it o4-mini's "same
    family"; a family tag counts only where the model's name or id carries its first word."""
    catalog = Catalog(models=(
        Model(id="o4-mini", name="o4-mini", vendor="OpenAI", family="o-mini"),
        Model(id="o3-mini", name="o3-mini", vendor="OpenAI", family="o-mini"),
        Model(id="gpt-audio-mini", name="GPT Audio Mini", vendor="OpenAI", family="o-mini"),
    ))
    assert _neighbours("o4-mini", catalog) == {"o3-mini": "same-family"}
    assert _neighbours("gpt-audio-mini", catalog) == {}
    c = compare("deepseek-r1", "o4-mini", "qwen3-235b-a22b-thinking-2507")
    assert "o4-mini vs GPT Audio Mini (same family)." not in [t.text for t in c.narrative.related]


def _zeta(model_id: str, name: str, size: int | None = None) -> Model:
    return Model(id=model_id, name=name, vendor="Zeta Labs", family="zeta",
                 parameters_b=None if size is None else Decimal(size))


_ZETA = Catalog(models=(
    _zeta("zeta-2-72b-instruct", "Zeta2 72B Instruct", 72),
    _zeta("zeta-2-7b-vision-instruct", "Zeta 2 7B Vision Instruct"),
    _zeta("zeta-3-30b", "Zeta3-30B-A3B"),  # a second record of zeta3-30b-a3b: its id as a name
    _zeta("zeta3-30b-a3b", "Zeta3 30B A3B", 30),
    _zeta("zeta-flash", "Zeta Flash"),
    _zeta("zeta-max", "Zeta Max"),
    _zeta("zeta3-max", "Zeta3 Max"),
    _zeta("zeta3-max-2026-01-23", "Zeta3 Max"),  # one model, two records
    _zeta("zeta3-max-preview", "Zeta3 Max Preview"),
    _zeta("zeta3.7-max", "Zeta3.7 Max"),
    _zeta("zeta3-max-thinking", "Zeta3 Max Thinking"),
    _zeta("zeta3-omni-flash", "Zeta3-Omni Flash"),
    _zeta("zeta3-omni-flash-realtime", "Zeta3-Omni Flash Realtime"),
    _zeta("zeta3-coder-flash", "Zeta3 Coder Flash"),
    _zeta("zeta3.5-flash", "Zeta3.5 Flash"),
    _zeta("zeta3.5-plus", "Zeta3.5 Plus"),
))


def _kin(model_id: str, catalog: Catalog = _ZETA) -> tuple[str, ...]:
    return tuple(other for other, _, why in catalog.neighbour_names(model_id)
                 if why == "same-family")


def test_unknown_size_kin_are_the_nearest_names() -> None:
    """Review 9, H19: a model of unknown size was given its family's first three ids (Qwen3 Max
    vs Qwen 2.5 7B Vision Instruct); its kin are now the names sharing most words with its own
    (the generation among them), then those with fewest words of their own; a variant of its
    own name ("Zeta3 Max Preview") after the others."""
    assert _kin("zeta3-max")[:2] == ("zeta-max", "zeta3.7-max")
    assert _kin("zeta3-omni-flash")[:2] == ("zeta3-coder-flash", "zeta-flash")
    assert _kin("zeta3.5-flash")[:2] == ("zeta-flash", "zeta3.5-plus")
    assert not {"zeta3-max-preview", "zeta3-max-thinking"} & set(_kin("zeta3-max"))
    unknown = [m.id for m in _ZETA if m.parameters_b is None
               and m.id not in ("zeta-3-30b", "zeta3-max-2026-01-23")]  # (the second records)
    assert len({_kin(m) for m in unknown}) == len(unknown)  # never one three for the family


def test_no_kin_is_a_duplicate_record() -> None:
    """Review 9, H19: ``qwen-3-30b`` (named after ``qwen3-30b-a3b``'s id) was suggested as a
    model of its own; a record bearing another record's name, or the model's, is no neighbour."""
    for model in _ZETA:
        found = _ZETA.neighbour_names(model.id, limit=20)
        assert "zeta-3-30b" not in {other for other, _, _ in found}, model.id
        names = [normalize_name(name) for _, name, _ in found]
        assert normalize_name(model.name) not in names, model.id
        assert len(names) == len(set(names)), model.id
    # a model of unknown size has no size peers: its kin are "same-family" only
    assert {why for _, _, why in _ZETA.neighbour_names("zeta3-max", limit=20)} == {"same-family"}


def test_qwen_pages_of_unknown_size_suggest_their_own_kin() -> None:
    """Review 9, H19's repros: not the same three alphabetically first Qwen ids on every page."""
    pages = [compare("qwen3-max", "qwen3-coder-480b-a35b-instruct-int4-mixed-ar"),
             compare("qwen3-omni-flash", "qwen3.5-flash")]
    partners = []
    for c in pages:
        found = [r.models[1] for r in c.related]
        assert found, [m.id for m in c.models]
        assert "qwen-3-30b" not in found
        assert c.check() == []
        partners.append(frozenset(found))
    assert partners[0] != partners[1]
    assert "qwen-2.5-7b-vision-instruct" not in partners[0] | partners[1]


def test_a_model_whose_nearest_kin_are_its_own_snapshots_still_gets_related_pages() -> None:
    """Review 28, P6: GPT-4o (2024-11-20)'s three neighbours were GPT-4o's snapshots, each
    left out as a variant of its line, so its page suggested nothing for it."""
    from phicompare import compare
    from phicompare.analysis.related import model_line

    c = compare("gpt-4o-2024-11-20", "gemini-2.5-pro")
    mine = [r for r in c.related if "gpt-4o-2024-11-20" in r.models]
    assert mine, c.related
    assert all(model_line(r.names[1]) != model_line("GPT-4o (2024-11-20)") for r in mine)
    assert c.check() == []


def test_a_model_line_runs_its_patterns_only_where_a_name_can_end_so() -> None:
    """A name whose end holds no note, date, number or variant reads as its patterns read it.

    (:func:`model_line` runs them only where the name's last letter can end a match: every
    curated name and id, and the suffixes each pattern knows, read as the patterns alone read
    them.)
    """
    from phicompare.analysis.related import _NOTED, _VARIANT

    def by_patterns(name: str) -> str:
        return _VARIANT.sub("", normalize_name(_NOTED.sub("", name.strip())))

    names = [n for m in default_catalog() if m.id in set(curated_ids()) for n in (m.name, m.id)]
    names += ["Phi-3 Mini 128K", "GPT-4o (2024-08-06) ", "Claude Sonnet 3.5 v2", "Kimi K2 Instruct",
              "Foo 0125\n", "a-128k-instruct", "instruct", "Model ٣٤٥", "", " ", "X (a) (b)"]
    assert [model_line(n) for n in names] == [by_patterns(n) for n in names]
