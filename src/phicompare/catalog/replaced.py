"""What a user's file drops from a bundled record it replaces (API review 14, A10; 15, A4).

A record (provider, benchmark or model) whose id the bundled catalog already has replaces the
bundled record whole (``docs/catalog.md``, "Loading and merging"): nothing is merged field by
field. A file written to set one negotiated price therefore also drops the bundled model's
scores, its other routes, its aliases and every fact it leaves out, and the pages then say those
are not yet sourced; a provider renamed for display drops its tier and vendors (the maker's own
API becomes a reseller of its models, and bills move); a benchmark relabelled drops its items,
metric and baseline (every interval on it becomes unknown). That is the format's rule, not a
problem, so :func:`replaced_records` reports it as a note: ``phicompare validate --bundled``
prints one a replacing record, before its verdict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from phicompare.domain.capabilities import Capabilities
from phicompare.exceptions import Problem

from .loader import _Origin, _parse, _read, default_catalog
from .walk import given_files

if TYPE_CHECKING:
    from phicompare.domain.records import Benchmark, Model, Provider

    from .loader import CatalogPath

__all__ = ["FACTS", "dropped", "dropped_fields", "replaced_records"]

FACTS = ("vendor", "family", "released", "parameters_b", "active_parameters_b", "architecture",
         "context_window", "max_output_tokens", "max_input_tokens", "license", "license_url",
         "open_weights", "knowledge_cutoff", "input_modalities", "output_modalities", "kind")
"""The facts of a model record a replacing record may leave out: each is then unknown."""


def dropped(bundled: Model, mine: Model) -> list[str]:
    """What ``bundled`` records that ``mine``, replacing it, does not, in words.

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.domain.records import Model
        >>> phi_2 = default_catalog().model("phi-2")
        >>> words = dropped(phi_2, Model(id="phi-2", name="Phi-2"))
        >>> words[0].endswith("scores"), "context_window" in words[-1]
        (True, True)
        >>> dropped(phi_2, phi_2)
        []
    """
    out: list[str] = []
    kept = set(mine.scores)
    if scores := sum(score not in kept for score in bundled.scores):
        out.append(f"{scores} score{'s' * (scores > 1)}")
    providers = {route.provider for route in mine.routes}
    if routes := sum(route.provider not in providers for route in bundled.routes):
        out.append(f"{routes} route{'s' * (routes > 1)} on other providers")
    if aliases := [a for a in bundled.aliases if a not in mine.aliases and a != mine.id]:
        out.append(f"alias{'es' * (len(aliases) > 1)} {', '.join(aliases)}")
    if bundled.capabilities != Capabilities() and mine.capabilities == Capabilities():
        out.append("its capabilities")
    facts = [name for name in FACTS
             if getattr(bundled, name) not in (None, ()) and getattr(mine, name) in (None, ())]
    if facts:
        out.append(", ".join(facts))
    return out


_SHOWN = frozenset({"tier", "vendors", "short_name", "items", "metric", "chance", "baseline",
                    "category", "max_score", "higher_is_better"})
"""A provider's or benchmark's fields a note names with their bundled value (short ones)."""


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return str(getattr(value, "value", value))  # an enum by its value ("first-party")


def dropped_fields(bundled: Provider | Benchmark, mine: Provider | Benchmark) -> list[str]:
    """The fields ``bundled`` sets that ``mine``, replacing it, leaves at their defaults.

    A short value is given ("tier first-party", "items 541"); a URL or a description is named.

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.domain.records import Provider
        >>> openai = default_catalog().provider("openai")
        >>> dropped_fields(openai, Provider(id="openai", name="OpenAI (ours)"))
        ['tier first-party', 'vendors OpenAI', 'url']
        >>> dropped_fields(openai, openai)
        []
    """
    shown: list[str] = []
    named: list[str] = []
    for field in attrs.fields(type(bundled)):
        old, new = getattr(bundled, field.name), getattr(mine, field.name)
        if field.name in {"id", "name"} or old == field.default or new != field.default:
            continue
        if field.name in _SHOWN:
            shown.append(f"{field.name} {_value(old)}")
        elif not (field.name.startswith("vendors_") and not getattr(mine, "vendors", ())):
            named.append(field.name)
    return shown + ([", ".join(named)] if named else [])  # (as :func:`dropped` lists facts)


def replaced_records(*paths: CatalogPath) -> list[Problem]:
    """A note for each record in ``paths`` that replaces a bundled one and drops some of it.

    Providers first, then benchmarks, then models, each in file order. Each note names the
    file, the record's ``id`` key and what the bundled record has that the replacing one does
    not (:func:`dropped_fields`, :func:`dropped`); a record that keeps all of it gets none. The
    files' own problems are :func:`~phicompare.catalog.loader.validate_paths`'s to list: a
    record a problem keeps out is not read here.

    Examples:
        >>> import pathlib, tempfile
        >>> mine = pathlib.Path(tempfile.mkdtemp()) / "mine.toml"
        >>> _ = mine.write_text(chr(10).join(['[[models]]', 'id = "phi-2"', 'name = "Phi-2"']),
        ...                     encoding="utf-8")
        >>> [note] = replaced_records(mine)
        >>> note.path, note.value, note.message.startswith("replaces the bundled model whole")
        ('models[0].id', 'phi-2', True)
    """
    problems: list[Problem] = []
    loaded = _read(map(_parse, given_files(paths, problems, "replaced_records")), problems)
    bundled = default_catalog()
    notes: list[Problem] = []
    for kind, find in (("provider", bundled.provider), ("benchmark", bundled.benchmark)):
        for record, origin in getattr(loaded, kind + "s").values():
            try:
                kept = find(record.id)
            except KeyError:  # a new provider or benchmark replaces nothing
                continue
            if lost := dropped_fields(kept, record):
                notes.append(_note(origin, record.id, kind, lost))
    for model, origin in loaded.models.values():
        if model.id not in bundled:
            continue
        old = bundled.model(model.id)
        if old.id != model.id or not (lost := dropped(old, model)):
            continue
        notes.append(_note(origin, model.id, "model", lost))
    return notes


def _note(origin: _Origin, record_id: str, kind: str, lost: list[str]) -> Problem:
    return Problem(origin.file, f"{origin.path}.id", record_id,
                   f"replaces the bundled {kind} whole (records are not merged): it drops the "
                   f"bundled record's {'; '.join(lost)}; copy what it should keep into this "
                   "record")
