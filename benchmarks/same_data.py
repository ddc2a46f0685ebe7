"""A folder of catalog files that an older checkout loads too: the models.dev sample, written out.

    python benchmarks/same_data.py ../same-models-dev          # 60 models spread over the import
    python benchmarks/same_data.py ../same-models-dev 120

``benchmarks/run.py pages --same-data FOLDER`` renders every pair of a folder's catalog in both
checkouts. The bundled data of two checkouts differ, and so do their importers (a newer one
merges resellers' spellings of a model), so the bundled and models.dev figures compare data as
much as code. This script imports the models.dev snapshot with this checkout, takes the same
spread sample as ``first_seen.py``, and writes those models, their providers and their
benchmarks in the catalog format (``tools/bundle_catalog.catalog_toml``). It leaves out the one
key 727ac32's format lacks (a price tier's ``cache_read``), so that both load the same figures.
For 727ac32's own curated data, give its ``src/phicompare/data`` folder instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tools")]

from bundle_catalog import catalog_toml  # noqa: E402
from first_seen import spread  # noqa: E402

from phicompare.importers import from_models_dev  # noqa: E402

SNAPSHOT = HERE.parent.parent / "shared" / "data" / "models.dev"
_OLDER_FORMAT_LACKS = ("[[models.routes.tiers]]", "cache_read = ")
"""A key the older checkout rejects: the section it sits in, and how its line starts."""


def older_format(text: str) -> str:
    """``text`` without the keys the older catalog format lacks (a tier's ``cache_read``).

    Examples:
        >>> older_format("[[models.routes.tiers]]\\ncache_read = 0.5\\nbelow = 200000\\n")
        '[[models.routes.tiers]]\\nbelow = 200000\\n'
    """
    section, kept = "", []
    for line in text.split("\n"):
        if line.startswith("["):
            section = line
        if section == _OLDER_FORMAT_LACKS[0] and line.startswith(_OLDER_FORMAT_LACKS[1]):
            continue
        kept.append(line)
    return "\n".join(kept)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0])
    count = int(argv[1]) if len(argv) > 1 else 60
    catalog = from_models_dev(str(SNAPSHOT))
    models = [catalog.model(model_id) for model_id in spread([m.id for m in catalog], count)]
    providers = {route.provider for m in models for route in m.routes}
    benchmarks = {score.benchmark for m in models for score in m.scores}
    out.mkdir(parents=True, exist_ok=True)
    (out / "providers.toml").write_text(
        catalog_toml("providers", [p for p in catalog.providers if p.id in providers]))
    (out / "benchmarks.toml").write_text(
        catalog_toml("benchmarks", [b for b in catalog.benchmarks if b.id in benchmarks]))
    (out / "models.toml").write_text(older_format(catalog_toml("models", models)))
    print(f"wrote {len(models)} models, {len(providers)} providers and {len(benchmarks)} "
          f"benchmarks to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
