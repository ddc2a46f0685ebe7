"""JSON: the comparison's facts (``Comparison.to_dict()``) with its narrative beside them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["render_json"]


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

    return json.dumps({**c.to_dict(), "narrative": unstructure(c.narrative)}, indent=2) + "\n"
