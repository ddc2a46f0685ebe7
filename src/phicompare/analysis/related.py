"""Related comparisons: other pairs worth reading, from the catalog's neighbours."""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from functools import partial
from typing import NamedTuple

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.in_use import Span, in_spans, span_turns
from phicompare.domain.names import normalize_name
from phicompare.domain.records import Model

from .facts import Related

__all__ = ["RELATED_LIMIT", "Kinship", "kinship", "model_line", "related"]

RELATED_LIMIT = 6
"""Related comparisons listed at most."""



class _Kin(NamedTuple):
    """A neighbour as a related comparison, with the keys pages match it by."""

    related: Related
    other: str
    """The neighbour's id."""
    name: str
    """The neighbour's name, normalised (:func:`~phicompare.domain.names.normalize_name`)."""
    line: str
    """The neighbour's model line (:func:`model_line`)."""
    pair: frozenset[str]
    """The two ids, either way round: a suggestion made for one model is not made again."""


class Kinship(NamedTuple):
    """A model's neighbours by reason, with the keys a comparison leaves neighbours out by."""

    by_reason: Mapping[str, tuple[_Kin, ...]]
    others: frozenset[str]
    """Every neighbour's id."""
    names: frozenset[str]
    """Every neighbour's name, normalised."""
    name: str
    """The model's own name, normalised."""
    line: str
    """The model's own line (:func:`model_line`), which a page suggests no other variant of."""
    queue: tuple[tuple[tuple[int, bool, str], _Kin], ...]
    """Its neighbours in the order a page takes them, each with its place in that order (its
    rank for its reason, then the reason's order): :func:`_queue` of ``by_reason``."""


_KIN: Slot[Kinship] = Slot("kin")


def related(models: Sequence[Model], kinships: Sequence[Kinship]) -> tuple[Related, ...]:
    """Neighbours of every model, taken in rounds so that no model's list crowds out another's.

    Group ``(k, reason)`` holds each model's ``k``-th neighbour for that reason (same family
    before same size class); groups are taken whole while they fit, so swapping the models
    changes the order of the suggestions, never the set. A neighbour that is one of the models
    compared, bears one's name or is a variant of one's line (:func:`model_line`: Kimi K2 0711
    beside Kimi K2 Instruct) is left out. ``kinships`` are the models' on the page's date
    (:func:`kinship`: a neighbour not usable then is not among them).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> models = [catalog.model("phi-2"), catalog.model("phi-4-mini")]
        >>> day = dt.date(2026, 12, 3)
        >>> related(models, [kinship(m, catalog, day) for m in models])[0].models
        ('phi-2', 'phi-3.5-mini')
    """
    ids = {m.id for m in models}
    names = {k.name for k in kinships}
    queues = [k.queue if ids.isdisjoint(k.others) and names.isdisjoint(k.names) else _queue(
        {reason: [kin for kin in found if kin.other not in ids and kin.name not in names]
         for reason, found in k.by_reason.items()}) for k in kinships]
    # every model's neighbours in one order: by place, then by model (a model has one neighbour
    # a place, so two entries never tie and their neighbours are never compared)
    ordered = sorted([(at, i, kin) for i, queue in enumerate(queues) for at, kin in queue])
    chosen: list[Related] = []
    group: list[Related] = []  # the neighbours at one place: taken whole while they fit
    seen: set[frozenset[str]] = set()
    # one variant per model line on the page (line -> model id), none of a compared model's
    lines = {k.line: m.id for m, k in zip(models, kinships, strict=True)}
    place: tuple[int, bool, str] | None = None
    for at, _, kin in ordered:
        if at != place:
            if len(chosen) + len(group) > RELATED_LIMIT:
                return tuple(chosen)
            chosen += group
            if len(chosen) == RELATED_LIMIT:  # (full: any group more would not fit)
                return tuple(chosen)
            group, place = [], at
        if kin.pair not in seen and lines.get(kin.line, kin.other) == kin.other:
            seen.add(kin.pair)
            lines[kin.line] = kin.other
            group.append(kin.related)
    return tuple(chosen if len(chosen) + len(group) > RELATED_LIMIT else chosen + group)


def _queue(by_reason: Mapping[str, Sequence[_Kin]]
           ) -> tuple[tuple[tuple[int, bool, str], _Kin], ...]:
    """Neighbours by reason in the order a page takes them: rank first, then reason.

    A reason's order: same family first, then the others by name. (A place holds one
    neighbour: two entries never tie, and their neighbours are never compared.)
    """
    return tuple(sorted([((rank, reason != "same-family", reason), kin)
                         for reason, found in by_reason.items()
                         for rank, kin in enumerate(found)]))


_VARIANT = re.compile(r"(?:[\s_-]*\d+k)?(?:[\s_-]*instruct)?$")
_NOTED = re.compile(r"(?:\s*\([^()]*\))+$|[\s_-]+(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2,4}|\d{3,8})$"
                    r"|(?<=\d)[\s_-]+v\d+$")


def model_line(name: str) -> str:
    """A model's line: its name without a variant's suffix.

    A variant is a context length ("4K", "128K"), "Instruct", a date or version number ("0125",
    "002", "20241022", "v2" after a version: "Claude Sonnet 3.5 v2") or a bracketed note
    ("(2024-08-06)", "(Alibaba Cloud)"): a page suggests one variant of a line, not "GPT-4o vs
    GPT-3.5-turbo" beside "GPT-4o vs GPT-3.5 Turbo 0125".

    Examples:
        >>> model_line("Phi-3 Mini 128K"), model_line("Phi-3 Mini 4K"), model_line("Phi-2")
        ('phi3mini', 'phi3mini', 'phi2')
        >>> model_line("GPT-3.5 Turbo 0125") == model_line("GPT-3.5-turbo")
        True
        >>> model_line("DeepSeek V4 Pro (Alibaba Cloud)"), model_line("DeepSeek V4 Pro (DeepSeek)")
        ('deepseekv4pro', 'deepseekv4pro')
        >>> model_line("DeepSeek V3 0324"), model_line("Gemini 2.5 Pro Preview 05-06")
        ('deepseekv3', 'gemini2.5propreview')
        >>> model_line("GPT-4o (2024-08-06)"), model_line("Llama 3.1 405B"), model_line("Phi-4")
        ('gpt4o', 'llama3.1405b', 'phi4')
        >>> model_line("Claude Sonnet 3.5 v2"), model_line("Kimi K2 Instruct")
        ('claudesonnet3.5', 'kimik2')
        >>> model_line("DeepSeek V3")  # (a "V" after no version number is the name's)
        'deepseekv3'
    """
    name = name.strip()
    if name[-1:] == ")" or name[-1:].isdecimal():  # (else no note, date or number ends it)
        name = _NOTED.sub("", name)
    line = normalize_name(name)
    # (normalised: no space or dash is left; a variant's suffix ends in "k" or "instruct")
    return _VARIANT.sub("", line) if line.endswith(("k", "instruct")) else line


def kinship(model: Model, catalog: Catalog, day: dt.date) -> Kinship:
    """The model's neighbours as related comparisons on ``day``, by reason (once a model and era).

    A neighbour not usable on ``day`` (:func:`~phicompare.domain.in_use.usable`: not yet
    released, or every route of it retired) is passed over for the next one: a page suggests
    models its reader can still use on its date. The neighbours looked at are found once a model
    (:class:`_Pool`), with the days each can be used on (:meth:`Catalog.use_spans
    <phicompare.Catalog.use_spans>`: a shelved catalog's index, no neighbour's file read);
    their kinship once a model and era, the days between two of the days their use can change
    on, as no other day tells two pages' neighbours apart.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> kinship(catalog.model("phi-2"), catalog, dt.date(2026, 12, 3)).name
        'phi2'
        >>> flash = catalog.model("gemini-3.5-flash")
        >>> "gemini-2.0-flash" in kinship(flash, catalog, dt.date(2026, 12, 3)).others
        False
    """
    pool = catalog.derive(_POOL, model, (), partial(_find_pool, model, catalog))
    return catalog.derive(_KIN, model, bisect.bisect_right(pool.turns, day),
                          partial(_find_kin, model, pool, day))


_KIN_LIMIT = 3
"""Neighbours a model keeps for each reason."""
_KIN_LOOKED = 8
"""Neighbours looked at for each reason: its own line's variants are passed over, as a page
would leave them out (review 28, P6: GPT-4o (2024-11-20)'s three were GPT-4o's snapshots), and
so are those not usable on the page's date."""


class _Pool(NamedTuple):
    """The neighbours a model's kinship is taken from on any day, found once a model."""

    by_reason: Mapping[str, tuple[tuple[_Kin, tuple[Span, ...]], ...]]
    """Each reason's neighbours in the catalog's order, with the days each can be used on; the
    model's own line's variants are left out."""
    turns: tuple[dt.date, ...]
    """The days on which whether one of them is usable can change, in order."""


_POOL: Slot[_Pool] = Slot("kin pool")


def _find_pool(model: Model, catalog: Catalog) -> _Pool:
    by_reason: dict[str, list[tuple[_Kin, tuple[Span, ...]]]] = {}
    known = model.id in catalog and catalog.model(model.id).id == model.id
    line = model_line(model.name)
    for other, name, reason in catalog.neighbour_names(model.id, _KIN_LOOKED) if known else ():
        kin = by_reason.setdefault(reason, [])
        if (its := model_line(name)) != line:  # (a name's line read once)
            kin.append((_Kin(
                Related(models=(model.id, other), names=(model.name, name), reason=reason),
                other, normalize_name(name), its, frozenset((model.id, other))),
                catalog.use_spans(other)))
    turns = span_turns(span for found in by_reason.values() for _, spans in found
                       for span in spans)
    return _Pool(by_reason={reason: tuple(v) for reason, v in by_reason.items()}, turns=turns)


def _find_kin(model: Model, pool: _Pool, day: dt.date) -> Kinship:
    by_reason = {reason: [kin for kin, spans in found if in_spans(spans, day)][:_KIN_LIMIT]
                 for reason, found in pool.by_reason.items()}
    found = [kin for v in by_reason.values() for kin in v]
    return Kinship(by_reason={reason: tuple(v) for reason, v in by_reason.items()},
                   others=frozenset(kin.other for kin in found),
                   names=frozenset(kin.name for kin in found), name=normalize_name(model.name),
                   line=model_line(model.name), queue=_queue(by_reason))
