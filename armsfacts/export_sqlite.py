"""The record as a SQLite database for Datasette, and the metadata file that describes it.

Built from the models, field by field, so that a field added to a model becomes a column
without a change here: a plain value is a column; a nested record (`period`, `estimate`) is
one column per field (`period_start`, `estimate_by`); a list of text (`caveats`, `aliases`)
is a JSON array, as sqlite-utils and Datasette store lists; a list of references (a figure's
`agencies`) and a list of records (`also_reported_by`) are link tables with a foreign key to
their owner and a `position` that keeps the list's order. Every reference is a foreign key,
and each table's free text has a full-text index (FTS5) that Datasette's search box uses.

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
from .models import Dataset, Unit
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

TABLE_DOCS = {
    "metrics": "What the figures measure: arrests, firearms seized, … with the kind of number each is.",
    "units": "What figures are counted in: firearms, people, investigations, percent, US dollars, …",
    "sources": "The statements and reports the figures are taken from, with their address when known.",
    "agencies": "The agencies of both countries the sources name, with their official Spanish names.",
    "people": "The officials the sources name, with their role and agency.",
    "organizations": "The criminal organizations the sources name as targets.",
    "initiatives": "Operations, programs, systems, laws, frameworks and dialogues the figures belong to.",
    "events": "The events at which the figures were given.",
    "facts": "One row per figure, exactly as one source gives it: value, bound, as printed, period, source.",
    "fact_reports": "The same figure as other sources report it; where the value differs, the figure is disputed.",
}
COLUMN_DOCS = {
    "id": "The record's id, as the armsfacts command line takes it.",
    "code": "The agency's code, as the armsfacts command line takes it.",
    "position": "The place in the list, from 0.",
    "metric": "What the figure measures (a row of metrics).",
    "unit": "What the figure is counted in (a row of units); value, low and high are in this unit.",
    "description": "What the figure counts, in the project's words.",
    "source": "The source that gives the figure (a row of sources).",
    "initiative": "The operation, program or law the figure belongs to, if any.",
    "country": "The country the figure is counted in: US or MX; empty when the source does not say.",
    "low": "For a range, its low end, in the row's unit.",
    "high": "For a range, its high end, in the row's unit.",
    "bound": "How the figure relates to value: exact, more_than, at_least, approximate, nearly, at_most, range.",
    "caveats": "What the figure does not say, as a JSON list.",
    "agreement": "single_source; corroborated when every other source gives the same figure; disputed otherwise.",
    "title": "The title of the source.",
    "name": "The name in English.",
    "name_es": "The name in Spanish.",
    "label": "The label in English.",
    "kind": "What kind of record this is.",
    "notes": "The project's notes, as a JSON list.",
    "aliases": "Other names the sources use, as a JSON list.",
    "acronym": "The acronym.",
    "role": "The role in English.",
    "speaker": "The person who gave the figures (a row of people).",
    "author": "The author, when known.",
    "published": "When the source was published.",
    "date": "The date of the statement or event.",
    "url": "The source's address, when known.",
    "event": "The event at which the statement was made (a row of events).",
    "language": "The language of the source.",
    "parent": "The agency this one is part of.",
    "agency": "The agency (a row of agencies).",
    "place": "Where it took place, in English.",
    "targets": "The organizations it targets.",
    "agencies": "The agencies involved.",
    "people": "The people named.",
    "lead_agency": "The agency that leads it.",
    "start": "The first day.",
    "end": "The last day.",
    "as_of": "The day the figure was given for.",
    "year": "The calendar year.",
}


class Table(NamedTuple):
    name: str
    pk: str | tuple[str, ...]
    columns: dict[str, type]  # column -> the Python type sqlite-utils makes a column of
    not_null: set[str]
    rows: list[dict[str, Any]]
    foreign_keys: list[tuple[str, str, str]]  # (column, other table, other table's key)
    text: list[str]  # the columns of its full-text index
    docs: dict[str, str]  # column -> description
    doc: str


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


def _fields(model: type[BaseModel]) -> Iterator[tuple[str, Any, str | None]]:
    """(name, annotation, description) of every field, computed ones last."""
    for name, info in model.model_fields.items():
        yield name, info.annotation, info.description
    for name, computed in model.model_computed_fields.items():
        yield name, computed.return_type, computed.description


def _singular(table: str) -> str:
    return KINDS.get(table, table.removesuffix("s"))


def _key(table: str) -> str:
    return KEY_FIELD.get(table, "id")


def _doc(name: str, description: str | None, owner: str) -> str:
    return description or COLUMN_DOCS.get(name) or f"The {name.replace('_', ' ')} of the {owner.replace('_', ' ')}."


# ---------------------------------------------------------------------------
# Tables from records.


class _Builder:
    def __init__(self, refs: dict[tuple[str, str], str]) -> None:
        self.refs = refs
        self.tables: list[Table] = []

    def table(self, name: str, model: type[BaseModel], records: list[BaseModel], doc: str) -> None:
        key = _key(name)
        main = Table(name, key, {}, set(), [], [], [], {}, doc)
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
        for field, annotation, description in _fields(model):
            inner, may_be_none = _unwrap(annotation)
            column = prefix + field
            nullable = optional or may_be_none
            if _is_model(inner):
                parts = [v.get(field) or {} for v in values]
                before = set(table.docs)
                self._columns(table, inner, parts, rows, column + "_", nullable, owner, links)
                sub_doc = _doc(field, description, _singular(owner))
                for sub in set(table.docs) - before:
                    table.docs[sub] = f"{sub_doc} — {table.docs[sub]}"
                continue
            if typing.get_origin(inner) is list and links:
                item, _none = _unwrap(typing.get_args(inner)[0])
                if _is_model(item) or (owner, field) in self.refs:
                    self._link(table, field, item, [v.get(field) or [] for v in values], description)
                    continue
            table.docs[column] = _doc(field, description, _singular(owner))
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

    def _link(self, owner: Table, field: str, item: Any, lists: list[list[Any]], description: str | None) -> None:
        """A list as a table: one row per item, with its owner's key and its place in the list."""
        name = LINK_NAMES.get((owner.name, field), f"{_singular(owner.name)}_{field}")
        who = _singular(owner.name)
        keys = [row[_key(owner.name)] for row in owner.rows]
        doc = TABLE_DOCS.get(name) or f"The {field.replace('_', ' ')} of each {who}, one row each, in order."
        link = Table(name, (who, "position"), {who: str, "position": int}, {who, "position"}, [], [], [], {}, doc)
        link.foreign_keys.append((who, owner.name, _key(owner.name)))
        link.docs[who] = f"The {who} whose {field.replace('_', ' ')} list this row is part of."
        link.docs["position"] = COLUMN_DOCS["position"]
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
        link.docs[column] = _doc(field, description, who)
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
        builder.table(name, item, records, TABLE_DOCS.get(name) or (item.__doc__ or name).strip())
    return builder.tables


# ---------------------------------------------------------------------------
# Writing the database and its metadata.


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
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:  # the dataset's rules make this impossible; say so rather than ship it
            raise ArmsfactsError(_("the export has dangling references: {rows}").format(rows=broken[:5]))
        db.execute("VACUUM")
    finally:
        db.close()
    return built


def metadata(ds: Dataset, built: list[Table], database: str) -> dict[str, Any]:
    """Datasette's metadata: title, description, license, the sources, and every table and column.

    Datasette's `units` setting is not used: it takes one Pint unit per column, and a figure's
    unit changes from row to row (firearms, people, US dollars); the `unit` column names it, and
    the descriptions of `value`, `low` and `high` say so.
    """
    from importlib.metadata import version

    sources = "; ".join(f"{s.title} ({s.date or s.published or 'undated'})" for s in ds.sources)
    units = ", ".join(_unit_words(u) for u in ds.units)
    tables_meta: dict[str, Any] = {}
    for table in built:
        columns = dict(table.docs)
        for figure in ("value", "low", "high"):
            if figure in columns:
                columns[figure] += f" Counted in the unit of the row's `unit` column ({units})."
        entry: dict[str, Any] = {"description": table.doc, "columns": columns}
        label = next((c for c in ("name", "label", "title") if c in table.columns), None)
        if label:
            entry["label_column"] = label
        if table.name == "facts":
            entry["facets"] = ["metric", "agreement", "source", "initiative", "country"]
        tables_meta[table.name] = entry
    return {
        "title": "armsfacts",
        "description": (
            "The figures U.S. and Mexican officials give on firearms trafficking from the U.S. into Mexico, "
            f"each with what it counts, its period and its source. {len(ds.facts)} figures from "
            f"{len(ds.sources)} sources: {sources}. Exported by armsfacts {version('armsfacts')}."
        ),
        "license": "MIT",
        "source": "; ".join(s.title for s in ds.sources) or "armsfacts",
        **({"source_url": ds.sources[0].url} if len(ds.sources) == 1 and ds.sources[0].url else {}),
        "databases": {database: {"tables": tables_meta}},
    }


def _unit_words(unit: Unit) -> str:
    return f"{unit.id}: {unit.label}"


def write_metadata(ds: Dataset, built: list[Table], database: str, path: Path) -> None:
    text = json.dumps(metadata(ds, built, database), ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
