"""Why a pick leaves out a capability a listing's silence makes unknown (leftN's leftover).

A listing-only model's "no" is its route listings' silence, no word of the model's: unknown
for picking (:func:`~.friction_listed.known_lack`). A model picked for something else that
documents such a capability would have been picked for it too, had the silence been a
documented absence; the tradeoffs say "A documents vision; B's route listings (p and q) do not
list it", so the pick says why it is no reason: "The vision A documents is no reason to pick it
here: B's route listings (p and q) do not list it, which leaves it unknown for that model."
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from phicompare.domain.capabilities import Support

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence
from .context import Context
from .fit import CAPABILITY_WORKLOADS, unconfirmed
from .friction_listed import lack_clause, listed_basis_of
from .rivals import contenders

__all__ = ["silenced", "silenced_words"]


def silenced(x: Context, i: int) -> list[tuple[int, tuple[int, ...]]]:
    """The capability rows model ``i`` documents that only a listing's silence keeps from it.

    Each row with the listing-only models whose listings do not list it: every other model
    left in documents the capability or lacks it, and some lack it only by their listings'
    silence. A rival that leaves it undocumented makes it no reason whatever the listings say.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("kimi-k2", "gpt-4o-mini"))
        >>> [(x.c.capabilities[k].capability.value, ks) for k, ks in silenced(x, 1)]
        [('vision', (0,)), ('multimodal', (0,))]
    """
    rows, view = x.c.capabilities, x.capabilities
    others = contenders(x, i)
    found: list[tuple[int, tuple[int, ...]]] = []
    if not any(x.listed[o] for o in others):  # (most pages: no rival's sources are listings)
        return found
    for k in view.documents[i]:
        support = rows[k].support
        if not others or not all(k in view.documents[o] or support[o] is Support.NO
                                 for o in others):
            continue
        quiet = tuple([o for o in others if support[o] is Support.NO and x.listed[o]])
        if quiet:
            found.append((k, quiet))
    return found


def silenced_words(x: Context, i: int) -> tuple[str, Callable[[], Basis]] | None:
    """The sentences a pick of model ``i`` adds for capabilities unknown for a rival, and basis.

    For :func:`silenced` rows, and for rows some rival's record leaves out
    (:func:`~.fit.unconfirmed`): "The reasoning mode DeepSeek-R1 documents is no reason to pick
    it here: it is not documented for DeepSeek V3.", where the pick named another reason and
    left the capability the scorecard gives it unsaid (review 32, #1); each ends on why, "which
    leaves it unknown for that model" (helper fixCJ). ``None`` where there is
    none. The model is named: each pick on a page of three says its own.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> print(silenced_words(context_of(compare("deepseek-r1", "deepseek-v3")), 0)[0])
        The reasoning mode DeepSeek-R1 documents is no reason to pick it here: it is not \
documented for DeepSeek V3, which leaves it unknown for that model.
    """
    rows, others = x.c.capabilities, contenders(x, i)
    # (most picks: every rival documents what this model does, and there is nothing to say)
    if not any(rows[k].support[o] is not Support.YES
               for k in x.capabilities.documents[i] for o in others):
        return None
    quiet = silenced(x, i)
    said = [found for found in (_silenced_words(x, i, quiet), _undocumented_words(x, i, quiet))
            if found is not None]
    if not said:
        return None
    if len(said) == 1:
        return said[0]
    first, second = said[0][1], said[1][1]
    return (f"{said[0][0]} {said[1][0]}",
            lambda: Basis((*(a := first()).evidence, *(b := second()).evidence),
                          (*a.checks, *b.checks)))


def _undocumented_words(x: Context, i: int, silent: Sequence[tuple[int, tuple[int, ...]]],
                        ) -> tuple[str, Callable[[], Basis]] | None:
    """The sentence for capabilities some rival's record leaves out, and its basis.

    "The reasoning mode A documents is no reason to pick it here: it is not documented for B,
    which leaves it unknown for that model".

    Rows some rival's record leaves out (support unknown; a listing's silence is
    :func:`silenced`'s, ``silent``), never a reason to pick (docs/narrative.md).
    """
    rows = x.c.capabilities
    quiet = {k for k, _ in silent}
    rivals = contenders(x, i)
    found = [(k, unknown) for k in unconfirmed(x, i) if k not in quiet and (unknown := tuple(
        [o for o in rivals if rows[k].support[o] is Support.UNKNOWN]))]
    if not found:
        return None
    groups: dict[tuple[int, ...], list[int]] = {}  # whom unknown for -> the rows
    for k, unknown in found:
        groups.setdefault(unknown, []).append(k)
    one = len(found) == 1
    what = fmt.join_words([CAPABILITY_WORKLOADS[rows[k].capability] for k, _ in found])
    unknown_for = {o for who in groups for o in who}  # (why: unknown, not absent; fixCJ)
    whys = "; ".join(f"{fmt.join_words([CAPABILITY_WORKLOADS[rows[k].capability] for k in ks])}"
                     f" {'is' if len(ks) == 1 else 'are'} not documented for "
                     f"{fmt.join_words([x.names[o] for o in who])}" if len(groups) > 1 else
                     f"{'it is' if one else 'they are'} not documented for "
                     f"{fmt.join_words([x.names[o] for o in who])}"
                     for who, ks in groups.items())
    text = (f"The {what} {x.names[i]} documents {'is' if one else 'are'} no reason to pick it "
            f"here: {whys}, {_leaves(one, len(unknown_for))}.")

    def basis() -> Basis:
        return Basis(*_documented_beside(i, found, Support.UNKNOWN, "unknown"))

    return text, basis


def _silenced_words(x: Context, i: int, found: Sequence[tuple[int, tuple[int, ...]]],
                    ) -> tuple[str, Callable[[], Basis]] | None:
    """The sentence a pick of model ``i`` adds for its :func:`silenced` rows (``found``)."""
    if not found:
        return None
    rows = x.c.capabilities
    quiet = list(dict.fromkeys(o for _, ks in found for o in ks))
    one = len(found) == 1
    what = fmt.join_words([CAPABILITY_WORKLOADS[rows[k].capability] for k, _ in found])
    it, ks = "it" if one else "them", [k for k, _ in found]  # (each listing's flag: fixAF)
    text = (f"The {what} {x.names[i]} documents {'is' if one else 'are'} no reason to pick it "
            f"here: {lack_clause(x, quiet, it, ks)}, {_leaves(one, len(quiet))}.")
    listings = listed_basis_of(x, quiet, ks)  # (built now: a basis never holds the context)

    def basis() -> Basis:
        evidence, checks = _documented_beside(i, found, Support.NO, "no")
        return Basis((*evidence, *listings.evidence), (*checks, *listings.checks))

    return text, basis


def _leaves(one: bool, models: int) -> str:
    """Why a capability is no reason to pick: "which leaves it unknown for that model".

    One wording for a listing's silence and a record that leaves it out (helper fixCJ: the
    record's read "it is not documented for Claude Opus 3." and gave no reason).

    Examples:
        >>> _leaves(True, 1), _leaves(False, 2)
        ('which leaves it unknown for that model', 'which leaves them unknown for those models')
    """
    return (f"which leaves {'it' if one else 'them'} unknown for "
            f"{'that model' if models == 1 else 'those models'}")


def _documented_beside(i: int, found: Sequence[tuple[int, Sequence[int]]], support: Support,
                       value: str) -> tuple[tuple[Evidence, ...], tuple[Check, ...]]:
    """Evidence and checks that model ``i`` documents each capability row of ``found``.

    Each model ``found`` names beside a row reads ``value`` there (``support``).
    """
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for k, others in found:
        evidence += [Evidence(paths.capability(k, i), Support.YES),
                     Evidence(paths.capability_source(k, "documented", i), True)]
        checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, i),), values=("yes",)),
                   Check(op=CheckOp.TRUE, paths=(paths.capability_source(k, "documented", i),))]
        evidence += [Evidence(paths.capability(k, o), support) for o in others]
        checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=(value,))
                   for o in others]
    return tuple(evidence), tuple(checks)
