r"""The one private cattrs converter: parsed TOML tables -> domain records, strictly.

A well-formed table is built by :mod:`phicompare.catalog.plain` (the same value hooks, no
cattrs); any other goes to the converter, which builds it or reports its problems.

Unknown keys, wrong types and bad values become :class:`~phicompare.exceptions.Problem`\\ s that
name the file, the key path and the value. cattrs and the converter are built on first use.
"""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import datetime as dt
import functools
import os
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, NamedTuple, cast, get_args, get_origin

import attrs

from phicompare.domain.capabilities import Capabilities
from phicompare.domain.limits import UsageLimits
from phicompare.domain.pricing import (
    PriceWindow,
    ProviderRoute,
    Tier,
)
from phicompare.domain.records import (
    Benchmark,
    BenchmarkScore,
    Model,
    Provider,
)
from phicompare.domain.rules import KeyValueError
from phicompare.exceptions import NO_VALUE, Problem

from . import plain
from .bundled import _DATA
from .plain import ENUMS, HOOKS, enum_hook, type_name
from .values import (
    PRICE_CEILING,
    check_bounds,
    check_checked,
    check_values,
    price_ceiling,
    render_path,
)

__all__ = ["KINDS", "Reference", "Table", "converter", "scan_file", "structure_file",
           "structure_record"]


class Reference(NamedTuple):
    """A name one model record uses that must resolve across all loaded files."""

    file: str
    path: str
    model: str
    what: str  # "provider", "benchmark" or "alias"
    value: object
    score: object = None

KINDS: Mapping[str, type[Any]] = {
    "providers": Provider,
    "benchmarks": Benchmark,
    "models": Model,
}
_TOP_KEYS = ("schema", "max_price", *KINDS)
_NESTED: Mapping[str, type[Any]] = {
    "capabilities": Capabilities,
    "scores": BenchmarkScore,
    "routes": ProviderRoute,
    "tiers": Tier,
    "windows": PriceWindow,
    "limits": UsageLimits,
}

_BUNDLED = os.path.join(_DATA, "")
"""The bundled data folder's files' prefix: the bundle tool checked their dates."""
_INVISIBLE = ("holds a control, invisible or direction character (shown as \\uXXXX); an id is "
              "plain text that reads as it is")
_SYNONYMS: Mapping[str, str] = {
    "cached_input": "cache_read", "cache_input": "cache_read", "cached": "cache_read",
    "input_cache_read": "cache_read", "cache_creation": "cache_write",
    "input_cache_write": "cache_write", "context": "context_window",
    "context_length": "context_window", "max_context": "context_window",
    "max_input_tokens": "context_window", "max_tokens": "max_output_tokens",
    "max_output": "max_output_tokens", "release_date": "released", "release": "released",
    "knowledge": "knowledge_cutoff", "params": "parameters_b", "parameters": "parameters_b",
    "licence": "license", "prompt": "input", "completion": "output",
    "input_price": "input", "output_price": "output", "url": "source",
}


@functools.cache
def converter(*, detailed: bool = False) -> Any:
    """The private converter, built once per mode; cattrs is imported here, not at package import.

    Both modes structure alike. The plain mode is fast to build and is used first; a record it
    rejects is structured again in the ``detailed`` mode, whose errors carry the key paths.
    """
    import cattrs  # noqa: PLC0415 - imported lazily to keep `import phicompare` cheap

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    for scalar, hook in HOOKS.items():
        conv.register_structure_hook(scalar, hook)
    for enum_class in ENUMS:
        conv.register_structure_hook(enum_class, enum_hook(enum_class))

    def tuple_factory(t: Any) -> Callable[[object, type[Any]], tuple[Any, ...]]:
        list_type: Any = cast("Any", list)[get_args(t)[0]]
        as_list = conv.get_structure_hook(list_type)

        def hook(value: object, _: type[Any]) -> tuple[Any, ...]:
            if not isinstance(value, list):
                msg = f"expected an array, got {type_name(value)}"
                raise TypeError(msg)
            return tuple(as_list(value, list_type))

        return hook

    conv.register_structure_hook_factory(_is_tuple, tuple_factory)
    # Two records hold capabilities (a model's, a route's optional own): one function for both,
    # where cattrs would generate it once for each.
    conv.register_structure_hook(Capabilities, conv.get_structure_hook(Capabilities))
    conv.register_unstructure_hook(Decimal, str)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    return conv


def _is_tuple(t: Any) -> bool:
    origin: Any = get_origin(t)
    return origin is tuple


def _lookup(data: object, path: list[str | int]) -> object:
    for step in path:
        if isinstance(step, int) and isinstance(data, list) and step < len(data):  # noqa: SIM114
            data = data[step]
        elif isinstance(step, str) and isinstance(data, dict) and step in data:
            data = data[step]
        else:
            return NO_VALUE
    return data


def _fields_of(path: list[str | int]) -> list[str]:
    """The keys allowed at ``path`` (for near-miss suggestions)."""
    keys = [step for step in path if isinstance(step, str)]
    cls: Any = KINDS.get(keys[0]) if keys else None
    for key in keys[1:]:
        cls = _NESTED.get(key)
    return [f.name for f in attrs.fields(cls)] if cls is not None else []


def _problems_from(exc: BaseException, data: object, path: list[str | int], file: str,
                   out: list[Problem]) -> None:
    """Flatten cattrs' nested validation errors into problems with key paths."""
    import cattrs  # noqa: PLC0415

    if isinstance(exc, cattrs.IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            _problems_from(sub, data, [*path, note.index], file, out)
        for sub in without:
            _problems_from(sub, data, path, file, out)
    elif isinstance(exc, cattrs.ClassValidationError):
        with_fields, rest = exc.group_exceptions()
        for sub, field_note in with_fields:
            if isinstance(sub, KeyError):
                hint = ""
                if path and path[-1] == "limits" and field_note.name in ("source", "checked"):
                    hint = (": usage limits need the URL they were read from and the date "
                            "checked")
                elif "routes" in path and field_note.name in ("source", "checked"):
                    hint = ": a route price needs the URL it was read from and the date checked"
                out.append(Problem(file, render_path([*path, field_note.name]), NO_VALUE,
                                   f"missing required key{hint}"))
            else:
                _problems_from(sub, data, [*path, field_note.name], file, out)
        for sub in rest:
            _problems_from(sub, data, path, file, out)
    elif isinstance(exc, cattrs.ForbiddenExtraKeysError):
        allowed = _fields_of(path)
        for key in sorted(exc.extra_fields):
            out.append(_unknown_key(file, [*path, key], _lookup(data, [*path, key]), allowed))
    else:
        out.append(_validator_problem(exc, data, path, file))


def _validator_problem(exc: BaseException, data: object, path: list[str | int],
                       file: str) -> Problem:
    """A validator's error at the key it names (:class:`KeyValueError`), else at its table.

    The value is the key's as the file wrote it; a whole table is not shown (its Python form,
    ``datetime.date(...)`` and ``Decimal(...)``, is no TOML: review 27, P8), the message says
    what is wrong with it.
    """
    message = str(exc)
    if isinstance(exc, KeyValueError):
        path = [*path, exc.key, *([] if exc.index is None else [exc.index])]
        message = exc.detail or message.removeprefix(f"{exc.key}: ")
    value = _lookup(data, path)
    return Problem(file, render_path(path), NO_VALUE if _is_table(value) else value, message)


def _is_table(value: object) -> bool:
    """Whether ``value`` is a table, or an array holding one: shown by its key path alone."""
    return isinstance(value, dict) or (isinstance(value, list)
                                       and any(isinstance(v, (dict, list)) for v in value))


_LOWER = ("a model id is lower case, without spaces: write {!r} (the name the model is "
          "compared under) and keep another spelling in `aliases`")


def _not_lower(model_id: str) -> bool:
    """Whether a model id has a capital letter or a space (``Acme-7B``, ``acme 7b``).

    Examples:
        >>> _not_lower("acme-7b"), _not_lower("Acme-7B"), _not_lower("acme 7b")
        (False, True, True)
        >>> _not_lower("   ")  # (an empty id is refused as empty)
        False
    """
    return bool(model_id.strip()) and (model_id != model_id.lower()
                                       or any(c.isspace() for c in model_id))


def _made_by_header(kind: str, items: object) -> str:
    """Why ``kind`` is a table: a ``[kind.sub]`` header with no ``[[kind]]`` above it.

    A misspelt ``[[model]]`` leaves its ``[models.capabilities]`` header making ``models`` a
    table of its own (review 40).

    Examples:
        >>> _made_by_header("models", {"capabilities": {"vision": False}})[:62]
        '; the header [models.capabilities] made it a table: is a [[mod'
    """
    if not isinstance(items, dict) or not items or not all(
            _is_table(v) for v in items.values()):
        return ""  # ([models] with keys of its own: one table, said as such)
    header = f"[{kind}.{next(iter(items))}]"
    return (f"; the header {header} made it a table: is a [[{kind}]] header above it "
            "misspelt or missing?")


def _unknown_key(file: str, path: list[str | int], value: object,
                 allowed: list[str]) -> Problem:
    import difflib  # noqa: PLC0415 - error path only

    key = str(path[-1])
    synonym = _SYNONYMS.get(key)
    close = [synonym] if synonym in allowed else []
    close = close or difflib.get_close_matches(key, allowed, n=1, cutoff=0.5)
    if not close:
        stem = key.split("_", maxsplit=1)[0]
        close = [a for a in allowed if a.split("_", maxsplit=1)[0] == stem and a != key][:1]
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return Problem(file, render_path(path), value, f"unknown key{hint}")


def _check_routes(model: Model, path: list[str | int], file: str, out: list[Problem]) -> None:
    seen: set[tuple[str, str | None, dt.date | None]] = set()
    for i, route in enumerate(model.routes):
        key = (route.provider, route.provider_model_id, route.effective_from)
        if key in seen:
            out.append(Problem(file, render_path([*path, "routes", i]), route.provider,
                               "duplicate route: same provider, provider_model_id and "
                               "effective_from as an earlier route"))
        seen.add(key)


def _references(raw: dict[str, Any], path: list[str | int], file: str) -> list[Reference]:
    """The names a raw model table uses, read even when the record itself is broken."""
    model = raw.get("id")
    model = model if isinstance(model, str) else render_path(path)
    refs: list[Reference] = []
    for what, list_key, key in (("alias", "aliases", None), ("provider", "routes", "provider"),
                                ("benchmark", "scores", "benchmark")):
        items = raw.get(list_key)
        for i, item in enumerate(items if isinstance(items, list) else []):
            value = item.get(key) if key and isinstance(item, dict) else item
            if not isinstance(value, str):
                continue
            where = [*path, list_key, i] + ([key] if key else [])
            score = item.get("score") if what == "benchmark" else None
            refs.append(Reference(file, render_path(where), model, what, value, score))
    return refs


class Table(NamedTuple):
    """One record's table in a parsed file, checked as far as the file alone allows."""

    kind: str
    """``providers``, ``benchmarks`` or ``models``."""
    position: int
    """Its index under ``[[kind]]``."""
    raw: dict[str, Any]


def scan_file(data: dict[str, Any], file: str, *, references: bool = True,
              ) -> tuple[list[Table], Decimal, list[Problem], list[Reference]]:
    """The record tables of one parsed file, ready for :func:`structure_record`.

    ``references=False`` leaves out the names model tables use (none returned): the bundled
    index's reader resolves none, so it is spared collecting them for every model it reads.

    Returns:
        The tables, in file order (a table with a problem found here is left out), the file's
        price ceiling, the problems (unknown top-level keys, schema, ids that are not plain text
        or repeat within the file) and the names that model tables use, to be resolved once
        every file is read (none with ``references=False``: the bundled catalog's shelf, whose
        names the bundle tool resolved, does not read them).
    """
    problems: list[Problem] = []
    refs: list[Reference] = []
    tables: list[Table] = []
    for key, value in data.items():
        if key not in _TOP_KEYS:
            problems.append(_unknown_key(file, [key], value, list(_TOP_KEYS)))
    schema = data.get("schema", 1)
    if schema != 1 or isinstance(schema, bool):
        problems.append(Problem(file, "schema", schema,
                                "unsupported catalog schema; this phicompare reads schema = 1"))
        return tables, PRICE_CEILING, problems, refs
    ceiling = price_ceiling(data, file, problems)
    for kind in KINDS:
        items = data.get(kind, [])
        if not isinstance(items, list):
            problems.append(Problem(file, kind, NO_VALUE if _is_table(items) else items,
                                    f"expected an array of tables ([[{kind}]])"
                                    + _made_by_header(kind, items)))
            continue
        seen: dict[str, int] = {}
        for index, raw in enumerate(items):
            path: list[str | int] = [kind, index]
            if not isinstance(raw, dict):
                problems.append(Problem(file, render_path(path), raw, "expected a table"))
                continue
            raw_id = raw.get("id")
            if isinstance(raw_id, str) and not raw_id.isprintable():
                problems.append(Problem(file, render_path([*path, "id"]), raw_id, _INVISIBLE))
                continue
            if kind == "models" and isinstance(raw_id, str) and _not_lower(raw_id):
                # said, and the record still read: its other problems are listed with it
                problems.append(Problem(file, render_path([*path, "id"]), raw_id, _LOWER.format(
                    "-".join(raw_id.lower().split()))))
            if isinstance(raw_id, str) and raw_id in seen:
                problems.append(Problem(
                    file, render_path([*path, "id"]), raw_id,
                    f"duplicate id: {kind}[{seen[raw_id]}] in this file has it too"))
                continue
            if isinstance(raw_id, str):
                seen[raw_id] = index
            if references and kind == "models":
                refs.extend(_references(raw, path, file))
            tables.append(Table(kind, index, raw))
    return tables, ceiling, problems, refs


def structure_record(table: Table, data: dict[str, Any], file: str, ceiling: Decimal,
                     problems: list[Problem]) -> Any:
    """The record of one table of ``data`` (the parsed file), or ``None`` with its problems added.

    A model whose routes repeat one another is returned with the problem added.
    """
    path: list[str | int] = [table.kind, table.position]
    try:
        record = _structure(table.raw, KINDS[table.kind])
    except Exception:  # noqa: BLE001 - every structuring error becomes a problem
        # The slow path, for broken records only: value rules with exact key paths,
        # then cattrs' detailed errors for the rest.
        before = len(problems)
        check_values(table.raw, path, file, problems)
        try:
            converter(detailed=True).structure(table.raw, KINDS[table.kind])
        except Exception as exc:  # noqa: BLE001
            flagged = [p.path for p in problems[before:]]
            found: list[Problem] = []
            _problems_from(exc, data, path, file, found)
            # A validator's error restates a value rule already reported at its key.
            problems.extend(p for p in found if not any(f.startswith(p.path) for f in flagged))
        return None
    before = len(problems)
    check_bounds(record, path, file, ceiling, problems)
    if not file.startswith(_BUNDLED):  # the bundle tool dated those: a slow clock refuses none
        check_checked(record, path, file, problems)
    if len(problems) > before:  # an absurd figure: the record is left out, as broken
        return None
    if isinstance(record, Model):
        _check_routes(record, path, file, problems)
    return record


def _structure(raw: dict[str, Any], cls: type[Any]) -> Any:
    """The record of a table: built plainly when it is plain, else by the converter."""
    try:
        return plain.structure(raw, cls)
    except Exception:  # noqa: BLE001 - not plain: the converter decides, or reports
        return converter().structure(raw, cls)


def structure_file(data: dict[str, Any], file: str, *, references: bool = True,
                   ) -> tuple[dict[str, list[tuple[int, Any]]], list[Problem], list[Reference]]:
    """Structure one parsed file into records, collecting every problem in it.

    Returns:
        The records per kind (``providers``, ``benchmarks``, ``models``) with their index in the
        file, the problems (a record with a problem is left out of the records), and the names
        that model tables use, to be resolved once every file is read (none with
        ``references=False``, as :func:`scan_file` takes it).
    """
    tables, ceiling, problems, refs = scan_file(data, file, references=references)
    records: dict[str, list[tuple[int, Any]]] = {kind: [] for kind in KINDS}
    for table in tables:
        record = structure_record(table, data, file, ceiling, problems)
        if record is not None:
            records[table.kind].append((table.position, record))
    return records, problems, refs
