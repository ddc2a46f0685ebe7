"""Every pair of a catalog, on one machine or a cluster, through any executor.

Any ``concurrent.futures.Executor`` will do. Pairs are cut into chunks; a chunk is one task.
The catalog travels as one pickled blob with the first chunks in flight (the bundled catalog not
at all: workers load their own) and is unpickled once per worker process, cached by its digest;
later chunks carry the digest alone, and a worker that has not seen the blob (one that joined a
cluster late) asks for it by failing with :class:`CatalogMissingError`, and the chunk is sent
again with it. Results come back in the order of the pairs, with a bounded number of chunks in
flight, so memory stays flat however many pairs there are.

Pages go to disk one file a page (for a site) or, with ``shards=True``, one JSON Lines shard a
chunk (for many pages: one file created and renamed a chunk instead of a page). Either way a file
appears whole or not at all, and the manifest lists only files that exist.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import pickle
import re
import secrets
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .analysis.checks import check_arguments, check_batch, check_pair, check_runs
from .catalog.index import Catalog
from .domain.arguments import keywords_checked
from .safe import file_slug

if TYPE_CHECKING:
    from .analysis.comparison import Comparison
    from .render.html import SiteLinks

__all__ = ["FORMATS", "PairResult", "compare_all"]

FORMATS: dict[str, str] = {"md": "md", "html": "html", "json": "json", "text": "txt"}
"""Page formats and their file extensions."""

DEFAULT_CHUNK = 500
MANIFEST = "manifest.jsonl"
"""The file, in ``out_dir``, that lists every page written: one JSON object a line."""
_TEMP = re.compile(r"\.[^/]*\.\d+\.[0-9a-f]{8}\.tmp\Z")


def shard_name(index: int) -> str:
    """The file name of the ``index``-th chunk's shard (from 0), unique within a run.

    Examples:
        >>> shard_name(0), shard_name(12)
        ('shard-000000.jsonl', 'shard-000012.jsonl')
    """
    return f"shard-{index:06d}.jsonl"


@attrs.frozen(kw_only=True)
class PairResult:
    """One pair's outcome: the comparison, its rendered page, the file written, or the error."""

    a: str
    b: str
    comparison: Comparison | None = None
    page: str | None = None
    path: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the pair was compared without error."""
        return self.error is None


def page_name(a: str, b: str, fmt: str) -> str:
    """The file name of a pair's page, unique by construction (see :func:`file_slug`).

    An id that is a plain lower-case name is used as it is; any other id becomes a readable slug
    plus ``_`` and 10 hex digits of its SHA-256, so ids that differ only in case, ``/``, ``_``,
    spaces or script, or that contain ``--vs--``, never share a page.

    Examples:
        >>> page_name("phi-2", "phi-4-mini", "md")
        'phi-2--vs--phi-4-mini.md'
        >>> page_name("phi-2", "microsoft/phi-4", "md")
        'phi-2--vs--microsoft-phi-4_7aceaf6cdc.md'
    """
    return f"{file_slug(a)}--vs--{file_slug(b)}.{FORMATS[fmt]}"


def _renderer(fmt: str, links: SiteLinks | None = None) -> Callable[[Comparison], str]:
    if fmt == "md":
        from .render.markdown import render_markdown  # noqa: PLC0415

        return render_markdown
    if fmt == "html":
        from .render.html import render_html  # noqa: PLC0415

        return render_html if links is None else functools.partial(render_html, links=links)
    if fmt == "json":
        from .render.json import render_json  # noqa: PLC0415

        return render_json
    from .render.text import render_text  # noqa: PLC0415

    return render_text


_WORKER_CATALOGS: dict[str, Catalog] = {}


class CatalogMissingError(LookupError):
    """A worker was sent a catalog's digest without its blob, and has not seen the blob before."""


def _worker_catalog(digest: str | None, blob: bytes | None) -> Catalog:
    """The catalog in a worker: the bundled one, or the blob unpickled once per process."""
    if digest is None:
        from .catalog.loader import default_catalog  # noqa: PLC0415

        return default_catalog()
    found = _WORKER_CATALOGS.get(digest)
    if found is None:
        if blob is None:  # the driver sends the chunk again, with the blob
            raise CatalogMissingError(digest)
        _WORKER_CATALOGS.clear()
        found = _WORKER_CATALOGS[digest] = pickle.loads(blob)  # noqa: S301 - our own blob
    return found


def run_chunk(digest: str | None, blob: bytes | None, pairs: Sequence[tuple[str, str]],
              options: dict[str, Any]) -> list[PairResult]:
    """Compare (and render, and write) one chunk of pairs; a failing pair does not stop the rest.

    A top-level function, so process pools and clusters can send it to workers. With a
    ``shard`` option (a file name), the chunk's pages go to that one JSON Lines file in
    ``out_dir``, which appears when the chunk is done.
    """
    catalog = _worker_catalog(digest, blob)
    fmt: str | None = options.pop("format", None)
    out_dir: str | None = options.pop("out_dir", None)
    shard: str | None = options.pop("shard", None)
    links: SiteLinks | None = options.pop("links", None)
    render = _renderer(fmt, links) if fmt else None
    if shard is not None and out_dir is not None and render is not None:
        return _run_shard(catalog, pairs, options, fmt or "md", os.path.join(out_dir, shard),
                          render)
    return _run_pairs(catalog, pairs, options, fmt, out_dir, render)


def _run_shard(catalog: Catalog, pairs: Sequence[tuple[str, str]], options: dict[str, Any],
               fmt: str, path: str, render: Callable[[Comparison], str]) -> list[PairResult]:
    """Render a chunk into one shard: a JSON object a line, ``{"a", "b", "name", "page"}``.

    Each page is written as soon as it is made (a worker holds one page, not its chunk), to a
    temporary file renamed into place after the chunk's last page: a worker that dies midway
    leaves no shard (at most a temporary file), and its pairs are reported failed.
    """
    from .analysis.compare import compare  # noqa: PLC0415

    results = []
    try:
        with _AtomicFile(path) as shard:
            for a, b in pairs:
                try:
                    page = render(compare(a, b, catalog=catalog, **options))
                except Exception as exc:  # noqa: BLE001 - reported with the pair
                    results.append(PairResult(a=a, b=b, error=f"{type(exc).__name__}: {exc}"))
                    continue
                # ASCII JSON (non-ASCII as \u escapes): twice as fast to encode as UTF-8 JSON
                shard.write(json.dumps({"a": a, "b": b, "name": page_name(a, b, fmt),
                                        "page": page}) + "\n")
                results.append(PairResult(a=a, b=b, path=path))
    except OSError as exc:  # the shard could not be written: none of its pages exist
        return _failed(pairs, f"{type(exc).__name__}: {exc}")
    return results


def _run_pairs(catalog: Catalog, pairs: Sequence[tuple[str, str]], options: dict[str, Any],
               fmt: str | None, out_dir: str | None,
               render: Callable[[Comparison], str] | None) -> list[PairResult]:
    from .analysis.compare import compare  # noqa: PLC0415

    results = []
    folder = None if out_dir is None else str(Path(out_dir))
    for a, b in pairs:
        try:
            c = compare(a, b, catalog=catalog, **options)
            if render is None:
                results.append(PairResult(a=a, b=b, comparison=c))
                continue
            page = render(c)
            if folder is None:
                results.append(PairResult(a=a, b=b, page=page))
                continue
            name = page_name(a, b, fmt or "md")
            # str(Path(out_dir) / name), without a Path a page
            path = name if folder == "." else os.path.join(folder, name)
            _write(path, page)
            results.append(PairResult(a=a, b=b, path=path))
        except Exception as exc:  # noqa: BLE001 - reported with the pair, the rest go on
            results.append(PairResult(a=a, b=b, error=f"{type(exc).__name__}: {exc}"))
    return results


def _write(path: str, page: str) -> None:
    """Write ``page`` to ``path`` whole or not at all, never through a link (_AtomicFile)."""
    with _AtomicFile(path) as file:
        file.write(page)


class _AtomicFile:
    """A file at ``path`` that appears whole or not at all, never written through a link.

    Text goes to a new temporary file in the same folder (created exclusively, not following a
    link), which is renamed over ``path`` when the ``with`` block ends without an error and
    something was written: a reader sees the old file or the new one, never a part, and a link
    planted at ``path`` is replaced, not followed. An error removes the temporary file; an
    interrupted process leaves at most a hidden ``.NAME.PID.XXXXXXXX.tmp`` file, removed by the
    next run.
    """

    def __init__(self, path: str) -> None:
        folder, name = os.path.split(path)
        self.path = path
        self.temp = os.path.join(folder, f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_BINARY", 0))
        self.fd = os.open(self.temp, flags, 0o666)
        self.written = False

    def write(self, text: str) -> None:
        if os.linesep != "\n":  # pragma: no cover - what text mode would write on Windows
            text = text.replace("\n", os.linesep)
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(self.fd, data):]
        self.written = True

    def __enter__(self) -> _AtomicFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        try:
            os.close(self.fd)
            if kind is None and self.written:
                os.replace(self.temp, self.path)
                return
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(self.temp)
            raise
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


def _remove_temporaries(folder: Path) -> None:
    """Remove the temporary files an interrupted run left in ``folder``."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if _TEMP.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


class _Manifest:
    """``manifest.jsonl``: the pages written so far, renamed into place when the run ends.

    A page in its own file is ``{"a", "b", "page"}``; a page in a shard is ``{"a", "b",
    "page", "shard"}``, ``page`` being the name it would have as a file.
    """

    def __init__(self, folder: Path, fmt: str, *, shards: bool) -> None:
        self.fmt = fmt
        self.shards = shards
        self.path = folder / MANIFEST
        self.temp = folder / f".{MANIFEST}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                     | getattr(os, "O_NOFOLLOW", 0), 0o666)
        self.file = os.fdopen(fd, "w", encoding="utf-8")

    def add(self, result: PairResult) -> None:
        if result.path is None:
            return
        name = os.path.basename(result.path)
        entry = ({"a": result.a, "b": result.b, "page": page_name(result.a, result.b, self.fmt),
                  "shard": name} if self.shards else {"a": result.a, "b": result.b, "page": name})
        self.file.write(json.dumps(entry) + "\n")

    def close(self) -> None:
        self.file.close()
        os.replace(self.temp, self.path)


def _chunks(pairs: Iterable[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    iterator = map(check_pair, itertools.count(1), pairs)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk



@keywords_checked
def compare_all(
    catalog: Catalog | None = None,
    pairs: Iterable[tuple[str, str]] | None = None,
    executor: Executor | None = None,
    *,
    format: str | None = None,
    out_dir: str | Path | None = None,
    shards: bool = False,
    chunk_size: int = DEFAULT_CHUNK,
    max_pending: int = 8,
    links: SiteLinks | None = None,
    **options: Any,
) -> Iterator[PairResult]:
    """Compare every pair of ``catalog`` (or the given ``pairs``), in a stable order.

    Args:
        catalog: The catalog; the bundled one by default.
        pairs: ``(a, b)`` ids to compare; every unordered pair of the catalog, in catalog order,
            by default.
        executor: Any ``concurrent.futures.Executor``: a ``ProcessPoolExecutor`` on one machine,
            ``dask.distributed.Client(...).get_executor()`` or Ray's on a cluster. In-process
            when ``None``.
        format: ``"md"``, ``"html"``, ``"json"`` or ``"text"`` to render each page; results
            then carry ``page`` instead of ``comparison``.
        out_dir: With ``format``, write each page to this folder (workers write; results carry
            ``path``); ``""`` is refused (an unset variable, never the current folder).
        shards: With ``out_dir``, write each chunk's pages to one JSON Lines shard
            (:func:`shard_name`) instead of a file a page; results carry the shard's ``path``.
        chunk_size: Pairs per task (and pages per shard).
        max_pending: Tasks in flight at once (bounds memory).
        links: With ``format="html"``, where each page's links point (a site's
            :class:`~phicompare.render.html.SiteLinks`; picklable, to go to workers).
        **options: Passed to :func:`~phicompare.compare` (``traffic``, ``blend``, ``requires``,
            ``include_free``, ``as_of``).

    Returns:
        An iterator of one :class:`PairResult` per pair, in the order of ``pairs``. A failing
        pair carries ``error`` and does not stop the rest.

    Raises:
        ArgumentError: at the call, an option ``compare()`` does not take, or of a wrong type,
            or an empty ``out_dir``;
            once reached, a pair that is not two model names.
        ComparisonError: at the call, a bad option value, as ``compare()`` raises it.

    Examples:
        >>> results = list(compare_all(pairs=[("phi-2", "phi-4-mini"), ("phi-2", "nope")]))
        >>> [(r.a, r.b, r.ok) for r in results]
        [('phi-2', 'phi-4-mini', True), ('phi-2', 'nope', False)]
    """
    check_batch(format, out_dir, formats=FORMATS, shards=shards, chunk_size=chunk_size,
                max_pending=max_pending)
    from .analysis.comparator import check_options  # noqa: PLC0415
    from .catalog.loader import default_catalog  # noqa: PLC0415

    check_arguments((), catalog=catalog)  # then the options, once, before any pair (A5)
    check_runs("compare_all", pairs, executor)
    check_options(default_catalog() if catalog is None else catalog, options, "compare_all")
    return _written(catalog, pairs, executor, chunk_size, max_pending, format, out_dir,
                    links, options, shards=shards)


def _written(catalog: Catalog | None, pairs: Iterable[tuple[str, str]] | None,
             executor: Executor | None, chunk_size: int, max_pending: int, format: str | None,
             out_dir: str | Path | None, links: SiteLinks | None, options: dict[str, Any], *,
             shards: bool) -> Iterator[PairResult]:
    """:func:`compare_all`'s results, its arguments checked, each page listed once written."""
    manifest: _Manifest | None = None
    if out_dir is not None:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        _remove_temporaries(Path(out_dir))
        manifest = _Manifest(Path(out_dir), format or "md", shards=shards)
    try:
        for result in _results(catalog, pairs, executor, chunk_size, max_pending,
                               {**options, "format": format, "links": links,
                                "out_dir": None if out_dir is None else str(out_dir)},
                               shards=shards):
            if manifest is not None:
                manifest.add(result)
            yield result
    finally:
        if manifest is not None:
            manifest.close()


def _results(catalog: Catalog | None, pairs: Iterable[tuple[str, str]] | None,
             executor: Executor | None, chunk_size: int, max_pending: int,
             task_options: dict[str, Any], *, shards: bool) -> Iterator[PairResult]:
    from .catalog.loader import default_catalog  # noqa: PLC0415

    bundled = catalog is None or catalog is default_catalog()
    the_catalog = default_catalog() if catalog is None else catalog
    if pairs is None:
        ids = [m.id for m in the_catalog]
        pairs = itertools.combinations(ids, 2)

    def chunk_options(index: int) -> dict[str, Any]:
        return {**task_options, "shard": shard_name(index)} if shards else dict(task_options)

    if executor is None:
        for index, chunk in enumerate(_chunks(pairs, chunk_size)):
            yield from run_chunk(None, None, chunk, chunk_options(index)) if bundled else \
                _local_chunk(the_catalog, chunk, chunk_options(index))
        return
    digest: str | None = None
    blob: bytes | None = None
    if not bundled:
        blob = pickle.dumps(the_catalog, protocol=pickle.HIGHEST_PROTOCOL)
        digest = hashlib.sha256(blob).hexdigest()
    pending: deque[tuple[Future[list[PairResult]] | None, int, list[tuple[str, str]]]] = deque()
    broken: list[str] = []

    def submit(index: int, chunk: list[tuple[str, str]], carried: bytes | None,
               ) -> Future[list[PairResult]] | None:
        if broken:
            return None
        try:
            return executor.submit(run_chunk, digest, carried, chunk, chunk_options(index))
        except BrokenExecutor as exc:  # the pool died
            broken.append(f"a worker process died ({type(exc).__name__}: {exc})")
            return None
        except RuntimeError as exc:  # the executor was shut down
            broken.append(f"the executor stopped ({exc})")
            return None

    def results(task: tuple[Future[list[PairResult]] | None, int, list[tuple[str, str]]],
                ) -> list[PairResult]:
        future, index, chunk = task
        try:
            if future is None:
                return _failed(chunk, broken[0])
            try:
                return future.result()
            except CatalogMissingError:  # a worker that got no blob yet: send it the blob
                again = submit(index, chunk, blob)
                return _failed(chunk, broken[0]) if again is None else again.result()
        except BrokenExecutor as exc:  # a worker died: its chunk is listed as failed
            broken.append(f"a worker process died ({type(exc).__name__}: {exc})")
            return _failed(chunk, broken[0])

    try:
        for sent, chunk in enumerate(_chunks(pairs, chunk_size)):
            # The first chunks in flight carry the catalog, enough for every worker of a small
            # pool to get one; the rest carry its digest alone.
            carried = blob if sent < max(max_pending, 2) else None
            pending.append((submit(sent, chunk, carried), sent, chunk))
            if len(pending) >= max_pending:
                yield from results(pending.popleft())
        while pending:
            yield from results(pending.popleft())
    finally:  # stopped early (Ctrl-C, an error, the caller left): cancel what has not started
        for future, _, _ in pending:
            if future is not None:
                future.cancel()


def _failed(chunk: Sequence[tuple[str, str]], error: str) -> list[PairResult]:
    return [PairResult(a=a, b=b, error=error) for a, b in chunk]


def _local_chunk(catalog: Catalog, chunk: Sequence[tuple[str, str]],
                 options: dict[str, Any]) -> list[PairResult]:
    """In-process: the catalog object itself, no pickling."""
    key = f"local:{id(catalog)}"
    _WORKER_CATALOGS[key] = catalog
    try:
        return run_chunk(key, None, chunk, options)
    finally:
        _WORKER_CATALOGS.pop(key, None)
