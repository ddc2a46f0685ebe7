"""A record's notes with one more note: the one way importers append a note (private)."""

from __future__ import annotations

__all__ = ["noted"]


def noted(notes: str | None, note: str, sep: str = " ") -> str:
    """``notes`` followed by ``note`` (after ``sep``), or ``note`` alone where there are none.

    Examples:
        >>> noted(None, "Vendor inferred."), noted("Read 2026-12-02.", "Vendor inferred.")
        ('Vendor inferred.', 'Read 2026-12-02. Vendor inferred.')
        >>> noted("price from a listing", "checked later", "; ")
        'price from a listing; checked later'
    """
    return f"{notes}{sep}{note}" if notes else note
