"""At a glance where every model fails one and the same requirement: the requirement said once.

Where no model meets the page's terms, the line at a glance gives each model's reason. Where
each reason is the same required capability, it named the requirement in every clause ("none
of Phi-2's routes documents code execution, which this page requires; Phi-1.5 has no provider
route and does not document code execution, which this page requires; and ..."); it says it
once now, and each model's own check stays in its clause: "This page requires code execution,
and not one of Phi-2, Phi-1.5 and GPT-4o meets it: none of Phi-2's routes documents it; Phi-1.5
has no provider route and does not document it; and none of GPT-4o's routes documents it."
(review 15 leftovers, R3). The clauses are :func:`~phicompare.narrative.standing.out_phrase`'s,
with the requirement's words turned to "it"; the claim's basis is theirs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import format as fmt
from .unsupported import capability_word

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.comparison import Comparison

    from .standing import Out

__all__ = ["it_clause", "join_independent", "one_clause", "required_once", "retired_once",
           "shared_once"]

_REQUIRED = re.compile(r"\b(does not support|does not document|documents) "
                       r"(?P<words>[^,;()]+), which this page requires")


def it_clause(phrase: str, words: set[str]) -> tuple[str, str] | None:
    """The one required capability ``phrase`` names, and the phrase with it turned to "it".

    ``words`` are the page's required capabilities as sentences name them; ``None`` where the
    phrase names none of them, or more than one requirement.

    Examples:
        >>> it_clause("none of Phi-2's routes documents code execution, which this page "
        ...           "requires", {"code execution"})
        ('code execution', "none of Phi-2's routes documents it")
        >>> it_clause("Phi-1.5 does not support vision, which this page requires (and it has "
        ...           "no provider route)", {"vision"})
        ('vision', 'Phi-1.5 does not support it (and has no provider route)')
    """
    found = list(_REQUIRED.finditer(phrase))
    if len(found) != 1 or found[0]["words"] not in words:
        return None
    m = found[0]
    rest = phrase[m.end():].replace(" (and it has no provider route)",  # one "it"
                                    " (and has no provider route)")
    return m["words"], f"{phrase[:m.start()]}{m[1]} it{rest}"


_SAME = (  # a clause every model's reason may read alike in: (its form, its verb)
    (re.compile(r"^(?P<name>.+) does not support it(?P<aside> \(and has no provider route\))?$"),
     "supports it"),
    (re.compile(r"^none of (?P<name>.+)'s routes documents it$"), "documents it"),
)


def _routeless(found: Sequence[re.Match[str] | None]) -> str:
    """The aside naming the models with no provider route: " (Phi-1.5 has no provider route)".

    Examples:
        >>> forms = [_SAME[0][0].match(f"{name} does not support it{aside}")
        ...          for name, aside in (("A", " (and has no provider route)"), ("B", ""))]
        >>> _routeless(forms), _routeless(forms[1:])
        (' (A has no provider route)', '')
    """
    names = [m["name"] for m in found if m is not None and m["aside"]]
    if not names:
        return ""
    return f" ({fmt.join_words(names)} {'has' if len(names) == 1 else 'have'} no provider route)"


def one_clause(clauses: Sequence[str]) -> tuple[str, str] | None:
    """Clauses alike but for the model's name, as one: naming the models, and not (helper fixS).

    "neither Phi-4 Mini nor Phi-4 supports it" for two, "none of A, B and C supports it" for
    more, "none of the routes of A and B documents it"; and the same without the names, where a
    sentence has named the models already ("neither supports it", "none of their routes
    documents it"). A model with no provider route is named in an aside, so its clause reads
    alike too: "neither Phi-1.5 nor Phi-4 supports it (Phi-1.5 has no provider route)", not
    "Phi-1.5 does not support it (and has no provider route), and Phi-4 does not support it"
    (review 16, P6). ``None`` where the clauses differ.

    Examples:
        >>> one_clause(["A does not support it", "B does not support it"])
        ('neither A nor B supports it', 'neither supports it')
        >>> one_clause(["A does not support it", "B does not support it",
        ...             "C does not support it"])
        ('none of A, B and C supports it', 'none of them supports it')
        >>> one_clause(["none of A's routes documents it", "none of B's routes documents it"])
        ('none of the routes of A and B documents it', 'none of their routes documents it')
        >>> one_clause(["A does not support it (and has no provider route)",
        ...             "B does not support it"])[0]
        'neither A nor B supports it (A has no provider route)'
        >>> one_clause(["A does not support it", "none of B's routes documents it"]) is None
        True
    """
    for form, verb in _SAME:
        found = [form.match(clause) for clause in clauses]
        names = [m["name"] for m in found if m is not None]
        if len(clauses) < 2 or len(names) < len(clauses):
            continue
        if verb == "documents it":
            return (f"none of the routes of {fmt.join_words(names)} {verb}",
                    f"none of their routes {verb}")
        aside = _routeless(found)
        if len(names) == 2:
            return (f"neither {names[0]} nor {names[1]} {verb}{aside}",
                    f"neither {verb}{aside}")
        return f"none of {fmt.join_words(names)} {verb}{aside}", f"none of them {verb}{aside}"
    return None


def join_independent(clauses: Sequence[str]) -> str:
    """Independent clauses as one list: "a, and b"; from three, "a; b; and c".

    Examples:
        >>> join_independent(["a", "b"]), join_independent(["a", "b", "c"])
        ('a, and b', 'a; b; and c')
    """
    if len(clauses) == 2:
        return f"{clauses[0]}, and {clauses[1]}"
    return f"{'; '.join(clauses[:-1])}; and {clauses[-1]}"


def required_once(c: Comparison, outs: Sequence[Out], phrases: Sequence[str],
                  every: str) -> str | None:
    """The line at a glance with the requirement said once, or ``None`` where it does not fit.

    ``outs`` are the models' reasons for being out (none unreleased), ``phrases`` their
    clauses, ``every`` the models' names joined ("Phi-2, Phi-1.5 and GPT-4o"). It fits where
    each clause names one required capability, the same for all, once, and no model is out for
    a retired or deprecated route as well (that model's reason is not the requirement alone).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> from phicompare.narrative.standing import out_phrase
        >>> x = context_of(compare("phi-2", "gpt-4o", requires={"code_execution"}))
        >>> outs = [o for o in x.out if o is not None]
        >>> text = required_once(x.c, outs, [out_phrase(x.c, o, figured=False, whose=w)
        ...                                  for o, w in zip(outs, ["Phi-2's", "GPT-4o's"])],
        ...                      "Phi-2 nor GPT-4o")
        >>> print(text)
        This page requires code execution, and none of the routes of Phi-2 and GPT-4o documents it.

    Where the clauses differ, each is kept: "This page requires code execution, and not one of
    Phi-2, Phi-1.5 and GPT-4o meets it: none of Phi-2's routes documents it; Phi-1.5 has no
    provider route and does not document it; and none of GPT-4o's routes documents it."
    """
    if any(o.retired or o.deprecated or o.unreleased for o in outs) or len(phrases) < 2:
        return None
    words = {capability_word(r) for r in c.requires}
    said: set[str] = set()
    clauses: list[str] = []
    for phrase in phrases:
        found = it_clause(phrase, words)
        if found is None:
            return None
        said.add(found[0])
        clauses.append(found[1])
    if len(said) != 1:
        return None
    if (alike := one_clause(clauses)) is not None:  # each model fails it alike (helper fixS)
        return f"This page requires {said.pop()}, and {alike[0]}."
    joined = join_independent(clauses)
    whom = "neither" if len(phrases) == 2 else "not one of"
    return f"This page requires {said.pop()}, and {whom} {every} meets it: {joined}."


def shared_once(c: Comparison, outs: Sequence[Out], phrases: Sequence[str]) -> list[str]:
    """The clauses at a glance, those of models that fail one requirement alike said as one.

    Where the models fail different terms, the line gives each model's clause; two or more
    that fail one and the same required capability in the same words are one clause, where the
    first stood, as :func:`one_clause` joins them: "neither Phi-2 nor Phi-1.5 supports vision,
    which this page requires (Phi-1.5 has no provider route)", not "Phi-2 does not support
    vision, which this page requires; Phi-1.5 does not support vision, which this page requires
    (and it has no provider route)". A model out for a date or a retired route as well keeps
    its clause.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> from phicompare.narrative.standing import out_phrase
        >>> x = context_of(compare("phi-2", "phi-1.5", "gpt-4o",
        ...                        requires={"vision", "code_execution"}))
        >>> outs = [o for o in x.out if o is not None]
        >>> phrases = [out_phrase(x.c, o, figured=False, whose=f"{name}'s")
        ...            for o, name in zip(outs, x.names)]
        >>> shared_once(x.c, outs, phrases)  # doctest: +NORMALIZE_WHITESPACE
        ['neither Phi-2 nor Phi-1.5 supports vision, which this page requires (Phi-1.5 has no
        provider route)', "none of GPT-4o's routes documents code execution, which this page
        requires"]
    """
    words = {capability_word(r) for r in c.requires}
    groups: dict[str, list[tuple[int, str]]] = {}
    for k, (out, phrase) in enumerate(zip(outs, phrases, strict=True)):
        if out.retired or out.deprecated or out.unreleased:
            continue
        if (found := it_clause(phrase, words)) is not None:
            groups.setdefault(found[0], []).append((k, found[1]))
    merged: dict[int, str | None] = {}  # (None: said in the first's clause)
    for word, who in groups.items():
        alike = one_clause([clause for _, clause in who]) if len(who) > 1 else None
        if alike is None:
            continue
        verb = next(v for v in ("supports it", "documents it") if v in alike[0])
        merged[who[0][0]] = alike[0].replace(
            verb, f"{verb[:-3]} {word}, which this page requires", 1)
        merged.update({k: None for k, _ in who[1:]})
    return [clause for k, phrase in enumerate(phrases)
            if (clause := merged.get(k, phrase)) is not None]


def retired_once(outs: Sequence[Out], names: Sequence[str]) -> str | None:
    """The line at a glance's clause where every route of every model was retired, said once.

    ``outs`` are the models' reasons for being out, one a model, ``names`` their names; ``None``
    unless each model's every route meets the terms but was retired by the comparison's date.
    It read "each of GPT-4's seven routes was retired by the comparison's date and each of o1's
    13 routes was retired by the comparison's date" (review 36, #7); the verdict lists the
    routes with their dates.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("gpt-4", "o1", as_of="2026-12-01"))
        >>> retired_once([o for o in x.out if o is not None], x.names)
        "every route of each was retired by the comparison's date (GPT-4's seven and o1's 13)"
    """
    if len(outs) < 2 or any(o.rows or o.deprecated or o.undocumented or o.unreleased
                            or not o.retired for o in outs):
        return None
    counts = [f"{name}'s {'only one' if len(o.retired) == 1 else fmt.count_word(len(o.retired))}"
              for name, o in zip(names, outs, strict=True)]
    return (f"every route of each was retired by the comparison's date "
            f"({fmt.join_words(counts)})")
