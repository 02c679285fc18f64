"""The record as a SQLite database for Datasette (its metadata is `datasette_metadata.py`'s job).

Built from the models, field by field, so that a field added to a model becomes a column
without a change here: a plain value is a column; a nested record (`period`, `estimate`) is
one column per field (`period_start`, `estimate_by`); a list of text (`caveats`, `aliases`)
is a JSON array, as sqlite-utils and Datasette store lists; a list of references (a figure's
`agencies`) and a list of records (`also_reported_by`) are link tables with a foreign key to
their owner and a `position` that keeps the list's order. Every reference is a foreign key,
and each table's free text has a full-text index (FTS5) that Datasette's search box uses.
One view, `printings`, lists every printing of every figure, its first source's included.

sqlite-utils does the SQLite work (typed tables from records, foreign keys added after every
table exists, FTS tables Datasette recognises): it is the library Datasette's users build
their databases with, so the result is what they expect.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import sqlite_utils
from pydantic import BaseModel

from .errors import ArmsfactsError
from .i18n import _
from .models import Dataset
from .rules import KEY_FIELD, KINDS, references

# The table each reference field names. References the integrity rules find in the data
# are added to these (see `_references`), so that a new reference field becomes a foreign
# key too; these keep the schema the same for data that leaves a list empty.
REFERENCES = {
    ("metrics", "unit"): "units",
    ("sources", "speaker"): "people",
    ("sources", "event"): "events",
    ("sources", "people"): "people",
    ("agencies", "parent"): "agencies",
    ("people", "agency"): "agencies",
    ("initiatives", "targets"): "organizations",
    ("initiatives", "agencies"): "agencies",
    ("initiatives", "lead_agency"): "agencies",
    ("events", "agencies"): "agencies",
    ("events", "people"): "people",
    ("facts", "metric"): "metrics",
    ("facts", "unit"): "units",
    ("facts", "initiative"): "initiatives",
    ("facts", "source"): "sources",
    ("facts", "agencies"): "agencies",
    ("fact_reports", "source"): "sources",
}
# A link table is named `{owner}_{field}` (fact_agencies, initiative_targets), but for these.
LINK_NAMES = {("facts", "also_reported_by"): "fact_reports"}
# Text that is not for a search box: addresses and language codes.
NOT_TEXT = {"url", "language"}

# Every printing of every figure, the first source's (in `facts`) and the others' (in
# `fact_reports`) in one list, so that no one needs a UNION to see a figure as each source
# printed it. `printing` is 1 for the source the figure is recorded from, then 2, 3, … in the
# order of `fact_reports.position`. A report is of its figure's unit, so the unit is the fact's.
PRINTINGS = "printings"
PRINTINGS_SQL = """
SELECT f.id AS fact, 1 AS printing, f.metric, f.value, f.bound, f.low, f.high, f.unit, f.as_printed,
       f.source, s.title AS source_title, s.url AS source_url, f.paragraph, f.page, f.caveats, f.caveats_es
FROM facts AS f JOIN sources AS s ON s.id = f.source
UNION ALL
SELECT r.fact, r.position + 2, f.metric, r.value, r.bound, r.low, r.high, f.unit, r.as_printed,
       r.source, s.title, s.url, r.paragraph, r.page, r.caveats, r.caveats_es
FROM fact_reports AS r JOIN facts AS f ON f.id = r.fact JOIN sources AS s ON s.id = r.source
ORDER BY fact, printing
"""


class Table(NamedTuple):
    name: str
    pk: str | tuple[str, ...]
    columns: dict[str, type]  # column -> the Python type sqlite-utils makes a column of
    not_null: set[str]
    rows: list[dict[str, Any]]
    foreign_keys: list[tuple[str, str, str]]  # (column, other table, other table's key)
    text: list[str]  # the columns of its full-text index


# ---------------------------------------------------------------------------
# What each field is, from its annotation.


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The type inside Optional and Annotated, and whether None is allowed."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            if len(args) > 1:  # int | float: a REAL column, so that 3337 and 71.3 are one type to sort and sum
                return (float if all(a in (int, float) for a in args) else str), optional
            annotation = args[0]
        else:
            return annotation, optional


def _column_type(annotation: Any) -> type:
    if typing.get_origin(annotation) is typing.Literal:
        return str
    if annotation in (int, float):
        return annotation  # type: ignore[no-any-return]
    if annotation is bool:
        return int
    return str  # text, dates


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _fields(model: type[BaseModel]) -> Iterator[tuple[str, Any]]:
    """(name, annotation) of every field, computed ones last."""
    for name, info in model.model_fields.items():
        yield name, info.annotation
    for name, computed in model.model_computed_fields.items():
        yield name, computed.return_type


def _singular(table: str) -> str:
    return KINDS.get(table, table.removesuffix("s"))


def _key(table: str) -> str:
    return KEY_FIELD.get(table, "id")


# ---------------------------------------------------------------------------
# Tables from records.


class _Builder:
    def __init__(self, refs: dict[tuple[str, str], str]) -> None:
        self.refs = refs
        self.tables: list[Table] = []

    def table(self, name: str, model: type[BaseModel], records: list[BaseModel]) -> None:
        key = _key(name)
        main = Table(name, key, {}, set(), [], [], [])
        self.tables.append(main)
        dumped = [r.model_dump(mode="json") for r in records]
        main.rows.extend({} for _record in dumped)
        self._columns(main, model, dumped, main.rows, prefix="", optional=False, owner=name, links=True)
        # The key first, as people read a table; then the fields in the JSON's order.
        main.columns.update({column: main.columns.pop(column) for column in list(main.columns) if column != key})

    def _columns(
        self,
        table: Table,
        model: type[BaseModel],
        values: list[dict[str, Any]],
        rows: list[dict[str, Any]],
        prefix: str,
        optional: bool,
        owner: str,
        links: bool,
    ) -> None:
        """Add the columns of `model`'s fields to `table`, and each record's values to its row."""
        for field, annotation in _fields(model):
            inner, may_be_none = _unwrap(annotation)
            column = prefix + field
            nullable = optional or may_be_none
            if _is_model(inner):
                parts = [v.get(field) or {} for v in values]
                self._columns(table, inner, parts, rows, column + "_", nullable, owner, links)
                continue
            if typing.get_origin(inner) is list and links:
                item, _none = _unwrap(typing.get_args(inner)[0])
                if _is_model(item) or (owner, field) in self.refs:
                    self._link(table, field, item, [v.get(field) or [] for v in values])
                    continue
            if typing.get_origin(inner) is list:
                table.columns[column] = str
                table.not_null.add(column)
                table.text.append(column)
                for row, value in zip(rows, values, strict=True):
                    row[column] = json.dumps(value.get(field) or [], ensure_ascii=False)
                continue
            table.columns[column] = _column_type(inner)
            if not nullable:
                table.not_null.add(column)
            target = self.refs.get((owner, column))
            if target:
                table.foreign_keys.append((column, target, _key(target)))
            elif inner is str and column not in NOT_TEXT and column != _key(owner):
                table.text.append(column)
            for row, value in zip(rows, values, strict=True):
                row[column] = value.get(field)

    def _link(self, owner: Table, field: str, item: Any, lists: list[list[Any]]) -> None:
        """A list as a table: one row per item, with its owner's key and its place in the list."""
        name = LINK_NAMES.get((owner.name, field), f"{_singular(owner.name)}_{field}")
        who = _singular(owner.name)
        keys = [row[_key(owner.name)] for row in owner.rows]
        link = Table(name, (who, "position"), {who: str, "position": int}, {who, "position"}, [], [], [])
        link.foreign_keys.append((who, owner.name, _key(owner.name)))
        self.tables.append(link)
        if _is_model(item):
            values = [v for items in lists for v in items]
            link.rows.extend(
                {who: key, "position": i} for key, items in zip(keys, lists, strict=True) for i in range(len(items))
            )
            self._columns(link, item, values, link.rows, prefix="", optional=False, owner=name, links=False)
            return
        target = self.refs[(owner.name, field)]
        column = _singular(target) if _singular(target) != who else field
        link.columns[column] = str
        link.not_null.add(column)
        link.foreign_keys.append((column, target, _key(target)))
        for key, items in zip(keys, lists, strict=True):
            link.rows.extend({who: key, "position": i, column: value} for i, value in enumerate(items))


def _references(ds: Dataset) -> dict[tuple[str, str], str]:
    """REFERENCES, with every reference the integrity rules find in this data."""
    tables = {kind: table for table, kind in KINDS.items()}
    refs = dict(REFERENCES)
    for loc, kind, _key_value in references(ds):
        names = [part for part in loc if isinstance(part, str)]
        owner, rest = names[0], names[1:]
        if len(rest) > 1 and (owner, rest[0]) in LINK_NAMES:
            refs.setdefault((LINK_NAMES[(owner, rest[0])], "_".join(rest[1:])), tables[kind])
        else:
            refs.setdefault((owner, "_".join(rest)), tables[kind])
    return refs


def tables(ds: Dataset) -> list[Table]:
    """Every table of the export, link tables after the table that owns them."""
    builder = _Builder(_references(ds))
    for name in KINDS:
        records: list[BaseModel] = list(getattr(ds, name))
        model = Dataset.model_fields[name].annotation
        item = typing.get_args(model)[0]
        builder.table(name, item, records)
    return builder.tables


# ---------------------------------------------------------------------------
# Writing the database.


def write(ds: Dataset, path: Path) -> list[Table]:
    """Write the record to a new SQLite database at `path` (which must not hold one yet)."""
    built = tables(ds)
    db = sqlite_utils.Database(path)
    try:
        for table in built:
            db[table.name].create(table.columns, pk=table.pk, not_null=table.not_null)  # type: ignore[union-attr]
            db[table.name].insert_all(table.rows)  # type: ignore[union-attr]
        db.add_foreign_keys([(t.name, column, other, key) for t in built for column, other, key in t.foreign_keys])
        db.index_foreign_keys()
        for table in built:
            if table.text and table.name in KINDS:
                db[table.name].enable_fts(table.text, create_triggers=False)  # type: ignore[union-attr]
        db.create_view(PRINTINGS, PRINTINGS_SQL.strip())
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:  # the dataset's rules make this impossible; say so rather than ship it
            raise ArmsfactsError(_("the export has dangling references: {rows}").format(rows=broken[:5]))
        db.execute("VACUUM")
    finally:
        db.close()
    return built
