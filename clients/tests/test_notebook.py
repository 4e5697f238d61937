"""examples/quickstart.ipynb runs against the built dataset and draws its plot.

The committed notebook carries no outputs and is in nbformat's canonical JSON,
so that its diffs show only changes to its cells.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from descriptor import REPO

sys.path.insert(0, str(REPO / "clients"))
import execute_notebook  # noqa: E402  (lives beside tests/, not in a package)

NOTEBOOK = REPO / "examples" / "quickstart.ipynb"
FIX = f"run `python clients/execute_notebook.py --clear {NOTEBOOK.relative_to(REPO)}`"


def test_notebook_runs_and_draws(out: Path) -> None:
    nb = execute_notebook.execute(NOTEBOOK, out)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors, f"{NOTEBOOK}: cells raised: {[e.ename + ': ' + e.evalue for e in errors]}"
    assert execute_notebook.images(nb) >= 1, f"{NOTEBOOK}: ran without drawing an image (image/png output)"


def test_committed_notebook_is_clear_and_canonical() -> None:
    text = NOTEBOOK.read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    nbformat.validate(nb)
    dirty = [c.get("id") for c in nb.cells if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, f"{NOTEBOOK}: cells {dirty} have outputs or execution counts; {FIX}"
    assert text == execute_notebook.canonical(nb), f"{NOTEBOOK}: not in canonical JSON form; {FIX}"
