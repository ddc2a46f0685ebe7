"""A record's notes with one more note: the one way importers append a note (private)."""

from __future__ import annotations

__all__ = ["noted"]


def noted(notes: str | None, note: str, sep: str = " ") -> str:
    """``notes`` followed by ``note`` (after ``sep``), or ``note`` alone where there are none.

    Notes that end a sentence (with ".") are followed by a space whatever ``sep`` is, so that a
    list of clauses joined by "; " never reads ".;" where it follows a whole sentence.

    Examples:
        >>> noted(None, "Vendor inferred."), noted("Read 2026-12-02.", "Vendor inferred.")
        ('Vendor inferred.', 'Read 2026-12-02. Vendor inferred.')
        >>> noted("price from a listing", "checked later", "; ")
        'price from a listing; checked later'
        >>> noted("Read 2026-12-02.", "Route retires 2027-01-01.", "; ")
        'Read 2026-12-02. Route retires 2027-01-01.'
        >>> noted("price from 2026-03-13", "Route retires 2027-01-01.", ". ")
        'price from 2026-03-13. Route retires 2027-01-01.'
    """
    if not notes:
        return note
    return f"{notes}{' ' if notes.endswith('.') else sep}{note}"
