"""Dated prices from genai-prices as price history (``tools/bundle_catalog.py`` applies them).

genai-prices dates some price changes: a model's ``prices`` list whose later entry has a
``constraint: start_date`` (o3's cut to $2/$8 on 2025-06-10, Claude Sonnet 5's introductory
$2/$10 ending on 2026-08-31). The imported layer's routes carry one price each, as last checked
(models.dev's snapshot of 2026-07-02), so a page billed the price of that day on every date.

The rule (review 24, P1 and P4; ``docs/data-notes.md``):

- A route of the catalog joins the history of the provider's genai-prices entry for it (its
  ``match`` clause accepts the route's model id, or the two ids are one model by the identity
  rule) whose price in force on the day the route was checked is the route's price (input,
  output and long-context tiers): the route takes that price's date (``effective_from``), and
  each other price of the history becomes a route of its own, cited to genai-prices' file
  (at the snapshot's commit), checked on its ``prices_checked`` date, its notes citing the
  pages the file cites for the price (the maker's post, where it names one).
- A route of another provider that carried the maker's price (the history of the model's
  maker's own API) on the day it was checked, and that no history of its own provider dates,
  is taken to change with the maker's where the maker's input or output price changed (not a
  long-context tier alone: Google Vertex AI kept its tier for Claude Sonnet 4.6 after
  Anthropic dropped it): the provider's own dates are not recorded. Its notes say
  so. Where the maker's change came before the route was checked, the route is dated from the
  change, and the maker's earlier price stands for the route before it.
- The first price of a history (no ``start_date``) is dated from the model's release where
  that is known and earlier than the first change: genai-prices gives it as the price before
  that change, so the route's price on a day before it is recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._common import as_date, load_json, read_snapshot
from ._genai_prices import DATA, _Prices, _prices_checked
from ._identity import identity_key
from ._lab_apis import MAKER_VENDORS
from ._noted import noted
from ._report import Tally

__all__ = ["PROVIDERS", "History", "Price", "accepts", "dated_prices", "read_histories"]

PROVIDERS: Mapping[str, str] = {"aws": "aws-bedrock", "azure": "azure-foundry"}
"""genai-prices' provider ids the catalog spells otherwise (the rest are the same)."""

_RESET = ("input", "output", "cache_read", "cache_write", "cache_write_1h", "per_request",
          "batch_input", "batch_output")
"""A route's prices that another price of its history replaces (unknown where it gives none)."""
_URL = re.compile(r"https?://[^\s)\"'>,]+")
_BLOCK = re.compile(r"^  - id: ")


@attrs.frozen
class Price:
    """One price of a history: from ``start`` (``None``: before the first change), its fields."""

    start: dt.date | None
    fields: Mapping[str, Any]  # ProviderRoute keyword arguments: prices and tiers

    @property
    def terms(self) -> tuple[object, ...]:
        """What a route's price must equal to be this one (input, output, tiers)."""
        return _terms(self.fields.get("input"), self.fields.get("output"),
                      self.fields.get("tiers", ()))

    def words(self) -> str:
        """"$2 and $8" (input and output per 1M tokens), "with a long-context tier" if any."""
        tiers = " with a long-context tier" if self.fields.get("tiers") else ""
        return f"${self.fields.get('input')} and ${self.fields.get('output')}{tiers}"


@attrs.frozen
class History:
    """A genai-prices entry whose prices change on dated days, for one catalog provider."""

    provider: str  # the catalog's provider id
    entry: str  # genai-prices' model id
    match: object  # its ``match`` clause
    prices: tuple[Price, ...]  # the undated price first, then by start date
    source: str  # the provider file at the snapshot's commit
    checked: dt.date  # its ``prices_checked`` date (else the snapshot's)
    cites: tuple[str, ...] = ()  # the pages the file cites for the entry
    by: str = "genai-prices"  # whose history it is (a keyed one names its sources)
    exact: bool = False  # joined by its match clause alone (an alias's, not its snapshots')

    def at(self, day: dt.date) -> int:
        """The index of the price in force on ``day``."""
        return max(i for i, p in enumerate(self.prices) if p.start is None or p.start <= day)

    def said(self) -> str:
        """Where the history is from, in words."""
        cites = f", citing {', '.join(self.cites)}" if self.cites else ""
        return f"{self.by} ({self.source}, checked {self.checked}{cites})"


def _terms(inp: object, out: object, tiers: Sequence[Any]) -> tuple[object, ...]:
    return inp, out, tuple((t.above_input_tokens, t.input, t.output) for t in tiers)


def accepts(match: object, name: str) -> bool:
    """Whether a genai-prices ``match`` clause accepts the model id ``name``.

    Examples:
        >>> accepts({"or": [{"starts_with": "claude-sonnet-5"}, {"equals": "x"}]},
        ...         "claude-sonnet-5@default")
        True
        >>> accepts({"contains": "global.anthropic.claude-sonnet-5"}, "anthropic.claude-sonnet-5")
        False
    """
    if not isinstance(match, dict):
        return False
    checks: dict[str, Callable[[str], bool]] = {
        "equals": lambda v: name == v, "starts_with": name.startswith,
        "ends_with": name.endswith, "contains": lambda v: v in name,
        "regex": lambda v: re.search(v, name) is not None}
    for key, value in match.items():
        if key in checks and isinstance(value, str) and checks[key](value):
            return True
        if key == "or" and isinstance(value, list) and any(accepts(m, name) for m in value):
            return True
        if key == "and" and isinstance(value, list) and value and all(
                accepts(m, name) for m in value):
            return True
    return False


def _cited(lines: Sequence[str], entry: str, comments: object) -> tuple[str, ...]:
    """The URLs ``entry``'s price comments and its block's comments in a provider file cite."""
    found = [u.rstrip(".") for u in _URL.findall(comments if isinstance(comments, str) else "")]
    inside = False
    for line in lines:
        if _BLOCK.match(line):
            inside = line.split("id:", 1)[1].strip().strip("'\"") == entry
        elif inside and line.lstrip().startswith("#"):
            found.extend(u.rstrip(".") for u in _URL.findall(line))
    return tuple(dict.fromkeys(found))


def read_histories(folder: Path) -> list[History]:
    """The dated histories of a genai-prices snapshot (its checkout folder).

    Examples:
        >>> read_histories(Path("/nonexistent"))
        []
    """
    file = folder / DATA
    if not file.is_file():
        return []
    snapshot = read_snapshot(folder)
    tally = Tally()
    out: list[History] = []
    for item in load_json(file, "genai-prices"):
        pid = item.get("id") if isinstance(item, dict) else None
        if not isinstance(pid, str) or not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9._-]*", pid):
            continue
        yaml = folder / "prices" / "providers" / f"{pid}.yml"
        relative = yaml.relative_to(folder).as_posix()
        source = snapshot.url(relative) or str(yaml)
        checked = _prices_checked(yaml.parent, pid)
        try:
            lines = yaml.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        for model in item.get("models") or ():
            entries = model.get("prices") if isinstance(model, dict) else None
            if not isinstance(entries, list) or len(entries) < 2:
                continue
            prices = []
            for entry in entries:
                constraint = entry.get("constraint") or {}
                if set(constraint) - {"start_date"}:
                    break  # a time-of-day price: no history
                fields = _Prices(entry.get("prices") or {}, pid, tally)
                prices.append(Price(as_date(constraint.get("start_date")),
                                    {**fields.kwargs, "tiers": fields.tiers}))
            else:
                if prices[0].start is None and all(p.start for p in prices[1:]):
                    day = checked.get(model["id"], snapshot.date or dt.date.min)
                    out.append(History(
                        PROVIDERS.get(pid, pid), model["id"], model.get("match"),
                        (prices[0], *sorted(prices[1:], key=lambda p: p.start or dt.date.min)),
                        source, day, _cited(lines, model["id"], model.get("price_comments"))))
    return out


def dated_prices(models: Sequence[Model], histories: Sequence[History]
                 ) -> tuple[list[Model], list[str]]:
    """``models`` with their routes' dated price histories (see the module), and a line each.

    Examples:
        >>> from decimal import Decimal as D
        >>> h = History("openai", "o3", {"equals": "o3"},
        ...             (Price(None, {"input": D(10), "output": D(40)}),
        ...              Price(dt.date(2025, 6, 10), {"input": D(2), "output": D(8)})),
        ...             "https://g.test/openai.yml", dt.date(2025, 7, 12))
        >>> r = ProviderRoute(provider="openai", provider_model_id="o3", input=D(2), output=D(8),
        ...                   source="https://m.test", checked=dt.date(2026, 7, 2))
        >>> m = Model(id="o3", name="o3", released=dt.date(2025, 4, 16), routes=(r,))
        >>> out, lines = dated_prices([m], [h])
        >>> [(x.input, x.effective_from, x.checked) for x in out[0].routes]
        [(Decimal('10'), datetime.date(2025, 4, 16), datetime.date(2025, 7, 12)), \
(Decimal('2'), datetime.date(2025, 6, 10), datetime.date(2026, 7, 2))]
    """
    by_provider: dict[str, list[History]] = {}
    for one in histories:
        by_provider.setdefault(one.provider, []).append(one)
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        routes: list[ProviderRoute] = []
        changed = False
        joined: dict[int, History] = {}  # route index -> its provider's history
        for i, route in enumerate(model.routes):
            found = _history(route, by_provider.get(route.provider, ()))
            if found is not None:
                joined[i] = found
        makers = [h for h in joined.values() if model.vendor is not None
                  and model.vendor in MAKER_VENDORS.get(h.provider, ())]
        maker = makers[0] if makers else None
        for i, route in enumerate(model.routes):
            history = joined.get(i)
            if history is None and maker is not None and _follows(route, maker):
                made, line = _dated(model, route, maker, follows=True)
            elif history is not None:
                made, line = _dated(model, route, history, follows=False)
            else:
                routes.append(route)
                continue
            routes.extend(made)
            lines.append(line)
            changed = True
        out.append(attrs.evolve(model, routes=tuple(routes)) if changed else model)
    return out, lines


def _follows(route: ProviderRoute, maker: History) -> bool:
    """Whether another provider's route carried the maker's price when it was checked."""
    return _priced(route) and route.provider != maker.provider and _base_change(maker) and (
        _terms(route.input, route.output, route.tiers)
        == maker.prices[maker.at(route.checked)].terms)


def _base_change(history: History) -> bool:
    """Whether the history changes the input or output price, not a long-context tier alone.

    Other providers price long requests their own way, and are not taken to follow a tier.
    """
    return len({(p.fields.get("input"), p.fields.get("output")) for p in history.prices}) > 1


def _priced(route: ProviderRoute) -> bool:
    return route.is_priced and route.effective_from is None


def _history(route: ProviderRoute, histories: Sequence[History]) -> History | None:
    """The provider's history whose price on the day the route was checked is the route's."""
    if not _priced(route):
        return None
    name = route.provider_model_id or ""
    ranked = sorted((h for h in histories if accepts(h.match, name)
                     or (not h.exact and identity_key(h.entry) == identity_key(name))),
                    key=lambda h: not accepts(h.match, name))
    terms = _terms(route.input, route.output, route.tiers)
    return next((h for h in ranked if h.prices[h.at(route.checked)].terms == terms), None)


def _dated(model: Model, route: ProviderRoute, history: History, *, follows: bool
           ) -> tuple[list[ProviderRoute], str]:
    """The route's history (the route itself at its price's date), and a line for data-notes."""
    k = history.at(route.checked)
    first = history.prices[1].start
    released = model.released if model.released is not None and first is not None and (
        model.released < first) else None
    starts = [p.start or released for p in history.prices]
    said = history.said()
    lead = (f"Follows the price of {model.id} on {history.provider} (its maker's API), which "
            f"{said} dates: this route carried that price on {route.checked}, the day it was "
            f"checked, and is taken to change with it (the provider's own days of change are "
            f"not recorded)" if follows
            else f"Price history of {model.id} on {history.provider} from {said}")
    made = []
    for i, price in enumerate(history.prices):
        when = f"from {starts[i]}" if starts[i] is not None else f"before {first}"
        if i == k:
            note = f"{lead}; this price {when}"
            made.append(attrs.evolve(route, effective_from=starts[i],
                                     notes=noted(route.notes, note, "; ")))
            continue
        fields = {**dict.fromkeys(_RESET), "windows": (), **price.fields}
        note = (f"{lead}; {price.words()} {when}"
                + (" (the model's release)" if price.start is None and released else ""))
        made.append(attrs.evolve(route, **fields, effective_from=starts[i],
                                 source=history.source, checked=history.checked,
                                 notes=noted(None, note)))
    steps = ", ".join(f"{p.words()} {'from ' + str(s) if s else 'before ' + str(first)}"
                      for p, s in zip(history.prices, starts, strict=True))
    line = (f"{model.id}: {route.provider} route {route.provider_model_id} "
            f"({'follows the maker: ' if follows else ''}{steps}; {said})")
    return made, line
