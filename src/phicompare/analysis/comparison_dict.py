"""A comparison's dict, as ``Comparison.to_dict()`` writes it: its format, and what is read back.

``Comparison.from_dict()`` takes the dict :func:`readable_body` leaves (the format checked,
derived sections dropped, at least two models) and structures it; the facts' consistency is
checked after (:func:`phicompare.analysis.checks.inconsistencies`).
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING, Any

import attrs

from phicompare.domain.arguments import kind
from phicompare.exceptions import ArgumentError, ComparisonError

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["FORMAT_VERSION", "comparison_from", "json_dict", "readable_body"]

FORMAT_VERSION = 1
"""The format of ``to_dict()``'s dict (its ``format`` key) and of the published schema."""


def readable_body(data: object, fields: Container[str]) -> dict[str, Any]:
    """``data`` without its ``format`` and the keys that are not ``fields``, once checked.

    Raises:
        ComparisonError: ``data`` is not a dict, not of this format, or of fewer than two
            models.

    Examples:
        >>> readable_body({"format": 1, "models": [{}, {}], "narrative": {}}, {"models"})
        {'models': [{}, {}]}
        >>> readable_body({"format": 2}, {"models"})
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: unsupported comparison format 2; expected 1
    """
    if not isinstance(data, dict):  # a JSON list or string passed by mistake
        from .text_forms import dict_refused  # noqa: PLC0415

        raise ArgumentError(dict_refused(data))
    body = dict(data)
    version = body.pop("format", None)
    if version != FORMAT_VERSION:
        msg = f"unsupported comparison format {version!r}; expected {FORMAT_VERSION}"
        raise ComparisonError(msg)
    for key in [k for k in body if k not in fields]:
        del body[key]  # derived sections (narrative, rendered text) are recomputed
    models = body.get("models")
    if not isinstance(models, list) or len(models) < 2:
        count = len(models) if isinstance(models, list) else repr(models)
        msg = f"not a consistent comparison: it holds at least two models, got {count}"
        raise ComparisonError(msg)
    return body


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
