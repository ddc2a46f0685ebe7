"""How a keyed correction of the imported layer applies (``tools/bundle_catalog.py`` calls it).

A :class:`Correction` names the model, the field, the value read at a source (its URL and the day
it was read) and why; :func:`corrected` sets it, cites the source and says so in the model's
notes. The corrections themselves are lists, one kind of fix each:
:data:`~._corrections.CORRECTIONS`, :data:`~._release_dates.RELEASE_DATES`,
:data:`~._reasoning_modes.REASONING_MODES` and :data:`~._card_facts.CARD_FACTS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import attrs

from phicompare.domain.records import Model

from ._noted import noted

__all__ = ["Correction", "corrected", "value_text"]

_READ = dt.date(2026, 12, 1)
# tools/bundle_catalog.py's infer_vendor note, dropped once a source names the vendor
_INFERRED = "Vendor inferred from the model id (no source states it)."


@attrs.frozen
class Correction:
    """A model's field set to the value a source gives, with why.

    Examples:
        >>> Correction("m", "released", dt.date(2024, 7, 24), "https://x.test", _READ, "w").field
        'released'
    """

    model: str
    field: str  # "released" ("" drops it), "name", "knowledge_cutoff" ("" drops it), "family",
    # "license", "vendor", "parameters_b" ("8.2"), "active_parameters_b" ("17"), "context_window",
    # "max_output_tokens" (0 drops it),
    # "input_modalities" ("text,image"),
    # a capability ("reasoning"), or
    # "open_weights" (applied by :func:`~._weights.keyed_weights`, not :func:`corrected`)
    value: dt.date | bool | str | int
    source: str
    checked: dt.date
    why: str


def corrected(models: Sequence[Model], corrections: Sequence[Correction]
              ) -> tuple[list[Model], list[str]]:
    """``models`` with each correction applied (source added, notes saying it), and a line each.

    A correction of a model the layer does not hold, or whose value the model already has, does
    nothing (and has no line).

    Examples:
        >>> fix = Correction("m", "released", dt.date(2024, 7, 24), "https://x.test", _READ,
        ...                  "the post")
        >>> out, lines = corrected([Model(id="m", name="M", released=dt.date(2024, 11, 19))],
        ...                        [fix])
        >>> out[0].released, out[0].sources
        (datetime.date(2024, 7, 24), ('https://x.test',))
        >>> lines
        ['m: released 2024-11-19 -> 2024-07-24 (https://x.test, read 2026-12-01): the post']
    """
    by_model: dict[str, list[Correction]] = {}
    for fix in corrections:
        by_model.setdefault(fix.model, []).append(fix)
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        fixed = model
        for fix in by_model.get(model.id, ()):
            fixed, line = _apply(fixed, fix)
            lines.extend(line)
        out.append(fixed)
    return out, lines


def _apply(model: Model, fix: Correction) -> tuple[Model, tuple[str, ...]]:
    above = ""
    if fix.field == "released":  # "" drops a day no source of the maker's gives one model
        before: object = model.released
        day = fix.value if isinstance(fix.value, dt.date) else None
        dropped = isinstance(fix.value, str) and not fix.value
        if before == day or (day is None and not dropped):
            return model, ()
        model = attrs.evolve(model, released=day)
    elif fix.field in ("context_window", "max_output_tokens"):
        before = getattr(model, fix.field)
        if type(fix.value) is not int or (before == (fix.value or None)
                                          and fix.field == "max_output_tokens"):
            return model, ()
        if fix.field == "context_window":
            cap = model.max_input_tokens  # an input cap is one below the window (review 13, M1)
            if before != fix.value:
                model = attrs.evolve(model, context_window=fix.value, max_input_tokens=None
                                     if cap is None or cap >= fix.value else cap)
            # the bound runs though the window is the record's: a listing may read above (P4)
            model, above = _routes_within(model, fix.value)
            if before == fix.value and not above:
                return model, ()
        else:  # 0 drops a cap no source of the maker's gives: unknown, never a listing's
            model = attrs.evolve(model, max_output_tokens=fix.value or None)
    elif fix.field == "input_modalities":  # comma-separated, as a page lists them
        before = ",".join(model.input_modalities) or None
        if before == fix.value or not isinstance(fix.value, str):
            return model, ()
        model = _with_inputs(model, tuple(fix.value.split(",")))
    elif fix.field in ("name", "knowledge_cutoff", "family", "license"):
        before = getattr(model, fix.field)
        if before == (fix.value or None) or not isinstance(fix.value, str):
            return model, ()
        model = (attrs.evolve(model, name=fix.value) if fix.field == "name"
                 else attrs.evolve(model, family=fix.value) if fix.field == "family"
                 else attrs.evolve(model, license=fix.value) if fix.field == "license"
                 # "" drops a cutoff no source of the maker's gives: unknown, never a guess
                 else attrs.evolve(model, knowledge_cutoff=fix.value or None))
    elif fix.field == "vendor":  # a maker's page names it: no longer the id's guess alone
        before = None if model.vendor_inferred else model.vendor
        if before == fix.value or not isinstance(fix.value, str):
            return model, ()
        notes = (model.notes or "").replace(_INFERRED, "").replace("  ", " ").strip()
        model = attrs.evolve(model, vendor=fix.value, vendor_inferred=False, notes=notes or None)
    elif fix.field in ("parameters_b", "active_parameters_b"):  # text ("8.2"), as a card
        before = getattr(model, fix.field)
        if not isinstance(fix.value, str) or before == Decimal(fix.value):
            return model, ()
        model = (attrs.evolve(model, parameters_b=Decimal(fix.value))
                 if fix.field == "parameters_b"
                 else attrs.evolve(model, active_parameters_b=Decimal(fix.value)))
    else:
        before = model.capabilities.flag(fix.field)
        if before is fix.value or not isinstance(fix.value, bool):
            return model, ()
        flags: dict[str, bool | None] = {fix.field: fix.value}
        model = attrs.evolve(model, capabilities=attrs.evolve(model.capabilities, **flags))
    after = None if fix.field == "max_output_tokens" and fix.value == 0 else fix.value
    said = (f"{fix.field} {value_text(before)} -> {value_text(after)}" if before != after
            else f"{fix.field} {value_text(before)}, as the record held")
    if fix.field == "context_window" and above:
        many = " and " in above
        said += (f"; the window above it that {above} {'list' if many else 'lists'} is not "
                 f"recorded on {'their routes' if many else 'its route'}")
    note = f"Corrected {said} ({fix.source}, read {fix.checked}): {fix.why}."
    sources = model.sources if fix.source in model.sources else (*model.sources, fix.source)
    model = attrs.evolve(model, sources=sources,
                         notes=noted(model.notes, note))
    return model, (f"{model.id}: {said} ({fix.source}, read {fix.checked}): {fix.why}",)


def _routes_within(model: Model, window: int) -> tuple[Model, str]:
    """``model`` without the route windows above its corrected ``window``, and who listed them.

    A route serves no more than its model: a listing above the model's own window (GPT-5 Chat's
    six at GPT-5's 400,000 beside OpenAI's 128,000) is not recorded, and the route reads the
    model's, as the curated layer and the lint's rule have it (review 13, M1 carried to routes).

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> wide = ProviderRoute(provider="p", source="https://x.test", checked=_READ,
        ...                      context_window=400_000)
        >>> out, who = _routes_within(Model(id="m", name="M", routes=(wide,)), 128_000)
        >>> out.routes[0].context_window, who
        (None, 'p')
    """
    above = sorted({r.provider for r in model.routes
                    if r.context_window is not None and r.context_window > window})
    if not above:
        return model, ""
    routes = tuple(attrs.evolve(r, context_window=None)
                   if r.context_window is not None and r.context_window > window else r
                   for r in model.routes)
    who = ", ".join(above[:-1]) + f" and {above[-1]}" if len(above) > 1 else above[0]
    return attrs.evolve(model, routes=routes), who


def _with_inputs(model: Model, inputs: tuple[str, ...]) -> Model:
    """``model`` taking ``inputs``, its flags read off them as the merge reads them.

    Image input is vision, input beyond text multimodal, where no source set the flag (review
    10, I5: Gemini 1.5 Flash's corrected inputs listed image beside "Vision: not documented").
    """
    flags: dict[str, bool | None] = {}
    if "image" in inputs and model.capabilities.vision is None:
        flags["vision"] = True
    if any(m != "text" for m in inputs) and model.capabilities.multimodal is None:
        flags["multimodal"] = True
    return attrs.evolve(model, input_modalities=inputs,
                        capabilities=attrs.evolve(model.capabilities, **flags))


def value_text(value: object) -> str:
    """``value`` as a correction's line says it.

    Examples:
        >>> value_text(True), value_text("x"), value_text(None), value_text(8192), value_text("")
        ('true', '"x"', 'unknown', '8192', 'unknown')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):  # ("" drops a value: unknown)
        return f'"{value}"' if value else "unknown"
    return "unknown" if value is None else str(value)
