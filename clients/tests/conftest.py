"""Fixtures for the consumer-side tests: the built dataset, one table at a time.

Tests take a `table` or `foreign_key` argument and run once per table or
foreign key of out/datapackage.json. When the dataset is missing, each such
test runs once and fails with the reason, so a missing out/ can never pass as
"no tests to run".
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import descriptor


def _catalog() -> tuple[list[descriptor.Table], str | None]:
    try:
        return descriptor.load_tables(descriptor.out_dir()), None
    except descriptor.MissingDataset as err:
        return [], str(err)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    tables, problem = _catalog()
    if "table" in metafunc.fixturenames:
        if problem:
            metafunc.parametrize("table", [problem], ids=["no-dataset"], indirect=True)
        else:
            metafunc.parametrize("table", tables, ids=[t.name for t in tables], indirect=True)
    if "foreign_key" in metafunc.fixturenames:
        fks = [fk for t in tables for fk in t.foreign_keys]
        if problem or not fks:
            metafunc.parametrize("foreign_key", [problem or "datapackage.json declares no foreign keys"],
                                 ids=["no-foreign-keys"], indirect=True)
        else:
            metafunc.parametrize("foreign_key", fks, ids=[str(fk) for fk in fks], indirect=True)


@pytest.fixture
def table(request: pytest.FixtureRequest) -> descriptor.Table:
    """One table of the dataset; fails when the dataset could not be read."""
    if isinstance(request.param, str):
        pytest.fail(request.param)
    return request.param


@pytest.fixture
def foreign_key(request: pytest.FixtureRequest) -> descriptor.ForeignKey:
    """One foreign key of the dataset; fails when there is none to check."""
    if isinstance(request.param, str):
        pytest.fail(request.param)
    return request.param


@pytest.fixture(scope="session")
def out() -> Path:
    """The dataset folder; fails when it has no datapackage.json."""
    path = descriptor.out_dir()
    try:
        descriptor.load_package(path)
    except descriptor.MissingDataset as err:
        pytest.fail(str(err))
    return path


@pytest.fixture(scope="session")
def tables(out: Path) -> dict[str, descriptor.Table]:
    """Every table of the dataset by name."""
    try:
        return {t.name: t for t in descriptor.load_tables(out)}
    except descriptor.MissingDataset as err:
        pytest.fail(str(err))


@pytest.fixture(scope="session")
def duck(tables: dict[str, descriptor.Table]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table over its Parquet file, as a user would query it."""
    con = duckdb.connect()
    for t in tables.values():
        path = str(t.parquet_path).replace("'", "''")
        con.execute(f"CREATE VIEW {descriptor.sql_ident(t.name)} AS SELECT * FROM read_parquet('{path}')")
    yield con
    con.close()

