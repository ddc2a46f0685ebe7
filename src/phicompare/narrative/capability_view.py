"""What the narrative reads off a comparison's capability rows: where support differs.

:func:`capability_view` reads the rows once a page for the :class:`~.context.Context` (split
from :mod:`.context`, which re-exports it).
"""

from __future__ import annotations

from typing import NamedTuple

from phicompare.analysis.facts import CapabilityRow
from phicompare.domain.capabilities import Capability, Support

__all__ = ["CapabilitySplit", "CapabilityView", "capability_label", "capability_view"]


class CapabilitySplit(NamedTuple):
    """A capability on which the models' support differs."""

    k: int
    """The row's index in ``capabilities``."""
    row: CapabilityRow
    label: str
    """"Structured outputs"."""
    yes: tuple[int, ...]
    no: tuple[int, ...]
    unknown: tuple[int, ...]


class CapabilityView(NamedTuple):
    """What the narrative reads off a comparison's capability rows."""

    splits: tuple[CapabilitySplit, ...]
    """The rows whose support differs, in order."""
    exclusive: tuple[tuple[int, ...], ...]
    """Per model: the rows where it alone documents the capability, every other model
    documenting its absence."""
    documents: tuple[tuple[int, ...], ...]
    """Per model: the rows it has by its own documentation (its flag ``True``, its support
    yes), not by a route's flag."""

    def split(self, capability: str) -> CapabilitySplit:
        """The split of ``capability`` (a :class:`Capability` is its name too).

        Raises:
            KeyError: the models' support for it does not differ.
        """
        for split in self.splits:  # a friction item's capability is one whose support differs
            if split.row.capability == capability:
                return split
        msg = f"no differing support for capability {capability!r}"
        raise KeyError(msg)


def capability_label(capability: Capability) -> str:
    """A capability as a sentence names it: its label, with multimodal's noun.

    Examples:
        >>> capability_label(Capability.MULTIMODAL), capability_label(Capability.VISION)
        ('Multimodal input', 'Vision')
    """
    return "Multimodal input" if capability is Capability.MULTIMODAL else capability.label


def capability_view(capabilities: tuple[CapabilityRow, ...]) -> CapabilityView:
    """The capability rows, read for the narrative.

    Examples:
        >>> from phicompare import compare
        >>> view = capability_view(compare("phi-2", "phi-4-mini").capabilities)
        >>> [s.label for s in view.splits]
        ['Function calling', 'Structured outputs']
    """
    count = len(capabilities[0].support) if capabilities else 0
    splits = []
    exclusive: list[list[int]] = [[] for _ in range(count)]
    documents: list[list[int]] = [[] for _ in range(count)]
    yes_, no_ = Support.YES, Support.NO
    for k, row in enumerate(capabilities):
        support = row.support
        if True in row.documented:
            for i, flag in enumerate(row.documented):
                if flag is True and support[i] is yes_:
                    documents[i].append(k)
        if not support or support.count(support[0]) == len(support):  # not row.differs
            continue
        yes: list[int] = []
        no: list[int] = []
        unknown: list[int] = []
        for i, s in enumerate(support):  # one pass a row (a page reads a few rows of seven)
            (yes if s is yes_ else no if s is no_ else unknown).append(i)
        splits.append(CapabilitySplit(k, row, capability_label(row.capability), tuple(yes),
                                      tuple(no), tuple(unknown)))
        if len(yes) == 1 and len(no) == count - 1:
            exclusive[yes[0]].append(k)
    return CapabilityView(splits=tuple(splits), exclusive=tuple(map(tuple, exclusive)),
                          documents=tuple(map(tuple, documents)))
