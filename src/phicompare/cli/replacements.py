"""``--catalog``'s note on standard error: the records the user's files replaced whole.

A user's record whose id the bundled catalog (or an earlier file) defined replaces that record
whole (``docs/catalog.md``, "Loading and merging"). That is the format's rule, not an error, so
the command runs on; one line on standard error names every such record, so a file written to
change one price is not taken for a merge. ``phicompare validate --bundled FILE`` names what
each replacing record drops.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from phicompare.narrative.format import plural
from phicompare.safe import for_terminal, one_line

if TYPE_CHECKING:
    from phicompare.catalog.replacement import Replacement

__all__ = ["replaced_line", "say_replaced"]

SHOWN = 8
"""The most records the line names; the rest are counted."""


def replaced_line(replaced: Sequence[Replacement]) -> str:
    """The note's line, without its prefix; empty when nothing was replaced.

    Examples:
        >>> from phicompare.catalog.replacement import Replacement
        >>> replaced_line([Replacement(kind="model", id="phi-2", file="mine.toml",
        ...                            replaced_file="data/models/phi-2.toml", bundled=True)])
        "--catalog: your files replace one bundled record whole (records are not merged): \
model 'phi-2' (mine.toml); `phicompare validate --bundled FILE` names what each drops"
    """
    if not replaced:
        return ""
    noun = "bundled record" if all(r.bundled for r in replaced) else "record"
    named = [f"{r.kind} {r.id!r} ({r.file}{'' if r.bundled else ' over ' + r.replaced_file})"
             for r in replaced[:SHOWN]]
    if len(replaced) > SHOWN:
        named.append(f"and {len(replaced) - SHOWN} more")
    return (f"--catalog: your files replace {plural(len(replaced), noun)} whole (records are "
            f"not merged): {', '.join(named)}; `phicompare validate --bundled FILE` names what "
            "each drops")


def say_replaced(replaced: Sequence[Replacement], stream: TextIO | None = None) -> None:
    """Write :func:`replaced_line` to ``stream`` (standard error) as one line, if there is one."""
    if line := replaced_line(replaced):
        (stream or sys.stderr).write(for_terminal(f"phicompare: {one_line(line)}\n"))
