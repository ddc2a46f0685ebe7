"""The files a user's catalog paths name: every ``*.toml`` once, whatever links a folder holds.

:func:`given_files` checks each path given to ``load_catalog`` or ``validate_paths`` (a path of
the wrong type is an :class:`~phicompare.exceptions.ArgumentError` naming it) and expands each
folder with :func:`toml_files`.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from phicompare.exceptions import NO_VALUE, ArgumentError, Problem

if TYPE_CHECKING:
    import sys

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

    from .loader import CatalogPath

__all__ = ["MAX_DEPTH", "MAX_FOLDERS", "given_files", "toml_files"]

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


_EMPTY = "an empty path names no file or folder (an unset variable?)"
"""The problem of a path given as ``""`` (API review 14, A4: it read as the current folder)."""


def given_files(paths: Iterable[CatalogPath], problems: list[Problem],
                caller: str) -> list[Traversable]:
    """The catalog files ``paths`` name, each read once; a path that cannot be read is a problem.

    A folder given twice, or given beside a folder that holds it, is read once, as a file given
    twice is: a walk reports a folder reached again through a link only within one given folder.

    An empty path (``""``) is a problem: it names no file or folder, where it read as the current
    folder. A path is a ``str``, an ``os.PathLike`` or a ``Traversable``; anything else is an
    :class:`~phicompare.exceptions.ArgumentError` that names ``caller`` and the value (API
    review 14, A3: a list of paths passed whole is the commonest slip).

    Examples:
        >>> given_files([["a.toml"]], [], "load_catalog")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: load_catalog takes paths as separate arguments \
(load_catalog(*paths)), got a list: ['a.toml']
    """
    files: list[Traversable] = []
    for given in paths:
        if not isinstance(given, (str, os.PathLike)):
            files.extend(_resource_files(given, caller))
            continue
        if os.fspath(given) == "":  # an unset variable, never "the current folder" (A4)
            problems.append(Problem("''", "", NO_VALUE, _EMPTY))
            continue
        entry = Path(os.fspath(given))
        try:
            is_dir = stat.S_ISDIR(entry.stat().st_mode)
        except OSError as exc:
            reason = ("no such file or folder" if exc.errno == errno.ENOENT
                      else f"cannot read: {exc.strerror or exc}")
            problems.append(Problem(str(given), "", NO_VALUE, reason))
            continue
        except ValueError:  # a NUL character: no file system has such a name
            problems.append(Problem(str(given), "", NO_VALUE, "not a file name"))
            continue
        if is_dir:  # each walked on its own: a folder given twice, or inside another given
            found = list(toml_files(entry, problems))  # one, is no loop (its files: _once)
            if not found:
                problems.append(Problem(str(given), "", NO_VALUE, "folder holds no *.toml file"))
            files.extend(found)
        else:
            files.append(entry)
    return _once(files)


def _resource_files(given: object, caller: str) -> list[Traversable]:
    """A ``Traversable``'s catalog files (a folder's, sorted), or the error naming ``given``."""
    if isinstance(given, (list, tuple)):
        msg = (f"{caller} takes paths as separate arguments ({caller}(*paths)), got a "
               f"{type(given).__name__}: {given!r}"[:200])
        raise ArgumentError(msg)
    if not hasattr(given, "is_dir"):  # (a Traversable, duck-typed as the loader reads it)
        shown = "None" if given is None else f"{type(given).__name__} {given!r}"[:80]
        msg = f"{caller}: a path is a str, an os.PathLike or a Traversable, got {shown}"
        raise ArgumentError(msg)
    from .loader import _toml_files  # noqa: PLC0415 - the loader imports this module lazily

    resource: Traversable = given  # type: ignore[assignment]
    return list(_toml_files(resource)) if resource.is_dir() else [resource]


def _once(files: list[Traversable]) -> list[Traversable]:
    """``files`` without a file already listed (by its identity on disk): each is read once."""
    seen: set[tuple[int, int]] = set()
    kept: list[Traversable] = []
    for file in files:
        if isinstance(file, os.PathLike):  # a file on disk (a Path), not inside a zip
            try:
                status = os.stat(file)
            except OSError:
                kept.append(file)  # reported when it is read
                continue
            if (status.st_dev, status.st_ino) in seen:
                continue
            seen.add((status.st_dev, status.st_ino))
        kept.append(file)
    return kept
