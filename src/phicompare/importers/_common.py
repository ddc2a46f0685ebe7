"""What every importer shares: snapshot provenance, checked dates, exact unit conversions.

Money stays :class:`~decimal.Decimal` from the parser on: JSON is read with ``parse_float=Decimal``,
TOML with tomli and ``parse_float=Decimal``, OpenRouter's price strings with ``Decimal(str)``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from decimal import Context, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs

from phicompare.exceptions import SourceError

__all__ = [
    "ZERO_SIZE",
    "Snapshot",
    "as_count",
    "as_date",
    "as_money",
    "lab_name",
    "load_json",
    "per_million",
    "read_snapshot",
    "require_folders",
    "resolve_checked",
    "tidy",
]

_COMMIT = re.compile(r"\b[0-9a-f]{40}\b")
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_REPO = re.compile(r"github(?:\.com)?[\s:/]+([\w.-]+/[\w.-]+)", re.IGNORECASE)

# Display names of labs whose ids appear in folder names (models.dev ``models/<lab>``, LLMStats
# ``models/<org>``, OpenRouter ``<author>/<slug>``). Other ids are shown as they are.
_LABS = {
    "ai21": "AI21 Labs", "alibaba": "Alibaba", "amazon": "Amazon", "anthropic": "Anthropic",
    "cohere": "Cohere", "deepseek": "DeepSeek", "google": "Google", "ibm": "IBM", "meta": "Meta",
    "meta-llama": "Meta", "microsoft": "Microsoft", "minimax": "MiniMax", "mistral": "Mistral AI",
    "mistralai": "Mistral AI", "moonshotai": "Moonshot AI", "nvidia": "NVIDIA", "openai": "OpenAI",
    "qwen": "Alibaba", "xai": "xAI", "x-ai": "xAI", "zhipuai": "Zhipu AI", "z-ai": "Zhipu AI",
    "zai": "Zhipu AI",
}


@attrs.frozen
class Snapshot:
    """Where a dataset folder came from, read from its ``SNAPSHOT.txt`` when it has one.

    Examples:
        >>> s = Snapshot(repo="anomalyco/models.dev", commit="f" * 40, date=dt.date(2026, 7, 2))
        >>> s.url("providers/azure/models/phi-4.toml")[-40:]
        'ffffff/providers/azure/models/phi-4.toml'
    """

    repo: str | None = None
    commit: str | None = None
    date: dt.date | None = None

    def url(self, relative: str) -> str | None:
        """The URL of a file of the dataset at its commit, when repository and commit are known."""
        if self.repo is None or self.commit is None:
            return None
        return f"https://github.com/{self.repo}/blob/{self.commit}/{relative}"


def read_snapshot(folder: Path) -> Snapshot:
    """The provenance in ``folder/SNAPSHOT.txt``: GitHub repository, commit and date, where given.

    The first 40-digit hex string is the commit and the first ``YYYY-MM-DD`` the date.

    Examples:
        >>> read_snapshot(Path("/nonexistent"))
        Snapshot(repo=None, commit=None, date=None)
    """
    try:
        text = (folder / "SNAPSHOT.txt").read_text(encoding="utf-8")
    except OSError:
        return Snapshot()
    commit = _COMMIT.search(text)
    date = _DATE.search(text)
    repo = _REPO.search(text)
    return Snapshot(
        repo=repo.group(1).rstrip(".") if repo else None,
        commit=commit.group(0) if commit else None,
        date=dt.date(*map(int, date.groups())) if date else None,
    )


def load_json(file: Path, kind: str) -> Any:
    """A one-file source's JSON, money as ``Decimal``.

    Raises:
        SourceError: the file cannot be read or is not JSON (a one-file source is all or nothing).

    Examples:
        >>> load_json(Path("/no/such.json"), "litellm")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        phicompare.exceptions.SourceError: cannot read the litellm source ...
    """
    try:
        with open(file, "rb") as handle:
            # NaN and Infinity (which Python's JSON reader accepts) stay text: never a figure.
            return json.load(handle, parse_float=Decimal, parse_constant=str)
    except RecursionError:
        msg = f"the {kind} source {str(file)!r} is nested too deeply to be a {kind} file"
        raise SourceError(msg) from None
    except OSError as exc:
        msg = f"cannot read the {kind} source {str(file)!r}: {exc.strerror or exc}"
        raise SourceError(msg) from None
    except ValueError as exc:
        msg = f"the {kind} source {str(file)!r} is not valid JSON: {exc}"
        raise SourceError(msg) from None


def require_folders(root: Path, kind: str, *names: str) -> None:
    """Check that ``root`` holds at least one of the folders ``names``.

    Raises:
        SourceError: none of them is there.

    Examples:
        >>> require_folders(Path("/"), "models.dev", "providers", "models")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        phicompare.exceptions.SourceError: not a models.dev tree: '/' holds no providers/ ...
    """
    if not any((root / name).is_dir() for name in names):
        folders = " or ".join(f"{name}/" for name in names)
        msg = f"not a {kind} tree: {str(root)!r} holds no {folders} folder"
        raise SourceError(msg)


def resolve_checked(
    given: dt.date | None, snapshot: Snapshot, path: Path
) -> tuple[dt.date, str]:
    """The date records were checked, and where that date came from.

    An explicit date wins, then the snapshot's date, then the file's modification time.

    Examples:
        >>> resolve_checked(dt.date(2026, 1, 2), Snapshot(), Path("."))
        (datetime.date(2026, 1, 2), 'argument')
    """
    if given is not None:
        return given, "argument"
    if snapshot.date is not None:
        return snapshot.date, "SNAPSHOT.txt"
    mtime = os.stat(path).st_mtime
    return dt.datetime.fromtimestamp(mtime, tz=dt.timezone.utc).date(), "file modification time"


def tidy(number: Decimal) -> Decimal:
    """``number`` without trailing zeros and without a positive exponent (``30``, not ``3E+1``).

    The value never changes: digits are only moved, never rounded.

    Examples:
        >>> tidy(Decimal("14.700000000")), tidy(Decimal("3E+1")), tidy(Decimal("0E-7"))
        (Decimal('14.7'), Decimal('30'), Decimal('0'))
    """
    sign, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int):  # NaN or infinity
        return number
    if not any(digits):
        return Decimal(0)
    if exponent > 0:
        return Decimal((sign, digits + (0,) * exponent, 0))
    end = len(digits)
    while exponent < 0 and digits[end - 1] == 0:
        end -= 1
        exponent += 1
    return Decimal((sign, digits[:end], exponent))


def per_million(per_token: Decimal) -> Decimal:
    """A per-token price as a per-1M-token price, exactly (a decimal shift, never a float).

    The result equals ``per_token * 1_000_000``, without trailing zeros.

    Examples:
        >>> per_million(Decimal("1.25e-07")), per_million(Decimal("3e-05")), per_million(Decimal(0))
        (Decimal('0.125'), Decimal('30'), Decimal('0'))
    """
    return tidy(per_token.scaleb(6))


def as_money(value: object) -> Decimal | None:
    """A price from a parsed file: a ``Decimal``, an ``int`` or a numeric string; else ``None``.

    Booleans, negative numbers and non-numbers are not prices.

    Examples:
        >>> as_money(Decimal("0.5")), as_money(2), as_money("0.000001")
        (Decimal('0.5'), Decimal('2'), Decimal('0.000001'))
        >>> as_money("-1"), as_money(True), as_money("n/a")
        (None, None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            return None
    else:
        return None
    return unfloat(number) if number.is_finite() and number >= 0 else None


_FLOAT_DIGITS = 15
"""A figure with this many significant digits or more was printed from a binary float."""
_NEAR = Decimal("1e-12")


def unfloat(number: Decimal) -> Decimal:
    """``number`` as the short decimal a binary-float artefact stands for; else unchanged.

    A source that computes a price in floating point prints ``0.44999999999999996`` for 0.45
    (the bundled layer's sources held 131 such prices). A figure of 15 significant
    digits or more that lies within one part in 10^12 of a decimal of at most 9 digits is read
    as that decimal; a figure a source wrote as such is never changed, nor a repeating one
    (1/12 printed as ``0.08333333333333334`` stays).

    Examples:
        >>> unfloat(Decimal("0.44999999999999996")), unfloat(Decimal("2.9000000000000004"))
        (Decimal('0.45'), Decimal('2.9'))
        >>> unfloat(Decimal("4.4999999999999996E-7")), unfloat(Decimal("0.08333333333333334"))
        (Decimal('4.5E-7'), Decimal('0.08333333333333334'))
    """
    digits = number.as_tuple().digits
    if len(digits) < _FLOAT_DIGITS or not any(digits):
        return number
    for places in range(1, 10):  # a price written by hand has few digits; 1/12 is not one
        short = Context(prec=places).create_decimal(number)
        if abs(short - number) <= abs(number) * _NEAR:
            return tidy(short)
    return number


ZERO_SIZE = "0, the source's placeholder for unknown: left unknown"
"""The note on a size (a context window, an output limit, a parameter count) a source gives as 0:
no record holds a zero size (the loader refuses it; review 27, P3), so it stays unknown."""


def as_count(value: object) -> int | None:
    """A token count: a non-negative ``int`` (or a whole ``Decimal``); else ``None``.

    Examples:
        >>> as_count(16384), as_count(Decimal("128000")), as_count(-1), as_count("16K")
        (16384, 128000, None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value) if value >= 0 else None
    return None


def as_date(value: object) -> dt.date | None:
    """A full calendar date from a ``YYYY-MM-DD`` string or a TOML date; else ``None``.

    A month alone (``2024-12``) is not a date: the day would be invented.

    Examples:
        >>> as_date("2024-12-11"), as_date("2024-12"), as_date(dt.date(2025, 2, 1))
        (datetime.date(2024, 12, 11), None, datetime.date(2025, 2, 1))
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def lab_name(lab: str) -> str:
    """The display name of a lab id used in folder names and model ids.

    Examples:
        >>> lab_name("microsoft"), lab_name("some-lab")
        ('Microsoft', 'some-lab')
    """
    return _LABS.get(lab.lower(), lab)
