"""Compare Phi-2 and Phi-4 Mini: read the facts, check the prose, write the page in every format.

Run it from anywhere: ``python examples/compare_phi.py [OUTPUT_FOLDER]``. It prints the terminal
rendering and writes ``phi-2-vs-phi-4-mini.{md,html,json,txt}`` (and a PNG of the plots when
matplotlib is installed) to OUTPUT_FOLDER, a temporary folder by default.
"""

import json
import sys
import tempfile
from pathlib import Path

from phicompare import Traffic, compare

# 10,000 requests a day of 1,500 input and 300 output tokens (they fit Phi-2's 2K context);
# prices blended 3:1, the convention of Artificial Analysis.
traffic = Traffic.from_requests(per_day=10_000, input_tokens=1_500, output_tokens=300)
c = compare("phi-2", "phi-4-mini", traffic=traffic, blend=(3, 1))

assert c.check() == [], c.check()  # every sentence agrees with the facts it quotes
for estimate in c.cost.estimates:
    name = estimate.model.name
    if estimate.monthly is None:
        print(f"{name}: no estimate ({estimate.reason})")
    else:
        print(f"{name}: ${estimate.monthly:,.2f} a month on {estimate.provider_name}")

print(c.to_text(width=80))

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
folder.mkdir(parents=True, exist_ok=True)
stem = folder / "phi-2-vs-phi-4-mini"
stem.with_suffix(".md").write_text(c.to_markdown(), encoding="utf-8")
stem.with_suffix(".html").write_text(c.to_html(), encoding="utf-8")
stem.with_suffix(".txt").write_text(c.to_text(width=100), encoding="utf-8")
stem.with_suffix(".json").write_text(c.to_json(), encoding="utf-8")
data = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
assert data["narrative"]["title"] == "Phi-2 vs Phi-4 Mini"

try:
    figure = c.plot_cost()
except ImportError:
    print("(no plots: pip install 'phicompare[plot]')")
else:
    figure.savefig(stem.with_name("cost.png"))
    c.plot_benchmarks().savefig(stem.with_name("benchmarks.png"))
print(f"wrote {folder}")
