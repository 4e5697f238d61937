"""In DuckDB, over the Parquet files, primary keys are unique and foreign keys resolve.

Keys come from datapackage.json. A NULL in a foreign-key column means "no
reference" and is allowed; a non-NULL value must exist in the referenced table.
"""

from __future__ import annotations

import duckdb

from descriptor import ForeignKey, Table, sql_ident

MAX_SHOWN = 5


def test_primary_key_unique_and_not_null(table: Table, duck: duckdb.DuckDBPyConnection) -> None:
    assert table.primary_key, f"{table.name}: datapackage.json declares no primaryKey"
    cols = ", ".join(sql_ident(k) for k in table.primary_key)
    t = sql_ident(table.name)
    nulls = duck.execute(
        f"SELECT count(*) FROM {t} WHERE " + " OR ".join(f"{sql_ident(k)} IS NULL" for k in table.primary_key)
    ).fetchone()[0]
    dupes = duck.execute(
        f"SELECT {cols}, count(*) AS n FROM {t} GROUP BY ALL HAVING n > 1 ORDER BY ALL LIMIT {MAX_SHOWN}"
    ).fetchall()
    assert nulls == 0, f"{table.parquet_path}: {nulls} rows with NULL in primary key {list(table.primary_key)}"
    assert not dupes, f"{table.parquet_path}: duplicate primary keys {list(table.primary_key)} (value…, count): {dupes}"


def test_foreign_key_resolves(foreign_key: ForeignKey, tables: dict[str, Table],
                              duck: duckdb.DuckDBPyConnection) -> None:
    fk = foreign_key
    assert fk.resource in tables, f"{fk}: datapackage.json has no table resource {fk.resource!r}"
    on = " AND ".join(f"c.{sql_ident(a)} = p.{sql_ident(b)}" for a, b in zip(fk.fields, fk.ref_fields))
    present = " AND ".join(f"c.{sql_ident(a)} IS NOT NULL" for a in fk.fields)
    cols = ", ".join(f"c.{sql_ident(a)}" for a in fk.fields)
    dangling = duck.execute(
        f"SELECT DISTINCT {cols} FROM {sql_ident(fk.table)} c "
        f"ANTI JOIN {sql_ident(fk.resource)} p ON {on} WHERE {present} ORDER BY ALL LIMIT {MAX_SHOWN}"
    ).fetchall()
    assert not dangling, (
        f"{fk}: values with no match in {tables[fk.resource].parquet_path} (first {MAX_SHOWN}): "
        f"{[r if len(r) > 1 else r[0] for r in dangling]}")
