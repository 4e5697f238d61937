"""Runs an example notebook against a built dataset, or clears it for committing.

    python clients/execute_notebook.py [--out OUT] [--save PATH] examples/quickstart.ipynb
    python clients/execute_notebook.py --clear examples/quickstart.ipynb

Running executes every cell with nbclient in a fresh kernel whose working
directory is the notebook's folder and whose UNCYBER_OUT is the dataset folder
(--out, else $UNCYBER_OUT, else out), then prints how many cells ran and how
many images they drew. A cell that raises makes the run fail with the cell and
the traceback.

Clearing removes outputs and execution counts and writes the notebook in
nbformat's canonical JSON (sorted keys, one-space indent), so the committed
file changes only when its cells do.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbclient
import nbformat

TIMEOUT_SECONDS = 300


def execute(notebook: Path, out: Path, timeout: int = TIMEOUT_SECONDS) -> nbformat.NotebookNode:
    """Executes notebook against the dataset in out and returns it with its outputs."""
    nb = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(notebook.resolve().parent)}},
    )
    env = dict(os.environ, UNCYBER_OUT=str(out.resolve()))
    # The inline backend draws figures as image/png outputs; a backend chosen
    # in the caller's environment (MPLBACKEND=Agg in CI) would draw nothing.
    env.pop("MPLBACKEND", None)
    client.execute(env=env)
    return nb


def images(nb: nbformat.NotebookNode) -> int:
    """Counts the PNG images among the notebook's outputs."""
    return sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))


def cleared(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Returns nb without outputs, execution counts or per-run cell metadata."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
    return nb


def canonical(nb: nbformat.NotebookNode) -> str:
    """Returns the notebook as the committed file must read: nbformat's JSON and a final newline."""
    return nbformat.writes(nb) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("UNCYBER_OUT", "out")),
                        help="the built dataset (default $UNCYBER_OUT or out)")
    parser.add_argument("--save", type=Path, help="also write the executed notebook here")
    parser.add_argument("--clear", action="store_true", help="clear outputs in place instead of running")
    args = parser.parse_args(argv)
    if args.clear:
        nb = cleared(nbformat.read(args.notebook, as_version=4))
        nbformat.validate(nb)
        args.notebook.write_text(canonical(nb), encoding="utf-8")
        return 0
    if not (args.out / "datapackage.json").exists():
        print(f"{args.out / 'datapackage.json'}: not found; build the dataset with `make dataset` "
              "or pass --out", file=sys.stderr)
        return 1
    try:
        nb = execute(args.notebook, args.out)
    except nbclient.exceptions.CellExecutionError as err:
        print(f"{args.notebook}: executing: {err}", file=sys.stderr)
        return 1
    if args.save:
        args.save.write_text(canonical(nb), encoding="utf-8")
    code = sum(c.cell_type == "code" for c in nb.cells)
    print(f"{args.notebook}: {code} code cells ran against {args.out}, {images(nb)} images drawn")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
