r"""The output boundary: every string from a catalog or an import made safe for where it goes.

Catalog data comes from community-edited sources, so an id, a name or a file name may carry a
terminal escape (``\x1b]0;title\x07`` sets a window title, ``\x1b[2J`` clears the screen), a
bidirectional override that reorders what a reader sees, or a zero-width character that makes two
different strings look alike. Each sink has its function here:

- :func:`for_terminal`: control, bidi, zero-width and other invisible characters are shown as
  visible escapes (``\x1b`` becomes ``\u001b``), newlines and tabs kept. Every line the
  ``phicompare`` command writes to standard output or standard error passes through it.
- :func:`one_line`: the same, with line breaks shown too (for a value inside a one-line message).
- :func:`file_slug`: a name for a file that no file system can misread, unique by construction.
- :func:`shown`: a value a caller gave, quoted for an error message and cut when long (a
  10,000-character name is not echoed whole).

Markdown and HTML escaping stays in the renderers (:mod:`phicompare.render`); they call
:func:`visible` on catalog strings before escaping their markup characters.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["file_slug", "for_terminal", "one_line", "shown", "visible"]

# Categories never shown as themselves: controls, format characters (zero-width, bidi),
# surrogates, private use, unassigned, line and paragraph separators.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _hidden(char: str) -> bool:
    return unicodedata.category(char) in _HIDDEN


def visible(text: str, *, keep: str = "") -> str:
    r"""``text`` with every invisible or control character written as a visible ``\uXXXX`` escape.

    Characters in ``keep`` (for example ``"\n\t"``) are left as they are. Printable text, accents,
    CJK and emoji included, is unchanged.

    Examples:
        >>> visible("phi-2")
        'phi-2'
        >>> visible("x\x1b]0;PWN\x07")
        'x\\u001b]0;PWN\\u0007'
        >>> visible("a\u200bb\u202ec")
        'a\\u200bb\\u202ec'
    """
    if text.isprintable():
        return text
    return "".join(_escape(c) if c not in keep and _hidden(c) else c for c in text)


def for_terminal(text: str) -> str:
    r"""``text`` safe to write to a terminal: line breaks and tabs kept, every other control shown.

    Examples:
        >>> for_terminal("ok\n")
        'ok\n'
        >>> for_terminal("id \x1b[2J\r\n")
        'id \\u001b[2J\\u000d\n'
    """
    if text.isascii() and _ASCII_CONTROL.search(text) is None:
        return text
    return visible(text, keep="\n\t")


def one_line(text: str) -> str:
    r"""``text`` safe inside a one-line message: line breaks are shown as escapes too.

    Examples:
        >>> one_line("two\nlines")
        'two\\u000alines'
    """
    if text.isprintable():
        return text
    return visible(text)


def shown(text: str, limit: int = 40) -> str:
    """``text`` quoted for a message, cut to ``limit`` characters (its length said).

    Examples:
        >>> shown("800M"), shown("9" * 50)
        ("'800M'", "'9999999999999999999999999999999999999999...' (50 characters)")
    """
    if len(text) <= limit:
        return repr(text)
    quoted = repr(text[:limit])
    return f"{quoted[:-1]}...{quoted[-1]} ({len(text):,} characters)"


_LOSSLESS = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
_RUNS = re.compile(r"[^a-z0-9.]+")
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                       *(f"lpt{i}" for i in range(10))})
MAX_SLUG = 80


def file_slug(name: str) -> str:
    """A file-name-safe form of an id, unique by construction.

    An id that is already a plain lower-case name (letters, digits, single dots and dashes
    between them, at most 80 characters, not a reserved device name) is its own slug. Any other
    id gets a readable slug (lower case, other characters turned into single dashes) followed by
    ``_`` and 10 hex digits of the id's SHA-256. A plain slug never contains ``_`` or ``--``, so a
    hashed slug never equals a plain one and ``--vs--`` in a page name is unambiguous. Ids that
    differ only in case, ``/``, ``_``, spaces or script get different slugs.

    Examples:
        >>> file_slug("phi-4-mini")
        'phi-4-mini'
        >>> file_slug("microsoft/phi-4")
        'microsoft-phi-4_7aceaf6cdc'
        >>> file_slug("Phi-4") != file_slug("phi-4") != file_slug("phi_4")
        True
    """
    if (len(name) <= MAX_SLUG and _LOSSLESS.fullmatch(name)
            and name.split(".", 1)[0] not in _RESERVED):
        return name
    readable = _RUNS.sub("-", unicodedata.normalize("NFKC", name).casefold())
    readable = re.sub(r"\.{2,}", ".", readable).strip(".-")[:48].strip(".-") or "id"
    readable = re.sub(r"-{2,}", "-", readable)
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{readable}_{digest}"
