"""The models an unknown name is close to: :meth:`Catalog.suggest <phicompare.Catalog.suggest>`.

Models whose display name is the name come first (several may share one), then ids and aliases
that begin with it, then others close to it. A provider's route id that names no model
(``accounts/fireworks/models/phi-2-3b``, ``bedrock/anthropic.claude-3-haiku-20240307-v1:0``) is
read without its path, vendor prefix and version suffix too
(:func:`~phicompare.domain.names.route_id_forms`): the model a shorter form names comes first,
then those close to the shortest form (review 34, #3: the path's words drowned the model's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from phicompare.domain.names import alike_key, normalize_name, route_id_forms

__all__ = ["close_models"]


class _Named(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


def close_models(name: str, by_name: Mapping[str, str], rows: Iterable[_Named],
                 limit: int) -> tuple[str, ...]:
    """Up to ``limit`` ids of the models close to ``name``, closest first.

    ``by_name`` maps each normalised name to its model's id (the catalog's index); ``rows``
    are the models (or index rows), in catalog order.

    Examples:
        >>> from phicompare import default_catalog
        >>> default_catalog().suggest("bedrock/anthropic.claude-3-haiku-20240307-v1:0")[0]
        'claude-3-haiku'
        >>> default_catalog().suggest("accounts/fireworks/models/phi-2-3x")[0]
        'phi-2'
    """
    import unicodedata  # noqa: PLC0415 - only needed on the error path

    name = unicodedata.normalize("NFKC", name)  # a full-width "ｐｈｉ-２" is phi-2's (review 34)
    key = normalize_name(name)
    if not key:  # "" or "-" is close to no name, not to a model named "-"
        return ()
    forms = [normalize_name(form) for form in route_id_forms(name)]
    found = [by_name[form] for form in forms if form in by_name]
    rows = tuple(rows)
    for typed in dict.fromkeys([*forms[-1:], key]):  # (the shortest form's likes first)
        found += _close(typed, by_name, rows, limit)
    return tuple(dict.fromkeys(found))[:limit]


def _close(key: str, by_name: Mapping[str, str], rows: tuple[_Named, ...],
           limit: int) -> list[str]:
    import difflib  # noqa: PLC0415 - only needed on the error path

    close = difflib.get_close_matches(key, list(by_name), n=limit * 4, cutoff=0.6)
    # a name that begins with what was typed first: "claude" suggests Claude models before
    # "deepclaude" (review 24)
    close.sort(key=lambda match: not match.startswith(key))
    # first the models whose display name it is: "Command R+" names two (review 24)
    found = [row.id for row in rows if alike_key(row.name) == key]
    for match in close:
        model_id = by_name[match]
        if model_id not in found:
            found.append(model_id)
    if not found:
        found = sorted({m for k, m in by_name.items() if key in k})
    return found
