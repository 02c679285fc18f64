"""Writing records out in every format: table, plain, json, ndjson, csv, tsv, markdown.

Machine formats (json, ndjson, csv, tsv) carry the fields of the JSON records; people's
formats (table, plain, markdown) carry the view's columns unless --fields names fields.
Rich is imported only when a table is drawn, so every other format starts fast.

Flattening, for csv, tsv and for --fields in people's formats: a nested object becomes one
column per field with a dotted name (`period.start`); a list of strings is joined with
" | "; a list of records is the list of their ids (or codes) joined the same way; null is an
empty cell; another source's report of a figure is "source: figure as printed"; numbers are
written as they are (3337, not 3,337).
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable, Sequence
from typing import IO, Any

from pydantic import TypeAdapter

from .i18n import _
from .views import Column, Detail

FORMATS = ("table", "plain", "json", "ndjson", "csv", "tsv", "markdown")
MACHINE_FORMATS = ("json", "ndjson", "csv", "tsv")
LIST_SEPARATOR = " | "


def can_encode(out: IO[str], sample: str = "áé–“”•") -> bool:
    try:
        sample.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


# ---------------------------------------------------------------------------
# Fields: what --fields may name, and records flattened to one level.


# Records are Pydantic models or Pydantic dataclasses; both carry these two attributes.
def _fields(kind: type) -> dict[str, Any]:
    fields: dict[str, Any] = kind.__pydantic_fields__  # type: ignore[attr-defined]
    return fields


def field_names(kind: type) -> list[str]:
    """The top-level JSON fields of a record type, in their JSON order (computed ones last)."""
    return [*_fields(kind), *kind.__pydantic_decorators__.computed_fields]  # type: ignore[attr-defined]


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def adapter(kind: Any) -> TypeAdapter[Any]:
    """One TypeAdapter per record type (or list of them), made when first needed."""
    if kind not in _ADAPTERS:
        _ADAPTERS[kind] = TypeAdapter(kind)
    return _ADAPTERS[kind]


def to_data(record: Any) -> dict[str, Any]:
    """A record as the plain data its JSON holds (dates as ISO strings)."""
    data: dict[str, Any] = adapter(type(record)).dump_python(record, mode="json")
    return data


def _nested_model(kind: type, name: str) -> type | None:
    """The record class of a field that holds one nested object (`period`), if it does."""
    if name not in _fields(kind):
        return None  # a computed field: always a plain value
    annotation = _fields(kind)[name].annotation
    is_union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    candidates = typing.get_args(annotation) if is_union else (annotation,)
    for candidate in candidates:
        if isinstance(candidate, type) and hasattr(candidate, "__pydantic_fields__"):
            return candidate
    return None


def flat_columns(kind: type, fields: Sequence[str]) -> list[str]:
    columns: list[str] = []
    for name in fields:
        nested = _nested_model(kind, name)
        columns.extend(f"{name}.{sub}" for sub in _fields(nested)) if nested else columns.append(name)
    return columns


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):  # a record inside a list: its id or code; another source's figure
        if "id" in value or "code" in value:
            return str(value.get("id", value.get("code")))
        return f"{value.get('source')}: {value.get('as_printed')}"
    return str(value)


def flatten(data: dict[str, Any], columns: Sequence[str]) -> list[str]:
    row = []
    for column in columns:
        name, _, sub = column.partition(".")
        value = data.get(name)
        if sub:
            value = value.get(sub) if isinstance(value, dict) else None
        if isinstance(value, list):
            row.append(LIST_SEPARATOR.join(_scalar(v) for v in value))
        else:
            row.append(_scalar(value))
    return row


def _dump(record: Any, fields: Sequence[str] | None) -> dict[str, Any]:
    data = to_data(record)
    return {name: data[name] for name in fields} if fields else data


def _json(data: Any, kind: Any, fields: Sequence[str] | None, indent: int | None, ascii_only: bool) -> str:
    """JSON text of a record or a list of them, UTF-8 with accents as they are.

    Whole records go through Pydantic's serializer (written in Rust: many times faster than
    the json module with indent); a selection of fields, or a stream that cannot encode
    accents, through the json module, which orders keys as asked and escapes what it must.
    """
    if fields or ascii_only:
        payload = [_dump(r, fields) for r in data] if isinstance(data, list) else _dump(data, fields)
        return json.dumps(payload, ensure_ascii=ascii_only, indent=indent)
    return adapter(kind).dump_json(data, indent=indent).decode("utf-8")


# ---------------------------------------------------------------------------
# Text formats.


def _one_line(cell: str) -> str:
    """Plain output keeps one record per line: tabs and line breaks become spaces."""
    return " ".join(cell.replace("\t", " ").splitlines())


def _md(cell: str) -> str:
    return _one_line(cell).replace("\\", "\\\\").replace("|", "\\|") or " "


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(_md(c) for c in row) + " |" for row in rows)
    return lines


def plain_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    return ["\t".join(header), *("\t".join(_one_line(c) for c in row) for row in rows)]


def text_of(value: str | list[str], separator: str) -> str:
    """A detail field as one string: a list is joined, an empty one is a dash."""
    if isinstance(value, str):
        return value
    return separator.join(value) if value else "—"


def _view_rows(records: Sequence[Any], columns: Sequence[Column]) -> tuple[list[str], list[list[str]]]:
    return [c.header for c in columns], [[c.cell(r) for c in columns] for r in records]


def _detail_lines(detail: Detail, fmt: str) -> list[str]:
    fields = [(label, text_of(value, LIST_SEPARATOR)) for label, value in detail.fields]
    if fmt == "markdown":
        lines = [f"## {_one_line(detail.title)}", "", *markdown_table([_("Field"), _("Value")], fields)]
    else:
        lines = plain_table(["Field", "Value"], fields)[1:]
    for section in detail.sections:
        header, rows = _view_rows(section.records, section.columns)
        lines += ["", f"### {section.title}" if fmt == "markdown" else f"# {section.title}"]
        if rows:
            lines += [""] if fmt == "markdown" else []
            lines += markdown_table(header, rows) if fmt == "markdown" else plain_table(header, rows)
    return lines


# ---------------------------------------------------------------------------
# The entry points.


def write_records(
    out: IO[str],
    fmt: str,
    records: Sequence[Any],
    kind: type,
    columns: Sequence[Column],
    fields: Sequence[str] | None = None,
    color: bool = True,
) -> None:
    """A list of records of one type."""
    if fmt in ("json", "ndjson"):
        ascii_only = not can_encode(out)  # once: ndjson writes a line per record
        if fmt == "json":
            out.write(_json(list(records), list[kind], fields, 2, ascii_only) + "\n")  # type: ignore[valid-type]
        else:
            out.writelines(_json(r, kind, fields, None, ascii_only) + "\n" for r in records)
    elif fmt in ("csv", "tsv") or fields:
        header = flat_columns(kind, fields or field_names(kind))
        rows = [flatten(to_data(r), header) for r in records]
        _write_rows(out, fmt, header, rows, color)
    elif fmt == "table":
        from .table import print_view

        print_view(out, records, columns, color=color)
    else:
        header, rows = _view_rows(records, columns)
        _write_rows(out, fmt, header, rows, color)


def write_record(
    out: IO[str],
    fmt: str,
    record: Any,
    detail: Detail,
    fields: Sequence[str] | None = None,
    color: bool = True,
) -> None:
    """One record in full: an object in JSON, a single row in csv/tsv, a detail view for people."""
    if fmt in ("json", "ndjson"):
        indent = 2 if fmt == "json" else None
        out.write(_json(record, type(record), fields, indent, not can_encode(out)) + "\n")
    elif fmt in ("csv", "tsv") or fields:
        kind = type(record)
        header = flat_columns(kind, fields or field_names(kind))
        _write_rows(out, fmt, header, [flatten(to_data(record), header)], color)
    elif fmt == "table":
        from .table import print_detail

        print_detail(out, detail, color=color)
    else:
        out.write("\n".join(_detail_lines(detail, fmt)) + "\n")


def _write_rows(out: IO[str], fmt: str, header: Sequence[str], rows: Sequence[Sequence[str]], color: bool) -> None:
    if fmt in ("csv", "tsv"):
        import csv

        writer = csv.writer(out, dialect="excel" if fmt == "csv" else "excel-tab", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    elif fmt == "markdown":
        out.write("\n".join(markdown_table(header, rows)) + "\n")
    elif fmt == "table":
        from .table import print_rows

        print_rows(out, header, rows, color=color)
    else:
        out.write("\n".join(plain_table(header, rows)) + "\n")
