"""The blocks every renderer walks, and the text safety they share.

A page is a list of blocks (:class:`Heading`, :class:`Para`, :class:`Bullets`, :class:`Table`,
:class:`Pairs`) holding plain text. The page builders (:mod:`phicompare.render.page` and
:mod:`phicompare.render.catalog_pages`) choose and format the content once; the Markdown, HTML
and text renderers only add markup, so every format shows the same facts. Strings from a catalog
are data, never markup: each renderer escapes every string it writes, after :func:`clean` has
taken out the characters no format can show safely.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, NamedTuple, Protocol, Union

if TYPE_CHECKING:
    from phicompare.catalog.memo import Slot

__all__ = [
    "Block",
    "Bullets",
    "Cell",
    "Derive",
    "Heading",
    "Link",
    "Pairs",
    "Para",
    "Table",
    "clean",
    "display_width",
    "safe_url",
    "safe_urls",
]


class Link(NamedTuple):
    """Text that points at a URL (a source); rendered as a link only when the URL is safe."""

    text: str
    url: str


Cell = Union[str, Link]  # noqa: UP007 - a runtime alias must work on Python 3.10's typing
"""A table cell or list item: plain text, or a link."""


class Heading(NamedTuple):
    """A heading: level 1 is the page title, 2 a section, 3 a subsection."""

    level: int
    text: str
    anchor: str = ""


class Para(NamedTuple):
    """A paragraph of prose."""

    text: str


class Bullets(NamedTuple):
    """A bulleted list."""

    items: tuple[Cell, ...]


class Table(NamedTuple):
    """A table with a caption; the first cell of each row is the row's header.

    ``numeric`` lists the columns (by index) whose cells are figures, aligned right. ``part``
    marks a table about one model alone (its routes, its bill): the model's id and the table's
    key, under which a renderer may keep the table's rendering with the catalog (see
    :class:`Derive`); ``None`` for a table about the models together.
    """

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[int, ...] = ()
    part: tuple[str, Hashable] | None = None
    pieces: tuple[tuple[str, Hashable, int], ...] = ()
    """Runs of rows, in order: the model's id, the run's key and its row count. A renderer may
    keep each run's rendering with the catalog, as a part's; a run whose key is ``None`` is
    about several models (a source they both cite: the model named is the first), rendered
    with its page, never kept."""


class Derive(Protocol):
    """A comparison's :meth:`~phicompare.analysis.comparison.Comparison.derive`, for renderers.

    The rendering of a :attr:`Table.part` is made once for every comparison of its model.
    """

    def __call__(self, slot: Slot[str], model: str, key: Hashable,
                 compute: Callable[[], str], *, anywhere: bool = ...) -> str:
        """The rendering of the part ``key`` of ``model`` (its id), made by ``compute`` once."""


class Pairs(NamedTuple):
    """Terms and their descriptions (questions and answers)."""

    items: tuple[tuple[str, str], ...]


Block = Union[Heading, Para, Bullets, Table, Pairs]  # noqa: UP007 - see Cell


def _replacement(char: str) -> str:
    """A space for white space; U+FFFD for a control, format (bidi, zero-width) or unknown one."""
    if char.isspace():
        return " "
    return "\ufffd" if unicodedata.category(char).startswith("C") else char


def clean(text: str) -> str:
    r"""``text`` on one line, without control characters or direction overrides.

    Line breaks, tabs and other spaces become plain spaces (a newline would end a table row);
    control characters (a terminal escape, a NUL), bidirectional overrides and zero-width
    characters, which could hide, reorder or disguise what a reader sees, become U+FFFD.
    Everything else, accents, CJK and emoji included, is kept.

    Examples:
        >>> clean("Phi-4 Mini")
        'Phi-4 Mini'
        >>> clean("two\nlines\tand \x1b[31mred")
        'two lines and \ufffd[31mred'
        >>> clean("phi\u200b-2\u202e")  # zero-width space, right-to-left override
        'phi\ufffd-2\ufffd'
    """
    if text.isprintable():
        return text
    return "".join(_replacement(ch) if not ch.isprintable() else ch for ch in text)


def display_width(text: str) -> int:
    r"""Columns ``text`` takes in a terminal: wide (CJK) characters take two, combining marks none.

    Examples:
        >>> display_width("Phi-2"), display_width("模型"), display_width("e\u0301")
        (5, 4, 1)
    """
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


_SAFE = r"https?://[^\s<>\"'`|\\\x00-\x1f\x7f]+"
_SAFE_URL = re.compile(_SAFE + r"\Z", re.IGNORECASE)
_URL_CHARACTERS = bytes(sorted(set(range(0x21, 0x7F)) - set(b"<>\"'`|\\")))
"""Printable ASCII but the space, ``<``, ``>``, quotes, backquote, pipe and backslash."""
_SCHEMES = ("https://", "http://")
"""A safe URL starts with one of these (or the same in capitals) and has more after it."""


def safe_url(url: str) -> bool:
    """Whether ``url`` may become a link: http or https, nothing that could break out of markup.

    Examples:
        >>> safe_url("https://huggingface.co/microsoft/phi-2")
        True
        >>> safe_url("javascript:alert(1)"), safe_url("https://x.org/<script>")
        (False, False)
    """
    return _SAFE_URL.match(url) is not None


def safe_urls(urls: list[str]) -> bool:
    """Whether every URL of ``urls`` may become a link (:func:`safe_url`): one quick scan, usually.

    Examples:
        >>> safe_urls(["https://a.org/x", "http://b.org"]), safe_urls(["https://a.org", "x:y"])
        (True, False)
    """
    if not urls:
        return True
    joined = "".join(urls)  # deleting the characters a URL may hold leaves nothing: all safe
    if (joined.isascii() and not joined.encode().translate(None, _URL_CHARACTERS)
            and not [url for url in urls if not url.startswith(_SCHEMES) or url in _SCHEMES]):
        return True  # the usual case: lower-case schemes, no character any safe URL lacks
    return all(safe_url(url) for url in urls)
