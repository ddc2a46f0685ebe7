"""Progress on standard error: a tqdm bar on a terminal, plain lines otherwise, or nothing.

tqdm comes with the ``cli`` extra (``pip install 'phicompare[cli]'``). Without it, or when
standard error is not a terminal (a log, CI), a line every :data:`EVERY` items says how far the
run is; ``--no-progress`` silences both.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO, TypeVar

__all__ = ["EVERY", "Progress"]

EVERY = 100
"""Items between two plain progress lines."""

T = TypeVar("T")


class Progress:
    """A progress report over ``total`` items of ``unit``; ``show=False`` reports nothing."""

    def __init__(self, total: int, unit: str, *, show: bool = True,
                 stream: TextIO | None = None) -> None:
        self.total = total
        self.unit = unit
        self.stream = sys.stderr if stream is None else stream
        self.done = 0
        self.bar: Any = None
        self.show = show
        if show and _isatty(self.stream):
            try:
                from tqdm import tqdm  # noqa: PLC0415 - optional (the cli extra)
            except ImportError:
                pass
            else:
                self.bar = tqdm(total=total, unit=unit, file=self.stream, leave=False)

    def update(self, done: int, total: int | None = None) -> None:
        """``done`` items of ``total`` (the total given at the start by default) are finished."""
        total = self.total if total is None else total
        if self.bar is not None:
            self.bar.update(done - self.done)
        elif self.show and (done % EVERY == 0 or done == total) and done != self.done:
            self.stream.write(f"phicompare: {done:,} of {total:,} {self.unit}s\n")
            self.stream.flush()
        self.done = done

    def wrap(self, items: Iterable[T]) -> Iterator[T]:
        """``items``, reporting each one as it is taken."""
        for item in items:
            yield item
            self.update(self.done + 1)

    def close(self) -> None:
        """End the bar (the plain lines need no ending)."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
