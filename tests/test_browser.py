"""The HTML page in a real browser: headless Chromium renders it; we read what a reader sees.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: JSON
messages on file descriptors 3 and 4, standard library only). The test reads the rendered page's
``innerText`` (text as laid out, hidden elements excluded), the elements the browser built and
any JavaScript dialog, so it checks what is displayed, not the source.

The generated site (:func:`phicompare.site.write_site`) is loaded at a desktop width (1280 CSS
pixels) and a phone's (390): every local link must resolve, no element may pass the viewport's
right edge (tables and charts scroll inside their own regions), and no line may break inside a
word. A full-page screenshot of each is saved to ``$PHICOMPARE_SCREENSHOTS`` (``.ci/run`` sets
``.ci-artifacts/screenshots`` and lists them), or to a temporary folder.

CI installs Debian's ``chromium`` (see ``.ci/run``) and fails without it; elsewhere the tests skip
when no Chromium binary is on the PATH.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phicompare import Catalog, Comparison, compare, load_catalog
from phicompare.render.blocks import clean
from phicompare.render.html import render_html

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
TIMEOUT = 60.0

pytestmark = pytest.mark.slow


def _binary() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """A headless Chromium spoken to over the DevTools pipe."""

    def __init__(self, binary: str, profile: str) -> None:
        to_child, self._write = os.pipe()
        self._read, from_child = os.pipe()

        def wire() -> None:  # in the child: its fd 3 reads our commands, fd 4 writes replies
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child, from_child)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-pipe",
             f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4, to_child, from_child),
            preexec_fn=wire)  # noqa: PLW1509 - dup2 to fds 3 and 4 before exec is the point
        os.close(to_child)
        os.close(from_child)
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command; return its result (events seen meanwhile are kept)."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply["result"]
                return result
            self.events.append(reply)

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._read], [], [], max(left, 0))
            if not ready:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._read, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        reply: dict[str, Any] = json.loads(raw)
        return reply

    def open(self, url: str, width: int | None = None) -> str:
        """Open ``url`` in a new page (``width`` CSS pixels wide: a phone below 500), wait until
        it has loaded; return the page's session."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session: str = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        self.call("Page.enable", session)
        if width is not None:
            self.call("Emulation.setDeviceMetricsOverride", session, width=width,
                      height=900 if width >= 500 else 844, deviceScaleFactor=1,
                      mobile=width < 500)
        self.call("Page.navigate", session, url=url)
        deadline = time.monotonic() + TIMEOUT
        while self.evaluate(session, "document.readyState") != "complete":
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not load")
            time.sleep(0.05)
        return session

    def evaluate(self, session: str, expression: str) -> Any:
        """The value of ``expression`` in the page (DevTools evaluation, not page script)."""
        result = self.call("Runtime.evaluate", session, expression=expression,
                           returnByValue=True)
        return result["result"].get("value")

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._write)
        os.close(self._read)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    binary = _binary()
    if binary is None:
        if os.environ.get("CI") == "true":  # CI installs it (.ci/run): never skip there
            pytest.fail("no Chromium binary on PATH in CI; .ci/run should have installed it")
        pytest.skip("no Chromium binary on PATH (chromium, chromium-browser, google-chrome); "
                    "CI installs Debian's chromium: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        instance = Browser(binary, profile)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture(scope="module")
def hostile() -> Catalog:
    return load_catalog(HOSTILE)


def _show(browser: Browser, page: str, folder: Path) -> tuple[str, str]:
    path = folder / "page.html"
    path.write_text(page, encoding="utf-8")
    session = browser.open(path.as_uri())
    text = browser.evaluate(session, "document.body.innerText")
    tags = browser.evaluate(
        session, "[...new Set([...document.querySelectorAll('body *')].map(e => e.localName))]"
                 ".sort().join(' ')")
    return text, tags


_ALLOWED = {"a", "caption", "dd", "div", "dl", "dt", "h1", "h2", "h3", "li", "main", "p",
            "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "style", "nav", "ol",
            "span", "br", "svg", "title", "desc", "g", "line", "polyline", "circle", "text"}


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_rendered_page_shows_the_comparison(browser: Browser, tmp_path: Path) -> None:
    """The bundled comparison renders; its visible text holds the title, tables and figures."""
    c = compare("phi-2", "phi-4-mini")
    text, tags = _show(browser, render_html(c), tmp_path)
    visible = _squash(text)
    assert visible.startswith("Phi-2 vs Phi-4 Mini")
    for expected in ("Decision scorecard", "Specifications", "Context window", "2K (2,048)",
                     "128K (131,072)", "not yet sourced", "not documented", "Provenance",
                     c.narrative.verdict[0].text):
        assert expected in visible
    for estimate in c.cost.estimates:
        assert estimate.monthly is not None
        from phicompare.narrative import format as fmt

        assert fmt.money(estimate.monthly) in visible
    assert "<" not in visible  # no markup shown as text either: the page is only data
    assert set(tags.split()) <= _ALLOWED
    assert not [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]


def _hostile_strings(c: Comparison) -> list[str]:
    strings = [m.name for m in c.models] + [m.license or "" for m in c.models]
    strings += [r.provider_name for r in c.routes] + [r.benchmark.label for r in c.benchmarks]
    return [_squash(clean(s)) for s in strings if s]


def test_hostile_catalog_renders_as_text_in_the_browser(browser: Browser, hostile: Catalog,
                                                        tmp_path: Path) -> None:
    """Markup in names shows as the characters typed; no element or script comes from data."""
    c = compare("script-model", "long-model", "dollar-model", catalog=hostile)
    text, tags = _show(browser, render_html(c), tmp_path)
    visible = _squash(text)
    for string in _hostile_strings(c):
        assert string in visible, string
    assert "<script>alert('name')</script>" in visible
    assert set(tags.split()) <= _ALLOWED, tags
    assert not [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]


def test_fragment_renders_inside_a_page(browser: Browser, hostile: Catalog,
                                        tmp_path: Path) -> None:
    """The notebook fragment, dropped into a bare page, renders the same data as text."""
    c = compare("script-model", "long-model", catalog=hostile)
    page = f"<!DOCTYPE html><html><body>{render_html(c, document=False)}</body></html>"
    text, tags = _show(browser, page, tmp_path)
    assert "<script>alert('name')</script>" in _squash(text)
    assert set(tags.split()) <= _ALLOWED, tags


# -- the site, at desktop and phone widths ---------------------------------------------------------

WIDTHS = (1280, 390)
SITE_MODELS = ("phi-2", "phi-4-mini", "phi-3-mini-128k", "gemma-2-2b", "llama-3.2-3b")
SITE_PAGES = ("index.html", "models/phi-4-mini.html", "pairs/phi-2--vs--phi-4-mini.html")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from phicompare.site import write_site

    folder = tmp_path_factory.mktemp("site")
    write_site(folder, models=SITE_MODELS)
    return folder


@pytest.fixture(scope="module")
def screenshots() -> Path:
    """Where screenshots go: ``$PHICOMPARE_SCREENSHOTS`` (CI keeps them), else a temporary one."""
    folder = Path(os.environ.get("PHICOMPARE_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


_LINKS = """[...document.querySelectorAll('a[href]')].map(a => a.href)
    .filter(h => h.startsWith('file:'))"""

# Elements whose right edge passes the viewport's, outside a scrolling table or chart region.
_OVERFLOW = """(() => {
  const width = document.documentElement.clientWidth, out = [];
  for (const e of document.querySelectorAll('body *')) {
    const wrap = e.closest('.table-wrap, .chart-wrap');
    if (wrap && wrap !== e) continue;
    const r = e.getBoundingClientRect();
    if (r.width && r.right > width + 0.5) out.push(e.localName + ' ' + Math.round(r.right));
  }
  const wide = [...document.querySelectorAll('.table-wrap')]
    .filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.getAttribute('aria-label'));
  const range = document.createRange(), split = [];
  for (const td of document.querySelectorAll('td')) {  // a date is never cut across lines
    if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(td.textContent.trim())) continue;
    range.selectNodeContents(td);
    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
    if (tops.size > 1) split.push(td.textContent);
  }
  return {scroll: document.documentElement.scrollWidth, width: width, over: out.slice(0, 10),
          wide: wide, split: split.slice(0, 10)};
})()"""

# Text broken across lines inside a word: for each text node of the page's HTML (not the SVG
# charts, not URLs shown as links), each line break must fall at a space, after a hyphen or a
# slash; anything else is a word cut in two ("Decisio / n fit").
_BROKEN_WORDS = """(() => {
  const found = [], walker = document.createTreeWalker(document.querySelector('main'),
                                                        NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const p = node.parentElement, text = node.textContent;
    if (!p || p.closest('svg, style, script') || text.trim().length < 2) continue;
    const link = p.closest('a');
    if (link && /^https?:/.test(link.textContent.trim())) continue;
    let top = null;
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rects = range.getClientRects();
      if (!rects.length) continue;
      const t = rects[0].top;
      if (top !== null && t > top + rects[0].height / 2) {
        const before = text[i - 1] || ' ', here = text[i];
        if (!/[\\s\\-\\/\u2010-\u2014]/.test(before) && !/\\s/.test(here))
          found.push(p.localName + ': ' + JSON.stringify(text.slice(Math.max(0, i - 12), i)
                     + '|' + text.slice(i, i + 12)));
      }
      top = t;
    }
  }
  return found.slice(0, 10);
})()"""


def _screenshot(browser: Browser, session: str, path: Path, width: int) -> None:
    height = browser.evaluate(session, "document.documentElement.scrollHeight")
    browser.call("Emulation.setDeviceMetricsOverride", session, width=width,
                 height=min(int(height), 12000), deviceScaleFactor=1, mobile=width < 500)
    shot = browser.call("Page.captureScreenshot", session, format="png")
    import base64

    path.write_bytes(base64.b64decode(shot["data"]))


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", SITE_PAGES)
def test_site_page_fits_and_links_resolve(browser: Browser, site: Path, screenshots: Path,
                                          page: str, width: int) -> None:
    """Index, model and pair pages: local links resolve, nothing wider than the screen, no word
    cut in two; a screenshot of the whole page is kept for a human to look at."""
    from urllib.parse import unquote, urlsplit

    session = browser.open((site / page).as_uri(), width=width)
    assert browser.evaluate(session, "window.innerWidth") == width
    for href in browser.evaluate(session, _LINKS):
        parts = urlsplit(href)
        target = Path(unquote(parts.path))
        assert target.is_file(), f"{page}: {href} points nowhere"
        if parts.fragment:
            assert f'id="{parts.fragment}"' in target.read_text(encoding="utf-8"), href
    layout = browser.evaluate(session, _OVERFLOW)
    assert layout["scroll"] <= layout["width"], (page, width, layout)
    assert layout["over"] == [], (page, width, layout)
    assert layout["split"] == [], (page, width, layout)
    if width >= 1000 and page.startswith("pairs/"):  # the provenance table and every other fits
        assert layout["wide"] == [], (page, width, layout)
    assert browser.evaluate(session, _BROKEN_WORDS) == [], (page, width)
    shot = screenshots / f"{page.replace('/', '_').removesuffix('.html')}-{width}.png"
    _screenshot(browser, session, shot, width)
    assert shot.read_bytes().startswith(b"\x89PNG")
    print(f"screenshot: {shot}")  # noqa: T201 - shown with -s; CI lists the folder


def test_index_sorts_and_filters_with_its_script(browser: Browser, site: Path) -> None:
    """The index's one script sorts a column and filters rows (the page reads without it)."""
    session = browser.open((site / "index.html").as_uri(), width=1280)
    first = "document.querySelector('table.sortable tbody tr th').textContent"
    browser.evaluate(session, "document.querySelectorAll('table.sortable thead button')[3]"
                              ".click()")  # Context, ascending: the 2K window first
    assert browser.evaluate(session, first) == "Phi-2"
    browser.evaluate(session, "const f = document.querySelector('input.filter');"
                              "f.value = 'gemma'; f.dispatchEvent(new Event('input'))")
    shown = browser.evaluate(session, "[...document.querySelectorAll('table.sortable tbody tr')]"
                                      ".filter(r => !r.hidden).length")
    assert shown == 1
    assert not [e for e in browser.events if e.get("method") == "Runtime.exceptionThrown"]
