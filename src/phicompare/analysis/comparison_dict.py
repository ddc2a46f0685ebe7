"""A comparison's dict, as ``Comparison.to_dict()`` writes it: its format, and what is read back.

``Comparison.from_dict()`` takes the dict :func:`readable_body` leaves (the format checked,
derived sections dropped, at least two models) and structures it; the facts' consistency is
checked after (:func:`phicompare.analysis.checks.inconsistencies`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from phicompare.domain.arguments import kind
from phicompare.exceptions import ArgumentError, ComparisonError

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["DERIVED", "FORMAT_VERSION", "comparison_from", "joined_path", "json_dict",
           "readable_body", "unknown_key"]

FORMAT_VERSION = 1
"""The format of ``to_dict()``'s dict (its ``format`` key) and of the published schema."""
DERIVED = frozenset({"narrative"})
"""The sections ``to_json()`` writes beside the facts that are recomputed, not read back."""


def readable_body(data: object, fields: Collection[str]) -> dict[str, Any]:
    """``data`` without its ``format`` and its :data:`DERIVED` sections, once checked.

    Raises:
        ComparisonError: ``data`` is not a dict, not of this format, holds a key that is
            neither one of ``fields`` nor derived (with the closest), or fewer than two models.

    Examples:
        >>> readable_body({"format": 1, "models": [{}, {}], "narrative": {}}, {"models"})
        {'models': [{}, {}]}
        >>> readable_body({"format": 2}, {"models"})
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: unsupported comparison format 2; expected 1
        >>> readable_body({"format": 1, "model": []}, {"models"})
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: not a valid Comparison: model: unknown key; did \
you mean 'models'?
    """
    if not isinstance(data, dict):  # a JSON list or string passed by mistake
        from .text_forms import dict_refused  # noqa: PLC0415

        raise ArgumentError(dict_refused(data))
    body = dict(data)
    version = body.pop("format", None)
    if version != FORMAT_VERSION:
        msg = f"unsupported comparison format {version!r}; expected {FORMAT_VERSION}"
        raise ComparisonError(msg)
    unknown = [k for k in body if k not in fields and k not in DERIVED]
    if unknown:  # a typo is refused, as one inside the dict is (review 40, #2)
        known = sorted({*(str(k) for k in fields if not str(k).startswith("_")), *DERIVED})
        found = "; ".join(unknown_key("", str(k), known) for k in unknown)
        raise ComparisonError(f"not a valid Comparison: {found}")
    for key in [k for k in body if k not in fields or str(k).startswith("_")]:
        del body[key]  # derived sections (the narrative) are recomputed
    models = body.get("models")
    if not isinstance(models, list) or len(models) < 2:
        count = len(models) if isinstance(models, list) else repr(models)
        msg = f"not a consistent comparison: it holds at least two models, got {count}"
        raise ComparisonError(msg)
    return body


def joined_path(path: str, step: str | int) -> str:
    """The key path ``path`` one key (a str) or position (an int) further.

    Examples:
        >>> joined_path("", "models"), joined_path("models", 0), joined_path("models[0]", "id")
        ('models', 'models[0]', 'models[0].id')
    """
    if isinstance(step, int):
        return f"{path}[{step}]"
    return f"{path}.{step}" if path else step


def unknown_key(path: str, key: str, known: Iterable[str]) -> str:
    """The problem of an unknown ``key`` at ``path``, with the closest of ``known``.

    Examples:
        >>> unknown_key("", "trafic", ["traffic", "models"])
        "trafic: unknown key; did you mean 'traffic'?"
    """
    import difflib  # noqa: PLC0415 - the error path only

    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"{joined_path(path, key)}: unknown key{hint}"


def json_dict(text: str | bytes) -> dict[str, Any]:
    """The JSON object ``text`` holds (``Comparison.from_json()`` reads it with ``from_dict``).

    Raises:
        ComparisonError: (a ``ValueError``) ``text`` is not JSON (the parser's line and
            column are given), or holds no JSON object.
        ArgumentError: (a ``TypeError``) ``text`` is not a str or bytes.

    Examples:
        >>> json_dict('{"format": 1}')
        {'format': 1}
        >>> json_dict("[1, 2]")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: not a comparison's JSON: a JSON list, not an object
    """
    import json  # noqa: PLC0415 - the first comparison reads no JSON (issue 16's budget)

    if not isinstance(text, (str, bytes, bytearray)):
        hint = (": to_dict()'s dict is read by Comparison.from_dict(data)"  # type: ignore[unreachable]
                if isinstance(text, dict) else "")
        msg = f"Comparison.from_json takes to_json()'s text (str or bytes), got {kind(text)}"
        raise ArgumentError(msg + hint)
    try:
        data = json.loads(text)
    except ValueError as exc:  # (JSONDecodeError, and bytes that are not UTF-8)
        msg = f"not a comparison's JSON: {exc}"
        raise ComparisonError(msg) from None
    if not isinstance(data, dict):
        msg = f"not a comparison's JSON: a JSON {type(data).__name__}, not an object"
        raise ComparisonError(msg)
    return data


def comparison_from(cls: type[Comparison], data: object) -> Comparison:
    """``Comparison.from_dict(data)``: the :func:`readable_body` structured, then its facts checked.

    Raises:
        ComparisonError: ``data`` is no comparison of this format, or its facts do not fit
            together (:func:`phicompare.analysis.checks.inconsistencies`).

    Examples:
        >>> from phicompare import Comparison, compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> comparison_from(Comparison, c.to_dict()) == c
        True
    """
    from phicompare.render.serialize import structure  # noqa: PLC0415 - the one upward call

    comparison = structure(readable_body(data, attrs.fields_dict(cls)), cls)
    problems = comparison.inconsistencies()
    if problems:
        msg = f"not a consistent comparison: {'; '.join(problems)}"
        raise ComparisonError(msg)
    return comparison
