"""The evidence of a model's name as a recommendation's output shows it (review 36, #4).

A name two listed models share is shown with the model's id (``Recommendation.names``): "Command
R+ (command-r-plus-08-2024)". Its evidence is the name, and the id where it is shown, each
checked to be in the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .claims import Evidence
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.domain.records import Model

__all__ = ["name_evidence"]


def name_evidence(path: str, model: Model, shown: str) -> tuple[Evidence, ...]:
    """The evidence of ``model``'s name shown as ``shown``, at ``path`` (its model's).

    Examples:
        >>> from phicompare import load_catalog
        >>> m = load_catalog(bundled=True).model("command-r-plus-08-2024")
        >>> [e.shown for e in name_evidence("candidates[0].model", m, "Command R+")]
        ['Command R+']
        >>> [e.shown for e in name_evidence("candidates[0].model", m,
        ...                                 "Command R+ (command-r-plus-08-2024)")]
        ['Command R+', 'command-r-plus-08-2024']
    """
    name = Evidence(FactPath(f"{path}.name"), model.name, model.name)
    if shown == model.name:
        return (name,)
    return name, Evidence(FactPath(f"{path}.id"), model.id, model.id)
