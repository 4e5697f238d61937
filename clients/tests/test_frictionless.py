"""out/datapackage.json is a valid Frictionless Data Package and its CSV tables pass it.

frictionless checks the descriptor, every CSV table against its schema (types,
required, enums, primary keys) and the foreign keys between them. The Parquet
resources are plain files to it; their content is checked by
test_parquet_types.py and test_csv_matches_parquet.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import frictionless
import pytest

MAX_SHOWN = 20

# frictionless 5 treats a resource with "format": "parquet" and no "type" as a
# table, tries to read it through its pandas plugin and crashes ("The truth
# value of an empty array is ambiguous"). Declared "type": "file", it checks
# the file's bytes and hash and validates.
PARQUET_FIX = 'the writer should declare every Parquet resource with "type": "file"'


def problems(report: frictionless.Report) -> list[str]:
    """Lists every error of a frictionless report, one line each."""
    lines = [f"package: {e.type}: {e.note}" for e in report.errors]
    for task in report.tasks:
        for e in (err.to_descriptor() for err in task.errors):
            lines.append(f"{task.name}: row {e.get('rowNumber')} field {e.get('fieldName')}: "
                         f"{e.get('type')}: {e.get('note')}")
    return lines


def check(report: frictionless.Report, what: str) -> None:
    """Fails with the report's errors unless it is valid."""
    lines = problems(report)
    shown = "\n  ".join(lines[:MAX_SHOWN])
    assert report.valid, f"frictionless validate {what}: {len(lines)} errors:\n  {shown}"


def test_csv_tables_are_valid(out: Path) -> None:
    # The package's CSV resources alone: the tables, their schemas and foreign
    # keys. This holds whatever frictionless makes of the Parquet resources.
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"] = [r for r in package["resources"] if r.get("format") != "parquet"]
    report = frictionless.Package.from_descriptor(package, basepath=str(out)).validate()
    check(report, f"{out / 'datapackage.json'} (CSV resources only)")


def test_package_is_valid(out: Path) -> None:
    path = out / "datapackage.json"
    untyped = [r["name"] for r in json.loads(path.read_text(encoding="utf-8"))["resources"]
               if r.get("format") == "parquet" and r.get("type") != "file"]
    assert not untyped, f"{path}: Parquet resources {untyped} need \"type\": \"file\"; {PARQUET_FIX}"
    try:
        report = frictionless.validate(str(path))
    except Exception as err:  # frictionless crashes rather than reporting on some descriptors
        raise AssertionError(f"frictionless validate {path}: crashed: {err!r}") from err
    check(report, str(path))


def test_every_table_file_is_described(out: Path, tables: dict) -> None:
    described = {t.csv_path.resolve() for t in tables.values()} | {t.parquet_path.resolve() for t in tables.values()}
    files = sorted(p for pattern in ("csv/*.csv", "parquet/*.parquet") for p in out.glob(pattern))
    stray = [str(p.relative_to(out)) for p in files if p.resolve() not in described]
    missing = sorted(str(p) for p in described if not p.exists())
    assert not stray, f"{out}: files no datapackage.json resource describes: {stray}"
    assert not missing, f"{out / 'datapackage.json'}: resources whose files are missing: {missing}"
