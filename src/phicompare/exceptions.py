"""Errors raised by phicompare.

Every error subclasses :class:`PhicompareError` and the builtin it refines, so callers can catch
either. Messages name the offending value and say what to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import attrs

__all__ = [
    "ArgumentError",
    "CatalogError",
    "ComparisonError",
    "FrameError",
    "PhicompareError",
    "PlotError",
    "Problem",
    "SourceError",
    "UnknownBenchmarkError",
    "UnknownModelError",
    "UnknownProviderError",
]


class PhicompareError(Exception):
    """Base class of every error phicompare raises."""


class _NoValue:
    """Marks a problem that has no value to show (a missing key, a syntax error)."""

    def __repr__(self) -> str:
        return "<no value>"


NO_VALUE = _NoValue()


@attrs.frozen
class Problem:
    """One thing wrong in a catalog file: where, which key, which value, and what was expected.

    Examples:
        >>> str(Problem("c.toml", "models[0].input", Decimal("-1"), "must not be negative"))
        'c.toml: models[0].input = -1: must not be negative'
        >>> len(str(Problem("c.toml", "models[0]." + "k" * 50_000, 1, "unknown key")))
        262
        >>> str(Problem("c.toml", "model", [{"id": "m"}], "unknown key; did you mean 'models'?"))
        "c.toml: model = an array of 1 table: unknown key; did you mean 'models'?"
    """

    file: str
    path: str
    value: object
    message: str

    def __str__(self) -> str:
        from phicompare.safe import one_line  # noqa: PLC0415 - a leaf module

        path = self.path  # a key path is cut as a value is (review 34: a 50,000-character key)
        if len(path) > VALUE_CHARS:
            path = f"{path[:VALUE_CHARS]}... (a key path of {len(path):,} characters)"
        where = f"{self.file}: {path}" if path else self.file
        if self.value is NO_VALUE:
            return one_line(f"{where}: {self.message}")
        return one_line(f"{where} = {_show(self.value)}: {self.message}")


_PLACES_UP_TO = 21
"""Digits before the point up to which a problem writes a Decimal in places (``1000``, not
``1E+3``); a figure past it, as no price is, keeps its exponent (``1E+27``), which a reader can
count."""


VALUE_CHARS = 200
"""The characters of a value a problem shows (a URL fits); a longer one is cut, its length said."""
NAME_CHARS = 100
"""The characters of a name an unknown-name error shows; a longer one is cut, its length said."""


def quoted(value: object, limit: int = NAME_CHARS) -> str:
    """A value a caller gave, as a message quotes it: a string cut at ``limit`` characters.

    Examples:
        >>> quoted("phi-5"), quoted(5)
        ("'phi-5'", '5')
        >>> quoted("x" * 10_000, 8)
        "'xxxxxxxx...' (10,000 characters)"
    """
    from phicompare.safe import shown  # noqa: PLC0415 - a leaf module

    if isinstance(value, str):
        return shown(value, limit)
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _show(value: object) -> str:
    """A value as it would be written in TOML: ``-0.5``, ``2026-11-20``, ``'text'``.

    A table is said to be one, an array of tables counted ("an array of 2 tables"); a long
    string or array is cut at :data:`VALUE_CHARS` characters.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):  # in places (-0.0000005, never -5E-7) up to 21 digits
        return format(value, "f") if value.adjusted() < _PLACES_UP_TO else str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):  # a table's Python form is no TOML (review 40: 455 characters)
        return "a table"
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return f"an array of {len(value):,} table{'' if len(value) == 1 else 's'}"
    return quoted(value, VALUE_CHARS)




class CatalogError(PhicompareError, ValueError):
    """A catalog file is broken; ``problems`` lists every problem found, one a line.

    Examples:
        >>> err = CatalogError([Problem("a.toml", "models[0].id", "", "must not be empty")])
        >>> print(err)
        a.toml: models[0].id = '': must not be empty
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnknownModelError(PhicompareError, LookupError):
    """No model in the catalog has that name. ``suggestions`` holds up to three close ids.

    With none close, the message says how to list a catalog's models from Python; the
    ``phicompare`` command says ``phicompare list`` in its place (``cli/main.py``).

    Examples:
        >>> print(UnknownModelError("phi-5", ("phi-4", "phi-2")))
        unknown model 'phi-5'; did you mean 'phi-4' or 'phi-2'?
        >>> print(UnknownModelError("zzzz"))
        unknown model 'zzzz'; no model id or alias is close to it: [m.id for m in catalog] \
lists them (default_catalog() is the bundled catalog)
    """

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        super().__init__(name)

    def __str__(self) -> str:
        if not self.suggestions:
            return (f"unknown model {quoted(self.name)}; no model id or alias is close to it: "
                    "[m.id for m in catalog] lists them (default_catalog() is the bundled "
                    "catalog)")
        return f"unknown model {quoted(self.name)}; did you mean {_options(self.suggestions)}?"


def _options(suggestions: Sequence[str]) -> str:
    quoted = [repr(s) for s in suggestions]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


class ComparisonError(PhicompareError, ValueError):
    """A comparison cannot be made as asked.

    For example a model compared with itself, negative traffic, an unknown capability name.

    Examples:
        >>> raise ComparisonError("compare needs different models; got 'phi-2' twice")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: compare needs different models; got 'phi-2' twice
    """


class _UnknownIdError(ComparisonError, KeyError):
    """No record of this kind has that id; ``suggestions`` holds up to three close ids.

    A ``KeyError`` (as ``Catalog.provider`` always raised) and a :class:`ComparisonError` (as
    an unknown id in a comparison's filter always was). ``known``, given by a filter, is how
    many ids there are: said when none is close, in place of where they are listed.
    """

    kind = "record"
    matched_by = "id"  # what the filter matched the name against, as its message says

    def __init__(self, name: str, suggestions: Sequence[str] = (), *,
                 known: int | None = None) -> None:
        self.name = name
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        self.known = known
        super().__init__(name)

    def __str__(self) -> str:
        kind, name = self.kind, quoted(self.name)
        if self.suggestions:
            return f"unknown {kind} {name}; did you mean {_options(self.suggestions)}?"
        if self.known is not None:
            return (f"unknown {kind} {name}; no {kind} {self.matched_by} is close to "
                    f"it, of the {self.known:,} known")
        return f"unknown {kind} {name}; no {kind} id is close to it: Catalog.{kind}s lists them"


class UnknownProviderError(_UnknownIdError):
    """No provider in the catalog has that id (a ``KeyError`` and a ``ComparisonError`` too).

    Examples:
        >>> print(UnknownProviderError("openroute", ("openrouter",)))
        unknown provider 'openroute'; did you mean 'openrouter'?
        >>> print(UnknownProviderError("zzzz", known=57))
        unknown provider 'zzzz'; no provider id or name is close to it, of the 57 known
        >>> error = UnknownProviderError("acme-cloud", model="acme-7b", route=0)
        >>> str(error)[:66]
        "model 'acme-7b': routes[0] names provider 'acme-cloud', which the "
    """

    kind = "provider"
    matched_by = "id or name"

    def __init__(self, name: str, suggestions: Sequence[str] = (), *, known: int | None = None,
                 model: str | None = None, route: int | None = None) -> None:
        super().__init__(name, suggestions, known=known)
        self.model = model
        """The model whose route names the provider, where one does (a ``Model`` from another
        catalog, read against this one)."""
        self.route = route
        """That route's index in the model's ``routes``."""

    def __str__(self) -> str:
        if self.model is None:
            return super().__str__()
        return (f"model {quoted(self.model)}: routes[{self.route}] names provider "
                f"{quoted(self.name)}, which the catalog it is read against does not define; "
                "a Model from a catalog you loaded is read against that catalog: pass it "
                "(catalog=...)")


class UnknownBenchmarkError(_UnknownIdError):
    """No benchmark in the catalog has that id (a ``KeyError`` and a ``ComparisonError`` too).

    Examples:
        >>> print(UnknownBenchmarkError("mmlx", ("mmlu", "mmmlu")))
        unknown benchmark 'mmlx'; did you mean 'mmlu' or 'mmmlu'?
    """

    kind = "benchmark"


class ArgumentError(PhicompareError, TypeError):
    """A function of the API was called with an argument of the wrong type.

    Examples:
        >>> raise ArgumentError("include_free must be True or False, got 'no'")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: include_free must be True or False, got 'no'
    """


class SourceError(PhicompareError, ValueError):
    """A source cannot be imported as asked: an unknown kind, a missing path, a bad precedence.

    Examples:
        >>> raise SourceError("litellm source not found: 'prices.json'")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.SourceError: litellm source not found: 'prices.json'
    """


class PlotError(PhicompareError, ImportError):
    """A plot cannot be drawn: matplotlib (the ``plot`` extra) is not installed.

    Examples:
        >>> raise PlotError("plots need matplotlib: pip install 'phicompare[plot]'")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.PlotError: plots need matplotlib: pip install 'phicompare[plot]'
    """


class FrameError(PhicompareError, ImportError):
    """A data frame cannot be built: pandas (the ``frames`` extra) is not installed.

    Examples:
        >>> raise FrameError("data frames need pandas: pip install 'phicompare[frames]'")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.FrameError: data frames need pandas: pip install 'phicompare[frames]'
    """
