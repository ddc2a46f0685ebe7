"""Look-alike names (brief dataCG): Cyrillic and Greek letters drawn as Latin ones, and widths.

``alike_key`` read names after Unicode NFKC, which keeps Cyrillic and Greek letters apart from
the Latin ones they are drawn like: a user's file naming "\u0440hi-2" (a Cyrillic ``р``) loaded
beside the bundled ``phi-2`` unseen. And a model built in Python took aliases a file is refused:
``("phi-2", "ｐｈｉ-2")``, two forms of one name. A catalog built in Python took two models that
one name names (brief fixDE): ``Catalog(models=...)`` with ``phi-2`` and "\u0440hi-2", or a
model's id that another model's alias writes alike; a lookup then found the first, unsaid.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from phicompare import Catalog, Model, default_catalog, load_catalog
from phicompare.catalog.loader import validate_paths
from phicompare.domain.names import alike_key
from phicompare.domain.rules import KeyValueError
from phicompare.exceptions import CatalogError

CYRILLIC_PHI = "\u0440hi-2"  # Cyrillic small er, then Latin "hi-2"
GREEK_GPT = "GP\u03a4-4\u03bf"  # Greek capital tau, Greek small omicron
ALIKE = ("once case, spaces, dashes, underscores, character widths and look-alike letters are "
         "ignored")


@pytest.mark.parametrize(("name", "key"), [
    (CYRILLIC_PHI, "phi2"), (GREEK_GPT, "gpt4o"),
    ("\u0421\u041e\u0420\u0415", "cope"),  # Cyrillic capitals С О Р Е
    ("\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0458\u0455", "aeopcxyijs"),
    ("\u03bf\u03b1\u03c1\u03bd", "oapv"),
    ("ｐｈｉ-２", "phi2"), ("Phi_2", "phi2"),
])
def test_look_alike_letters_read_as_the_latin_ones(name: str, key: str) -> None:
    assert alike_key(name) == key


@pytest.mark.parametrize("name", ["\u0432", "\u0434\u0436", "\u03bb", "\u03b9", "\u043f\u0438"])
def test_letters_drawn_apart_stay_apart(name: str) -> None:
    """Cyrillic в, д, ж, п, и and Greek λ, ι look like no Latin letter: they are kept."""
    assert alike_key(name) == name


def _refused(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    listed = validate_paths(path, bundled=True)
    with pytest.raises(CatalogError) as caught:
        load_catalog(path, bundled=True)
    assert [str(p) for p in listed] == [str(p) for p in caught.value.problems]
    return [f"{p.path}: {p.message}" for p in listed]


def test_a_cyrillic_look_alike_id_of_a_bundled_one_is_refused(tmp_path: Path) -> None:
    [problem] = _refused(tmp_path, f'[[models]]\nid = "{CYRILLIC_PHI}"\nname = "Mine"\n')
    assert problem.startswith("models[0].id: names the same model as id 'phi-2' "
                              f"(data/models/phi-2.toml: models[0].id) {ALIKE}")


def test_a_greek_look_alike_alias_of_a_bundled_id_is_refused(tmp_path: Path) -> None:
    [problem] = _refused(tmp_path, '[[models]]\nid = "mine"\nname = "Mine"\n'
                                   f'aliases = ["{GREEK_GPT}"]\n')
    assert problem.startswith("models[0].aliases[0]: already the id of bundled model 'gpt-4o'")


def test_a_cyrillic_look_alike_provider_id_is_refused(tmp_path: Path) -> None:
    [problem] = _refused(tmp_path, '[[providers]]\nid = "\u0430zure-foundry"\nname = "Mine"\n')
    assert problem.startswith("providers[0].id: names the same provider as id 'azure-foundry'")


@pytest.mark.parametrize(("aliases", "shown"), [
    (("phi-2", "ｐｈｉ-2"), "'ｐｈｉ-2'"),
    (("phi-2", CYRILLIC_PHI), repr(CYRILLIC_PHI)),
    (("my-ft", "foo", "Foo_"), "'Foo_'"),
])
def test_a_model_built_in_python_refuses_an_alias_listed_twice(aliases: tuple[str, ...],
                                                               shown: str) -> None:
    with pytest.raises(KeyValueError) as caught:
        Model(id="mine", name="Mine", aliases=aliases)
    index = len(aliases) - 1
    detail = f"listed already as aliases[{index - 1}] ({ALIKE}); list each alias once"
    assert str(caught.value) == f"aliases[{index}] = {shown}: {detail}"
    assert (caught.value.key, caught.value.index, caught.value.detail) == ("aliases", index,
                                                                           detail)


def test_a_file_refuses_the_same_aliases_once_at_the_record_s_path(tmp_path: Path) -> None:
    [problem] = _refused(tmp_path, '[[models]]\nid = "mine"\nname = "Mine"\n'
                                   'aliases = ["my-ft", "ｍｙ＿ｆｔ"]\n')
    assert problem == (f"models[0].aliases[1]: listed already as models[0].aliases[0] ({ALIKE}); "
                       "list each alias once")


def test_distinct_aliases_built_in_python_still_stand() -> None:
    model = Model(id="mine", name="Mine", aliases=("phi-2-ft", "\u0432-2", "mine v2"))
    assert model.aliases == ("phi-2-ft", "\u0432-2", "mine v2")


def _phi(model_id: str = "phi-2", aliases: tuple[str, ...] = ()) -> Model:
    return Model(id=model_id, name="Phi-2", aliases=aliases)


@pytest.mark.parametrize("twin", ["phi-2", CYRILLIC_PHI, "ｐｈｉ-２", "PHI_2", "p\u04bai-2"])
def test_a_catalog_built_in_python_refuses_two_ids_alike(twin: str) -> None:
    """Its second id is refused at its key path, as a file's is (KeyValueError, as a Model's
    alias listed twice is)."""
    with pytest.raises(KeyValueError) as caught:
        Catalog(models=(_phi(), Model(id="mine", name="Mine"), Model(id=twin, name="Twin")))
    detail = f"names the same model as id 'phi-2' (models[0].id) ({ALIKE}); rename one"
    assert str(caught.value) == f"models[2].id = {twin!r}: {detail}"
    assert (caught.value.key, caught.value.index, caught.value.detail) == ("models", 2, detail)


def test_a_catalog_built_in_python_refuses_an_id_alike_another_model_s_alias() -> None:
    with pytest.raises(KeyValueError, match=r"^models\[1\]\.id = 'ｍｉｃｒｏｓｏｆｔ/phi-2': "
                       r"already an alias of model 'phi-2' \(models\[0\]\.aliases\[0\]\); "
                       "rename it, or drop that alias$"):
        Catalog(models=(_phi(aliases=("microsoft/phi-2",)),
                        Model(id="ｍｉｃｒｏｓｏｆｔ/phi-2", name="Mine")))


@pytest.mark.parametrize(("aliases", "message"), [
    (("phi-2",), ("models[1].aliases[0] = 'phi-2': already the id of model 'phi-2' "
                 "(models[0].id); an alias must name one model only")),
    (("mine-2", f"{CYRILLIC_PHI}-ft"), (f"models[1].aliases[1] = '{CYRILLIC_PHI}-ft': already "
                                       "an alias of model 'phi-2' (models[0].aliases[0]); an "
                                       "alias must name one model only")),
])
def test_a_catalog_built_in_python_refuses_an_alias_of_another_model(
        aliases: tuple[str, ...], message: str) -> None:
    with pytest.raises(KeyValueError) as caught:
        Catalog(models=(_phi(aliases=("phi-2-ft",)), Model(id="mine", name="Mine",
                                                              aliases=aliases)))
    assert str(caught.value) == message


def test_a_catalog_built_in_python_keeps_one_model_s_own_names_and_distinct_ones() -> None:
    """A model's own id and aliases may read alike (a file's may too); distinct models stand."""
    catalog = Catalog(models=(_phi(aliases=("PHI_2", "microsoft/phi-2")),
                              Model(id="\u0432-2", name="V"), Model(id="phi-2b", name="B")))
    assert [m.id for m in catalog] == ["phi-2", "\u0432-2", "phi-2b"]
    assert catalog.model(CYRILLIC_PHI.replace("\u0440", "p")).id == "phi-2"


def test_the_bundled_models_built_again_in_python_stand() -> None:
    """Every bundled model in one catalog built in Python: the loader refused their clashes."""
    assert len(Catalog(models=default_catalog().models)) == len(default_catalog())


def test_an_importer_drops_an_alias_alike_another_model_s_id() -> None:
    """As it drops one equal but for case: the catalog it builds then stands."""
    from phicompare.importers._assemble import unique_names

    models = unique_names([_phi(), Model(id="mine", name="Mine",
                                         aliases=(CYRILLIC_PHI, "ｍｉｎｅ-2"))])
    assert [m.aliases for m in models] == [(), ("ｍｉｎｅ-2",)]
    assert len(Catalog(models=models)) == 2
