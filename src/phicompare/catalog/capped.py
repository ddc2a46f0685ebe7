"""Reading one catalog file on disk, capped: a device, a FIFO or a huge file is a problem.

A mistyped path to a disk image, or ``--catalog /dev/zero``, was read whole: the process ran out
of memory (a ``MemoryError`` traceback, or killed) before any check ran (review 27, P9).
"""

from __future__ import annotations

import os
import stat

__all__ = ["MAX_FILE_BYTES", "FileRefused", "read_capped"]

MAX_FILE_BYTES = 64 * 2**20
"""The largest catalog file read (the largest bundled file is well under 1 MiB)."""


class FileRefused(Exception):  # noqa: N818 - a reason, caught where the file's problem is made
    """A path that is no catalog file to read: a device, a FIFO, or a file over the cap."""


def read_capped(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the regular file ``path``, at most :data:`MAX_FILE_BYTES` of them.

    Checked with ``stat()`` before the file is opened (a FIFO would block), and read no further
    than the cap and one byte (a file that grows, or a ``/proc`` file whose size reads 0).

    Examples:
        >>> read_capped("/dev/zero")
        Traceback (most recent call last):
        ...
        phicompare.catalog.capped.FileRefused: not a regular file (a device); a catalog is a \
TOML file or a folder of them
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        kind = ("a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "not a file")
        msg = f"not a regular file ({kind}); a catalog is a TOML file or a folder of them"
        raise FileRefused(msg)
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        raw = file.read(MAX_FILE_BYTES + 1) if size <= MAX_FILE_BYTES else b""
    if size > MAX_FILE_BYTES or len(raw) > MAX_FILE_BYTES:
        shown = f"{size / 2**30:,.1f} GiB" if size >= 2**30 else f"{size / 2**20:,.1f} MiB"
        this = f"this one is {shown}" if size > MAX_FILE_BYTES else "this one reads on past it"
        msg = (f"too large for a catalog file (a few MB at most): {this}, over the limit of "
               f"{MAX_FILE_BYTES // 2**20} MiB")
        raise FileRefused(msg)
    return raw
