"""A rule that breaks several bills' ties of equal price, said once for them all.

The last stop left (review 31, #3): ``phicompare gpt-4o gpt-4o-mini gpt-5-mini --sections cost``
said three times "Microsoft Foundry costs exactly as much as OpenAI (a route that does not retire
within 90 days of the comparison's date is preferred to one that does: OpenAI's retires on
...)", once a model. Where two or more of the cost section's notes on the bills' providers
(:func:`~.choices.choice_claims`) tie by one rule alone, a sentence before them says the rule
once ("One rule breaks the ties of equal bills below for GPT-4o, GPT-4o mini and GPT-5 Mini:
a route that does not retire ..."), and each note keeps its routes and what the rule found of
them ("Microsoft Foundry costs exactly as much as OpenAI (OpenAI's retires on 2027-01-14)").
Each sentence stays verified: it rests on the estimate's ``choice`` and checks that those words
hold each part it shows (:attr:`~.claims.CheckOp.CONTAINS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.choice import SERVICE_RULE, TIE_RULES

from . import format as fmt, paths
from .claims import Check, CheckOp, Claim, Evidence

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import CostEstimate

    from .context import Context

__all__ = ["Tie", "rule_claim", "tie_of"]


class Tie(NamedTuple):
    """A bill's tie broken by one rule alone: the rule, and the words the note keeps."""

    rule: str
    start: int
    """Where, in the estimate's ``choice``, the words the rule is said in begin."""
    end: int
    """Where they end."""
    kept: str
    """What the note says in their place: what the rule found of the routes, or nothing."""

    def words(self, choice: str) -> str:
        """``choice`` without the rule's words (what it found of the routes kept).

        Examples:
            >>> Tie("r", 5, 9, "").words("A = B (r); c")
            'A = B; c'
        """
        return choice[:self.start] + self.kept + choice[self.end:]

    def parts(self, choice: str) -> tuple[str, ...]:
        """The parts of ``choice`` the note shows (for :attr:`~.claims.CheckOp.CONTAINS`)."""
        kept = self.kept.removeprefix(" (").removesuffix(")")
        return tuple([part for part in (choice[:self.start], kept, choice[self.end:]) if part])


def tie_of(e: CostEstimate) -> Tie | None:
    """The tie of ``e``'s bill where one rule alone broke it; None for none or a chain of rules.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("gpt-4o", "gpt-5-mini", as_of="2026-12-03")
        >>> tie = tie_of(c.cost.estimates[0])
        >>> tie.rule == SERVICE_RULE, tie.kept
        (True, " (OpenAI's retires on 2027-01-14)")
    """
    choice, name = e.choice, e.provider_name
    if choice is None or name is None:
        return None
    marker = f"{name} costs exactly as much as "
    at = choice.find(marker)
    if at < 0:
        return None
    at += len(marker)
    found = sorted((hit, rule, opening) for rule in TIE_RULES for opening in (" (", "; ")
                   if (hit := choice.find(opening + rule, at)) >= 0)
    if not found:
        return None
    hit, rule, opening = found[0]
    end = _closing(choice, hit + 1) if opening == " (" else len(choice)
    if end is None:  # pragma: no cover - the analysis closes what it opens
        return None
    said = choice[hit + 2:end]
    if said == rule:
        kept = ""
    elif rule == SERVICE_RULE and said.startswith(rule + ": ") and "; then " not in said:
        kept = f" ({said.removeprefix(rule + ': ')})"  # (the routes it put behind, and when)
    else:  # a chain of rules, or one that names the routes it put behind: said as it is
        return None
    return Tie(rule, hit, end + 1 if opening == " (" else end, kept)


def _closing(text: str, opened: int) -> int | None:
    """The index of the bracket that closes the one at ``opened`` (names may hold brackets)."""
    depth = 0
    for k in range(opened, len(text)):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0:
            return k
    return None  # pragma: no cover


def rule_claim(x: Context, rule: str, whom: Sequence[CostEstimate]) -> Claim:
    """The one sentence that says ``rule`` for the bills ``whom``, whose notes then leave it out.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("gpt-4o", "gpt-4o-mini", as_of="2026-12-03"))
        >>> print(rule_claim(x, "a rule", x.c.cost.estimates).text)
        One rule breaks the ties of equal bills below for GPT-4o and GPT-4o mini: a rule.
    """
    names = fmt.join_words([x.names[e.model_index] for e in whom])
    return Claim(key=f"choice-rule:{whom[0].model_index}",
                 text=f"One rule breaks the ties of equal bills below for {names}: {rule}.",
                 evidence=tuple([Evidence(paths.estimate(e.model_index, "choice"), e.choice)
                                 for e in whom]),
                 checks=tuple([Check(op=CheckOp.CONTAINS, paths=(paths.estimate(
                     e.model_index, "choice"),), values=(rule,)) for e in whom]))
