"""The static site: which pages there are, that every local link resolves, filters, the sitemap."""

from __future__ import annotations

import html.parser
import io
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import phicompare.site as site_module
from phicompare import UnknownModelError, default_catalog, load_catalog
from phicompare.batch import PairResult, compare_all
from phicompare.cli import main as cli_main
from phicompare.exceptions import ComparisonError
from phicompare.site import model_file, pair_file, write_site

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"
PHI = ("phi-2", "phi-4-mini", "phi-3-mini-4k", "phi-3-mini-128k")


class Links(html.parser.HTMLParser):
    """Every href and every id of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.hrefs.append(found["href"] or "")
        if found.get("id"):
            self.ids.add(found["id"] or "")


def links_of(path: Path) -> Links:
    parsed = Links()
    parsed.feed(path.read_text(encoding="utf-8"))
    return parsed


def broken_links(folder: Path) -> list[str]:
    """Local links (relative files and #anchors) that point nowhere, as 'page -> href'."""
    broken = []
    for page in sorted(folder.rglob("*.html")):
        parsed = links_of(page)
        for href in parsed.hrefs:
            if re.match(r"https?://", href):
                continue
            target, _, anchor = href.partition("#")
            file = (page.parent / target).resolve() if target else page
            if not file.is_file():
                broken.append(f"{page.relative_to(folder)} -> {href}")
            elif anchor and anchor not in links_of(file).ids:
                broken.append(f"{page.relative_to(folder)} -> {href} (no such anchor)")
    return broken


@pytest.fixture(scope="module")
def phi_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    write_site(folder, models=PHI, base_url="https://example.com/llms/")
    return folder


def test_site_has_an_index_a_page_per_model_and_per_pair(phi_site: Path) -> None:
    assert (phi_site / "index.html").is_file()
    assert sorted(p.name for p in (phi_site / "models").iterdir()) == sorted(
        f"{m}.html" for m in PHI)
    assert len(list((phi_site / "pairs").iterdir())) == 6  # every pair of four models
    assert not list(phi_site.rglob(".*.tmp"))


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_every_local_link_resolves(phi_site: Path) -> None:
    assert broken_links(phi_site) == []


def test_related_comparisons_link_to_pages_the_site_has(phi_site: Path) -> None:
    page = (phi_site / pair_file("phi-2", "phi-4-mini")).read_text(encoding="utf-8")
    related = page.split('id="related"', 1)[1].split("</section>", 1)[0]
    # phi-2 vs phi-3-mini-128k is in the site: a link; phi-2 vs gemma-2-2b is not: plain text
    assert '<a href="phi-2--vs--phi-3-mini-128k.html">Phi-2 vs Phi-3 Mini 128K' in related
    assert "<li>Phi-2 vs Gemma 2 2B (similar size, another family).</li>" in related
    assert '<a href="../index.html">All models</a>' in page
    assert '<a href="../models/phi-4-mini.html">Phi-4 Mini</a>' in page


def test_index_lists_every_model_readable_without_script(phi_site: Path) -> None:
    index = (phi_site / "index.html").read_text(encoding="utf-8")
    body = index.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert "<p>Four models and six comparison pages. " in index
    assert body.count("<tr>") == len(PHI)
    for model in PHI:
        assert f'href="{model_file(model)}"' in body
    assert "$105.00" in body  # phi-2's bill at the default traffic
    assert 'data-sort="2048"' in body  # context windows sort as numbers
    csp = re.search(r'Content-Security-Policy" content="([^"]*)"', index)
    assert csp is not None
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", csp.group(1))


def test_model_page_links_its_comparisons(phi_site: Path) -> None:
    page = (phi_site / model_file("phi-2")).read_text(encoding="utf-8")
    assert page.count('href="../pairs/') == 3
    assert "<h1>Phi-2 (phi-2)</h1>" in page


def test_sitemap_lists_every_page(phi_site: Path) -> None:
    sitemap = (phi_site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]*)</loc>", sitemap)
    pages = sorted(p.relative_to(phi_site).as_posix() for p in phi_site.rglob("*.html"))
    assert sorted(locs) == sorted(f"https://example.com/llms/{p}" for p in pages)
    assert locs[0] == "https://example.com/llms/index.html"


def test_pairs_choose_the_pages(tmp_path: Path) -> None:
    result = write_site(tmp_path, pairs=[("phi-2", "Phi-4-mini-instruct"),
                                         ("phi-4-mini", "phi-2"), ("phi-2", "gemma-2-2b")])
    assert result.pages[:2] == (pair_file("phi-2", "phi-4-mini"), pair_file("phi-2", "gemma-2-2b"))
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == [
        "gemma-2-2b.html", "phi-2.html", "phi-4-mini.html"]
    assert not (tmp_path / "sitemap.xml").exists()
    assert not result.sitemap
    assert broken_links(tmp_path) == []


def test_bad_arguments_fail_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ComparisonError, match="not an http"):
        write_site(tmp_path / "a", base_url="javascript:alert(1)")
    with pytest.raises(UnknownModelError):
        write_site(tmp_path / "b", pairs=[("phi-2", "no-such-model")])
    with pytest.raises(ComparisonError, match="itself"):
        write_site(tmp_path / "c", pairs=[("phi-2", "phi-2")])
    with pytest.raises(UnknownModelError):
        write_site(tmp_path / "d", models=["nope"])
    assert not list(tmp_path.iterdir())


def test_a_failing_pair_is_reported_and_the_rest_written(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    real = compare_all

    def flaky(catalog: Any, pairs: Any, **options: Any) -> Iterator[PairResult]:
        for result in real(catalog, pairs, **options):
            if (result.a, result.b) == ("phi-2", "phi-4-mini"):
                yield PairResult(a=result.a, b=result.b, error="boom")
            else:
                yield result

    monkeypatch.setattr(site_module, "compare_all", flaky)
    seen: list[tuple[int, int]] = []
    result = write_site(tmp_path, models=["phi-2", "phi-4-mini", "gemma-2-2b"],
                        progress=lambda done, total: seen.append((done, total)))
    assert result.failed == (("phi-2", "phi-4-mini", "boom"),)
    assert not (tmp_path / pair_file("phi-2", "phi-4-mini")).exists()
    assert seen[-1] == (len(result.pages) + 1, len(result.pages) + 1)
    assert broken_links(tmp_path) == []  # no page links the missing pair


def test_hostile_ids_get_safe_file_names(tmp_path: Path) -> None:
    catalog = load_catalog(HOSTILE)
    result = write_site(tmp_path, catalog)
    assert not result.failed
    for page in result.pages:
        assert re.fullmatch(r"(models/|pairs/)?[a-z0-9._-]+\.html", page), page
    assert broken_links(tmp_path) == []
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in index
    assert "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;" in index


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = cli_main.main(list(argv), out=out)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, captured.err


def test_cli_site_writes_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("site", "--out", str(tmp_path), "--models", "phi-2, phi-4-mini",
                         "--base-url", "https://example.com", capsys=capsys)
    assert code == 0
    assert out.startswith("four pages and sitemap.xml written to ")
    assert err == "phicompare: 4 of 4 pages\n"  # stderr is not a terminal: plain lines
    assert (tmp_path / pair_file("phi-2", "phi-4-mini")).is_file()


def test_cli_site_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ai21 = [m.id for m in default_catalog() if m.vendor == "AI21 Labs"]
    code, out, err = run("site", "--out", str(tmp_path / "a"), "--vendor", "ai21 LABS",
                         "--no-progress", capsys=capsys)
    assert (code, err) == (0, "")
    assert sorted(p.name for p in (tmp_path / "a" / "models").iterdir()) == sorted(
        model_file(m).split("/")[-1] for m in ai21)
    code, out, _ = run("site", "--out", str(tmp_path / "b"), "--vendor", "ai21 labs",
                       "--models", f"{ai21[0]},phi-2", "--no-progress", capsys=capsys)
    assert code == 0
    assert [p.name for p in (tmp_path / "b" / "models").iterdir()] == [
        model_file(ai21[0]).split("/")[-1]]
    code, out, _ = run("site", "--out", str(tmp_path / "c"), "--pairs",
                       "phi-2:phi-4-mini", "--traffic", "10M:1M", "--as-of", "2026-11-20",
                       "--no-progress", capsys=capsys)
    assert code == 0
    assert "four pages" in out  # a pair, its two models, the index


@pytest.mark.parametrize(("args", "message"), [
    (("--pairs", "phi-2"), "--pairs: 'phi-2' is not A:B"),
    (("--vendor", "Nobody"), "--vendor: no model of Nobody"),
    (("--pairs", "phi-2:nope"), "nope"),
    (("--base-url", "ftp://x", "--models", "phi-2,phi-4-mini"), "not an http(s) URL"),
])
def test_cli_site_user_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           args: tuple[str, ...], message: str) -> None:
    code, _, err = run("site", "--out", str(tmp_path), *args, capsys=capsys)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1


def test_cli_site_lists_failures_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*_: Any, **__: Any) -> site_module.SiteResult:
        return site_module.SiteResult(pages=("index.html",), failed=(("a", "b", "boom"),))

    import phicompare.cli.site as cli_site

    monkeypatch.setattr(cli_site, "write_site", failing)
    code, out, _ = run("site", "--out", str(tmp_path), "--out", "\0x", capsys=capsys)
    assert code == 2
    code, out, _ = run("site", "--out", str(tmp_path), "--models", "phi-2,phi-4-mini",
                       capsys=capsys)
    assert code == 1
    assert "failed: a vs b: boom\n" in out
    assert out.rstrip().endswith("one pair failed")


def test_worker_processes_write_the_same_site(tmp_path: Path) -> None:
    """``--jobs 2`` compares and renders pair pages in two processes: the same files."""
    def build(folder: Path, *extra: str) -> dict[str, bytes]:
        out = io.StringIO()
        code = cli_main.main(["site", "--out", str(folder), "--no-progress", "--as-of",
                              "2026-11-25", "--models", "phi-2,phi-4-mini,gemma-2-2b,qwen2.5-3b",
                              "--route-policy", "cheapest", *extra], out=out)
        assert code == 0, out.getvalue()
        return {str(p.relative_to(folder)): p.read_bytes()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    one = build(tmp_path / "one")
    two = build(tmp_path / "two", "--jobs", "2", "--force-jobs")
    assert len(one) == 6 + 4 + 1 + 1  # six pairs, four models, the index, the manifest
    assert one == two


def test_the_index_quotes_the_prices_each_bill_applied() -> None:
    """At requests crossing a long-context tier, the index's price cells are the tier's (the
    bill's), not the route's base prices."""
    from phicompare import Traffic, estimate
    from phicompare.render.html import SiteLinks
    from phicompare.render.site import index_html

    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=1_000)
    cost = estimate("gemini-2.5-pro", traffic=traffic)
    assert cost.estimate.input_price is not None
    assert cost.route is not None
    assert cost.estimate.input_price != cost.route.input  # the tier applies
    links = SiteLinks("index.html", lambda a, b: None, lambda m: None)
    page = index_html([cost], links, pairs=0, labels={}, traffic_phrase="traffic")
    assert f'data-sort="{cost.estimate.input_price}">${cost.estimate.input_price:.2f}<' in page
    assert f'data-sort="{cost.estimate.output_price}"' in page
    assert f'data-sort="{cost.route.input}"' not in page


_SORT_HARNESS = r"""
function el(tag, attrs, text, cls) {
  return {tag, attrs: attrs || {}, textContent: text || '', hidden: false, children: [],
    classList: {contains: (c) => (cls || []).includes(c)},
    getAttribute(n) { return n in this.attrs ? this.attrs[n] : null; },
    setAttribute(n, v) { this.attrs[n] = v; }, removeAttribute(n) { delete this.attrs[n]; },
    appendChild(c) { this.children.push(c); if (this.onappend) this.onappend(c); },
    addEventListener(e, f) { this['on' + e] = f; }};
}
const data = JSON.parse(process.argv[2]);
const heads = [el('th', {}, 'Model'), el('th', {}, 'Monthly')];
const rows = data.map(([name, monthly]) => {
  const r = el('tr'); r.cells = [el('th', {'data-sort': name.toLowerCase()}, name),
                                 el('td', {'data-sort': monthly}, '$' + monthly, ['num'])];
  r.textContent = name; return r; });
const body = {rows: rows.slice(), appendChild(r) {
  this.rows.splice(this.rows.indexOf(r), 1); this.rows.push(r); }};
const table = {tBodies: [body], tHead: {rows: [{cells: heads}]},
               parentNode: {parentNode: {insertBefore() {}}}};
const buttons = [];
global.document = {querySelector: () => table,
  createElement: (tag) => { const e = el(tag); if (tag === 'button') buttons.push(e); return e; }};
eval(process.argv[1]);
const order = () => body.rows.map((r) => r.cells[0].textContent).join(',');
buttons[1].onclick(); const byMoney = order();
buttons[0].onclick(); const up = order();
buttons[0].onclick(); const down = order();
console.log(JSON.stringify([byMoney, up, down]));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_index_sorts_by_name_as_text_and_by_price_as_numbers() -> None:
    """Review 28, P3: the name's key was read as a number (NaN), so sorting kept the order."""
    from phicompare.render.site import INDEX_SCRIPT

    rows = [["Claude Opus 4.6", "10250"], ["GPT-5 Mini", "700"], ["Alpha 9", "7750"]]
    done = subprocess.run(["node", "-e", _SORT_HARNESS, INDEX_SCRIPT, json.dumps(rows)],
                          capture_output=True, text=True, check=True, timeout=60)
    by_money, up, down = json.loads(done.stdout)
    assert by_money == "GPT-5 Mini,Alpha 9,Claude Opus 4.6"  # ($700, $7,750, $10,250)
    assert up == "Alpha 9,Claude Opus 4.6,GPT-5 Mini"
    assert down == "GPT-5 Mini,Claude Opus 4.6,Alpha 9"
