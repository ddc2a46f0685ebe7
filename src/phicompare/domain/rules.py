"""The value rules of the domain records: the one source of their invariants.

Each rule is an attrs validator; the catalog loader applies the same rules to a raw file
so that a problem names its key path (see ``catalog/structure.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from phicompare.exceptions import ArgumentError, quoted

from .names import ALIKE, alike_key, normalize_name
from .record import in_places

__all__ = [
    "CATEGORIES", "LIST_ONCE", "METRICS", "MODALITIES", "NAMES_NOTHING", "KeyValueError",
    "above_zero", "category", "each_non_empty", "fraction", "metric", "modalities",
    "names_something", "near_miss", "non_empty", "non_empty_or_none", "not_before",
    "not_negative", "one_line", "one_owner", "positive", "stated_setting", "within_max_score",
]

_T = TypeVar("_T")


class KeyValueError(ValueError):
    """A validator's error about one key (``key``) of its record, and an item of it (``index``).

    ``detail`` says what is wrong where the key and its value are shown already (else the
    message, without a leading ``"key: "``).

    A catalog problem then names that key and its value as the file wrote them, not the whole
    table in Python's form (review 27, P8: "routes[0] = {'provider': ..., 'retires':
    datetime.date(2026, 1, 1)}"). It is a ``ValueError``, as every validator's error is.

    Examples:
        >>> error = KeyValueError("weekdays: a weekday is listed twice", "weekdays", 1)
        >>> error.key, error.index, isinstance(error, ValueError)
        ('weekdays', 1, True)
    """

    def __init__(self, message: str, key: str, index: int | None = None,
                 detail: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.index = index
        self.detail = detail


def non_empty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    """An id or a name has some text.

    Examples:
        >>> from phicompare import Provider
        >>> Provider(id=" ", name="P")
        Traceback (most recent call last):
        ...
        ValueError: id must not be empty
        >>> Provider(id=5, name="P")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: id is text, got int 5
    """
    if not isinstance(value, str):  # a caller without type checks (review 42: AttributeError)
        msg = f"{attribute.name} is text, got {type(value).__name__} {value!r}"  # type: ignore[unreachable]
        raise ArgumentError(msg)
    if not value.strip():
        msg = f"{attribute.name} must not be empty"
        raise ValueError(msg)


NAMES_NOTHING = ("an alias must name something: once case, spaces, dashes and underscores are "
                 "ignored it is empty, and an empty name (an unset variable) would select the "
                 "model")
"""Why an alias such as ``"-"`` is refused, in a record built in Python or in a catalog file."""

LIST_ONCE = "list each alias once"
"""How an alias its record lists already (as :func:`~.names.alike_key` reads it) is refused."""


def names_something(_: object, attribute: attrs.Attribute[tuple[str, ...]],
                    value: tuple[str, ...]) -> None:
    """Every alias names something, and a name no earlier alias names alike.

    An alias such as ``"-"`` is empty in the form names are matched in, so an empty name would
    select its model (:data:`NAMES_NOTHING`); a catalog file's is refused alike (review 27, P4).
    An alias equal to an earlier one as :func:`~.names.alike_key` reads them (full-width
    ``"ｐｈｉ-2"`` after ``"phi-2"``, or a Cyrillic look-alike) is refused as a file's is: a
    model built in Python holds each alias once (brief dataCG).

    Examples:
        >>> from phicompare import Model
        >>> Model(id="m", name="M", aliases=("M-1", " - "))
        Traceback (most recent call last):
        ...
        phicompare.domain.rules.KeyValueError: aliases[1] = ' - ': an alias must name \
something: once case, spaces, dashes and underscores are ignored it is empty, and an empty \
name (an unset variable) would select the model
        >>> Model(id="m", name="M", aliases=("phi-2", "ｐｈｉ-2"))
        Traceback (most recent call last):
        ...
        phicompare.domain.rules.KeyValueError: aliases[1] = 'ｐｈｉ-2': listed already as \
aliases[0] (once case, spaces, dashes, underscores, character widths and look-alike letters are \
ignored); list each alias once
    """
    seen: dict[str, int] = {}
    for index, alias in enumerate(value):
        if isinstance(alias, str) and not normalize_name(alias):
            msg = f"{attribute.name}[{index}] = {quoted(alias)}: {NAMES_NOTHING}"
            raise KeyValueError(msg, attribute.name, index, detail=NAMES_NOTHING)
        first = seen.setdefault(alike_key(str(alias)), index)  # (a file's 2 is another rule's)
        if first != index:
            detail = f"listed already as {attribute.name}[{first}] ({ALIKE}); {LIST_ONCE}"
            msg = f"{attribute.name}[{index}] = {quoted(alias)}: {detail}"
            raise KeyValueError(msg, attribute.name, index, detail=detail)


def one_owner(_: object, attribute: attrs.Attribute[tuple[Any, ...]],
              value: tuple[Any, ...]) -> None:
    """Each model id and alias names one model only, as :func:`~.names.alike_key` reads them.

    A catalog built in Python (``Catalog(models=...)``) is refused what a catalog file is
    (``catalog/clashes.py``): a model's id or alias that an earlier model holds as its id or an
    alias, alike once case, spaces, dashes, underscores, widths and look-alike letters are
    ignored (``"рhi-2"`` with a Cyrillic ``р``, or a full-width ``"ｐｈｉ-２"``, beside
    ``"phi-2"``); the same id twice is refused alike. Such a catalog loaded, and a lookup by
    the name found the first model, unsaid (brief fixDE). A model's own id and aliases may
    read alike, as in a file.

    Examples:
        >>> from phicompare import Catalog, Model
        >>> Catalog(models=(Model(id="phi-2", name="Phi-2"), Model(id="\u0440hi-2", name="P")))
        Traceback (most recent call last):
        ...
        phicompare.domain.rules.KeyValueError: models[1].id = 'рhi-2': names the same model as \
id 'phi-2' (models[0].id) (once case, spaces, dashes, underscores, character widths and \
look-alike letters are ignored); rename one
        >>> Catalog(models=(Model(id="a", name="A", aliases=("phi-2",)),
        ...                 Model(id="ｐｈｉ-2", name="P")))
        Traceback (most recent call last):
        ...
        phicompare.domain.rules.KeyValueError: models[1].id = 'ｐｈｉ-2': already an alias of \
model 'a' (models[0].aliases[0]); rename it, or drop that alias
    """
    owners: dict[str, tuple[int, str, str]] = {}  # a name's key -> its model's place, id, key
    field = attribute.name.lstrip("_")  # (``models``, as the caller passes it)
    for index, model in enumerate(value):
        model_id, aliases = getattr(model, "id", None), getattr(model, "aliases", ())
        if not isinstance(model_id, str):  # (no Model: the caller's type error, not this rule's)
            continue
        for key, name in (("id", model_id), *((f"aliases[{n}]", str(a))
                                              for n, a in enumerate(aliases))):
            first, first_id, first_key = owners.setdefault(alike_key(name), (index, model_id, key))
            if first == index:
                continue
            where = f"{field}[{first}].{first_key}"
            if key == "id" and first_key == "id":
                detail = (f"names the same model as id {quoted(first_id)} ({where}) ({ALIKE}); "
                          "rename one")
            elif key == "id":
                detail = (f"already an alias of model {quoted(first_id)} ({where}); rename it, "
                          "or drop that alias")
            else:
                what = "the id" if first_key == "id" else "an alias"
                detail = (f"already {what} of model {quoted(first_id)} ({where}); an alias must "
                          "name one model only")
            msg = f"{field}[{index}].{key} = {quoted(name)}: {detail}"
            raise KeyValueError(msg, field, index, detail=detail)


def one_line(text: str) -> str:
    """A display name with its white space folded: no tabs, no doubled or trailing spaces."""
    return " ".join(text.split()) if isinstance(text, str) else text


_DASHES = frozenset("-\u2013\u2014")


def stated_setting(text: str | None) -> str | None:
    """A score's setting, or ``None`` where the text only holds a dash placeholder.

    A source's "-" (or "- evaluation") for a setting it does not state is no setting: a page
    says "setting not stated", never a dash.

    Examples:
        >>> stated_setting("- evaluation"), stated_setting("\u2014"), stated_setting("5-shot")
        (None, None, '5-shot')
    """
    if not isinstance(text, str):
        return text
    words = text.split()
    if words and words[-1].lower() == "evaluation":
        words = words[:-1]
    if words and all(set(word) <= _DASHES for word in words):
        return None
    return text


def non_empty_or_none(_: object, attribute: attrs.Attribute[str | None],
                      value: str | None) -> None:
    """An optional text is absent or has some text (an empty source is a slip, not unknown)."""
    if value is not None and not value.strip():
        msg = f"{attribute.name} must not be empty"
        raise ValueError(msg)


def each_non_empty(_: object, attribute: attrs.Attribute[tuple[str, ...]],
                   value: tuple[str, ...]) -> None:
    """Each text of a list has some text: an empty source names no document (review 40).

    Examples:
        >>> from phicompare import Model
        >>> Model(id="m", name="M", sources=("https://a.example", " "))
        Traceback (most recent call last):
        ...
        phicompare.domain.rules.KeyValueError: sources[1] must not be empty
    """
    for i, item in enumerate(value):
        if not item.strip():
            msg = f"{attribute.name}[{i}] must not be empty"
            raise KeyValueError(msg, attribute.name, i, "must not be empty")


def not_before(earlier: str) -> Callable[[object, attrs.Attribute[Any], Any], None]:
    """A date that may not precede the record's ``earlier`` date.

    A route retires on or after the day it is deprecated.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import ProviderRoute
        >>> ProviderRoute(provider="p", source="https://example.com", checked=dt.date(2026, 1, 1),
        ...               deprecated=dt.date(2027, 1, 17), retires=dt.date(2026, 7, 1))
        Traceback (most recent call last):
        ...
        phicompare.domain.rules.KeyValueError: retires (2026-07-01) is before deprecated \
(2027-01-17)
    """
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        first = getattr(instance, earlier, None)
        if value is not None and first is not None and value < first:
            msg = f"{attribute.name} ({value}) is before {earlier} ({first})"
            raise KeyValueError(msg, attribute.name, detail=f"is before {earlier} ({first})")
    return check


def fraction(_: object, attribute: attrs.Attribute[Decimal | None],
             value: Decimal | None) -> None:
    """A fraction off a price lies in 0..1 (``batch_discount = 0.5`` is half price)."""
    if value is not None and not 0 <= value <= 1:
        msg = (f"{attribute.name} is a fraction off the price: expected 0 to 1, got "
               f"{value:f}")
        raise ValueError(msg)


MODALITIES = frozenset({"text", "image", "audio", "video"})


def modalities(_: object, attribute: attrs.Attribute[tuple[str, ...]],
               value: tuple[str, ...]) -> None:
    """Every modality is one of :data:`MODALITIES`."""
    unknown = [m for m in value if m not in MODALITIES]
    if unknown:
        msg = f"{attribute.name}: unknown modality {quoted(unknown[0])}"
        raise ValueError(msg)


def not_negative(_: object, attribute: attrs.Attribute[_T], value: _T) -> None:
    """A price, count or size is finite and not negative, and money is never a float.

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare import Tier
        >>> Tier(above_input_tokens=1000, input=Decimal("-1"))
        Traceback (most recent call last):
        ...
        ValueError: input must not be negative, got Decimal('-1')
    """
    if isinstance(value, float):
        msg = (f"{attribute.name} is exact: pass Decimal({str(value)!r}) or an int, not the "
               f"float {value!r}")
        raise TypeError(msg)
    if isinstance(value, Decimal) and not value.is_finite():
        msg = f"{attribute.name} must be a finite number, got {value!r}"
        raise ValueError(msg)
    if value is not None and isinstance(value, (int, Decimal)) and value < 0:
        msg = f"{attribute.name} must not be negative, got {in_places(value)}"
        raise ValueError(msg)


def positive(_: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    """A usage limit is a whole number above zero (absent: not recorded).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import UsageLimits
        >>> UsageLimits(requests_per_day=0, source="https://example.com",
        ...             checked=dt.date(2026, 12, 1))
        Traceback (most recent call last):
        ...
        ValueError: requests_per_day must be a whole number above zero, got 0
    """
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or value <= 0):
        msg = f"{attribute.name} must be a whole number above zero, got {value!r}"
        raise ValueError(msg)


def above_zero(_: object, attribute: attrs.Attribute[_T], value: _T) -> None:
    """A size or a score's range is a finite number above zero (absent: unknown, never zero).

    A context window, output or input limit or parameter count of 0 reads as "none" on a page;
    a benchmark whose ``max_score`` is 0 has no range to place a score in (review 27, P1, P3),
    and one of 0 ``items`` no sample to draw a sampling interval from.

    Examples:
        >>> from phicompare import Model
        >>> Model(id="m", name="M", context_window=0)
        Traceback (most recent call last):
        ...
        ValueError: context_window must be above zero, got 0; leave it out where it is unknown
    """
    if isinstance(value, (int, Decimal)) and Decimal(value).is_finite() and value <= 0:
        hint = ("a score lies in 0..max_score" if attribute.name == "max_score" else
                "leave it out where it is unknown")
        msg = f"{attribute.name} must be above zero, got {in_places(value)}; {hint}"
        raise ValueError(msg)
    not_negative(_, attribute, value)  # a float, or not a finite number


METRICS = frozenset({
    "accuracy", "pass@1", "exact-match", "f1", "win-rate", "score", "normalized",
    "word-error-rate",
    # A source's own name for its figure, as the imported catalog keeps it; read as "score"
    # (no sampling interval), as any metric outside the proportions is.
    "average pass@1", "index", "percent", "percent correct", "resolve rate", "resolved",
    "success rate",
})
"""The values a benchmark's ``metric`` may take (docs/catalog.md): a typo is refused, since an
unknown metric silently drops every sampling interval on the benchmark (review 27, P7)."""
CATEGORIES = frozenset({
    "knowledge", "reasoning", "math", "coding", "instruction", "chat", "multilingual",
    "long-context", "commonsense", "science", "agentic", "vision", "other",
})
"""The values a benchmark's ``category`` may take (docs/catalog.md)."""


def near_miss(value: str, allowed: frozenset[str]) -> str:
    """A did-you-mean for ``value`` among ``allowed`` (case and spelling slips), else the options.

    Examples:
        >>> near_miss("normalised", METRICS), near_miss("Accuracy", METRICS)
        ("; did you mean 'normalized'?", "; did you mean 'accuracy'?")
        >>> near_miss("feelings", frozenset({"math", "chat"}))
        '; expected one of chat, math'
    """
    import difflib  # noqa: PLC0415 - the error path only

    folded = {option.casefold(): option for option in allowed}
    close = ([folded[value.casefold()]] if value.casefold() in folded else
             difflib.get_close_matches(value, sorted(allowed), n=1, cutoff=0.7))
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; expected one of {', '.join(sorted(allowed))}"


def metric(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    """A benchmark's ``metric`` is one of :data:`METRICS`.

    Examples:
        >>> from phicompare import Benchmark
        >>> Benchmark(id="b", name="B", metric="normalised")
        Traceback (most recent call last):
        ...
        ValueError: metric = 'normalised': unknown metric; did you mean 'normalized'?
    """
    if isinstance(value, str) and value not in METRICS:
        msg = f"{attribute.name} = {quoted(value)}: unknown metric{near_miss(value, METRICS)}"
        raise ValueError(msg)


def category(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    """A benchmark's ``category`` is absent or one of :data:`CATEGORIES`."""
    if isinstance(value, str) and value not in CATEGORIES:
        msg = (f"{attribute.name} = {quoted(value)}: unknown category"
               f"{near_miss(value, CATEGORIES)}")
        raise ValueError(msg)


def within_max_score(instance: object, attribute: attrs.Attribute[Decimal | None],
                     value: Decimal | None) -> None:
    """A benchmark's ``chance`` or ``baseline`` lies within its range, 0..``max_score``.

    Examples:
        >>> from phicompare import Benchmark
        >>> Benchmark(id="b", name="B", chance=Decimal(200))
        Traceback (most recent call last):
        ...
        ValueError: chance = 200 is above max_score (100): a score lies in 0..max_score
    """
    top = getattr(instance, "max_score", None)
    if (isinstance(value, (int, Decimal)) and isinstance(top, (int, Decimal))
            and Decimal(value).is_finite() and Decimal(top).is_finite() and value > top):
        msg = (f"{attribute.name} = {Decimal(value):f} is above max_score ({Decimal(top):f}): "
               "a score lies in 0..max_score")
        raise ValueError(msg)
