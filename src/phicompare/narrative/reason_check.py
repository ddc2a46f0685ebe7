"""The self-check of a recommendation's reasons: :func:`check_reasons`.

Split from :mod:`.reasons` (the claims that explain a ranking), which re-exports it; as
:func:`~phicompare.narrative.claims.check_claims` does for a comparison, it resolves every
claim's paths in the recommendation again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .check import SHOW, holds, resolve
from .claims import canonical

if TYPE_CHECKING:
    from .reasons import Reasons

__all__ = ["check_reasons"]


_EMPTY_SLOTS = re.compile(r"\bNone\b|\bnan\b|\{\}|\{[a-z_]+\}|  |\s[,.;:]|\$-|\(\)")


def check_reasons(reasons: Reasons, facts: object) -> list[str]:
    """Every contradiction between ``reasons`` and ``facts`` (the recommendation); empty if none.

    As :func:`~phicompare.narrative.claims.check_claims` does for a comparison: each evidence
    path is resolved again and compared, each shown figure re-formatted and found in the text,
    each check evaluated; claims without evidence, duplicates and empty slots are flagged.

    Examples:
        >>> from phicompare import recommend
        >>> r = recommend(limit=2)
        >>> check_reasons(r.reasons, r)
        []
        >>> import attrs
        >>> cheaper = attrs.evolve(r.candidates[0], estimate=attrs.evolve(
        ...     r.candidates[0].estimate, monthly=r.candidates[0].monthly - 1))
        >>> bad = attrs.evolve(r, candidates=(cheaper, *r.candidates[1:]))
        >>> len(check_reasons(r.reasons, bad)) > 0
        True
    """
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    for section, claims in reasons.sections():
        for claim in claims:
            where = f"{section}: {claim.text!r}"
            if not claim.evidence:
                problems.append(f"{where}: no evidence")
            if _EMPTY_SLOTS.search(claim.text) or not claim.text.strip():
                problems.append(f"{where}: empty slot or stray spacing")
            for label in ((section, "key:" + claim.key), (section, "text:" + claim.text)):
                if label in seen:
                    problems.append(f"{where}: duplicates an earlier claim")
                seen.add(label)
            for e in claim.evidence:
                try:
                    actual = resolve(facts, e.path)
                except LookupError as exc:
                    problems.append(f"{where}: {exc}")
                    continue
                if canonical(actual) != canonical(e.value):
                    problems.append(f"{where}: quotes {e.path} as {canonical(e.value)}, the "
                                    f"facts say {canonical(actual)}")
                if e.shown is not None:
                    expected = SHOW[e.kind](actual)
                    if e.shown != expected:
                        problems.append(f"{where}: shows {e.shown!r} for {e.path}, expected "
                                        f"{expected!r}")
                    if e.shown not in claim.text:
                        problems.append(f"{where}: does not show {e.shown!r}")
            for check in claim.checks:
                try:
                    values = [resolve(facts, path) for path in check.paths]
                except LookupError as exc:
                    problems.append(f"{where}: {exc}")
                    continue
                if not holds(check, values):
                    shown = ", ".join(f"{path}={canonical(v)}" for path, v in
                                      zip(check.paths, values, strict=True))
                    problems.append(f"{where}: asserts {check.op.value} but {shown}")
    return problems
