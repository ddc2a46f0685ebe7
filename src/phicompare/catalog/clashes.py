"""Names that clash across catalog files: model ids and aliases, provider ids.

Names are matched as :func:`~phicompare.domain.names.alike_key` reads them (case, spaces, dashes
and underscores ignored, after Unicode NFKC and a fold of Cyrillic and Greek letters drawn like
Latin ones: a full-width ``ｐｈｉ-２`` is ``phi-2``, and so is ``рhi-2`` with a Cyrillic ``р``).
Of two names that clash, the one read later is refused: files in load order, records in file
order, a model's id before its aliases. So a name in your file that the bundled catalog holds
already is your file's problem, reported at your key, never the bundled file's (review 34:
``validate --bundled`` dropped the bundled file's problem and said "ok", and the load then
failed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

from phicompare.domain.names import ALIKE, alike_key
from phicompare.domain.records import Benchmark
from phicompare.domain.rules import LIST_ONCE, NAMES_NOTHING
from phicompare.exceptions import Problem

from .structure import Reference

__all__ = ["Place", "model_clashes", "narrowed_range", "provider_clashes", "shown_place"]

IGNORED = ALIKE
"""How names are matched here, as the messages say it."""


class Place(NamedTuple):
    """Where a name is written: its file and the key path of its record (``models[3]``)."""

    file: str
    path: str


def shown_place(place: Place, key: str, bundled: Mapping[str, str]) -> str:
    """``file: path.key``, a bundled file (a key of ``bundled``) as ``bundled`` shows it.

    Examples:
        >>> shown_place(Place("mine.toml", "models[0]"), "id", {})
        'mine.toml: models[0].id'
        >>> shipped = {"/site/phicompare/data/models/phi-2.toml": "data/models/phi-2.toml"}
        >>> shown_place(Place(*shipped, "models[0]"), "aliases[1]", shipped)
        'data/models/phi-2.toml: models[0].aliases[1]'
    """
    file = bundled.get(place.file, place.file)
    return f"{file}: {place.path}.{key}" if key else f"{file}: {place.path}"


def _index(path: str) -> int:
    found = re.match(r"\w+\[(\d+)\]", path)
    return int(found.group(1)) if found else 0


class _Name(NamedTuple):
    order: tuple[int, int, int]
    place: Place
    key: str  # the key under the record: "id" or "aliases[1]"
    model: str
    value: object


def model_clashes(models: Iterable[tuple[str, Place]], references: Iterable[Reference],
                  rank: Mapping[str, int], bundled: Mapping[str, str]) -> list[Problem]:
    """A problem for each model id or alias that names a model read before it, or nothing.

    ``models`` are the surviving records' ids and places; ``references`` the aliases, read from
    the raw tables (those of records a later file replaced are passed over); ``rank`` each
    file's place in load order; ``bundled`` the bundled files, each as a message shows it.
    """
    survivors = dict(models)
    names = [_Name((rank[place.file], _index(place.path), 0), place, "id", model_id, model_id)
             for model_id, place in survivors.items()]
    for ref in references:
        place = survivors.get(ref.model)  # (none for a record a problem left out: checked too)
        if ref.what != "alias" or (place is not None and place.file != ref.file):
            continue
        record, _, key = ref.path.partition(".")
        names.append(_Name((rank[ref.file], _index(record), 1), Place(ref.file, record), key,
                           ref.model, ref.value))
    names.sort(key=lambda n: n.order)  # stable: a record's aliases stay in their order
    owners: dict[str, _Name] = {}
    listed: dict[tuple[str, str], _Name] = {}  # a record's own aliases, each key's first
    problems: list[Problem] = []
    for name in names:
        key = alike_key(str(name.value))
        path = f"{name.place.path}.{name.key}"
        if name.key != "id":
            first = listed.setdefault((name.model, key), name)
            if not key or first is not name:  # "" would select it (review 27, P4)
                problems.append(Problem(name.place.file, path, name.value,
                                        _alias_refused(key, first)))
                continue
        owner = owners.setdefault(key, name)
        if owner.model == name.model:
            continue
        where = shown_place(owner.place, owner.key, bundled)
        whose = f"{'bundled ' if owner.place.file in bundled else ''}model {owner.model!r}"
        if name.key == "id" and owner.key == "id":
            message = (f"names the same model as id {owner.model!r} ({where}) {IGNORED}; "
                       f"rename one, or use the id {owner.model!r} to replace that record")
        else:
            what = "the id" if owner.key == "id" else "an alias"
            rule = ("an alias must name one model only" if name.key != "id" else
                    "rename it, or drop that alias by replacing that record")
            message = f"already {what} of {whose} ({where}); {rule}"
        problems.append(Problem(name.place.file, path, name.value, message))
    return problems


def _alias_refused(key: str, first: _Name) -> str:
    """Why an alias is refused: it names nothing, or its record lists it already (at ``first``)."""
    if not key:
        return NAMES_NOTHING
    return f"listed already as {first.place.path}.{first.key} ({IGNORED}); {LIST_ONCE}"


def provider_clashes(providers: Iterable[tuple[str, Place]], rank: Mapping[str, int],
                     bundled: Mapping[str, str]) -> list[Problem]:
    """A problem for each provider id that names a provider read before it, as model ids do.

    Examples:
        >>> [p.message[:53] for p in provider_clashes(
        ...     [("azure-foundry", Place("a.toml", "providers[0]")),
        ...      ("Azure_Foundry", Place("b.toml", "providers[0]"))], {"a.toml": 0, "b.toml": 1},
        ...     {})]
        ["names the same provider as id 'azure-foundry' (a.toml"]
    """
    ordered = sorted(providers, key=lambda p: (rank[p[1].file], _index(p[1].path)))
    owners: dict[str, tuple[str, Place]] = {}
    problems: list[Problem] = []
    for provider_id, place in ordered:
        first = owners.setdefault(alike_key(provider_id), (provider_id, place))
        if first[0] != provider_id:
            where = shown_place(first[1], "id", bundled)
            problems.append(Problem(
                place.file, f"{place.path}.id", provider_id,
                f"names the same provider as id {first[0]!r} ({where}) {IGNORED}; rename one, "
                f"or use the id {first[0]!r} to replace that record"))
    return problems


def narrowed_range(benchmark: Benchmark, origin: tuple[str, str], refs: list[Reference],
                   bundled: Mapping[str, str]) -> Problem:
    """One problem at a benchmark a later file defined again with a range earlier scores leave.

    A file that replaces a bundled benchmark with a narrower range (``max_score = 1`` for a
    percentage) puts bundled scores out of it: the problem is that file's (``origin``: its file
    and key path), said once, never one line per bundled score (review 34).
    """
    top = max(refs, key=lambda ref: Decimal(str(ref.score)))
    where = shown_place(Place(top.file, top.path.rsplit(".", 1)[0]), "score", bundled)
    count = (f"{len(refs):,} scores of earlier files are" if refs[1:]
             else "a score of an earlier file is")
    return Problem(origin[0], f"{origin[1]}.max_score", benchmark.max_score,
                   f"{count} above it (the highest {top.score}: {where}); keep the scale of the "
                   "benchmark this record replaces, or give it an id of its own")
