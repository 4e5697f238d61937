"""out/datapackage.json is a valid Frictionless Data Package and its CSV tables pass it.

frictionless checks the descriptor, every CSV table against its schema (types,
required, enums, primary keys) and the foreign keys between them. The Parquet
resources are plain files to it ("type": "file", "format": "parquet"); their
content is checked by test_parquet_types.py and test_csv_matches_parquet.py.
"""

from __future__ import annotations

from pathlib import Path

import frictionless

MAX_SHOWN = 20


def test_package_is_valid(out: Path) -> None:
    report = frictionless.validate(str(out / "datapackage.json"))
    errors = [
        f"{task.name}: row {e.get('rowNumber')} field {e.get('fieldName')}: {e.get('type')}: {e.get('note')}"
        for task in report.tasks for e in (err.to_descriptor() for err in task.errors)
    ] + [f"package: {err.type}: {err.note}" for err in report.errors]
    shown = "\n  ".join(errors[:MAX_SHOWN])
    assert report.valid, f"frictionless validate {out / 'datapackage.json'}: {len(errors)} errors:\n  {shown}"


def test_every_table_file_is_described(out: Path, tables: dict) -> None:
    described = {t.csv_path.resolve() for t in tables.values()} | {t.parquet_path.resolve() for t in tables.values()}
    files = sorted(p for pattern in ("csv/*.csv", "parquet/*.parquet") for p in out.glob(pattern))
    stray = [str(p.relative_to(out)) for p in files if p.resolve() not in described]
    missing = sorted(str(p) for p in described if not p.exists())
    assert not stray, f"{out}: files no datapackage.json resource describes: {stray}"
    assert not missing, f"{out / 'datapackage.json'}: resources whose files are missing: {missing}"
