"""The page's overview: the summary, the scorecard and the tradeoffs.

The summary introduces each model, compares context windows, names the largest gap outside noise
and the bills; the scorecard gives one row per decision signal; the tradeoffs list one bullet per
real difference.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from phicompare.analysis.facts import CostEstimate
from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import RouteStatus
from phicompare.domain.records import Model

from . import format as fmt, paths
from .benchmarks import gap_claim
from .bill_prices import unit_prices
from .bill_window import largest_qualified, longer_prompts_qualified
from .bills import free_checks
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind, Row
from .context import CapabilitySplit, Context, RowGap
from .cost import cost_headline
from .drafts import Draft
from .fit import decision_fit, joined
from .friction_listed import lack_clause, listed_basis_of
from .inputs import input_tradeoffs, multimodal_again, multimodal_is_vision
from .longer_output import output_tradeoff
from .no_comparable import no_comparable_claim
from .no_lead import no_lead_claim
from .offers import capability_basis, capability_phrase, left_out_offer, opening
from .unreleased_words import released_tradeoffs
from .window_notes import noted_windows
from .windows import context_claim, prompt_tradeoff

if TYPE_CHECKING:
    from .parts import ModelParts

__all__ = ["identity_draft", "price_cell", "route_label", "routes_cell",
           "scorecard", "summary", "tradeoffs", "vendor_words"]


def summary(x: Context, parts: Sequence[ModelParts], *, bills: Claim | None,
            absent: Claim | None) -> tuple[Claim, ...]:
    """Who the models are, their context, the largest gap, and the bills.

    ``parts`` gives each model's identity (:func:`identity_draft`). ``bills`` is
    :func:`~phicompare.narrative.bills.bills_claim` (``full``), ``absent``
    :func:`~phicompare.narrative.no_comparable.no_comparable_claim` when no pair compares: the FAQ
    and the deep dive state them too.
    """
    claims = [part.identity for part in parts]
    claims.append(noted_windows(x, largest_qualified(x, x.context_said), caps=True))  # (P4, P6)
    comparable = x.bench.comparable
    if x.bench.significant:  # in brief: the deep dive states it in full, with its item count
        claims.append(gap_claim(x, x.bench.significant[0], brief=True))
    elif comparable:
        claims.append(no_lead_claim(x, comparable))
    else:
        claims.append(absent or no_comparable_claim(x))
    claims += cost_headline(x, bills)
    return tuple(claims)


def identity_draft(x: Context, i: int) -> Draft:
    """Model ``i``: its vendor, size, release date and licence, as far as they are sourced.

    A vendor only the model's id suggests (``vendor_inferred``) is said as such, never as fact
    (review 8, G8): "vendor not yet sourced (the name suggests Google)".
    """
    m = x.c.models[i]
    size = None if m.parameters_b is None else fmt.params(m.parameters_b)
    released = None if m.released is None else fmt.date(m.released)
    parts: list[str] = []
    if m.vendor:
        parts.append(vendor_words(m.vendor, inferred=m.vendor_inferred))
    if size is not None:
        parts.append(f"{size} parameters")
    if released is not None:
        parts.append(f"released {released}")
    if m.license:
        note = ", a non-commercial licence" if fmt.non_commercial(m.license) else ""
        parts.append(f"under {fmt.licence(m.license)}{note}")
    name = x.names[i]
    text = (f"{name}: {', '.join(parts)}." if parts else
            f"{name}: no vendor, size, release date or licence is sourced yet.")
    return Draft.at("identity", text, lambda at: Basis((
        Evidence(paths.model(at, "name"), m.name, m.name),
        *([Evidence(paths.model(at, "vendor"), m.vendor, m.vendor),
           Evidence(paths.model(at, "vendor_inferred"), m.vendor_inferred)] if m.vendor else []),
        *([Evidence(paths.model(at, "parameters_b"), m.parameters_b, size, EvidenceKind.PARAMS)]
          if size is not None else []),
        *([Evidence(paths.model(at, "released"), m.released, released, EvidenceKind.DATE)]
          if released is not None else []),
        *([Evidence(paths.model(at, "license"), m.license, fmt.licence(m.license),
                    EvidenceKind.LICENCE)] if m.license else [])),
        (Check(op=CheckOp.TRUE if m.vendor_inferred else CheckOp.FALSE,
               paths=(paths.model(at, "vendor_inferred"),)),) if m.vendor else ()))


def vendor_words(vendor: str, *, inferred: bool) -> str:
    """How the summary introduces a model's vendor: a fact, or a guess its id suggests.

    Examples:
        >>> vendor_words("Google", inferred=False), vendor_words("Google", inferred=True)
        ('from Google', 'vendor not yet sourced (the name suggests Google)')
    """
    return f"vendor not yet sourced (the name suggests {vendor})" if inferred else f"from {vendor}"


def scorecard(x: Context, parts: Sequence[ModelParts]) -> tuple[Row, ...]:
    """One row per decision signal, one cell per model (``parts`` gives each price cell)."""
    return (_fit_row(x), _context_row(x), _price_row(x, parts), _routes_row(x, parts),
            _benchmarks_row(x))


def _anchor(models: Sequence[Model]) -> tuple[Evidence, ...]:
    """The evidence of a row that states an absence: the first model it is about."""
    return (Evidence(paths.model(0, "id"), models[0].id),)


def _fit_row(x: Context) -> Row:
    fits = [decision_fit(x, i) for i in range(x.n)]
    models = x.c.models
    return Row(key="fit", label="Decision fit",
               cells=tuple(fmt.join_words(f.phrases) if f.phrases
                           else "no distinctive fit in the data" for f in fits),
               basis=lambda: _fit_basis([f.basis for f in fits], models))


def _fit_basis(bases: Sequence[Callable[[], Basis]], models: Sequence[Model]) -> Basis:
    evidence, checks = joined(bases)
    return Basis(evidence or _anchor(models), checks)


def _context_row(x: Context) -> Row:
    form, shared, sizes = x.windows.form, x.windows.basis, x.windows.sizes
    # windows that print alike side by side, on a page that writes them short: each cell as the
    # specifications' ("16K (16,384)"), never "16,384 tokens" beside the sentences' "16K"
    # (review 10, I14)
    cell = fmt.tokens_cell if form is not x.windows.single else lambda w: f"{form(w)} tokens"
    return Row(key="context", label="Context window",
               cells=tuple([cell(w) if w is not None else "not yet sourced" for w in sizes]),
               basis=lambda: Basis((*shared().evidence, *[
                   Evidence(paths.model(i, "context_window"), w, fmt.tokens(w),
                            EvidenceKind.TOKENS) for i, w in enumerate(sizes)
                   if w is not None and cell is fmt.tokens_cell])))


def _price_row(x: Context, parts: Sequence[ModelParts]) -> Row:
    estimates = x.c.cost.estimates
    free = x.c.cost.free_indexes  # (a cell on a free tier says so: price_cell)
    return Row(key="route-price", label=route_label(estimates),
               cells=tuple([part.price for part in parts]),
               basis=lambda: Basis(tuple([ev for e in estimates for ev in _price_evidence(e)]),
                                   tuple([c for i in free for c in free_checks(i, free)])))


def price_cell(e: CostEstimate) -> str:
    """The scorecard's cell of the route behind an estimate: its prices and provider.

    Examples:
        >>> from phicompare import compare
        >>> price_cell(compare("phi-2", "phi-4-mini").cost.estimates[0])
        '$0.10 in / $0.10 out per 1M on Fireworks AI'
    """
    route, price_in, price_out = e.route, e.input_price, e.output_price  # the bill's prices
    if route is None or price_in is None or price_out is None:
        return "no eligible priced route"
    free = ", free tier" if route.status is RouteStatus.FREE_TIER else ""  # (no price)
    # every unit price the bill adds up to, as the cost prose quotes it (review 17, P1)
    prices = [f"{fmt.price(price)} {_SHORT[item]}" for item, _, price in unit_prices(e)]
    # the provider after "on", never in brackets: a name may end in its own ("Alibaba (China)")
    return f"{' / '.join(prices)} per 1M on {e.provider_name}{free}"


_SHORT = {"input": "in", "cached input": "cached in", "cache writes": "cache write",
          "cache writes (1 hour)": "1-hour cache write", "batch input": "batch in",
          "output": "out", "batch output": "batch out"}
"""A bill's per-token price as the scorecard's cell names it."""


def _price_evidence(e: CostEstimate) -> tuple[Evidence, ...]:
    """The prices the bill applied that a scorecard cell shows, or the route it lacks."""
    route, price_in, price_out = e.route, e.input_price, e.output_price
    if route is None or price_in is None or price_out is None:
        return (Evidence(paths.estimate(e.model_index, "route"), None),)
    return (Evidence(paths.estimate(e.model_index, "input_price"), price_in,
                     fmt.price(price_in), EvidenceKind.PRICE, route.source),
            Evidence(paths.estimate(e.model_index, "output_price"), price_out,
                     fmt.price(price_out), EvidenceKind.PRICE, route.source),
            *[Evidence(paths.estimate_line(e.model_index, k), price, fmt.price(price),
                       EvidenceKind.PRICE, route.source)
              for _, k, price in unit_prices(e) if k is not None])


def route_label(estimates: Sequence[CostEstimate]) -> str:
    """The label of the row naming each bill's route: "cheapest" only where it is.

    Under the default route policy a closed-weight model's bill may come from its maker while a
    reseller lists it for less (``passed_over``); the row is then the route behind the bill.
    """
    if any(e.passed_over for e in estimates):
        return "Route behind the bill"
    return "Cheapest route at your traffic"


def routes_cell(count: int) -> str:
    """The scorecard's cell of a model with ``count`` route rows.

    Examples:
        >>> routes_cell(7), routes_cell(1), routes_cell(0)
        ('seven routes tracked', 'one route tracked', 'none tracked')
    """
    return fmt.plural(count, "route") + " tracked" if count else "none tracked"


def _routes_row(x: Context, parts: Sequence[ModelParts]) -> Row:
    groups = x.c.route_groups
    models = x.c.models
    return Row(key="routes", label="Provider routes", cells=tuple([p.routes for p in parts]),
               basis=lambda: Basis(
                   tuple(Evidence(paths.route(k, "route.provider"), r.route.provider)
                         for rows, ks in groups for k, r in zip(ks, rows, strict=True))
                   or _anchor(models)))


def _benchmarks_row(x: Context) -> Row:
    """Who leads whom outside noise on comparable pairs, and who trails on every one of them."""
    cells: list[str] = []
    quoted: list[RowGap] = []  # the gaps outside noise the cells rest on
    unassessed: list[RowGap] = []  # and those with no interval a "no lead" cell counts
    # each comparable gap with the model ahead outside noise (None: no lead), read once a page;
    # of two models, every gap is between both
    gaps = [(g, g.row.pairs[g.p].leader_index) for g in x.bench.comparable]
    for i in range(x.n):
        ahead: dict[int, list[str]] = {}
        mine = gaps if x.n == 2 else [(g, leader) for g, leader in gaps if i in (g.i, g.j)]
        behind = 0
        for g, leader in mine:
            if leader is None:
                continue
            quoted.append(g)
            if leader == i:
                ahead.setdefault(g.j if g.i == i else g.i, []).append(g.row.benchmark.label)
            else:
                behind += 1
        if ahead and x.n == 2:
            cell = "leads on " + fmt.join_words(next(iter(ahead.values())))
        elif ahead:
            cell = "; ".join(f"ahead of {x.names[o]} on {fmt.join_words(labels)}"
                             for o, labels in ahead.items())
        elif mine and behind == len(mine):
            cell = f"trails on every comparable benchmark ({fmt.count_word(len(mine))})"
        elif mine:  # a gap without an interval is noise not assessed, never within noise
            blind = [g for g, _ in mine if g.row.pairs[g.p].significant is None]
            unassessed += blind
            pairs = fmt.plural(len(mine) - len(blind), "comparable pair")
            cell = (f"no lead assessed ({fmt.plural(len(mine), 'comparable pair')}, no interval)"
                    if len(blind) == len(mine) else f"no lead outside noise ({pairs})"
                    if not blind else f"no lead outside noise ({pairs} assessed; "
                    f"{fmt.count_word(len(blind))} not assessed)")
        else:
            cell = "none comparable"
        cells.append(cell)
    shared, models = x.bench.shared, x.c.models
    return Row(key="benchmarks", label="Benchmark leads", cells=tuple(cells), basis=lambda: Basis(
        tuple(Evidence(g.path("significant"), g.row.pairs[g.p].significant) for g in quoted)
        or tuple(Evidence(paths.benchmark(s.k, "id"), s.row.benchmark.id) for s in shared)
        or _anchor(models),
        tuple(Check(op=CheckOp.TRUE, paths=(g.path("significant"),)) for g in quoted)
        + tuple(Check(op=CheckOp.NONE, paths=(g.path("significant"),)) for g in unassessed)))


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


def tradeoffs(x: Context, parts: Sequence[ModelParts]) -> tuple[Claim, ...]:
    """One bullet per real difference: gaps, context, capabilities, bills, licence, weights.

    ``parts`` gives how each model has each capability, in words.
    """
    c = x.c
    claims = _lead_tradeoffs(x)
    windows = x.windows
    if windows.rest and any(  # every window known, and one reads shorter than the largest
            windows.readings[i] != windows.readings[windows.top[0]]
            for i in windows.rest) and prompt_tradeoff(x):  # (128K and 131,072: no tradeoff)
        # (a leader whose bill's route takes less: the routes that carry it, review 16, P3)
        claims.append(noted_windows(x, longer_prompts_qualified(x, context_claim(
            x, brief=True)), caps=False))  # (the shorter ones' bills too: review 25, P4)
    if (longer_output := output_tradeoff(x)) is not None:  # (review 23, P4)
        claims.append(longer_output)
    splits = [split for split in x.capabilities.splits if split.yes and (split.no or split.unknown)]
    claims += [_capability_tradeoff(x, split, parts) for split in splits
               if not (_vision_again(x, split, splits) or multimodal_again(x, split))]
    claims += input_tradeoffs(x)
    keys = [part.licence for part in parts]  # (each licence as compared, kept with its model)
    if None not in keys and len(set(keys)) > 1:
        licences = [m.license for m in c.models]
        # the first model whose licence, as compared, differs from the first's
        other = next((i for i, key in enumerate(keys) if key != keys[0]), None)
        claims.append(Claim(
            key="license",
            text=_licences_text(x.names, [fmt.licence(lic or "") for lic in licences]),
            basis=lambda: Basis(
                tuple(Evidence(paths.model(i, "license"), lic, fmt.licence(lic or ""),
                               EvidenceKind.LICENCE)
                      for i, lic in enumerate(licences)),
                (Check(op=CheckOp.NOT_EQUAL, paths=(paths.model(0, "license"),
                                                   paths.model(other, "license"))),)
                if other is not None else ())))
    weights = [m.open_weights for m in c.models]
    if None not in weights and len(set(weights)) > 1:
        open_ = [x.names[i] for i, w in enumerate(weights) if w]
        closed = [x.names[i] for i, w in enumerate(weights) if not w]
        claims.append(Claim(
            key="open-weights",
            text=f"{fmt.join_words(open_)} publish{'es' if len(open_) == 1 else ''} weights; "
                 f"{fmt.join_words(closed)} {'does' if len(closed) == 1 else 'do'} not.",
            basis=lambda: Basis(
                tuple(Evidence(paths.model(i, "open_weights"), w) for i, w in enumerate(weights)),
                tuple(Check(op=CheckOp.TRUE if w else CheckOp.FALSE,
                            paths=(paths.model(i, "open_weights"),))
                      for i, w in enumerate(weights)))))
    return released_tradeoffs(x, claims)  # (none with a model not yet out: review 30, #5)


def _lead_tradeoffs(x: Context) -> list[Claim]:
    """Per pair of models, one bullet: on how many comparable benchmarks each leads the other.

    The gaps themselves are the benchmark table's and the deep dive's.
    """
    claims = []
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
            claims.append(_lead_claim(
                f"leads:{lead}:{trail}",
                f"{x.names[lead]} scores higher than {x.names[trail]} on {some} 95% "
                "sampling interval.", pairs, won))
    return claims


def _lead_claim(key: str, text: str, pairs: Sequence[RowGap], won: Sequence[RowGap]) -> Claim:
    return Claim(key=key, text=text, basis=lambda: Basis(
        tuple(Evidence(g.path("comparable"), True) for g in pairs),
        tuple(Check(op=CheckOp.TRUE, paths=(g.path("significant"),)) for g in won)))


def _vision_again(x: Context, split: CapabilitySplit, splits: Sequence[CapabilitySplit]) -> bool:
    """Whether ``split`` is the vision bullet said again, as multimodal input.

    So where multimodal input differs as vision does and image is the only input that differs
    (switch friction states it once too).
    """
    if split.row.capability is not Capability.MULTIMODAL:
        return False
    # the same models have it; the rest read as vision reads them (review 14, N9)
    if not any(s.row.capability is Capability.VISION and s.yes == split.yes for s in splits):
        return False
    return multimodal_is_vision(x.c, range(x.n))  # (other inputs are bullets apart: G16)


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
