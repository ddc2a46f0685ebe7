"""A capability a pick meets on the one provider of the model's that flags it (helper fixAE).

``phicompare pick --as-of 2025-01-01 --requires reasoning`` said Mixtral 8x7B Instruct v0.1
"reasoning offered on Cortecs", where NanoGPT, its other provider, flags none and Mistral
documents none: the line now says "..., the only one of its 2 providers that flags it", with a
check on each route row's flag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.capabilities import Capability

from .claims import Basis, Check, CheckOp, Evidence
from .paths import FactPath

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import RouteRow

__all__ = ["only_flag"]


def only_flag(text: str, provider: str, rows: Sequence[RouteRow], value: str | None,
              prefix: str) -> tuple[str, Basis]:
    """``text`` ("reasoning offered on Cortecs") with the words where ``provider`` alone flags it.

    ``rows`` are the candidate's route rows, at ``prefix`` ("candidates[0]") in the
    recommendation. Where another provider flags the capability too, where the model has one
    provider, or where a row has no capabilities on record, ``text`` is returned as it is.
    The basis holds each row's flag and checks it: true on ``provider``'s rows, else not true.
    """
    names = list(dict.fromkeys(row.provider_name for row in rows))
    kept = [(j, row.route.capabilities.flag(Capability(value or "")))
            for j, row in enumerate(rows) if row.route.capabilities is not None]
    if len(names) < 2 or len(kept) < len(rows) or \
            {rows[j].provider_name for j, flag in kept if flag is True} != {provider}:
        return text, Basis((), ())
    found = [(FactPath(f"{prefix}.routes[{j}].route.capabilities.{value}"), flag)
             for j, flag in kept]
    return (f"{text}, the only one of its {len(names)} providers that flags it",
            Basis(tuple([Evidence(path, flag) for path, flag in found]),
                  tuple([Check(op=CheckOp.TRUE, paths=(path,)) if flag is True else
                         Check(op=CheckOp.IN, paths=(path,), values=("false", "none"))
                         for path, flag in found])))
