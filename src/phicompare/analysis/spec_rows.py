"""A comparison's specification rows, from the models' own fields: :func:`spec_rows`.

``compare()`` makes them (``Comparison.specs``), and :meth:`Comparison.inconsistencies
<phicompare.Comparison.inconsistencies>` makes them again from the models a comparison read
from JSON holds: a row's label or value edited by hand was printed (helper fixCO).
"""

from __future__ import annotations

from collections.abc import Sequence

from phicompare.domain.records import Model

from .facts import SpecRow
from .profile import OPTIONAL_SPECS, SPEC_FIELDS, canonical

__all__ = ["coarser", "model_specs", "spec_problems", "spec_rows"]

_SPEC_ROWS = tuple((field, label, field in OPTIONAL_SPECS) for field, label in SPEC_FIELDS)
"""Each specification row: its field, its label, whether it is optional."""


def model_specs(model: Model) -> tuple[str | None, ...]:
    """The model's specifications as canonical text, in :data:`~.profile.SPEC_FIELDS` order."""
    return tuple(canonical(getattr(model, field)) for field, _ in SPEC_FIELDS)


def spec_rows(specs: Sequence[tuple[str | None, ...]]) -> tuple[SpecRow, ...]:
    """One row per specification of the models' ``specs`` (:func:`model_specs`, one a model).

    An optional row is left out where no model has a value.

    Examples:
        >>> from phicompare import default_catalog
        >>> models = [default_catalog().model(m) for m in ("phi-2", "phi-4-mini")]
        >>> row = spec_rows([model_specs(m) for m in models])[1]
        >>> row.label, row.values, row.differs
        ('Context window', ('2048', '131072'), True)
    """
    rows = []
    for (field, label, optional), given in zip(_SPEC_ROWS, zip(*specs, strict=True),
                                               strict=True):
        values = coarser(field, given)
        alike = values.count(values[0]) == len(values)
        if not (optional and alike and values[0] is None):  # an optional row all unknown: left out
            rows.append(SpecRow(field=field, label=label, values=values, differs=not alike))
    return tuple(rows)


def coarser(field: str, values: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """Knowledge cutoffs at two precisions (a month, a day), each shown at the coarser.

    "2021-09" beside "2021-09-01" is one month at two precisions: shown so, it read as a
    difference (review 25). A row compares at one precision, the coarsest of its cutoffs.

    Examples:
        >>> coarser("knowledge_cutoff", ("2021-09", "2021-09-01", None))
        ('2021-09', '2021-09', None)
        >>> coarser("knowledge_cutoff", ("2021-09", "2023-10-01"))
        ('2021-09', '2023-10')
    """
    if field != "knowledge_cutoff":
        return values
    known = [v for v in values if v is not None]
    width = min((len(v) for v in known), default=0)
    if all(len(v) == width for v in known) or any(
            v[width:width + 1] not in ("", "-") for v in known):
        return values
    return tuple(None if v is None else v[:width] for v in values)


def spec_problems(specs: Sequence[SpecRow], models: Sequence[Model]) -> list[str]:
    """What in ``specs`` the ``models``' own fields do not make: each row's label and values.

    Examples:
        >>> from phicompare import default_catalog
        >>> models = [default_catalog().model(m) for m in ("phi-2", "phi-4-mini")]
        >>> rows = spec_rows([model_specs(m) for m in models])
        >>> spec_problems(rows, models)
        []
        >>> import attrs
        >>> edited = attrs.evolve(rows[1], label="Memory", values=("2048", "1000000"))
        >>> for problem in spec_problems((rows[0], edited, *rows[2:]), models):
        ...     print(problem.split(", but")[0])
        specs[1].label is 'Memory'
        specs[1].values are ['2048', '1000000']
    """
    due = {row.field: row for row in spec_rows([model_specs(m) for m in models])}
    problems = []
    for k, row in enumerate(specs):
        made = due.get(row.field)
        if made is None:
            problems.append(f"specs[{k}].field is {row.field!r}, but the models' fields give no "
                            "such row")
            continue
        if row.label != made.label:
            problems.append(f"specs[{k}].label is {row.label!r}, but {row.field} is labelled "
                            f"{made.label!r}")
        if (row.values, row.differs) != (made.values, made.differs):
            problems.append(f"specs[{k}].values are {list(row.values)}, but the models' "
                            f"{row.field} make them {list(made.values)}")
    if (shown := [row.field for row in specs]) != list(due):
        problems.append(f"specs are on fields {shown}, but the models' fields give {list(due)}")
    return problems
