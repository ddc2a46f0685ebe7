"""A static site of comparisons: an index of models, a page per model, a page per pair.

:func:`write_site` compares the pairs through :func:`phicompare.compare_all` and writes every page
with its safe writing (atomic replacement, never through a planted link, collision-free names from
:func:`phicompare.safe.file_slug`). The site's layout::

    DIR/index.html                     the models, sortable and filterable (readable without JS)
    DIR/models/<model>.html            one model's facts and links to its comparisons
    DIR/pairs/<a>--vs--<b>.html        one comparison, its related comparisons linked
    DIR/sitemap.xml                    with a base URL only (a sitemap needs absolute URLs)
    DIR/manifest.txt                   the files above that this run wrote, one a line

Every link between pages is relative, so the folder can be published anywhere or opened from disk.
A rerun into the same folder removes the pages the earlier run's manifest lists that it does not
write again (API review 15, A11: they stayed, unlinked, with the old prices); it never removes a
file no manifest lists, nor a line that is not a site page's name.
"""

from __future__ import annotations

import contextlib
import html
import itertools
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .analysis.checks import check_out_dir, check_pair, check_runs
from .batch import _remove_temporaries, _write, compare_all, page_name
from .domain.arguments import kind as _kind
from .exceptions import ArgumentError, ComparisonError
from .safe import file_slug

if TYPE_CHECKING:
    from .catalog.index import Catalog

__all__ = ["MANIFEST_FILE", "SiteResult", "write_site"]

INDEX = "index.html"
SITEMAP = "sitemap.xml"
MODELS = "models"
PAIRS = "pairs"
MANIFEST_FILE = "manifest.txt"
"""The site's own files, one path a line, relative to its folder (what a rerun may remove)."""
_PAGE = re.compile(
    r"(?:(?:models|pairs)/[A-Za-z0-9][A-Za-z0-9._-]*\.html|index\.html|sitemap\.xml)\Z")


@attrs.frozen(kw_only=True)
class SiteResult:
    """What :func:`write_site` wrote: the page paths (relative to the folder) and the failures."""

    pages: tuple[str, ...]
    failed: tuple[tuple[str, str, str], ...] = ()
    """``(a, b, error)`` for each pair that could not be compared."""
    sitemap: bool = False
    removed: tuple[str, ...] = ()
    """The pages of an earlier run into the folder (its manifest's) that this run did not write."""


def model_file(model_id: str) -> str:
    """The path of a model's page, relative to the site's folder.

    Examples:
        >>> model_file("phi-2"), model_file("microsoft/phi-4")
        ('models/phi-2.html', 'models/microsoft-phi-4_7aceaf6cdc.html')
    """
    return f"{MODELS}/{file_slug(model_id)}.html"


def pair_file(a: str, b: str) -> str:
    """The path of a pair's page, relative to the site's folder.

    Examples:
        >>> pair_file("phi-2", "phi-4-mini")
        'pairs/phi-2--vs--phi-4-mini.html'
    """
    return f"{PAIRS}/{page_name(a, b, 'html')}"


@attrs.frozen(eq=False)
class _PairPages:
    """A pair page's file name, from a pair page (``None``: the site has no page for the pair).

    A class, not a closure, so that worker processes can render pair pages with it.
    """

    files: Mapping[frozenset[str], str]

    def __call__(self, a: str, b: str) -> str | None:
        found = self.files.get(frozenset((a, b)))
        return None if found is None else os.path.basename(found)


@attrs.frozen(eq=False)
class _ModelPages:
    """A model page's path from another page (``None``: the site has no page for the model)."""

    ids: frozenset[str]
    prefix: str = ""

    def __call__(self, model_id: str) -> str | None:
        return f"{self.prefix}{model_file(model_id)}" if model_id in self.ids else None


def write_site(
    out_dir: str | Path,
    catalog: Catalog | None = None,
    pairs: Iterable[tuple[str, str]] | None = None,
    *,
    models: Iterable[str] | None = None,
    base_url: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    executor: Executor | None = None,
    chunk_size: int = 100,
    **options: Any,
) -> SiteResult:
    """Write a static site of comparisons to ``out_dir`` (created if needed).

    Args:
        out_dir: The site's folder.
        catalog: The catalog; the bundled one by default.
        pairs: ``(a, b)`` model ids to compare; by default every pair of ``models``.
        models: The model ids the site covers (every model of the catalog by default, or those
            named in ``pairs``).
        base_url: The URL the folder is published at; writes ``sitemap.xml`` when given.
        progress: Called with ``(pages written, pages in all)`` after each page.
        executor: Where pair pages are compared and rendered (a ``ProcessPoolExecutor`` for
            several processes; see :func:`~phicompare.compare_all`); in this process by default.
            The pages are the same either way.
        chunk_size: Pairs per task sent to the executor.
        **options: Passed to :func:`~phicompare.compare` and :func:`~phicompare.estimate`
            (``traffic``, ``as_of``, ``include_free``, ``requires``, ``blend``).

    Returns:
        What was written, and each pair that failed (the other pages are written regardless).

    Raises:
        ArgumentError: ``out_dir`` is not a path, or is ``""`` (an unset variable, never the
            current folder).
        UnknownModelError: a model id is not in the catalog.
        ComparisonError: a bad option, or ``base_url`` is not an http(s) URL.

    Examples:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     site = write_site(folder, pairs=[("phi-2", "phi-4-mini")])
        >>> site.pages
        ('pairs/phi-2--vs--phi-4-mini.html', 'models/phi-2.html', 'models/phi-4-mini.html', 'index.html')
    """  # noqa: E501 - a doctest's output is one line
    from .analysis.comparator import check_options  # noqa: PLC0415
    from .analysis.estimate import estimate  # noqa: PLC0415
    from .catalog.loader import default_catalog  # noqa: PLC0415
    from .render.html import SiteLinks  # noqa: PLC0415
    from .render.site import index_html, key_benchmarks, model_site_html, sitemap_xml  # noqa: PLC0415

    check_out_dir(out_dir, "write_site")  # never "" for the current folder (API review 15, A1)
    _check_site(pairs, models, base_url, progress, executor, chunk_size)
    the_catalog = default_catalog() if catalog is None else catalog
    check_options(the_catalog, options, "write_site")  # before any folder is made (fixS's note)
    if base_url is not None:
        sitemap_xml(base_url, [])  # a bad URL fails before anything is written
    chosen, pair_list = _plan(the_catalog, pairs, models)
    folder = Path(out_dir)
    for sub in (folder, folder / MODELS, folder / PAIRS):
        sub.mkdir(parents=True, exist_ok=True)
        _remove_temporaries(sub)
    total = len(pair_list) + len(chosen) + 1
    have = {frozenset(p): pair_file(*p) for p in pair_list}
    ids = frozenset(m.id for m in chosen)
    from_pair_to_model = _ModelPages(ids, "../")
    pair_links = SiteLinks(f"../{INDEX}", _PairPages(have), from_pair_to_model)
    written: list[str] = []
    failed: list[tuple[str, str, str]] = []
    done = 0
    for result in compare_all(the_catalog, pair_list, executor=executor, format="html",
                              links=pair_links, chunk_size=chunk_size, **options):
        if result.page is None:
            failed.append((result.a, result.b, result.error or "not compared"))
        else:
            path = pair_file(result.a, result.b)
            _write(str(folder / path), result.page)
            written.append(path)
        done += 1
        if progress is not None:
            progress(done, total)
    if failed:  # a page written before a pair failed may link it: render it again without
        gone = {frozenset((a, b)) for a, b, _ in failed}
        kept = {key: file for key, file in have.items() if key not in gone}
        hrefs = [f'href="{html.escape(os.path.basename(have[key]))}"' for key in gone]
        again = [(a, b) for a, b in pair_list if pair_file(a, b) in written and any(
            href in (folder / pair_file(a, b)).read_text(encoding="utf-8") for href in hrefs)]
        for result in compare_all(the_catalog, again, executor=executor, format="html",
                                  links=pair_links._replace(pair=_PairPages(kept)),
                                  chunk_size=chunk_size, **options):
            if result.page is not None:
                _write(str(folder / pair_file(result.a, result.b)), result.page)
    model_links = SiteLinks(f"../{INDEX}", lambda a, b: None, from_pair_to_model)
    costs = []
    for model in chosen:
        others = [(the_catalog.model(b if a == model.id else a).name, f"../{have[key]}")
                  for a, b in pair_list
                  if model.id in (a, b) and (key := frozenset((a, b))) in have
                  and have[key] in written]
        path = model_file(model.id)
        cost = estimate(model, catalog=the_catalog, **_estimate_options(options))
        _write(str(folder / path), model_site_html(model, model_links, others, the_catalog,
                                                   day=cost.as_of))  # the pages' date (P1)
        written.append(path)
        costs.append(cost)
        done += 1
        if progress is not None:
            progress(done, total)
    benchmarks = {b.id: b for b in the_catalog.benchmarks}
    labels = {b: benchmarks[b].label if b in benchmarks else b for b in key_benchmarks(chosen)}
    index_links = SiteLinks(INDEX, lambda a, b: None, _ModelPages(ids))
    traffic = costs[0].traffic if costs else None
    phrase = ("the default traffic" if traffic is None else
              _traffic_words(traffic.input_tokens, traffic.output_tokens))
    _write(str(folder / INDEX), index_html(costs, index_links, pairs=len(written) - len(chosen),
                                           labels=labels, traffic_phrase=phrase))
    written.append(INDEX)
    done += 1
    if progress is not None:
        progress(done, total)
    if base_url is not None:
        _write(str(folder / SITEMAP), sitemap_xml(base_url, [INDEX, *sorted(written[:-1])]))
    own = {*written, *([SITEMAP] if base_url is not None else [])}
    removed = _remove_earlier(folder, own)
    _write(str(folder / MANIFEST_FILE), "".join(f"{path}\n" for path in sorted(own)))
    return SiteResult(pages=tuple(written), failed=tuple(failed), sitemap=base_url is not None,
                      removed=removed)


def _remove_earlier(folder: Path, own: set[str]) -> tuple[str, ...]:
    """Remove the files the folder's earlier manifest lists that are not in ``own``.

    Only a line that names a site page (:data:`_PAGE`: no ``..``, no absolute path) in a
    sub-folder that is no link; a link planted at a page's path is removed, never followed.
    """
    try:
        text = (folder / MANIFEST_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()  # no earlier site (or one written before manifests): nothing is removed
    removed = []
    for line in sorted(set(text.splitlines()) - own):
        parent = folder / os.path.dirname(line)
        if _PAGE.match(line) is None or os.path.islink(parent):
            continue
        path = folder / line
        if os.path.islink(path) or path.is_file():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(line)
    return tuple(removed)


def _traffic_words(tokens_in: int, tokens_out: int) -> str:
    from .analysis.traffic import Traffic  # noqa: PLC0415
    from .narrative.assumptions import traffic_text  # noqa: PLC0415

    return traffic_text(Traffic(input_tokens=tokens_in, output_tokens=tokens_out))


def _estimate_options(options: dict[str, Any]) -> dict[str, Any]:
    return {k: options[k] for k in ("traffic", "requires", "include_free", "as_of", "blend")
            if k in options}


def _check_site(pairs: object, models: object, base_url: object, progress: object,
                executor: object, chunk_size: object) -> None:
    """Raise :class:`ArgumentError` for an argument of :func:`write_site` of the wrong type."""
    from .domain.arguments import check_count, check_names_given  # noqa: PLC0415

    check_runs("write_site", pairs, executor)
    if models is not None:
        check_names_given("write_site: models", models, "['phi-2', 'phi-4-mini']")
    if base_url is not None and not isinstance(base_url, str):
        msg = f"write_site: base_url is an http(s) URL (str), got {_kind(base_url)}"
        raise ArgumentError(msg)
    if progress is not None and not callable(progress):
        msg = (f"write_site: progress is called with (pages written, pages in all), got "
               f"{_kind(progress)}, which is not callable")
        raise ArgumentError(msg)
    check_count("write_site: chunk_size", chunk_size, "pairs a task")


def _plan(catalog: Catalog, pairs: Iterable[tuple[str, str]] | None,
          models: Iterable[str] | None) -> tuple[list[Any], list[tuple[str, str]]]:
    """The models of the site (catalog order) and its pairs, every id checked."""
    chosen_ids: list[str] | None = None
    if models is not None:
        chosen_ids = [catalog.model(m).id for m in ((models,) if isinstance(models, str)
                                                    else models)]
    if pairs is not None:
        pair_list = []
        for a, b in map(partial(check_pair, caller="write_site"), itertools.count(1), pairs):
            ma, mb = catalog.model(a), catalog.model(b)
            if ma.id == mb.id:
                msg = f"a pair compares two different models, not {a!r} with itself"
                raise ComparisonError(msg)
            pair_list.append((ma.id, mb.id))
        named = {m for p in pair_list for m in p}
        if chosen_ids is not None:
            named |= set(chosen_ids)
        order = [m for m in catalog.models if m.id in named]
        return order, _unique(pair_list)
    wanted = set(chosen_ids) if chosen_ids is not None else None
    order = [m for m in catalog.models if wanted is None or m.id in wanted]
    return order, [(a.id, b.id) for a, b in itertools.combinations(order, 2)]


def _unique(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[frozenset[str]] = set()
    out = []
    for pair in pairs:
        key = frozenset(pair)
        if key not in seen:
            seen.add(key)
            out.append(pair)
    return out
