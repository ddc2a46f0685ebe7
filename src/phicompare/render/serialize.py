"""JSON form of results: one private converter, Decimals and dates as strings.

Money stays exact through JSON: a Decimal becomes its string in fixed-point notation (``"102.50"``,
``"0.00000005"``, never ``"5E-8"``) and comes back as an equal Decimal. A fact that refers to a
model (``estimate.model``, ``gap.a``) is written as the model's position in ``models``, under the
field's plain name (``"model": 0``), and read back as the very model object the comparison holds.
This converter is for results; catalogs are read by the strict loader's converter.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from phicompare.analysis.comparison import Comparison
from phicompare.analysis.cost import money_text
from phicompare.domain.records import Model
from phicompare.exceptions import ComparisonError
from phicompare.narrative.claims import (
    Check,
    Claim,
    Evidence,
    EvidenceKind,
    Narrative,
    Row,
    canonical,
)

__all__ = ["structure", "unstructure"]

_T = TypeVar("_T")


def _decimal(value: object, _: type[Any]) -> Decimal:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        try:
            number = Decimal(value)
        except ArithmeticError:  # decimal.InvalidOperation
            number = Decimal("NaN")
        if number.is_finite():
            return number
    msg = f"expected a decimal string such as '102.50', got {value!r}"
    raise TypeError(msg)


def _plain(value: Decimal) -> str:
    """A Decimal in fixed-point notation: what JSON readers and the schema's pattern expect."""
    return format(value, "f")


def _date(value: object, _: type[Any]) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    msg = f"expected an ISO date string, got {value!r}"
    raise TypeError(msg)


def _text(value: object, cls: type[Any]) -> str:
    if isinstance(value, str):  # (a str enum too is read here, by its value)
        return value if cls is str else cls(value)
    msg = f"expected text, got {value!r}"  # (cattrs made 5 '5' and None 'None': review 42)
    raise TypeError(msg)


def _flag(value: object, _: type[Any]) -> bool:
    if isinstance(value, bool):
        return value
    msg = f"expected true or false, got {value!r}"  # (cattrs made "false" True: review 42)
    raise TypeError(msg)


def _whole(value: object, cls: type[Any]) -> int:
    if isinstance(value, int) and not isinstance(value, bool):  # (an int enum by its value)
        return value if cls is int else cls(value)
    msg = f"expected a whole number, got {value!r}"  # (cattrs made 2048.9 2048: review 42)
    raise TypeError(msg)


@functools.cache
def _converter() -> Any:
    import cattrs  # noqa: PLC0415

    # Comparison names its narrative's type for type checkers only (the narrative sits above
    # analysis); resolve it here, once, before cattrs reads the annotations.
    attrs.resolve_types(Comparison, localns={"Narrative": Narrative})
    conv = cattrs.Converter(forbid_extra_keys=True, unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(Decimal, _plain)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _date)
    conv.register_structure_hook(str, _text)
    conv.register_structure_hook(bool, _flag)
    conv.register_structure_hook(int, _whole)
    conv.register_unstructure_hook_factory(_has_json_fields,
                                           lambda cls: _unstructure_refs(conv, cls))
    conv.register_structure_hook_factory(_has_model_refs, lambda cls: _structure_refs(conv, cls))
    conv.register_structure_hook(Model, _structure_model(conv))
    conv.register_structure_hook_factory(
        lambda t: t is Comparison, lambda cls: _structure_comparison(conv, cls))
    # A check is a named tuple: JSON writes it as an object of its fields.
    conv.register_unstructure_hook(Check, lambda check: {
        "op": check.op.value, "paths": list(check.paths), "values": list(check.values)})
    # A claim's evidence may be built on first read (narrative/claims.py): JSON reads it.
    conv.register_unstructure_hook(Claim, lambda claim: {
        "key": claim.key, "text": claim.text, "evidence": conv.unstructure(claim.evidence),
        "checks": conv.unstructure(claim.checks)})
    conv.register_unstructure_hook(Row, lambda row: {
        "key": row.key, "label": row.label, "cells": list(row.cells),
        "evidence": conv.unstructure(row.evidence), "checks": conv.unstructure(row.checks)})
    fields = _money_fields()  # (read once with the converter)
    conv.register_unstructure_hook(Evidence, lambda e: {
        "path": e.path, "value": _money(e.value) if isinstance(e.value, Decimal)
        and (e.kind in _MONEY_KINDS or _money_path(e.path, fields)) else canonical(e.value),
        "shown": e.shown, "kind": e.kind.value, "source": e.source})
    return conv


def _has_model_refs(cls: Any) -> bool:
    """Whether ``cls`` holds models by reference (fact records: see ``analysis/facts.py``)."""
    return attrs.has(cls) and any("json" in f.metadata for f in attrs.fields(cls))


_MONEY_KINDS = frozenset({EvidenceKind.MONEY, EvidenceKind.MONEY_ABS, EvidenceKind.PRICE,
                          EvidenceKind.PRICE_3, EvidenceKind.PRICE_4})
"""Evidence shown as money: its value at the facts' one scale in JSON (review 8, G15; the
blended prices' three- and four-place forms too, review 9, H17: ``"0.1"`` beside ``"0.10"``)."""

_MONEY_ROOTS = frozenset({"cost", "routes", "friction", "models"})
"""The facts whose fields marked ``MONEY`` hold money (a benchmark's ``gap`` is points)."""


def _money_fields() -> frozenset[str]:
    """The names of the fields marked ``MONEY`` in the facts of :data:`_MONEY_ROOTS`."""
    from phicompare.analysis.cost import CostLine, RouteBill  # noqa: PLC0415
    from phicompare.analysis.facts import CostEstimate, CostFacts, RouteRow  # noqa: PLC0415
    from phicompare.analysis.friction_facts import FrictionItem  # noqa: PLC0415
    from phicompare.domain.pricing import PriceWindow, ProviderRoute, Tier  # noqa: PLC0415

    return frozenset(f.name for cls in (CostLine, RouteBill, CostEstimate, CostFacts, RouteRow,
                                        FrictionItem, PriceWindow, ProviderRoute, Tier)
                     for f in attrs.fields(cls) if f.metadata.get("money"))


def _money_path(path: str, fields: frozenset[str]) -> bool:
    """Whether evidence at ``path`` is a money field (one of ``fields``), whatever its kind.

    Evidence that is quoted, not shown, is of kind ``text`` (``cost.estimates[0].monthly``
    beside a sentence's "cheaper"): its value is at the field's scale all the same, ``"0.20"``
    as the field writes it, not ``"0.2"`` (review 9, H17).
    """
    parts = path.split(".")
    return parts[0].split("[")[0] in _MONEY_ROOTS and parts[-1].split("[")[0] in fields


def _has_json_fields(cls: Any) -> bool:
    """Whether ``cls`` holds models by reference or money (``phicompare.domain.record.MONEY``)."""
    return attrs.has(cls) and any("json" in f.metadata or "money" in f.metadata
                                  for f in attrs.fields(cls))


def _money(value: Decimal | None) -> str | None:
    """An amount or a price in USD at one scale: to the cent at least (review 8, G15)."""
    return None if value is None else money_text(value)


def _unstructure_refs(conv: Any, cls: type[Any]) -> Any:
    """JSON of a record: each model it holds as its position, under the field's plain name.

    Money at one scale (``"745.00"``, not ``"745.0"`` beside ``"1980.00"``; review 8, G15).
    """
    from cattrs.gen import make_dict_unstructure_fn, override  # noqa: PLC0415

    overrides: dict[str, Any] = {
        f.name: override(omit=True) if f.metadata.get("model_ref")
        else override(unstruct_hook=_money) if f.metadata.get("money")
        else override(rename=f.metadata["json"]) for f in attrs.fields(cls) if f.metadata}
    return make_dict_unstructure_fn(cls, conv, **overrides)


_MODELS: contextvars.ContextVar[tuple[Model, ...]] = contextvars.ContextVar("models")
"""The models of the comparison being read back, for the positions its facts hold (per call)."""
_REF = "\x00model "
"""Prefix of the private keys models are passed in (no JSON key starts with a NUL)."""


def _structure_refs(conv: Any, cls: type[Any]) -> Any:
    """A fact record from JSON: each position resolved to the comparison's model.

    The generated function reads each model from a private key that this hook fills in from
    the position, so cattrs still reports every wrong key with its path.
    """
    from cattrs.gen import make_dict_structure_fn, override  # noqa: PLC0415

    keys = {f.name: f.metadata["json"] for f in attrs.fields(cls) if "json" in f.metadata}
    refs = {f.name: next(key for name, key in keys.items() if name.startswith(f.name + "_"))
            for f in attrs.fields(cls) if f.metadata.get("model_ref")}
    overrides: dict[str, Any] = {name: override(rename=key) for name, key in keys.items()}
    overrides.update({ref: override(rename=_REF + ref) for ref in refs})
    plain = make_dict_structure_fn(cls, conv, **overrides)

    def structure(data: Any, _: type[Any]) -> Any:
        if isinstance(data, dict):
            models = _MODELS.get()
            data = {**data, **{_REF + ref: _resolve(models, data[key], key)
                               for ref, key in refs.items() if key in data}}
        return plain(data, cls)

    return structure


def _resolve(models: tuple[Model, ...], position: object, key: str) -> object:
    """The model at ``position`` (or the models at a list of positions), read from ``key``."""
    if isinstance(position, list):
        return tuple(_resolve(models, p, key) for p in position)
    if isinstance(position, int) and not isinstance(position, bool) and 0 <= position < len(models):
        return models[position]
    msg = f"{key}: expected the position of one of the {len(models)} models, got {position!r}"
    raise ValueError(msg)


def _structure_model(conv: Any) -> Any:
    """Models from JSON; a model a fact record refers to arrives as the Model itself."""
    from cattrs.gen import make_dict_structure_fn  # noqa: PLC0415

    plain = make_dict_structure_fn(Model, conv)

    def structure(data: Any, _: type[Any]) -> Model:
        return data if isinstance(data, Model) else plain(data, Model)

    return structure


def _structure_comparison(conv: Any, cls: type[Any]) -> Any:
    """A comparison from JSON: its models first, so that its facts can refer to them."""
    from cattrs.gen import make_dict_structure_fn, override  # noqa: PLC0415

    plain = make_dict_structure_fn(
        cls, conv, models=override(struct_hook=lambda _data, _type: _MODELS.get()))
    as_models = conv.get_structure_hook(tuple[Model, ...])

    def structure(data: Any, _: type[Any]) -> Any:
        from cattrs import BaseValidationError, ClassValidationError  # noqa: PLC0415
        from cattrs.errors import AttributeValidationNote  # noqa: PLC0415

        try:
            models = as_models(data["models"], tuple[Model, ...]) if isinstance(data, dict) else ()
        except BaseValidationError as exc:  # read first, and at its key (review 40, #2)
            exc.__notes__ = [*getattr(exc, "__notes__", []), AttributeValidationNote(
                f"Structuring class {cls.__name__} @ attribute models", "models",
                tuple[Model, ...])]
            raise ClassValidationError(f"While structuring {cls.__name__}", [exc],
                                       cls) from None
        token = _MODELS.set(models)
        try:
            return plain(data, cls)
        finally:
            _MODELS.reset(token)

    return structure


_SHOWN = 5
"""Problems a ComparisonError message lists at most (it says how many more there are)."""


def unstructure(obj: object) -> dict[str, Any]:
    """``obj`` as plain dicts, lists, strings, numbers and booleans."""
    result: dict[str, Any] = _converter().unstructure(obj)
    return result


def structure(data: dict[str, Any], cls: type[_T]) -> _T:
    """An instance of ``cls`` from :func:`unstructure`'s output.

    Raises:
        ComparisonError: the data does not describe a ``cls``; the message lists every problem
            as ``key path = value: what is wrong``, a comparison's paths the dict's own.
    """
    import cattrs  # noqa: PLC0415

    from .structure_errors import problems as described  # noqa: PLC0415 - the error path

    try:
        result: _T = _converter().structure(data, cls)
    except cattrs.BaseValidationError as exc:  # each at the dict's key path (review 40, #2)
        found = described(exc, data, "" if cls is Comparison else cls.__name__)
        problems = "; ".join(found[:_SHOWN])
        if len(found) > _SHOWN:
            problems += f"; and {len(found) - _SHOWN} more"
        msg = f"not a valid {cls.__name__}: {problems}"
        raise ComparisonError(msg) from None
    return result
