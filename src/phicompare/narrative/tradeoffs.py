"""The page's tradeoffs: one bullet per real difference, each with the models it is about.

Every bullet is built with its subjects, the models its claim is about (a benchmark lead: the
two models; a capability, input, licence or weights split: the models it names; the context
and output windows: every model, each window weighed against the others). On an ``--as-of``
page a model released after the date is no subject of any bullet: a split is said among the
released models alone, and a bullet that cannot be (a window compared over every model) is
dropped by its subjects, never by finding a name in its text (helper fixBG: a bullet about two
released models that named the third went, and "GPT-4o" was found in "GPT-4o mini").
:func:`~.unreleased_words.released_tradeoffs` then says once why the model has none.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from phicompare.domain.capabilities import Capability, Support

from . import format as fmt, paths
from .bill_window import longer_prompts_qualified
from .claims import Basis, Bullet, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import CapabilitySplit, Context, RowGap
from .fit import joined
from .friction_listed import lack_clause, listed_basis_of
from .inputs import input_tradeoffs, multimodal_again, multimodal_is_vision
from .longer_output import output_tradeoff
from .offers import capability_basis, capability_phrase, left_out_offer, opening
from .refused_offers import refused_tradeoffs
from .unreleased_moves import unreleased
from .unreleased_words import released_tradeoffs
from .window_notes import noted_windows
from .windows import context_claim, prompt_tradeoff

if TYPE_CHECKING:
    from .parts import ModelParts

__all__ = ["among", "tradeoffs"]


def among(split: CapabilitySplit, shown: Sequence[int]) -> CapabilitySplit:
    """``split`` said of the models ``shown`` alone (the others left out of each side).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-3-mini-128k", "phi-3.5-mini", "phi-4-mini"))
        >>> split = x.capabilities.split("function_calling")
        >>> split.yes, split.unknown, among(split, [0, 1]).yes, among(split, [0, 1]).unknown
        ((2,), (0, 1), (), (0, 1))
    """
    return split._replace(yes=tuple([i for i in split.yes if i in shown]),
                          no=tuple([i for i in split.no if i in shown]),
                          unknown=tuple([i for i in split.unknown if i in shown]))


def tradeoffs(x: Context, parts: Sequence[ModelParts]) -> tuple[Claim, ...]:
    """One bullet per real difference: gaps, context, capabilities, bills, licence, weights.

    ``parts`` gives how each model has each capability, in words. Each bullet is kept with
    its subjects; those about a model not yet released go (:func:`released_tradeoffs`).
    """
    c = x.c
    later = unreleased(x)
    shown = tuple([i for i in range(x.n) if i not in later])  # the models a split is said of
    every = tuple(range(x.n))
    bullets = _lead_tradeoffs(x)
    windows = x.windows
    if windows.rest and any(  # every window known, and one reads shorter than the largest
            windows.readings[i] != windows.readings[windows.top[0]]
            for i in windows.rest) and prompt_tradeoff(x):  # (128K and 131,072: no tradeoff)
        # (a leader whose bill's route takes less: the routes that carry it, review 16, P3)
        bullets.append(Bullet(noted_windows(x, longer_prompts_qualified(x, context_claim(
            x, brief=True)), caps=False), every))  # (the shorter ones' bills too: review 25, P4)
    if (longer_output := output_tradeoff(x)) is not None:  # (review 23, P4)
        bullets.append(Bullet(longer_output, every))
    # (every model out on the page's date, as on most pages: each split as it is)
    said = [among(s, shown) for s in x.capabilities.splits] if later else x.capabilities.splits
    splits = [split for split in said if split.yes and (split.no or split.unknown)]
    bullets += [Bullet(_capability_tradeoff(x, split, parts),
                       (*split.yes, *split.no, *split.unknown))
                for split in splits
                if not (_vision_again(x, split, splits, shown)
                        or multimodal_again(x, split, shown))]
    # a capability a model documents, its routes flag no, a rival's offer (review 38, #2)
    bullets += refused_tradeoffs(x, shown)
    bullets += input_tradeoffs(x, shown)
    keys = [parts[i].licence for i in shown]  # (each licence as compared, kept with its model)
    if None not in keys and len(set(keys)) > 1:
        licences = {i: c.models[i].license for i in shown}
        # the first model whose licence, as compared, differs from the first's
        other = next((shown[k] for k, key in enumerate(keys) if key != keys[0]), None)
        bullets.append(Bullet(Claim(
            key="license",
            text=_licences_text([x.names[i] for i in shown],
                                [fmt.licence(lic or "") for lic in licences.values()]),
            basis=lambda: Basis(
                tuple(Evidence(paths.model(i, "license"), lic, fmt.licence(lic or ""),
                               EvidenceKind.LICENCE)
                      for i, lic in licences.items()),
                (Check(op=CheckOp.NOT_EQUAL, paths=(paths.model(shown[0], "license"),
                                                   paths.model(other, "license"))),)
                if other is not None else ())), shown))
    weights = {i: c.models[i].open_weights for i in shown}
    if None not in weights.values() and len(set(weights.values())) > 1:
        open_ = [x.names[i] for i, w in weights.items() if w]
        closed = [x.names[i] for i, w in weights.items() if not w]
        bullets.append(Bullet(Claim(
            key="open-weights",
            text=f"{fmt.join_words(open_)} publish{'es' if len(open_) == 1 else ''} weights; "
                 f"{fmt.join_words(closed)} {'does' if len(closed) == 1 else 'do'} not.",
            basis=lambda: Basis(
                tuple(Evidence(paths.model(i, "open_weights"), w) for i, w in weights.items()),
                tuple(Check(op=CheckOp.TRUE if w else CheckOp.FALSE,
                            paths=(paths.model(i, "open_weights"),))
                      for i, w in weights.items()))), shown))
    return released_tradeoffs(x, bullets)  # (none about a model not yet out: review 30, #5)


def _licences_text(names: Sequence[str], terms: Sequence[str]) -> str:
    """"Licences differ: ...", each licence once with the models under it, in first-seen order.

    Examples:
        >>> _licences_text(["Phi-2", "Gemma 2 2B"], ["the MIT licence", "the Gemma Terms"])
        'Licences differ: Phi-2 is under the MIT licence and Gemma 2 2B under the Gemma Terms.'
        >>> _licences_text(["A", "B", "C"], ["MIT", "Gemma", "MIT"])
        'Licences differ: A and C are under MIT, B under Gemma.'
        >>> _licences_text(["A", "B", "C"], ["MIT", "Gemma", "Gemma"])
        'Licences differ: A is under MIT, B and C under Gemma.'
    """
    under: dict[str, list[str]] = {}
    for name, term in zip(names, terms, strict=True):
        under.setdefault(term, []).append(name)
    if len(under) == len(names):  # each model under a licence of its own
        return "Licences differ: " + fmt.join_words(
            [f"{name} is under {term}" if i == 0 else f"{name} under {term}"
             for i, (name, term) in enumerate(zip(names, terms, strict=True))]) + "."
    groups = [(fmt.join_words(shared), len(shared), term) for term, shared in under.items()]
    return "Licences differ: " + ", ".join(
        [f"{who} {'is' if count == 1 else 'are'} under {term}" if k == 0 else
         f"{who} under {term}" for k, (who, count, term) in enumerate(groups)]) + "."


def _lead_tradeoffs(x: Context) -> list[Bullet]:
    """Per pair of models, one bullet: on how many comparable benchmarks each leads the other.

    The gaps themselves are the benchmark table's and the deep dive's; the bullet's subjects,
    the pair.
    """
    claims: list[Bullet] = []
    for a, b in itertools.combinations(range(x.n), 2):
        pairs = x.bench.between.get((a, b), ())
        for lead, trail in ((a, b), (b, a)):
            won = x.bench.won.get((lead, trail), ())
            if not won:
                continue
            if len(pairs) == 1:
                some = "the one comparable benchmark, beyond its"
            else:
                some = (f"all {fmt.count_word(len(pairs))}" if len(won) == len(pairs) else
                        f"{fmt.count_word(len(won))} of {fmt.count_word(len(pairs))}")
                some += (" comparable benchmarks, " + ("beyond its" if len(won) == 1 else
                                                       "each beyond its"))
            claims.append(Bullet(_lead_claim(
                f"leads:{lead}:{trail}",
                f"{x.names[lead]} scores higher than {x.names[trail]} on {some} 95% "
                "sampling interval.", pairs, won), (lead, trail)))
    return claims


def _lead_claim(key: str, text: str, pairs: Sequence[RowGap], won: Sequence[RowGap]) -> Claim:
    return Claim(key=key, text=text, basis=lambda: Basis(
        tuple(Evidence(g.path("comparable"), True) for g in pairs),
        tuple(Check(op=CheckOp.TRUE, paths=(g.path("significant"),)) for g in won)))


def _vision_again(x: Context, split: CapabilitySplit, splits: Sequence[CapabilitySplit],
                  shown: Sequence[int]) -> bool:
    """Whether ``split`` is the vision bullet said again, as multimodal input.

    So where multimodal input differs as vision does and image is the only input that differs
    (switch friction states it once too).
    """
    if split.row.capability is not Capability.MULTIMODAL:
        return False
    # the same models have it; the rest read as vision reads them (review 14, N9)
    if not any(s.row.capability is Capability.VISION and s.yes == split.yes for s in splits):
        return False
    return multimodal_is_vision(x.c, shown)  # (other inputs are bullets apart: G16)


def _capability_tradeoff(x: Context, split: CapabilitySplit,
                         models: Sequence[ModelParts]) -> Claim:
    label = split.label.lower()
    only = split.row.route_only
    own = [i for i in split.yes if not only[i]]  # those the subject names, the verb's number
    verb = "documents" if len(own) == 1 else "document"
    parts = [f"{fmt.join_words([x.names[i] for i in own])} {verb} {label}"] if own else []
    offers: list[Callable[[], Basis]] = []  # the routes' offers, each with its basis
    for i in split.yes:
        if only[i]:
            parts.append(capability_phrase(x, split.k, i, models[i].offers))
            offers.append(capability_basis(x, split.k, i))
    if split.no:  # a listing-only model's "no" is its listings' (review 12, L11)
        parts.append(lack_clause(x, split.no, rows=(split.k,)))  # (each listing's flag: fixAF)
        if any(x.listed[i] for i in split.no):  # (else its listings add nothing to the basis)
            listings = listed_basis_of(x, split.no, (split.k,))  # (built now: never holds x)
            offers.append(lambda: listings)
    if split.unknown:
        parts.append(f"for {fmt.join_words([x.names[i] for i in split.unknown])} it is not "
                     "documented")
    for i in (*split.no, *split.unknown):  # only providers the page leaves out offer it (F23)
        if (only_out := left_out_offer(x, split.k, i)) is not None:
            parts.append(only_out)
            offers.append(capability_basis(x, split.k, i))
    support: tuple[Support, ...] = split.row.support
    k = split.k

    def basis() -> Basis:
        evidence, checks = joined(offers)
        return Basis(
            (*(Evidence(paths.capability(k, i), s) for i, s in enumerate(support)), *evidence),
            (*(Check(op=CheckOp.IN, paths=(paths.capability(k, i),), values=(s.value,))
               for i, s in enumerate(support)),
             *(Check(op=CheckOp.TRUE, paths=(paths.capability_source(k, "documented", i),))
               for i in own), *checks))

    return Claim(key=f"capability:{split.row.capability.value}",
                 text=opening("; ".join(parts) + "."), basis=basis)
