"""Related comparisons and provenance: where to read next, and where the figures come from."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from phicompare.domain.names import normalize_name

from . import format as fmt, paths
from .claims import Basis, Claim, Evidence, EvidenceKind
from .context import Context

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import Related

    from .parts import ModelParts

__all__ = ["named", "provenance", "related", "unsourced_text"]

_RELATED_REASONS = {"same-family": "same family", "same-size-class": "similar size, another family",
                    "similar-size": "similar size"}  # either family unknown (review 8, G19)


def named(name: str, model_id: str) -> str:
    """A model's name, with its id when the two differ beyond spelling.

    Two models may share a display name ("Devstral 2"), never an id.

    Examples:
        >>> named("Phi-3 Mini 128K", "phi-3-mini-128k"), named("Devstral 2", "devstral-2512")
        ('Phi-3 Mini 128K', 'Devstral 2 (devstral-2512)')
        >>> named("Qwen 2.5 72B", "qwen2.5_72b"), named("Claude Sonnet 4.5", "claude-sonnet-4-5")
        ('Qwen 2.5 72B', 'Claude Sonnet 4.5 (claude-sonnet-4-5)')
    """
    if name.casefold().replace(" ", "-") == model_id.casefold():  # "GPT-4o mini", "gpt-4o-mini"
        return name  # (then their normalized forms are equal too, without the regex)
    return name if normalize_name(name) == normalize_name(model_id) else f"{name} ({model_id})"


def related(x: Context, parts: Sequence[ModelParts]) -> tuple[Claim, ...]:
    """Other comparisons worth reading, each with why.

    Each model compared opens several suggestions, named as ``parts`` names it (kept with the
    catalog: :attr:`~phicompare.narrative.parts.ModelParts.named`). A suggestion is one of the
    model's own (its kin's, :func:`phicompare.analysis.related.kinship`). The claims are made
    for the page: kept with the model (by place, suggestion and name) they saved no measurable
    work and were the memo's fastest-growing slot over a long run (issue 18's memory bound).
    """
    owners = {(m.name, m.id): part.named for m, part in zip(x.c.models, parts, strict=True)}
    return tuple([_related(k, r, owners.get((r.names[0], r.models[0]))
                           or named(r.names[0], r.models[0]))
                  for k, r in enumerate(x.c.related)])


def _related(k: int, r: Related, first: str) -> Claim:
    """The ``k``-th related comparison, its first model named ``first``."""
    return Claim(
        key=f"related:{r.models[0]}:{r.models[1]}",
        text=f"{first} vs {named(r.names[1], r.models[1])} "
             f"({_RELATED_REASONS.get(r.reason, r.reason)}).",
        basis=lambda: Basis((Evidence(paths.related(k, "models[1]"), r.models[1]),
                             Evidence(paths.related(k, "reason"), r.reason))))


def unsourced_text(x: Context, i: int) -> str | None:
    """What is not yet sourced for model ``i`` (``None``: everything is), in words.

    Its own profile's labels, wherever it stands: worked out once a model
    (:attr:`~phicompare.narrative.parts.ModelParts.unsourced`).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> unsourced_text(context_of(compare("phi-2", "phi-4-mini")), 0)
        'Not yet sourced for Phi-2: knowledge cutoff.'
    """
    labels = [_lower_first(label) for m, label in x.c.provenance.unsourced if m == i]
    return f"Not yet sourced for {x.names[i]}: {fmt.join_words(labels)}." if labels else None


def _lower_first(label: str) -> str:
    """A label inside a sentence: its first word in lower case, unless it is an acronym.

    Examples:
        >>> _lower_first("Knowledge cutoff"), _lower_first("MMLU score (no source on record)")
        ('knowledge cutoff', 'MMLU score (no source on record)')
    """
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _unsourced_basis(unsourced: tuple[tuple[int, str], ...], i: int) -> Basis:
    return Basis(tuple([Evidence(paths.unsourced_label(k), label)
                        for k, (m, label) in enumerate(unsourced) if m == i]))


def _secondhand(count: int, total: int) -> str:
    """How many of a page's ``total`` sources are aggregated datasets, as a sentence.

    Examples:
        >>> _secondhand(3, 5)[:37], _secondhand(1_200, 1_300)[:38]
        ('Three of them are aggregated datasets', 'Of them, 1,200 are aggregated datasets')
    """
    if count == total:
        head = ("That source is an aggregated dataset" if count == 1
                else "All of them are aggregated datasets")
    else:
        head = ("One of them is an aggregated dataset" if count == 1
                else f"{fmt.count_word(count).capitalize()} of them are aggregated datasets"
                if count < 10  # no sentence opens with a numeral (R2)
                else f"Of them, {fmt.count_word(count)} are aggregated datasets")
    what = "it supports" if count == 1 else "they support"
    return (f"{head} (marked secondhand in the table): the figures {what} were read there, "
            "not at the vendor's or provider's own page.")


def provenance(x: Context, parts: Sequence[ModelParts]) -> tuple[Claim, ...]:
    """How many sources, checked when; and, per model, what is not yet sourced.

    ``parts`` gives what is not yet sourced for each model, in words (:func:`unsourced_text`).
    """
    p = x.c.provenance
    claims = []
    if p.sources and p.oldest_check and p.newest_check:
        oldest, newest = fmt.date(p.oldest_check), fmt.date(p.newest_check)
        when = (f"checked on {oldest}" if p.oldest_check == p.newest_check
                else f"checked between {oldest} and {newest}")
        undated = [s.checked for s in p.sources].count(None)
        second = [k for k, s in enumerate(p.sources) if s.secondhand]
        if undated:
            dated = len(p.sources) - undated
            when = (f"{fmt.count_word(dated)} {'was' if dated == 1 else 'were'} {when}; "
                    f"{fmt.count_word(undated)} {'has' if undated == 1 else 'have'} no checked "
                    "date recorded")
        claims.append(Claim(
            key="sources",
            text=f"The figures come from {fmt.plural(len(p.sources), 'source')}"
                 f"{'; ' if undated else ', '}{when}.",
            basis=lambda: Basis((
                Evidence(paths.provenance("oldest_check"), p.oldest_check, oldest,
                         EvidenceKind.DATE),
                Evidence(paths.provenance("newest_check"), p.newest_check, newest,
                         EvidenceKind.DATE),
                *(Evidence(paths.source_url(k), s.url) for k, s in enumerate(p.sources))))))
        if second:
            claims.append(Claim(
                key="secondhand", text=_secondhand(len(second), len(p.sources)),
                basis=lambda: Basis(tuple(Evidence(paths.source_secondhand(k), True)
                                          for k in second))))
    elif not p.sources:
        claims.append(Claim(key="sources", text="No figure here carries a source.",
                            evidence=(Evidence(paths.provenance("sources"), p.sources),)))
    claims += [Claim(key=f"unsourced:{i}", text=part.unsourced,
                     basis=partial(_unsourced_basis, p.unsourced, i))
               for i, part in enumerate(parts) if part.unsourced is not None]
    return tuple(claims)
