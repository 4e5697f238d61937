"""The tables of a built dataset as out/datapackage.json describes them.

The tests take every expectation (tables, columns, types, required columns,
allowed values, keys) from datapackage.json, which the pipeline generates from
schemas/; nothing here lists a table or a column by hand.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Frictionless types that the dataset uses; anything else in datapackage.json
# is a writer change these tests do not know how to check yet.
KNOWN_TYPES = ("string", "integer", "date", "array")


class MissingDataset(Exception):
    """MissingDataset says that the built dataset is absent or unreadable."""


@dataclass(frozen=True)
class Field:
    """Field is one column of a table."""

    name: str
    type: str
    required: bool
    enum: tuple[str, ...] | None


@dataclass(frozen=True)
class ForeignKey:
    """ForeignKey says that the values of fields are values of ref_fields in resource."""

    table: str
    fields: tuple[str, ...]
    resource: str
    ref_fields: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.table}({','.join(self.fields)})->{self.resource}({','.join(self.ref_fields)})"


@dataclass(frozen=True)
class Table:
    """Table is one published table: its CSV resource and its Parquet twin."""

    name: str
    csv_path: Path
    parquet_path: Path
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]

    def __str__(self) -> str:
        return self.name

    def field(self, name: str) -> Field:
        """Returns the field called name."""
        return next(f for f in self.fields if f.name == name)


def out_dir() -> Path:
    """Returns the dataset folder: $UNCYBER_OUT (relative to the working directory) or <repo>/out."""
    env = os.environ.get("UNCYBER_OUT")
    return Path(env).resolve() if env else REPO / "out"


def load_package(out: Path) -> dict:
    """Reads out/datapackage.json, or raises MissingDataset saying how to build it."""
    path = out / "datapackage.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MissingDataset(
            f"{path}: not found; build the dataset with `make dataset` "
            "or point UNCYBER_OUT at a built out/ folder") from None
    except (OSError, ValueError) as err:
        raise MissingDataset(f"{path}: reading the data package: {err}") from None


def load_tables(out: Path) -> list[Table]:
    """Returns every CSV table resource of the package, paired with its <name>-parquet resource."""
    package = load_package(out)
    resources = {r.get("name"): r for r in package.get("resources", [])}
    tables = []
    for res in package.get("resources", []):
        if res.get("format") == "parquet" or "schema" not in res:
            continue
        name = res["name"]
        twin = resources.get(f"{name}-parquet")
        if twin is None:
            raise MissingDataset(
                f"{out / 'datapackage.json'}: resource {name!r} has no {name}-parquet twin; "
                "the writer should describe every table's Parquet file as a resource named <table>-parquet")
        tables.append(_table(out, res, twin))
    if not tables:
        raise MissingDataset(f"{out / 'datapackage.json'}: no table resources with a schema")
    return tables


def _table(out: Path, res: dict, twin: dict) -> Table:
    schema = res["schema"]
    fields = tuple(
        Field(
            name=f["name"],
            type=f.get("type", "string"),
            required=bool(f.get("constraints", {}).get("required", False)),
            enum=tuple(f["constraints"]["enum"]) if "enum" in f.get("constraints", {}) else None,
        )
        for f in schema["fields"]
    )
    fks = tuple(
        ForeignKey(
            table=res["name"],
            fields=tuple(_names(fk["fields"])),
            resource=fk["reference"].get("resource") or res["name"],
            ref_fields=tuple(_names(fk["reference"]["fields"])),
        )
        for fk in schema.get("foreignKeys", [])
    )
    return Table(
        name=res["name"],
        csv_path=out / _path(res),
        parquet_path=out / _path(twin),
        fields=fields,
        primary_key=tuple(_names(schema.get("primaryKey", []))),
        foreign_keys=fks,
    )


def _names(v: str | list[str]) -> list[str]:
    # Frictionless allows a single field name as a string.
    return [v] if isinstance(v, str) else list(v)


def _path(res: dict) -> str:
    p = res["path"]
    if isinstance(p, list):
        raise MissingDataset(f"resource {res['name']!r}: multipart paths are not supported")
    return p


def sql_ident(name: str) -> str:
    """Quotes a table or column name for SQL (DuckDB)."""
    return '"' + name.replace('"', '""') + '"'
