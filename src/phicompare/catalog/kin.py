"""Which models are kin: one family's (by one maker, each name bearing it), or of a size.

The rules :meth:`~phicompare.catalog.index.Catalog.neighbours` applies, on a :class:`Model` or
its row in the bundled index (a shelved catalog reads no model file to find neighbours).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
from typing import Protocol, TypeVar

from phicompare.domain.names import normalize_name

__all__ = ["LARGER_PEER", "SMALLER_PEER", "FamilyGroups", "Sized", "another_brand",
           "borne_family", "carries_family", "family_groups", "family_keys", "family_of",
           "find_neighbours", "name_words", "nearest_first", "nearest_names", "one_family",
           "size_distance", "version_of", "words"]


class Sized(Protocol):
    """What neighbours read of a model: a :class:`Model`, or its row in the bundled index."""

    @property
    def id(self) -> str:
        """The model's id."""
    @property
    def name(self) -> str:
        """Its display name."""
    @property
    def family(self) -> str | None:
        """Its family, as the catalog records it."""
    @property
    def parameters_b(self) -> Decimal | None:
        """Its size, billions of parameters."""
    @property
    def vendor(self) -> str | None:
        """Who trained it."""
    @property
    def released(self) -> dt.date | None:
        """When it was released."""


S = TypeVar("S", bound=Sized)


def one_family(a: Sized, b: Sized) -> bool:
    """Whether ``a`` and ``b`` are one family's: the same family, by one maker.

    A family is one maker's: a dataset's "gpt" on another vendor's model does not make it
    GPT-4o's kin. Where a source names no vendor, the family is trusted only when the model's
    own name carries it (Phi-4-reasoning is a "phi"; DMind-1 is not a "gpt").

    Examples:
        >>> from phicompare import Model
        >>> gpt = Model(id="gpt-4o", name="GPT-4o", family="gpt", vendor="OpenAI")
        >>> one_family(gpt, Model(id="dmind-1", name="DMind-1", family="gpt"))
        False
        >>> one_family(gpt, Model(id="gpt-4.1", name="GPT-4.1", family="gpt"))
        True
        >>> one_family(gpt, Model(id="wiz", name="WizardLM-2", family="gpt", vendor="Microsoft"))
        False
        >>> nova = Model(id="nova-pro", name="Nova Pro", family="nova", vendor="Amazon")
        >>> one_family(nova, Model(id="lucidnova-rf1", name="LucidNova RF1", family="nova"))
        False
    """
    return not set(family_keys(a)).isdisjoint(family_keys(b)) and family_of(a)(b)


def family_keys(m: Sized) -> tuple[str, ...]:
    """The families ``m`` is kin by: its label, and the one its name bears where that is another.

    Examples:
        >>> from phicompare import Model
        >>> family_keys(Model(id="deepseek-r1", name="DeepSeek-R1", family="deepseek-thinking"))
        ('deepseek-thinking', 'deepseek')
        >>> family_keys(Model(id="deepseek-v3", name="DeepSeek V3", family="deepseek"))
        ('deepseek',)
    """
    if m.family is None:
        return ()
    if not _SEPARATORS.search(m.family.strip()):  # one word: borne or not, it is the only key
        return (m.family,)
    borne = borne_family(m)
    return (m.family,) if borne is None or borne == m.family else (m.family, borne)


def family_groups(rows: Iterable[S]) -> FamilyGroups[S]:
    """Each family key (:func:`family_keys`) -> the rows kin by it; the rows in no set order.

    The same groups as :func:`family_keys` of each row, each key's found when it is asked for
    (:class:`FamilyGroups`). A catalog finds neighbours among these groups (sorting them), so
    the order within a group does not count.

    Examples:
        >>> from phicompare import Model
        >>> rows = [Model(id="deepseek-r1", name="DeepSeek-R1", family="deepseek-thinking"),
        ...         Model(id="deepseek-v3", name="DeepSeek V3", family="deepseek")]
        >>> {key: [m.id for m in found] for key, found in family_groups(rows).items()}
        {'deepseek-thinking': ['deepseek-r1'], 'deepseek': ['deepseek-v3', 'deepseek-r1']}
    """
    return FamilyGroups(rows)


class FamilyGroups(Mapping[str, tuple[S, ...]]):
    """Rows by family key (:func:`family_keys`), a key's rows found when it is asked for.

    The rows are kept under their labels in one pass, and the labels of several words (the one
    kind a name may bear otherwise) under their first word. A key's rows are those under it
    and, under a label of several words that starts with it, those whose name bears that word
    only (:func:`borne_family`): no name is read until then. A catalog opens with these groups,
    and a page asks only for its models' keys (issue 16: reading the names of every row under a
    label of several words, about 200 of the bundled index's, cost about 1 ms of the first
    comparison). Nothing is kept of an answer: each is found again.
    """

    def __init__(self, rows: Iterable[S]) -> None:
        self._labels: dict[str, list[S]] = {}
        for row in rows:
            if row.family is not None:
                self._labels.setdefault(row.family, []).append(row)
        self._several: dict[str, list[str]] = {}  # a first word -> the labels it starts
        for label in self._labels:
            if _SEPARATORS.search(label.strip()):
                for first in words(label).split()[:1]:
                    self._several.setdefault(first, []).append(label)

    def __getitem__(self, key: str) -> tuple[S, ...]:
        found = [*self._labels.get(key, ()),
                 *(row for label in self._several.get(key, ()) for row in self._labels[label]
                   if borne_family(row) == key)]  # (a first word is never a label of several)
        if not found:
            raise KeyError(key)
        return tuple(found)

    def __iter__(self) -> Iterator[str]:
        yield from self._labels
        yield from (key for key in self._several if key not in self._labels and key in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def family_of(a: Sized) -> Callable[[Sized], bool]:
    """:func:`one_family` of ``a`` and a model of its family: ``a``'s side worked out once.

    The family is the one ``a``'s name bears (:func:`borne_family`).
    """
    vendor = a.vendor
    family = " " + words(borne_family(a) or a.family or "")  # a word of a name starts with it

    def named(m: Sized) -> bool:
        return family in " " + words(m.name) or family in " " + words(m.id)

    # each name bears the family's first word; a model without a vendor, the whole family
    bears = carries_family(a)
    trusted = bears and (bool(vendor) or named(a))
    # carries_family of a model of a's family, its first word found once (no words() per name)
    first = words(a.family or "").split()[:1]

    def carries(b: Sized) -> bool:
        return bool(first) and (_starts_word(b.name.casefold(), first[0])
                                or _starts_word(b.id.casefold(), first[0]))

    def one(b: Sized) -> bool:
        if not (bears and carries(b)):  # a listing's tag a name does not bear (G19)
            return False
        if vendor and b.vendor:
            return b.vendor == vendor
        return trusted and (bool(b.vendor) or named(b))

    return one


def carries_family(m: Sized) -> bool:
    """Whether ``m``'s name or id carries its family's first word: a family it can be told by.

    A dataset's family tag is trusted only where the model's own name bears it (review 8, G19):
    o4-mini is an "o-mini" (an "o"), GPT Audio Mini, which one listing tags so, is not.

    Examples:
        >>> from phicompare import Model
        >>> carries_family(Model(id="o4-mini", name="o4-mini", family="o-mini"))
        True
        >>> carries_family(Model(id="gpt-audio-mini", name="GPT Audio Mini", family="o-mini"))
        False
        >>> carries_family(Model(id="m", name="M"))  # no family: none to carry
        False
    """
    first = words(m.family or "").split()[:1]
    return bool(first) and f" {first[0]}" in _spoken(m)


def borne_family(m: Sized) -> str | None:
    """``m``'s family as its name bears it; ``None`` where the name bears none (review 11, K11).

    A dataset's label whose every word the name or id bears is the family; a label the name
    bears only the first word of is that word's family: models.dev's "deepseek-thinking" on
    DeepSeek-R1 is the "deepseek" of DeepSeek V3, R1's own base model, not another family.

    Examples:
        >>> from phicompare import Model
        >>> borne_family(Model(id="deepseek-r1", name="DeepSeek-R1", family="deepseek-thinking"))
        'deepseek'
        >>> borne_family(Model(id="o4-mini", name="o4-mini", family="o-mini"))
        'o-mini'
        >>> borne_family(Model(id="gpt-audio-mini", name="GPT Audio Mini", family="o-mini"))
    """
    label = words(m.family or "").split()
    own = _spoken(m)
    if not label or f" {label[0]}" not in own:  # carries_family's rule
        return None
    if all(f" {part}" in own for part in label[1:]):
        return m.family
    return label[0]


def _spoken(m: Sized) -> str:
    """``m``'s name and id as :func:`words`, each word after a space.

    A word of them starts with ``part`` where ``f" {part}"`` is found in it.
    """
    return f" {words(m.name)} {words(m.id)}"


def another_brand(a: Sized, b: Sized) -> bool:
    """Whether the families ``a``'s and ``b``'s names bear start with different words.

    Two labels of one first word ("deepseek" and "deepseek-flash") are one maker's line told
    apart by a dataset: no page calls them another family (review 11, K11).
    """
    first_a, first_b = (words(borne_family(m) or "").split()[:1] for m in (a, b))
    return bool(first_a and first_b) and first_a != first_b


def _starts_word(text: str, start: str) -> bool:
    """Whether a word of ``text`` starts with ``start`` (:func:`words`' split).

    ``text`` starts with it, or it follows a separator: no regular expression is compiled per
    family.

    Examples:
        >>> _starts_word("microsoft/phi-2", "phi"), _starts_word("delphi", "phi")
        (True, False)
    """
    at = text.find(start)
    while at > 0 and not _SEPARATORS.match(text, at - 1):
        at = text.find(start, at + 1)
    return at >= 0


def words(name: str) -> str:
    """``name`` in lower case, its separators one space: "Phi-4 reasoning" -> "phi 4 reasoning"."""
    return _SEPARATORS.sub(" ", name.casefold())


_SEPARATORS = re.compile(r"[\s_\-./:@]+")


SMALLER_PEER, LARGER_PEER = Decimal("0.667"), Decimal("1.5")
"""How much smaller or larger than a model its same-size-class peers are, at most."""


def size_distance(a: Sized, b: Sized) -> Decimal:
    """How far apart two models are in size (billions of parameters); far, when either is unknown.

    Examples:
        >>> from phicompare import Model
        >>> size_distance(Model(id="a", name="A", parameters_b=3), Model(id="b", name="B"))
        Decimal('1000000')
    """
    if a.parameters_b is None or b.parameters_b is None:
        return Decimal(10**6)
    return abs(a.parameters_b - b.parameters_b)




def nearest_names(a: Sized) -> Callable[[Sized], tuple[int, int, int, Decimal, int]]:
    """How near a model of ``a``'s family is to it by name, nearest least; ``a``'s side once.

    Another model sharing words with ``a``'s name comes first, then one sharing none, then a
    variant of ``a``'s own (a name bearing every word of ``a``'s and more: "Qwen3 Max Preview"
    or "Qwen3 Max Thinking" of "Qwen3 Max", "GPT-4o Search" of "GPT-4o", most often the model
    again or a mode of it); within each, most words in common (:func:`name_words`: the
    generation, "3" of "Qwen3", is one), then fewest words of its own. What orders kin whose
    sizes say nothing (review 9, H19: a family's first ids were every unknown size's kin, Qwen3
    Max's a 7B vision model of 2024). Where ``a``'s name bears a version number
    (:func:`version_of`), names as near as that are ordered by the nearest version (GPT-5.4 is
    nearer GPT-5.5 than GPT-4 is; a name bearing none after those bearing one), then by the
    nearest release date (an unknown date after known ones): review 26, P6, every "GPT-x" was
    as near GPT-5.5, and GPT-4 came first by id. A name bearing no version leaves its kin as
    near by name in id order.

    Examples:
        >>> from phicompare import Model
        >>> near = nearest_names(Model(id="q", name="Qwen3 Max", family="qwen"))
        >>> near(Model(id="a", name="Qwen3.7 Max", family="qwen"))[:3]
        (0, -1, 1)
        >>> near(Model(id="b", name="Qwen3 Max Preview", family="qwen"))[:3]
        (2, -2, 1)
        >>> near(Model(id="c", name="Qwen 2.5 7B Vision Instruct", family="qwen"))[:3]
        (1, 0, 4)
        >>> near = nearest_names(Model(id="g", name="GPT-5.5", family="gpt"))
        >>> near(Model(id="g4", name="GPT-4", family="gpt")) > near(
        ...     Model(id="g54", name="GPT-5.4", family="gpt"))
        True
    """
    family = frozenset(words(a.family or "").split())
    own = name_words(a.name, family)
    version, released = version_of(a.name, family), a.released

    def near(b: Sized) -> tuple[int, int, int, Decimal, int]:
        theirs = name_words(b.name, family)
        shared = len(own & theirs)
        extra = len(theirs) - shared
        rank = 2 if own and shared == len(own) and extra else 0 if shared else 1
        if version is None:  # a name without a version: its kin in name order, as they were
            return rank, -shared, extra, _NONE, 0
        other = version_of(b.name, family)
        gap = _NONE if other is None else abs(version - other)
        return rank, -shared, extra, gap, (abs((released - b.released).days)
                                           if released and b.released else _FAR)

    return near


_FAR = 10**6
"""A date gap unknown (days): after every known one."""
_NONE = Decimal(_FAR)
"""A version gap unknown: after every known one."""


def version_of(name: str, family: frozenset[str] = frozenset()) -> Decimal | None:
    """The version number ``name`` bears: its first word but the family's that is one.

    A version is a number of up to three digits, with a decimal part or not, a letter before
    or after it or not ("V3.1", "K2.6", "4o"); a size or a length ("7B", "A3B", "128K") is
    none, and a date or snapshot ("0520", "2025-07-28") met first ends the search: the name
    bears no version (``None``).

    Examples:
        >>> version_of("GPT-5.5", frozenset({"gpt"})), version_of("Qwen3 Max", frozenset({"qwen"}))
        (Decimal('5.5'), Decimal('3'))
        >>> version_of("Gemini 2.5 Flash 0520"), version_of("Llama 3.1 405B"), version_of("GPT-4o")
        (Decimal('2.5'), Decimal('3.1'), Decimal('4'))
        >>> version_of("Nova Pro"), version_of("Qwen Plus 2025-07-28"), version_of("Phi 3 Mini 4K")
        (None, None, Decimal('3'))
    """
    for word in _ordered_words(name, family):
        found = _VERSION.fullmatch(word)
        if found and found[2] not in _SIZES:
            return Decimal(found[1])
        if not found and word[0].isdigit():  # a date's first part ("2025-07-28"): no version
            return None
    return None


_VERSION = re.compile(r"[a-z]?((?:0|[1-9]\d{0,2})(?:\.\d{1,3})?)([a-z]*)")
_SIZES = frozenset({"b", "k", "m"})


def name_words(name: str, family: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of ``name`` but the family's, a generation glued to the family's word split off.

    Examples:
        >>> sorted(name_words("Qwen3.5-Omni Flash (Realtime)", frozenset({"qwen"})))
        ['3.5', 'flash', 'omni', 'realtime']
        >>> sorted(name_words("Qwen 2.5 7B Vision Instruct", frozenset({"qwen"})))
        ['2.5', '7b', 'instruct', 'vision']
    """
    return frozenset(_ordered_words(name, family))


def _ordered_words(name: str, family: frozenset[str]) -> Iterator[str]:
    """:func:`name_words` in the name's order, a word as often as the name has it."""
    for part in _NAME_SEPARATORS.split(name.casefold()):
        glued = _GLUED.match(part)
        word = glued[2] if glued and glued[1] in family else part
        if word and word not in family:
            yield word


_NAME_SEPARATORS = re.compile(r"[\s_\-/:@,()]+")
_GLUED = re.compile(r"([a-z]+)(\d.*)")


def nearest_first(model: Sized, kin: list[tuple[Decimal, str, Sized]]) -> Iterator[Sized]:
    """``kin`` (size distance, id, row; sorted), those of one distance nearest by name first.

    Sizes unknown are one distance (:func:`~phicompare.catalog.kin.size_distance`), so a model
    of unknown size has its kin in name order (review 9, H19). Names are read only of the
    distances a caller reaches (it stops at its limit).

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> phi = catalog.model("phi-4-mini")
        >>> kin = sorted((size_distance(phi, m), m.id, m) for m in map(catalog.model, [
        ...     "phi-2", "phi-4", "phi-3.5-mini", "phi-4-mini-reasoning"]))
        >>> [m.id for m in nearest_first(phi, kin)]
        ['phi-3.5-mini', 'phi-4-mini-reasoning', 'phi-2', 'phi-4']
    """
    near = None
    for _, tied in groupby(kin, key=itemgetter(0)):
        group = [m for _, _, m in tied]
        if len(group) > 1:
            near = near or nearest_names(model)
            group.sort(key=lambda m: (near(m), m.id))
        yield from group


def find_neighbours(model: Sized, limit: int,
                    rows: tuple[Mapping[str, Sequence[Sized]], Sequence[tuple[Decimal, Sized]]],
                    by_name: Mapping[str, str]) -> tuple[tuple[str, str, str], ...]:
    """:meth:`Catalog.neighbour_names <phicompare.Catalog.neighbour_names>`, worked out.

    Among ``rows``: the catalog's rows by family, and its rows with a size (with the size; a
    shelved catalog's index rows: it reads no model file). ``by_name`` is the catalog's
    index of normalised names, by which a record named as another is that record again.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> sized = [(m.parameters_b, m) for m in catalog.models if m.parameters_b]
        >>> phi = catalog.model("phi-2")
        >>> find_neighbours(phi, 1, (family_groups(catalog.models), sized), {})[0][2]
        'same-family'
    """
    families, sized = rows
    found: list[tuple[Sized, str]] = []
    keys = family_keys(model)
    # a record named as the model is, or by another record's id or alias, is that model
    # again (review 9, H19: qwen-3-30b, "Qwen3-30B-A3B", beside qwen3-30b-a3b)
    names = {normalize_name(model.name)}

    def firsts(rows: Iterable[Sized]) -> list[Sized]:
        kept: list[Sized] = []
        for m in rows:
            if len(kept) >= limit:
                break
            name = normalize_name(m.name)
            if name not in names and by_name.get(name, m.id) == m.id:
                names.add(name)
                kept.append(m)
        return kept

    if keys:
        one = family_of(model)
        kin_rows = {m.id: m for key in keys for m in families.get(key, ())}
        kin = [(size_distance(model, m), m.id, m) for m in kin_rows.values()
               if m.id != model.id and one(m)]
        kin.sort(key=lambda k: k[:2])
        found.extend((m, "same-family") for m in firsts(nearest_first(model, kin)))
    if size := model.parameters_b:
        # (the size first: a family's keys read the names, of the few rows near in size only)
        peers = [m for other, m in sized if SMALLER_PEER <= other / size <= LARGER_PEER
                 and m.family != model.family and set(family_keys(m)).isdisjoint(keys)]
        peers.sort(key=lambda m: (size_distance(model, m), m.id))
        # "another family" only where both families are known and borne by the names (an
        # unknown family is not another one, review 8, G19), and start with other words
        # (review 11, K11: "deepseek-flash" is no other family than "deepseek")
        found.extend((m, "same-size-class" if another_brand(model, m) else "similar-size")
                     for m in firsts(peers))
    return tuple((m.id, m.name, why) for m, why in found)
