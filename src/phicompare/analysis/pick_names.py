"""The names a recommendation's output gives its models: each clear beside the others.

``pick --license CC-BY-NC-4.0 --include-free --rejected --as-of 2026-05-01`` ranked "1. Command
R+" (command-r-plus-08-2024) and left out "Command R+: licence CC-BY-NC" (command-r-plus-04-2024),
and "the usage limits of Command R+ on GitHub Models" could be either (review 36, #4). A name
two listed models share gets each one's id, as a comparison's does
(:func:`~phicompare.domain.names.distinct_names`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.names import distinct_names

if TYPE_CHECKING:
    from .recommend import Recommendation

__all__ = ["listed_names"]


def listed_names(r: Recommendation) -> dict[str, str]:
    """Each model ``r`` lists (ranked, left out, on free tiers, unlisted), by id: its name.

    A name shared with another listed model has the model's id in brackets; a name no other
    listed model shares stays as it is.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> r = recommend(licenses=["CC-BY-NC-4.0"], include_free=True, explain_rejected=True,
        ...               as_of=dt.date(2026, 5, 1))
        >>> names = listed_names(r)
        >>> names["command-r-plus-08-2024"], names["phi-2"]
        ('Command R+ (command-r-plus-08-2024)', 'Phi-2')
    """
    models = {c.model.id: c.model for group in (r.candidates, r.close_unlisted, r.tied_unlisted,
                                                 r.free_tiers, r.rejected) for c in group}
    models.update({m.id: m for m in r.release_unknown})
    return dict(zip(models, distinct_names([(m.name, m.id) for m in models.values()]),
                    strict=True))
