"""Regenerate the generated examples inside the docs: `python docs/generate.py`.

Each generated block sits between `<!-- generated: NAME -->` and `<!-- end: NAME -->` markers;
tests/test_docs.py fails when a block is out of date, so the docs cannot drift from the code.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path

from phicompare import compare

DOCS = Path(__file__).parent
AS_OF = dt.date(2026, 12, 3)


def narrative_example() -> str:
    """Every section of the Phi-2 vs Phi-4 Mini narrative, as plain claims (no tables)."""
    c = compare("phi-2", "phi-4-mini", as_of=AS_OF)
    n = c.narrative
    out = [f"# {n.title}", ""]
    names = c.names

    def section(title: str, lines: list[str]) -> None:
        out.extend([f"## {title}", "", *lines, ""])

    section("Summary", [" ".join(cl.text for cl in n.summary)])
    section("At a glance", [f"- {cl.text}" for cl in n.at_a_glance])
    section("Decision scorecard", [f"- {row.label}: " + " | ".join(
        f"{name}: {cell}" for name, cell in zip(names, row.cells, strict=True))
        for row in n.scorecard])
    section("Tradeoffs", [f"- {cl.text}" for cl in n.tradeoffs])
    section("Cost at your traffic", [f"- {cl.text}" for cl in n.cost])
    for s, t, claims in n.friction_shared:
        section(f"Switch friction: {names[s]} and {names[t]}, either way",
                [f"- {cl.text}" for cl in claims])
    for s, t, claims in n.friction:
        section(f"Switch friction: from {names[s]} to {names[t]}",
                [f"- {cl.text}" for cl in claims])
    section("Deep dive", [" ".join(cl.text for cl in p) + "\n" for p in n.deep_dive])
    section("FAQ", [f"**{q.question}** " + " ".join(cl.text for cl in q.answer) + "\n"
                    for q in n.faq])
    section("Verdict", [f"- {cl.text}" for cl in n.verdict])
    section("Related", [f"- {cl.text}" for cl in n.related])
    section("Provenance", [f"- {cl.text}" for cl in n.provenance])
    return "\n".join(out).rstrip() + "\n"


BLOCKS: dict[str, tuple[str, Callable[[], str]]] = {
    "narrative-example": ("narrative.md", narrative_example),
}


def block(name: str) -> str:
    """The fresh text of block ``name``, fenced."""
    return "```markdown\n" + BLOCKS[name][1]() + "```\n"


def regenerate(check: bool = False) -> list[str]:
    """Rewrite every generated block; with ``check``, only list the stale ones."""
    stale = []
    for name, (file, _) in BLOCKS.items():
        path = DOCS / file
        text = path.read_text(encoding="utf-8")
        pattern = re.compile(rf"(<!-- generated: {name} -->\n).*?(<!-- end: {name} -->)", re.S)
        fresh = block(name)
        new = pattern.sub(lambda m, fresh=fresh: m.group(1) + fresh + m.group(2), text)
        if new != text:
            stale.append(f"{file}: {name}")
            if not check:
                path.write_text(new, encoding="utf-8")
    return stale


if __name__ == "__main__":
    changed = regenerate(check="--check" in sys.argv)
    print("\n".join(changed) or "docs up to date")  # noqa: T201
