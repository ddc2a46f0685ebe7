"""Execute notebooks top to bottom and fail on the first error (what CI does with examples/).

``python examples/run_notebook.py [NOTEBOOK ...]`` runs the notebooks given, or every ``*.ipynb``
beside this script. Needs ``nbclient``, ``nbformat`` and ``ipykernel`` (CI installs them); the
kernel is this Python, so the notebook imports the phicompare installed here.
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).parent


def run(path: Path) -> int:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    errors = [out for cell in cells for out in cell.get("outputs", [])
              if out.get("output_type") == "error"]
    if errors:
        raise SystemExit(f"{path}: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    return len(cells)


if __name__ == "__main__":
    paths = [Path(arg) for arg in sys.argv[1:]] or sorted(HERE.glob("*.ipynb"))
    for path in paths:
        print(f"{path}: {run(path)} code cells ran")
