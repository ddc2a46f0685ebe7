"""Input modalities that set models apart: the tradeoffs' bullets, and a fact for the verdict.

Switch friction lists an input a move loses ("B takes no audio input, which A accepts"); where
every model's inputs are known, the same difference is a tradeoff (review 6, D10).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.listed import listing_rows
from phicompare.domain.capabilities import Capability, Support, image_only

from . import format as fmt, paths
from .claims import Basis, Bullet, Check, CheckOp, Claim, Evidence

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import RouteRow

    from .context import CapabilitySplit, Context

__all__ = ["InputSplit", "input_basis", "input_splits", "input_tradeoffs", "listed_basis",
           "listed_inputs", "listing_basis", "listings", "multimodal_again", "multimodal_is_image",
           "multimodal_is_vision", "own_inputs"]


class InputSplit(NamedTuple):
    """Input modalities some models accept and the others do not, all inputs being known."""

    modalities: tuple[str, ...]
    """The modalities, in the order the models first list them."""
    yes: tuple[int, ...]
    """The models that accept every one of them, in order."""
    no: tuple[int, ...]
    """The models that accept none of them, in order."""


def input_splits(c: Comparison) -> tuple[InputSplit, ...]:
    """The input modalities that differ, grouped by which models accept them.

    None unless every model's inputs are sourced: an input left out is unknown, not absent.

    Examples:
        >>> from phicompare import compare
        >>> input_splits(compare("phi-4-multimodal", "llama-3.2-11b-vision-instruct"))
        (InputSplit(modalities=('audio',), yes=(0,), no=(1,)),)
    """
    inputs = [m.input_modalities for m in c.models]
    if not all(inputs) or inputs.count(inputs[0]) == len(inputs):  # (alike: none differs)
        return ()
    groups: dict[tuple[int, ...], list[str]] = {}
    for modality in dict.fromkeys([m for each in inputs for m in each]):
        yes = tuple([i for i, each in enumerate(inputs) if modality in each])
        if len(yes) < len(inputs):
            groups.setdefault(yes, []).append(modality)
    return tuple([InputSplit(modalities=tuple(found), yes=yes,
                             no=tuple([i for i in range(len(inputs)) if i not in yes]))
                  for yes, found in groups.items()])


def listed_inputs(c: Comparison, i: int) -> tuple[int, ...]:
    """The route rows (indexes into ``c.routes``) whose listings are all model ``i``'s record.

    Empty where the model has a source of its own (a model card, a models.dev model file) or
    its maker's API lists it: then its inputs are the model's word. Where every source of the
    model is a listing of one of its routes, none its maker's, the inputs are those listings'
    offer, not a feature of the model (a route flag is not a model feature: review 8, G8's
    "Pick Gemma 4 31B DarkIdol for video input", NanoGPT's listing of a fine-tune).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("gemma-4-31b-darkidol", "gemma-4-31b-it")
        >>> [c.routes[k].provider_name for k in listed_inputs(c, 0)], listed_inputs(c, 1)
        (['NanoGPT'], ())
    """
    rows, ks = c.route_groups[i]
    return tuple([ks[p] for p in listing_rows(c.models[i], rows)])  # the analysis' one rule


def listed_basis(c: Comparison, i: int, ks: Sequence[int] | None = None) -> Basis:
    """That model ``i``'s sources are its routes' listings: each source is one route's.

    ``ks`` are its :func:`listed_inputs`, where the caller has them. A page builds each once,
    when first read (:attr:`.context.Context.listed_bases`).
    """
    if ks is None:
        ks = listed_inputs(c, i)
    return listing_basis(i, c.models[i].sources, c.routes, ks)


def listing_basis(i: int, sources: Sequence[str], routes: Sequence[RouteRow],
                  ks: Sequence[int]) -> Basis:
    """:func:`listed_basis` from the facts alone: model ``i``'s ``sources``, the route rows.

    A basis function may call it, holding the facts, never the comparison.
    """
    evidence = [Evidence(paths.model(i, "sources"), sources),
                *[Evidence(paths.route(k, "route.source"), routes[k].route.source) for k in ks]]
    checks = []
    for j, source in enumerate(sources):
        k = next((k for k in ks if routes[k].route.source == source), None)
        if k is not None:
            checks.append(Check(op=CheckOp.EQUAL, paths=(paths.model_source(i, j),
                                                          paths.route(k, "route.source"))))
    checks += [Check(op=CheckOp.FALSE, paths=(paths.route(k, "maker"),)) for k in ks]  # no maker's
    return Basis(tuple(evidence), tuple(checks))


def own_inputs(x: Context, i: int, others: tuple[int, ...]) -> list[str]:
    """The inputs model ``i`` accepts and none of ``others`` does, every one's inputs known.

    The verdict's reason to pick it ("for audio input", review 6, D10). Image input is left out
    where the model documents vision: the vision reason says it (or, where the others document
    vision too, their data has it twice).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-4-multimodal", "llama-3.2-11b-vision-instruct"))
        >>> own_inputs(x, 0, (1,)), own_inputs(x, 1, (0,))
        (['audio'], [])
    """
    models = x.c.models
    inputs = [models[k].input_modalities for k in (i, *others)]
    if not others or not all(inputs):
        return []
    if any(x.listed[k] for k in (i, *others)):  # a listing's word, not the model's
        return []
    theirs = {m for each in inputs[1:] for m in each}
    found = [m for m in inputs[0] if m not in theirs]
    if "image" in found and any(row.capability is Capability.VISION
                                and row.support[i] is Support.YES for row in x.c.capabilities):
        return [m for m in found if m != "image"]  # (vision says it)
    return found


def input_basis(x: Context, i: int, others: tuple[int, ...], shown: list[str]) -> Basis:
    """What "for audio input" rests on: the model's inputs said, and the others' in full."""
    models = x.c.models
    return Basis((*[Evidence(paths.input_modality(i, models[i].input_modalities.index(m)), m, m)
                    for m in shown],
                  *[Evidence(paths.model(o, "input_modalities"), models[o].input_modalities)
                    for o in others]))


def input_tradeoffs(x: Context, models: Sequence[int]) -> list[Bullet]:
    """One bullet per group of inputs that differ among ``models``: "A accepts audio input".

    "...; B does not": its subjects the models it names, of ``models`` alone (those out by a
    page's date: helper fixBG).

    Image input that differs as vision does is the vision bullet said again: left out.
    """
    splits = _among(input_splits(x.c), models)
    if not splits:  # (most pages: every model takes the same inputs)
        return []
    vision = {tuple([i for i in split.yes if i in models]) for split in x.capabilities.splits
              if split.row.capability is Capability.VISION
              and not any(i in models for i in split.unknown)}
    claims: list[Bullet] = []
    explained: set[int] = set()  # "No source of A's own states its inputs", said once
    for split in splits:
        shown = [m for m in split.modalities if not (m == "image" and split.yes in vision)]
        if shown:
            claims.append(Bullet(_claim(x, split, tuple(shown), explained),
                                 (*split.yes, *split.no)))
    return claims


def _among(splits: Sequence[InputSplit], models: Sequence[int]) -> list[InputSplit]:
    """The ``splits`` said of ``models`` alone: those that still set some apart."""
    # each split holds every model, on one side or the other: where ``models`` are all of them
    # (every model out on the page's date, as on most pages), each split is said as it is
    if splits and len(models) == len(splits[0].yes) + len(splits[0].no):
        return list(splits)
    found = [split._replace(yes=tuple([i for i in split.yes if i in models]),
                            no=tuple([i for i in split.no if i in models])) for split in splits]
    return [split for split in found if split.yes and split.no]


def _claim(x: Context, split: InputSplit, shown: tuple[str, ...], explained: set[int]) -> Claim:
    models = x.c.models
    yes, no = split.yes, split.no
    listed = [i for i in (*yes, *no) if x.listed[i]]
    if listed:
        text = _listed_text(x, split, shown, listed, [i for i in listed if i not in explained])
        explained.update(listed)
    else:
        text = (f"{fmt.join_words([x.names[i] for i in yes])} "
                f"{'accepts' if len(yes) == 1 else 'accept'} {fmt.join_words(list(shown))} "
                f"input; {fmt.join_words([x.names[i] for i in no])} "
                f"{'does' if len(no) == 1 else 'do'} not.")
    bases = x.listed_bases

    def basis() -> Basis:
        said = Basis((
            *[Evidence(paths.input_modality(i, models[i].input_modalities.index(m)), m, m)
              for i in yes for m in shown],
            *[Evidence(paths.model(i, "input_modalities"), models[i].input_modalities)
              for i in no]))
        for i in listed:
            more = bases[i]
            said = Basis((*said.evidence, *more.evidence), (*said.checks, *more.checks))
        return said

    return Claim(key="inputs:" + ",".join(shown), text=text, basis=basis)


def _listed_text(x: Context, split: InputSplit, shown: tuple[str, ...], listed: list[int],
                 unexplained: list[int]) -> str:
    """The split where some model's inputs are its routes' listings alone, said as theirs.

    "A's route listing on NanoGPT includes video input; B does not accept it. No source of A's
    own states its inputs." (review 8: a route's listing is not a model feature).
    """
    inputs = f"{fmt.join_words(list(shown))} input"
    it = "it" if len(shown) == 1 else "them"  # "audio and video input ...: them" (review 10, I17)
    parts, named = [], False
    own_yes = [i for i in split.yes if i not in listed]
    if own_yes:
        parts.append(f"{fmt.join_words([x.names[i] for i in own_yes])} "
                     f"{'accepts' if len(own_yes) == 1 else 'accept'} {inputs}")
        named = True
    for i in split.yes:
        if i in listed:
            parts.append(f"{listings(x, i)} {'includes' if _one(x, i) else 'include'} "
                         f"{it if named else inputs}")
            named = True
    head = ", and ".join(parts) if len(parts) < 3 else fmt.join_words(parts)
    tails = []
    own_no = [i for i in split.no if i not in listed]
    if own_no:
        tails.append(f"{fmt.join_words([x.names[i] for i in own_no])} "
                     f"{'does' if len(own_no) == 1 else 'do'} not accept {it}")
    tails += [f"{listings(x, i)} {'does' if _one(x, i) else 'do'} not include {it}"
              for i in split.no if i in listed]
    if not unexplained:
        return f"{head}; {fmt.join_words(tails)}."
    return f"{head}; {fmt.join_words(tails)}. {_no_own_source(x, unexplained)}"


def _no_own_source(x: Context, unexplained: list[int]) -> str:
    """That no source of the models' own states their inputs.

    "No source of A's own states its inputs.", "Neither model has ..." (never "No source of
    A's and B's own states their inputs", which does not parse: review 14, N10).
    """
    if len(unexplained) == 1:
        return f"No source of {x.names[unexplained[0]]}'s own states its inputs."
    every = len(unexplained) == len(x.c.models)
    if len(unexplained) == 2:
        who = "Neither model" if every else (f"Neither {x.names[unexplained[0]]} nor "
                                             f"{x.names[unexplained[1]]}")
    else:  # ("Of A, B and C, none": a capital "None" reads as an empty slot to check())
        who = "No model here" if every else \
            f"Of {fmt.join_words([x.names[i] for i in unexplained])}, none"
    return f"{who} has a source of its own that states its inputs."


def _one(x: Context, i: int) -> bool:
    return len(x.listed[i]) == 1


def listings(x: Context, i: int) -> str:
    """"A's route listing on NanoGPT", "A's route listings on NanoGPT and Kilo".

    Never in brackets: "(NVIDIA NIM (API catalog))" closed two at once (helper fixAH).
    """
    names = list(dict.fromkeys(x.c.routes[k].provider_name for k in x.listed[i]))
    return (f"{x.names[i]}'s route {'listing' if _one(x, i) else 'listings'} on "
            f"{fmt.join_words(names)}")


def multimodal_again(x: Context, split: CapabilitySplit, models: Sequence[int]) -> bool:
    """Whether ``split``, multimodal input, is what the vision and input bullets say already.

    So where every input that differs sets the same models apart as multimodal input does: each
    is a bullet of its own (image with vision where that states it), and "documents multimodal
    input" would be their sum said again.
    """
    if split.row.capability is not Capability.MULTIMODAL or split.unknown:
        return False
    found = _among(input_splits(x.c), models)  # (among the models the bullets are about)
    return bool(found) and all((f.yes, f.no) == (split.yes, split.no) for f in found)


def multimodal_is_vision(c: Comparison, models: Sequence[int]) -> bool:
    """Whether, among ``models``, multimodal input sets apart the very models vision does.

    Every model's inputs are known, each model's multimodal input is known as its vision is
    (both documented, both documented absent, or both unknown), and either image is the only
    input that differs or the models without vision take text alone. Then "documents
    multimodal input" is vision said again: a model's other inputs are bullets of their own
    ("Gemini 2.5 Flash accepts audio and video input; GPT-4o mini and Llama 3.2 3B do not"),
    so Gemini 2.5 Flash and GPT-4o mini beside Llama 3.2 3B are one vision split, where the
    page said vision and multimodal input twice over (review 8, G16).
    """
    rows = {row.capability: row for row in c.capabilities}
    vision, multimodal = rows.get(Capability.VISION), rows.get(Capability.MULTIMODAL)
    if vision is None or multimodal is None:
        return False
    if multimodal_is_image(c, models):
        return True
    inputs = [frozenset(c.models[m].input_modalities) for m in models]
    if not all(inputs) or any(vision.support[m] is not multimodal.support[m] for m in models):
        return False
    if frozenset().union(*inputs) - inputs[0].intersection(*inputs) == {"image"}:
        return True
    return all(found == {"text"} for m, found in zip(models, inputs, strict=True)
               if vision.support[m] is Support.NO)


def multimodal_is_image(c: Comparison, models: Sequence[int]) -> bool:
    """Whether, among ``models``, multimodal input is image input, which vision says.

    The models with multimodal input are those with vision, at least one, and each of them
    takes no input but text and image (its inputs sourced): their multimodal input is image
    input. A model without either is then told apart by vision's reading alone, "not
    documented" or "does not support", never by both: Ministral 8B Instruct, whose vision is
    not documented and whose multimodal input is a flag's "no" beside unsourced inputs, read
    "for Ministral 8B Instruct it is not documented" of vision and "does not support it" of
    multimodal input, and was the verdict's reason to pick Ministral 8B (review 14, N9).
    :func:`phicompare.domain.capabilities.image_only` is the rule (switch friction's too).
    """
    rows = {row.capability: row for row in c.capabilities}
    vision, multimodal = rows.get(Capability.VISION), rows.get(Capability.MULTIMODAL)
    if vision is None or multimodal is None:
        return False
    return image_only([(vision.support[m] is Support.YES, multimodal.support[m] is Support.YES,
                        c.models[m].input_modalities) for m in models])
