"""Every Parquet table reads with real types in pyarrow, pandas, polars and DuckDB.

What a column should be comes from its datapackage.json field: string (ids,
names, enums), integer (32 or 64 bits, the same width in every reader), date
(Parquet DATE) or array (list of strings). Each test collects every problem in
the table before failing, so one run shows all of them.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from descriptor import Field, Table, sql_ident


def arrow_type_problem(field: Field, typ: pa.DataType) -> str | None:
    """Says what is wrong with typ as the Arrow type of field, or None."""
    if field.type == "string":
        if pa.types.is_dictionary(typ):
            typ = typ.value_type
        ok = pa.types.is_string(typ) or pa.types.is_large_string(typ) or pa.types.is_string_view(typ)
        want = "string or dictionary<string>"
    elif field.type == "integer":
        ok = pa.types.is_int32(typ) or pa.types.is_int64(typ)
        want = "int32 or int64"
    elif field.type == "date":
        ok, want = pa.types.is_date32(typ), "date32[day] (Parquet DATE)"
    elif field.type == "array":
        ok = (pa.types.is_list(typ) or pa.types.is_large_list(typ)) and (
            pa.types.is_string(typ.value_type) or pa.types.is_large_string(typ.value_type))
        want = "list<string>"
    else:
        ok, want = False, f"a type for datapackage type {field.type!r} (the tests know string|integer|date|array)"
    return None if ok else f"{want}, got {typ}"


def int_bits(table: Table) -> dict[str, int]:
    """Returns the width in bits of every integer column as pyarrow reads it."""
    schema = pq.read_schema(table.parquet_path)
    return {f.name: schema.field(f.name).type.bit_width for f in table.fields
            if f.type == "integer" and pa.types.is_integer(schema.field(f.name).type)}


def enum_problem(field: Field, values) -> str | None:
    """Says which values of an enum column are not declared, or None."""
    if field.enum is None:
        return None
    extra = sorted({v for v in values if v is not None} - set(field.enum))
    return f"values not in the declared enum {list(field.enum)}: {extra}" if extra else None


def report(table: Table, reader: str, problems: list[str]) -> None:
    """Fails with every problem found, one per line, or returns."""
    assert not problems, f"{table.parquet_path} read with {reader}:\n  " + "\n  ".join(problems)


def test_parquet_columns_are_the_schema_fields(table: Table) -> None:
    names = pq.read_schema(table.parquet_path).names
    assert names == [f.name for f in table.fields], (
        f"{table.parquet_path}: columns {names}, datapackage.json fields {[f.name for f in table.fields]}")


def test_pyarrow_types(table: Table) -> None:
    t = pq.read_table(table.parquet_path)
    problems = []
    for f in table.fields:
        col, decl = t.column(f.name), t.schema.field(f.name)
        for p in (arrow_type_problem(f, col.type), enum_problem(f, col.to_pylist())):
            if p:
                problems.append(f"{f.name}: {p}")
        if f.required and col.null_count:
            problems.append(f"{f.name}: required but {col.null_count} NULLs")
        if f.required and decl.nullable:
            problems.append(f"{f.name}: required in datapackage.json but OPTIONAL in the Parquet schema")
    report(table, "pyarrow", problems)


def pandas_problem(field: Field, s: pd.Series, bits: int | None) -> str | None:
    """Says what is wrong with a column pandas read with dtype_backend numpy_nullable, or None."""
    d, values = s.dtype, s.dropna()
    if field.type == "string":
        ok = isinstance(d, pd.StringDtype) or (
            isinstance(d, pd.CategoricalDtype) and all(isinstance(v, str) for v in d.categories))
        want = "string or category of strings"
    elif field.type == "integer":
        want = f"Int{bits}"
        ok = str(d) == want
    elif field.type == "date":
        ok = pd.api.types.is_datetime64_dtype(d) or (
            d == object and all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in values))
        want = "datetime64 or datetime.date objects"
    elif field.type == "array":
        ok = d == object and all(
            isinstance(v, (list, np.ndarray)) and all(isinstance(x, str) for x in v) for v in values)
        want = "lists of str"
    else:
        return f"unknown datapackage type {field.type!r}"
    return None if ok else f"{want}, got {d} (first value {values.iloc[0] if len(values) else None!r})"


@pytest.mark.parametrize("backend", ["numpy_nullable", "pyarrow"])
def test_pandas_types(table: Table, backend: str) -> None:
    df = pd.read_parquet(table.parquet_path, engine="pyarrow", dtype_backend=backend)
    bits, problems = int_bits(table), []
    for f in table.fields:
        s = df[f.name]
        if backend == "pyarrow":
            p = arrow_type_problem(f, s.dtype.pyarrow_dtype) if isinstance(s.dtype, pd.ArrowDtype) else (
                f"ArrowDtype, got {s.dtype}")
        else:
            p = pandas_problem(f, s, bits.get(f.name))
        if p:
            problems.append(f"{f.name}: {p}")
        if f.required and s.isna().any():
            problems.append(f"{f.name}: required but {int(s.isna().sum())} missing values")
    report(table, f"pandas (dtype_backend={backend})", problems)


def polars_want(field: Field, bits: int | None) -> tuple[tuple, str]:
    """Returns the polars dtypes accepted for field, and how to name them."""
    return {
        "string": ((pl.String, pl.Categorical, pl.Enum), "String, Categorical or Enum"),
        "integer": ((pl.Int32,) if bits == 32 else (pl.Int64,), f"Int{bits}"),
        "date": ((pl.Date,), "Date"),
        "array": ((pl.List(pl.String),), "List(String)"),
    }.get(field.type, ((), f"a dtype for datapackage type {field.type!r}"))


def test_polars_types(table: Table) -> None:
    df = pl.read_parquet(table.parquet_path)
    bits, problems = int_bits(table), []
    for f in table.fields:
        s = df.get_column(f.name)
        accepted, want = polars_want(f, bits.get(f.name))
        if not any(s.dtype == a for a in accepted):
            problems.append(f"{f.name}: {want}, got {s.dtype}")
        if f.enum is not None:
            p = enum_problem(f, s.cast(pl.String).to_list())
            if p:
                problems.append(f"{f.name}: {p}")
        if f.required and s.null_count():
            problems.append(f"{f.name}: required but {s.null_count()} NULLs")
    report(table, "polars", problems)


def duckdb_want(field: Field, bits: int | None) -> str:
    """Returns the DuckDB type name expected for field."""
    return {"string": "VARCHAR", "integer": "INTEGER" if bits == 32 else "BIGINT",
            "date": "DATE", "array": "VARCHAR[]"}.get(field.type, f"<type for {field.type!r}>")


def test_duckdb_types(table: Table, duck: duckdb.DuckDBPyConnection) -> None:
    rows = duck.execute(f"DESCRIBE SELECT * FROM {sql_ident(table.name)}").fetchall()
    got = {r[0]: r[1] for r in rows}
    bits, problems = int_bits(table), []
    for f in table.fields:
        want, typ = duckdb_want(f, bits.get(f.name)), got.get(f.name)
        if typ != want and not (f.type == "string" and str(typ).startswith("ENUM(")):
            problems.append(f"{f.name}: {want}, got {typ}")
        if f.enum is not None:
            col = sql_ident(f.name)
            values = [r[0] for r in duck.execute(
                f"SELECT DISTINCT CAST({col} AS VARCHAR) FROM {sql_ident(table.name)}").fetchall()]
            p = enum_problem(f, values)
            if p:
                problems.append(f"{f.name}: {p}")
    report(table, "DuckDB", problems)
