"""Golden hashes of rendered pages: every bundled pair and 300 models.dev pairs, in every format.

    python benchmarks/golden.py            # print the hashes
    python benchmarks/golden.py FILE       # compare with hashes saved in FILE (write if missing)

A performance change must leave every hash as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import sys
from pathlib import Path

from phicompare import compare, default_catalog

AS_OF = dt.date(2026, 11, 25)
MODELS_DEV = Path("/work/shared/data/models.dev")
CURATED = {p.stem for p in (Path(__file__).resolve().parent.parent / "src/phicompare/data/models")
           .glob("*.toml")}


def digest(pages: list[str]) -> str:
    h = hashlib.sha256()
    for page in pages:
        h.update(page.encode())
        h.update(b"\0")
    return h.hexdigest()


def render_all(catalog: object, pairs: list[tuple[str, str]], *, check: bool) -> dict[str, str]:
    out: dict[str, list[str]] = {"md": [], "html": [], "text": [], "json": [], "problems": []}
    for a, b in pairs:
        c = compare(a, b, catalog=catalog, as_of=AS_OF)  # type: ignore[arg-type]
        out["md"].append(c.to_markdown())
        out["html"].append(c.to_html())
        out["text"].append(c.to_text())
        out["json"].append(c.to_json())
        if check:
            problems = c.check()
            out["problems"] += [f"{a} vs {b}: {p}" for p in problems]
    if out["problems"]:
        print("\n".join(out["problems"][:20]), file=sys.stderr)
    return {k: digest(v) for k, v in out.items() if k != "problems"} | {
        "problems": str(len(out["problems"]))}


def main() -> int:
    hashes: dict[str, dict[str, str]] = {}
    bundled = default_catalog()
    ids = [m.id for m in bundled if m.id in CURATED]  # the curated layer: a fixed set
    hashes["bundled"] = render_all(bundled, list(itertools.combinations(ids, 2)), check=True)
    if MODELS_DEV.exists():
        from phicompare.importers import from_models_dev

        cat = from_models_dev(str(MODELS_DEV))
        dev_ids = [m.id for m in cat]
        pairs = list(itertools.islice(itertools.combinations(dev_ids[:40], 2), 300))
        pairs += [(dev_ids[k], dev_ids[-1 - k]) for k in range(0, 300, 7)]
        hashes["models.dev"] = render_all(cat, pairs, check=True)
    text = json.dumps(hashes, indent=1, sort_keys=True)
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
        if not path.exists():
            path.write_text(text)
            print(f"wrote {path}")
            return 0
        same = json.loads(path.read_text()) == hashes
        print("golden hashes: IDENTICAL" if same else "golden hashes: DIFFERENT")
        if not same:
            print(text)
        return 0 if same else 1
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
