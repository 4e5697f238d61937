"""The CSV and the Parquet file of every table hold the same rows, value for value.

pandas reads the CSV with dtypes taken from the datapackage.json schema (JSON
arrays parsed, dates parsed, empty optional cells as missing); pyarrow reads
the Parquet file. Both must list the rows in the same order, sorted by the
primary key, as the writers promise.
"""

from __future__ import annotations

import csv
import datetime as dt
import json

import pandas as pd
import pyarrow.parquet as pq

from descriptor import Field, Table

MAX_SHOWN = 5


def read_csv(table: Table) -> pd.DataFrame:
    """Reads a table's CSV as a user would, with dtypes derived from its schema."""
    dtype = {f.name: "Int64" if f.type == "integer" else "string"
             for f in table.fields if f.type != "array"}
    df = pd.read_csv(
        table.csv_path,
        encoding="utf-8",
        dtype=dtype,
        converters={f.name: parse_array for f in table.fields if f.type == "array"},
        keep_default_na=False,
        # An empty cell is NULL in an optional column; in a required string
        # column it stays "" so that the comparison shows it.
        na_values={f.name: [""] for f in table.fields if f.type != "array" and not f.required},
    )
    for f in table.fields:
        if f.type == "date":
            df[f.name] = pd.to_datetime(df[f.name], format="%Y-%m-%d").dt.date
    return df


def parse_array(cell: str):
    """Parses a CSV cell holding a JSON array of strings; anything else comes back marked so it shows."""
    try:
        v = json.loads(cell)
    except ValueError:
        return ("not JSON", cell)
    return v if isinstance(v, list) else ("not a JSON array", cell)


def python_value(field: Field, v):
    """Normalises a value pandas or pyarrow returned to plain Python: None, str, int, date or list."""
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
        return None
    if field.type == "integer":
        return int(v)
    if field.type == "array":
        return list(v) if isinstance(v, list) else v
    if field.type == "date":
        return v if isinstance(v, dt.date) else ("not a date", v)
    return str(v)


def test_csv_header_is_the_schema_fields(table: Table) -> None:
    with open(table.csv_path, encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == [f.name for f in table.fields], (
        f"{table.csv_path}: header {header}, datapackage.json fields {[f.name for f in table.fields]}")


def test_csv_and_parquet_agree(table: Table) -> None:
    from_csv = read_csv(table)
    from_parquet = pq.read_table(table.parquet_path).to_pylist()
    assert len(from_csv) == len(from_parquet), (
        f"{table.name}: {len(from_csv)} rows in {table.csv_path}, {len(from_parquet)} in {table.parquet_path}")
    problems = []
    for f in table.fields:
        csv_values = [python_value(f, v) for v in from_csv[f.name].tolist()]
        for i, (c, p) in enumerate(zip(csv_values, (python_value(f, r[f.name]) for r in from_parquet))):
            if c != p:
                key = {k: from_parquet[i][k] for k in table.primary_key}
                problems.append(f"row {i + 1} {key}: {f.name}: CSV {c!r}, Parquet {p!r}")
    shown = problems[:MAX_SHOWN]
    more = f"\n  (and {len(problems) - MAX_SHOWN} more)" if len(problems) > MAX_SHOWN else ""
    assert not problems, f"{table.name}: CSV and Parquet differ:\n  " + "\n  ".join(shown) + more


def test_rows_sorted_by_primary_key(table: Table) -> None:
    assert table.primary_key, f"{table.name}: datapackage.json declares no primaryKey"
    rows = pq.read_table(table.parquet_path, columns=list(table.primary_key)).to_pylist()
    keys = [tuple("" if r[k] is None else r[k] for k in table.primary_key) for r in rows]
    # Python orders str by code point, which is the byte order of UTF-8 that Go's sort uses.
    unsorted = [(i + 1, keys[i], keys[i + 1]) for i in range(len(keys) - 1) if keys[i] > keys[i + 1]]
    assert not unsorted, (
        f"{table.parquet_path}: rows not sorted by {list(table.primary_key)}; first at row "
        f"{unsorted[0][0]}: {unsorted[0][1]} before {unsorted[0][2]}")
