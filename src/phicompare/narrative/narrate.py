"""The narrative: a pure function from a comparison's facts to claims.

It reads no catalog and computes no numbers: every figure it prints is a fact of the
:class:`~phicompare.Comparison`, formatted by :mod:`phicompare.narrative.format`, and quoted as
evidence with the fact's path, so :func:`~phicompare.narrative.check.check_claims` re-derives it.
Each section family lives in its own module; this one puts the page together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .answers import at_a_glance, picks, verdict
from .bills import bills_claim
from .claims import Narrative
from .context import context_of
from .cost import cost_section
from .deep_dive import deep_dive
from .faq import faq
from .friction import friction_groups
from .no_comparable import no_comparable_claim
from .overview import scorecard, summary
from .parts import model_parts
from .pointer_once import point_once
from .sources import provenance, related
from .tradeoffs import tradeoffs

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["narrate"]


def narrate(c: Comparison) -> Narrative:
    """Every prose section of ``c``, each sentence with its evidence and checks.

    The same comparison always gives the same claims; the claims about one model alone are
    kept with its catalog (:mod:`~phicompare.narrative.parts`).

    Examples:
        >>> from phicompare import compare
        >>> n = narrate(compare("phi-2", "phi-4-mini"))
        >>> n.title
        'Phi-2 vs Phi-4 Mini'
        >>> n.summary[2].text
        'Phi-4 Mini has the larger context window: 128K tokens against 2K for Phi-2.'
        >>> [e.path for e in n.summary[2].evidence]
        ['models[0].context_window', 'models[1].context_window']
    """
    x = context_of(c)
    # The claims about one model alone, kept with the catalog for its next comparison.
    parts = model_parts(x)
    # Claims two sections state alike, built once (the summary's bills, its "no comparable",
    # each model's advantages for the verdict and the line at a glance).
    bills = bills_claim(x, "full")
    chosen = picks(x)
    absent = None if x.bench.comparable else no_comparable_claim(x)
    shared, moves = friction_groups(x, parts)
    narrative = Narrative(
        title=" vs ".join(x.names),
        summary=summary(x, parts, bills=bills, absent=absent),
        at_a_glance=point_once(at_a_glance(x, chosen)),  # (each section once: fixAF)
        scorecard=scorecard(x, parts),
        tradeoffs=tradeoffs(x, parts),
        cost=cost_section(x, parts),
        friction=moves,
        friction_shared=shared,
        deep_dive=deep_dive(x, parts),
        faq=faq(x, parts),
        verdict=point_once(verdict(x, chosen)),
        related=related(x, parts),
        provenance=provenance(x, parts),
    )
    # the page's window form, decided once: its tables and cards read it (frozen, not an init
    # argument, as Comparison.drawn sets its catalog)
    object.__setattr__(narrative, "exact_windows", x.windows.exact)
    return narrative
