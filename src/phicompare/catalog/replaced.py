"""What a user's file drops from a bundled model it replaces (API review 14, A10).

A model record whose id the bundled catalog already has replaces the bundled record whole
(``docs/catalog.md``, "Loading and merging"): nothing is merged field by field. A file written
to set one negotiated price therefore also drops the bundled model's scores, its other routes,
its aliases and every fact it leaves out, and the pages then say those are not yet sourced.
That is the format's rule, not a problem, so :func:`replaced_models` reports it as a note:
``phicompare validate --bundled`` prints one a replacing record, before its verdict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.capabilities import Capabilities
from phicompare.exceptions import Problem

from .loader import _parse, _read, default_catalog
from .walk import given_files

if TYPE_CHECKING:
    from phicompare.domain.records import Model

    from .loader import CatalogPath

__all__ = ["FACTS", "dropped", "replaced_models"]

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


def replaced_models(*paths: CatalogPath) -> list[Problem]:
    """A note for each model in ``paths`` that replaces a bundled model and drops some of it.

    Each note names the file, the record's ``id`` key and what the bundled record has that the
    replacing one does not (:func:`dropped`); a record that keeps all of it gets none. The
    files' own problems are :func:`~phicompare.catalog.loader.validate_paths`'s to list: a
    record a problem keeps out is not read here.

    Examples:
        >>> import pathlib, tempfile
        >>> mine = pathlib.Path(tempfile.mkdtemp()) / "mine.toml"
        >>> _ = mine.write_text(chr(10).join(['[[models]]', 'id = "phi-2"', 'name = "Phi-2"']),
        ...                     encoding="utf-8")
        >>> [note] = replaced_models(mine)
        >>> note.path, note.value, note.message.startswith("replaces the bundled model whole")
        ('models[0].id', 'phi-2', True)
    """
    problems: list[Problem] = []
    loaded = _read(map(_parse, given_files(paths, problems, "replaced_models")), problems)
    bundled = default_catalog()
    notes: list[Problem] = []
    for model, origin in loaded.models.values():
        if model.id not in bundled:
            continue
        old = bundled.model(model.id)
        if old.id != model.id or not (lost := dropped(old, model)):
            continue
        notes.append(Problem(origin.file, f"{origin.path}.id", model.id,
                             "replaces the bundled model whole (records are not merged): it "
                             f"drops the bundled record's {'; '.join(lost)}; copy what it should "
                             "keep into this record"))
    return notes
