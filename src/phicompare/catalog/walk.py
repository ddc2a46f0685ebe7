"""Walking a folder of catalog files: every ``*.toml`` once, whatever links the folder holds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from phicompare.exceptions import NO_VALUE, Problem

__all__ = ["MAX_DEPTH", "MAX_FOLDERS", "toml_files"]

MAX_FOLDERS = 2_000
"""The most folders one load walks (a catalog is a few files; ``/`` is not a catalog)."""
MAX_DEPTH = 16


def toml_files(folder: Path, problems: list[Problem], seen_dirs: set[tuple[int, int]] | None = None,
               depth: int = 0) -> Iterator[Path]:
    """The ``*.toml`` files below ``folder`` on disk, each folder entered once.

    A folder reached a second time (a symlink loop, or two links to one folder) is reported and
    skipped, so traversal always ends and is linear in the folders on disk. A walk deeper than
    :data:`MAX_DEPTH` or wider than :data:`MAX_FOLDERS` folders stops with a problem. Files of a
    folder come before its sub-folders', each by name; hidden folders (``.git``) are passed over.

    Examples:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> (root / "b.toml").write_text(""), (root / "a.toml").write_text("")
        (0, 0)
        >>> [p.name for p in toml_files(root, [])]
        ['a.toml', 'b.toml']
    """
    seen_dirs = set() if seen_dirs is None else seen_dirs
    if depth > MAX_DEPTH or len(seen_dirs) >= MAX_FOLDERS:
        problems.append(Problem(str(folder), "", NO_VALUE,
                                f"not read: a catalog folder holds at most {MAX_FOLDERS:,} "
                                f"folders, {MAX_DEPTH} deep"))
        return
    try:
        status = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append(Problem(str(folder), "", NO_VALUE, f"cannot read: {exc.strerror or exc}"))
        return
    key = (status.st_dev, status.st_ino)
    if key in seen_dirs:
        problems.append(Problem(str(folder), "", NO_VALUE,
                                "folder already read through another path (a symlink loop?); "
                                "skipped"))
        return
    seen_dirs.add(key)
    folders: list[Path] = []
    for entry in entries:
        try:
            is_file, is_dir = entry.is_file(), entry.is_dir()
        except OSError as exc:  # ELOOP: a link to itself
            problems.append(Problem(entry.path, "", NO_VALUE,
                                    f"cannot read: {exc.strerror or exc}"))
            continue
        if is_file and entry.name.endswith(".toml"):
            yield Path(entry.path)
        elif is_dir and not entry.name.startswith((".", "__")):
            folders.append(Path(entry.path))
    for sub in folders:
        if len(seen_dirs) >= MAX_FOLDERS:
            problems.append(Problem(str(folder), "", NO_VALUE,
                                    f"stopped: a catalog folder holds at most {MAX_FOLDERS:,} "
                                    "folders"))
            return
        yield from toml_files(sub, problems, seen_dirs, depth + 1)
