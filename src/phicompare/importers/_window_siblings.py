"""models.dev route prices copied from a sibling record named for a larger window (review 25, P1).

models.dev's Azure files price the 8,192-token ``gpt-4`` at $60 and $120 per 1M tokens, the
price of ``gpt-4-32k`` beside it (32,768 tokens): GPT-4 32K's price, twice GPT-4's. The pattern
is a provider's file ``X`` priced exactly as its file ``X-<N>k`` (a sibling whose name gives a
window) while giving a smaller window than that sibling: the two models are sold at different
prices, so one file most likely copied the other. :func:`window_siblings` lists each such pair in
a models.dev snapshot; ``tools/bundle_catalog.py`` writes them to ``docs/data-notes.md``, where a
keyed price correction (``ROUTE_PRICES`` in :mod:`._route_prices`) settles those a source does.
The rule flags, it does not correct: a flagged price stays until a source gives another.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

__all__ = ["window_siblings"]

_SIBLING = r"-(\d+)k(?:-.*)?"
"""What a sibling's name adds to the record's: a window in thousands (``-32k``, ``-16k-0613``)."""


def _records(folder: Path) -> dict[str, tuple[object, object, int]]:
    """A provider folder's model files: id -> (input price, output price, window)."""
    import tomli  # noqa: PLC0415 - the parser is imported where a snapshot is read, as elsewhere

    found: dict[str, tuple[object, object, int]] = {}
    for file in sorted(folder.rglob("*.toml")):
        try:
            data = tomli.loads(file.read_text(encoding="utf-8"), parse_float=Decimal)
        except (OSError, tomli.TOMLDecodeError, UnicodeDecodeError):
            continue
        cost, limit = data.get("cost") or {}, data.get("limit") or {}
        window = limit.get("context") if isinstance(limit, dict) else None
        if not isinstance(cost, dict) or not isinstance(window, int) or window <= 0:
            continue
        if cost.get("input") is None or cost.get("output") is None:
            continue
        found[file.relative_to(folder).with_suffix("").as_posix()] = (
            cost["input"], cost["output"], window)
    return found


def _money(value: object) -> str:
    """A file's price as a line says it: ``60.00`` -> ``$60``, ``0.15`` -> ``$0.15``."""
    return f"${Decimal(str(value)).normalize():f}"


def window_siblings(snapshot: Path) -> list[str]:
    r"""A line per models.dev file priced as its sibling named for a larger window.

    ``snapshot`` is the models.dev checkout (its ``providers/<id>/models`` folders).

    Examples:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> models = root / "providers" / "azure" / "models"
        >>> models.mkdir(parents=True)
        >>> for name, window in (("gpt-4", 8192), ("gpt-4-32k", 32768)):
        ...     _ = (models / f"{name}.toml").write_text(
        ...         f"[cost]\ninput = 60.0\noutput = 120.0\n[limit]\ncontext = {window}\n")
        >>> window_siblings(root)
        ['azure: gpt-4 ($60 and $120, 8,192 tokens) is priced as gpt-4-32k (32,768 tokens)']
        >>> window_siblings(root / "missing")
        []
    """
    lines: list[str] = []
    providers = snapshot / "providers"
    if not providers.is_dir():
        return lines
    for provider in sorted(p for p in providers.iterdir() if (p / "models").is_dir()):
        records = _records(provider / "models")
        for name, (inp, out, window) in sorted(records.items()):
            for other, (o_inp, o_out, o_window) in sorted(records.items()):
                if (re.fullmatch(re.escape(name) + _SIBLING, other) and (inp, out) == (o_inp, o_out)
                        and o_window > window):
                    lines.append(f"{provider.name}: {name} ({_money(inp)} and {_money(out)}, "
                                 f"{window:,} tokens) "
                                 f"is priced as {other} ({o_window:,} tokens)")
    return lines
