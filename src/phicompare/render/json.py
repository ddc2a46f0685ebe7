"""JSON: the comparison's facts (``Comparison.to_dict()``) with its narrative beside them."""

from __future__ import annotations

import json
from json.encoder import encode_basestring_ascii as encode
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["indented", "render_json"]


def render_json(c: Comparison) -> str:
    r"""The comparison as indented JSON: ``to_dict()`` plus a ``narrative`` key with every claim.

    Decimals are strings (money stays exact), dates ISO strings; the output is ASCII (other
    characters as ``\u`` escapes), so it survives any terminal or file encoding.

    Examples:
        >>> import json
        >>> from phicompare import compare
        >>> data = json.loads(render_json(compare("phi-2", "phi-4-mini")))
        >>> data["format"], data["narrative"]["title"]
        (1, 'Phi-2 vs Phi-4 Mini')
    """
    from phicompare.render.serialize import unstructure  # noqa: PLC0415

    return indented({**c.to_dict(), "narrative": unstructure(c.narrative)}) + "\n"


def indented(value: object, margin: str = "") -> str:
    r"""``json.dumps(value, indent=2)``, character for character, for JSON-ready values.

    The standard library writes indented JSON with its pure-Python encoder (its C encoder
    only writes compact JSON), which spends most of a JSON page's time yielding small
    pieces; this writes each container with one join and each string with the C escaper
    ``json.dumps`` itself uses. Values are what ``to_dict()`` gives: dicts, lists and tuples,
    strings, integers, floats, booleans and ``None``.

    Raises:
        TypeError: a value JSON cannot hold (as ``json.dumps`` raises).

    Examples:
        >>> print(indented({"a": [1, "\u00e9", None], "b": {}}))
        {
          "a": [
            1,
            "\u00e9",
            null
          ],
          "b": {}
        }
    """
    if isinstance(value, str):
        return encode(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    inner = margin + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        # (a string, most keys and values, is escaped in place: no call of this function)
        items = [f"{inner}{encode(key) if key.__class__ is str else _key(key)}: "
                 f"{encode(item) if item.__class__ is str else indented(item, inner)}"
                 for key, item in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{margin}}}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return ("[\n" + ",\n".join([
            inner + (encode(item) if item.__class__ is str else indented(item, inner))
            for item in value]) + f"\n{margin}]")
    if isinstance(value, int):
        return int.__repr__(value)  # as json.dumps writes an int (a bool is caught above)
    if isinstance(value, float):
        return json.dumps(value)  # the standard spelling, NaN and Infinity included
    msg = f"Object of type {type(value).__name__} is not JSON serializable"
    raise TypeError(msg)


def _key(key: object) -> str:
    """A dict key as ``json.dumps`` writes it: a string, or a number or constant as a string."""
    if isinstance(key, str):
        return encode(key)
    if isinstance(key, (int, float)) or key is None:
        return encode(json.dumps(key))  # 1 -> "1", True -> "true", None -> "null"
    msg = f"keys must be str, int, float, bool or None, not {type(key).__name__}"
    raise TypeError(msg)
