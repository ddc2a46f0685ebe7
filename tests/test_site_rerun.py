"""A site rerun into the same folder removes its own earlier pages, and only those (API review
15, A11).

A second ``site`` run with fewer models left the first run's pages (old prices, old date), linked
from nowhere, for a deploy step to publish. The site now lists its files in ``manifest.txt``; a
rerun removes the pages the earlier manifest lists that it does not write, and never a file no
manifest lists.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from phicompare import write_site
from phicompare.site import MANIFEST_FILE


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_rerun_removes_the_earlier_runs_pages_only(tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = write_site(site, models=["phi-2", "phi-4-mini", "gemma-2-2b"],
                       base_url="https://example.com/")
    assert files(site) == sorted([*first.pages, "sitemap.xml", MANIFEST_FILE])
    (site / "models" / "mine.html").write_text("my own page\n", encoding="utf-8")
    (site / "notes.txt").write_text("mine\n", encoding="utf-8")
    second = write_site(site, models=["phi-2", "phi-4-mini"])
    assert files(site) == sorted([*second.pages, MANIFEST_FILE, "models/mine.html",
                                  "notes.txt"])
    assert second.removed == ("models/gemma-2-2b.html",
                              "pairs/gemma-2-2b--vs--phi-2.html",
                              "pairs/gemma-2-2b--vs--phi-4-mini.html", "sitemap.xml")
    assert (site / MANIFEST_FILE).read_text(encoding="utf-8").splitlines() == sorted(
        second.pages)


@pytest.mark.parametrize("planted", ["../outside.html", "/etc/hostname", "notes.txt",
                                     "models/../../outside.html", "models/.hidden.html"])
def test_a_manifest_line_that_is_no_site_page_is_never_removed(tmp_path: Path,
                                                                planted: str) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "outside.html").write_text("keep\n", encoding="utf-8")
    (site / "notes.txt").write_text("keep\n", encoding="utf-8")
    (site / MANIFEST_FILE).write_text(f"{planted}\n", encoding="utf-8")
    result = write_site(site, models=["phi-2", "phi-4-mini"])
    assert result.removed == ()
    assert (tmp_path / "outside.html").exists()
    assert (site / "notes.txt").exists()


def test_the_cli_says_what_it_removed(tmp_path: Path) -> None:
    import io

    from phicompare.cli.main import main

    site = str(tmp_path / "site")
    assert main(["site", "--out", site, "--models", "phi-2,phi-4-mini,gemma-2-2b",
                 "--no-progress"], out=io.StringIO()) == 0
    out = io.StringIO()
    assert main(["site", "--out", site, "--models", "phi-2,phi-4-mini", "--no-progress"],
                out=out) == 0
    assert "three pages of an earlier run removed" in out.getvalue()
