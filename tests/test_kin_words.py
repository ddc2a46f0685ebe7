"""Which names carry a family, read without a regular expression compiled per family."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from phicompare import Model
from phicompare.catalog.kin import _starts_word, borne_family, carries_family, family_of, words

_TEXT = st.text(alphabet="phi-4 _./:@\tmnx", max_size=14)
_WORD = st.text(alphabet="phimx4", min_size=1, max_size=3)


@given(_TEXT, _WORD)
def test_a_word_starts_where_the_text_starts_or_after_a_separator(text: str, start: str) -> None:
    expected = re.search(rf"(?:^|[\s_\-./:@]+){re.escape(start)}", text) is not None
    assert _starts_word(text, start) is expected


@given(_TEXT, _TEXT)
def test_one_family_reads_the_names_as_their_words(name: str, other: str) -> None:
    # family_of(a) is the same rule over a's words and over the other model's words
    a = Model(id="a", name="Phi 4", family="phi", vendor="Microsoft")
    b = Model(id="b", name=f"M{name}", family="phi", vendor="Microsoft")
    bears = any(word.startswith("phi") for word in words(b.name).split())
    assert family_of(a)(b) is bears
    assert family_of(a)(Model(id="c", name=f"M{other}", family="phi")) is (
        " phi" in " " + words(f"M{other}"))


def _borne_by_words(m: Model) -> str | None:
    """borne_family's rule written over lists of words (its first form)."""
    label = words(m.family or "").split()
    own = (*words(m.name).split(), *words(m.id).split())
    if not label or not any(word.startswith(label[0]) for word in own):
        return None
    if all(any(word.startswith(part) for word in own) for part in label[1:]):
        return m.family
    return label[0]


@given(_TEXT, _TEXT, st.sampled_from(["phi", "phi-mini", "mx-4", "phi 4 mini", "x", "-phi"]))
def test_a_borne_family_is_read_from_the_names_words(name: str, model_id: str,
                                                     family: str) -> None:
    m = Model(id=f"i{model_id}", name=f"M{name}", family=family)
    assert borne_family(m) == _borne_by_words(m)
    assert carries_family(m) is (_borne_by_words(m) is not None)
