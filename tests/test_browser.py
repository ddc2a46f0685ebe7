"""The HTML page in a real browser: headless Chromium renders it; we read what a reader sees.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: JSON
messages on file descriptors 3 and 4, standard library only). The test reads the rendered page's
``innerText`` (text as laid out, hidden elements excluded), the elements the browser built and
any JavaScript dialog, so it checks what is displayed, not the source.

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

    def open(self, url: str) -> str:
        """Open ``url`` in a new page, wait until it has loaded; return the page's session."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session: str = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        self.call("Page.enable", session)
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
            "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "style"}


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
