"""A requirement several models fail, said once in the verdict and in the deep dive.

The line at a glance says a required capability every model fails once (review 15 leftovers,
R3: :mod:`.required_once`). The verdict and the deep dive said it once per model: "Phi-2: no
pick, as none of its routes documents code execution, which this page requires", then the same
of GPT-4o; "Phi-4 Mini has seven routes in the catalog; none of them supports vision, which
this page requires", then the same of Phi-4. Where two models or more are out for one and the
same required capability, each of those places says it once now, each model's clause and
checks kept (helper fixS): "No pick of Phi-2, Phi-1.5 or GPT-4o, as this page requires code
execution: none of Phi-2's routes documents it; Phi-1.5 has no provider route and does not
document it; and none of GPT-4o's routes documents it." and "This page requires vision: Phi-4
Mini has seven routes in the catalog and Phi-4 has five; none of those routes supports it."
(where the models' routes all fail it in the same verb; "..., none of which supports it, and
... none of which documents it" where one lacks the capability and the other's routes do not
document it). A model out for anything else keeps its own line.

So are requests too long for every route of two models or more (review 16, P6): "No pick of
GPT-4o or Claude Sonnet 3.5 v2, as none of their routes takes requests of 301,000 tokens.", not a
line for each; "GPT-4o has 16 routes in the catalog and Claude Sonnet 3.5 v2 has nine; none of
them takes requests of 301,000 tokens."
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from . import format as fmt
from .claims import Claim
from .fit import joined
from .required_once import it_clause, join_independent, one_clause
from .standing import out_basis, out_phrase
from .unsupported import capability_word

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import Context

__all__ = ["no_picks_once", "size_clause", "sizes_once", "stranded_once"]

_SIZE = re.compile(r"^none of (?P<name>.+)'s routes (?P<rest>(?:takes|is known to take) "
                   r"requests (?:(?!, )[^;()'])+|meets every term of this page \([^;()]+\)"
                   r"|is on a provider this page allows"
                   r"|is known to have the context window this page asks for)$")
"""A model out for its requests' size alone, or for the page's terms together or its filters
(review 55, #1): the same words for each model but its name."""


def size_clause(phrase: str) -> tuple[str, str] | None:
    """What ``phrase`` says no route of its model takes, and the model's name.

    Examples:
        >>> size_clause("none of GPT-4o's routes takes requests of 301,000 tokens")
        ('takes requests of 301,000 tokens', 'GPT-4o')
        >>> size_clause("none of GPT-4o's routes documents vision, which this page requires")
        >>> size_clause("none of A's routes meets every term of this page (vision and the "
        ...             "providers allowed)")
        ('meets every term of this page (vision and the providers allowed)', 'A')
    """
    m = _SIZE.match(phrase)
    return None if m is None else (m["rest"], m["name"])


def sizes_once(clauses: Sequence[str]) -> list[str]:
    """Clauses at a glance, those saying the same size of two models or more as one.

    Examples:
        >>> sizes_once(["A's only route was retired", "none of B's routes takes requests this "
        ...             "long", "none of C's routes takes requests this long"])
        ... # doctest: +NORMALIZE_WHITESPACE
        ["A's only route was retired", 'none of the routes of B and C takes requests this long']
        >>> sizes_once(["none of B's routes takes requests this long",
        ...             "none of C's routes takes requests this long"])
        ['none of their routes takes requests this long']

    So are the page's terms together, where every model fails them alike (review 55, #1):

        >>> sizes_once(["none of A's routes meets every term of this page (vision and the "
        ...             "providers allowed)", "none of B's routes meets every term of this page "
        ...             "(vision and the providers allowed)"])
        ['none of their routes meets every term of this page (vision and the providers allowed)']
    """
    found = [size_clause(clause) for clause in clauses]
    names: dict[str, list[str]] = {}
    for one in found:
        if one is not None:
            names.setdefault(one[0], []).append(one[1])
    out: list[str] = []
    for clause, one in zip(clauses, found, strict=True):
        if one is None or len(names[one[0]]) < 2:
            out.append(clause)
        elif names[one[0]][0] == one[1]:
            out.append(f"none of the routes of {fmt.join_words(names[one[0]])} {one[0]}")
    if len(out) == 1 < len(clauses):  # the line has named them all: "none of their routes ..."
        return [f"none of their routes {found[0][0]}"] if found[0] is not None else out
    return out


def _words(x: Context) -> set[str]:
    return {capability_word(r) for r in x.c.requires}


def no_picks_once(x: Context, claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """The verdict's claims (one a model, in model order), no-pick lines sharing a reason merged.

    The merged line stands where the first of its models' stood; its basis is each model's
    :func:`~phicompare.narrative.standing.out_basis`, as each line's was.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "gpt-4o", requires={"code_execution"}))
        >>> lines = [Claim(key=f"pick:{i}", text=f"{name}: no pick.")
        ...          for i, name in enumerate(x.names)]
        >>> [claim.text for claim in no_picks_once(x, lines)]
        ... # doctest: +NORMALIZE_WHITESPACE
        ['No pick of Phi-2 or GPT-4o, as this page requires code execution, and none of their
        routes documents it.']
    """
    words = _words(x)
    groups: dict[str, list[tuple[int, str]]] = {}
    for i, out in enumerate(x.out):
        if out is None or out.unreleased or out.retired or out.deprecated:
            continue  # (its reason is not the requirement alone)
        phrase = out_phrase(x.c, out, figured=True, whose=f"{x.names[i]}'s")
        found = it_clause(phrase, words)
        if found is not None:
            groups.setdefault(found[0], []).append((i, found[1]))
        elif (size := size_clause(phrase)) is not None:  # (review 16, P6)
            groups.setdefault(f"\0{size[0]}", []).append((i, phrase))
    merged: dict[int, Claim | None] = {}  # (None: said in the first's line)
    for said, who in groups.items():
        if len(who) < 2:
            continue
        names = fmt.join_words([x.names[i] for i, _ in who], "or")
        # built now, as a basis holding the comparison would keep the page alive
        built = joined([partial(out_basis, x.c, out, figured=True) for i, _ in who
                        if (out := x.out[i]) is not None])
        clauses = [clause for _, clause in who]
        alike = one_clause(clauses)  # "..., and neither supports it" (helper fixS)
        merged[who[0][0]] = Claim(
            key=f"pick:{who[0][0]}",
            text=(f"No pick of {names}, as none of their routes {said[1:]}."
                  if said.startswith("\0") else
                  f"No pick of {names}, as this page requires {said}, and {alike[1]}."
                  if alike is not None else
                  f"No pick of {names}, as this page requires {said}: "
                  f"{join_independent(clauses)}."),
            evidence=built.evidence, checks=built.checks)
        merged.update({i: None for i, _ in who[1:]})
    return tuple(line for i, claim in enumerate(claims)
                 if (line := merged.get(i, claim)) is not None)


_STRANDED = re.compile(r"^(?P<head>.+ in the catalog); none of them (?P<verb>supports|documents) "
                       r"(?P<words>[^,;()]+), which this page requires\.$")
"""The deep dive's sentence on a model whose routes all lack one required capability."""

_TOO_LONG = re.compile(r"^(?P<name>.+) has (?P<count>[^ ;]+) routes in the catalog; none of them "
                       r"(?P<rest>(?:takes|is known to take) requests (?:(?!, )[^;()'])+)\.$")
"""The deep dive's sentence on a model whose routes all take shorter requests than the page's."""


def stranded_once(x: Context, claims: Sequence[Claim]) -> list[Claim]:
    """The deep dive's sentences on models no route can carry, a shared requirement said once.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "gpt-4o", requires={"code_execution"}))
        >>> lines = [Claim(key=f"availability:{i}", text=f"{name} has {n} routes in the catalog; "
        ...                "none of them documents code execution, which this page requires.")
        ...          for i, (name, n) in enumerate(zip(x.names, ("two", "16")))]
        >>> [claim.text for claim in stranded_once(x, lines)]
        ... # doctest: +NORMALIZE_WHITESPACE
        ['This page requires code execution: Phi-2 has two routes in the catalog and GPT-4o has
        16; none of those routes documents it.']

    Where one model lacks the capability and the other's routes do not document it, each keeps
    its verb:

        >>> verbs = ("supports", "documents")
        >>> lines = [Claim(key=f"availability:{i}", text=f"{name} has {n} routes in the catalog; "
        ...                f"none of them {verb} code execution, which this page requires.")
        ...          for i, (name, n, verb) in enumerate(zip(x.names, ("two", "16"), verbs))]
        >>> [claim.text for claim in stranded_once(x, lines)]
        ... # doctest: +NORMALIZE_WHITESPACE
        ['This page requires code execution: Phi-2 has two routes in the catalog, none of which
        supports it, and GPT-4o has 16 routes in the catalog, none of which documents it.']
    """
    if len(claims) < 2:  # (most pages: no model stranded; one said alone)
        return list(claims)
    words = _words(x)
    groups: dict[str, list[tuple[int, str, str]]] = {}
    for k, claim in enumerate(claims):
        m = _STRANDED.match(claim.text)
        if m is not None and m["words"] in words:
            groups.setdefault(m["words"], []).append((k, m["head"], m["verb"]))
        elif (m := _TOO_LONG.match(claim.text)) is not None:  # (review 16, P6)
            groups.setdefault(f"\0{m['rest']}", []).append(
                (k, f"{m['name']} has {m['count']} routes in the catalog", ""))
    out: dict[int, Claim | None] = {}
    for said, who in groups.items():
        if len(who) < 2:
            continue
        shared = [claims[k] for k, _, _ in who]
        verbs = {verb for _, _, verb in who}
        out[who[0][0]] = Claim(
            key=shared[0].key,
            text=(f"{_counts([head for _, head, _ in who])}; none of them {said[1:]}."
                  if said.startswith("\0") else
                  f"This page requires {said}: {_counts([head for _, head, _ in who])}; none "
                  f"of those routes {verbs.pop()} it." if len(verbs) == 1 else
                  f"This page requires {said}: " + join_independent(
                      [f"{head}, none of which {verb} it" for _, head, verb in who]) + "."),
            basis=partial(Claim.grounds, shared))
        out.update({k: None for k, _, _ in who[1:]})
    return [line for k, claim in enumerate(claims)
            if (line := out.get(k, claim)) is not None]


_HEAD = re.compile(r"^(?P<name>.+) has (?P<count>[^ ;]+) routes in the catalog$")


def _counts(heads: Sequence[str]) -> str:
    """Sentences "A has seven routes in the catalog" as one: "A has seven ... and B has five".

    Examples:
        >>> _counts(["A has seven routes in the catalog", "B has five routes in the catalog",
        ...          "C has 16 routes in the catalog"])
        'A has seven routes in the catalog, B has five and C has 16'
    """
    rest = [head if (m := _HEAD.match(head)) is None else f"{m['name']} has {m['count']}"
            for head in heads[1:]]
    return heads[0] + (" and " if len(heads) == 2 else ", ") + fmt.join_words(rest)
