"""Writing records in every --format: one writer each for table, plain, json, ndjson, csv, tsv, markdown.

Machine formats (json, ndjson, csv, tsv) carry the fields of the JSON records; people's
formats (table, plain, markdown) carry the display's columns unless --fields names fields.
Every data string is text: no format writes a raw control character or bidi control. JSON
writes them as JSON escapes (the same data); every other format shows them escaped (`\\x1b`),
Rich gets `Text` objects, never markup, and Markdown escapes what would be markup in it
(markdown.py). Rich is imported only when a table is drawn, so every other format starts fast.

Flattening, for csv, tsv and for --fields in people's formats: a nested object becomes one
column per field with a dotted name (`period.start`); a list of strings is joined with
" | "; a list of records is the list of their ids (or codes) joined the same way; null is an
empty cell; another source's report of a figure is "source: figure as printed"; numbers are
written as they are (3337, not 3,337).
"""

from __future__ import annotations

import csv
import json
import types
import typing
from collections.abc import Callable, Sequence
from typing import IO, Any

from pydantic import BaseModel, TypeAdapter

from .. import markdown
from ..i18n import _
from ..terminal import degrades, json_escaped, one_line, visible
from ..vocab import Format
from .columns import Column, shown_columns
from .details import Detail
from .words import text_of

LIST_SEPARATOR = " | "
BAR_WIDTH = 12  # a bar at most this many cells: the table still reads at 80 columns
BAR_EIGHTHS = " ▏▎▍▌▋▊▉"


# ---------------------------------------------------------------------------
# Fields: what --fields may name, and records flattened to one level.


def field_names(kind: type[BaseModel]) -> list[str]:
    """The top-level JSON fields of a record type, in their JSON order (computed ones last)."""
    return [*kind.model_fields, *kind.model_computed_fields]


def _nested_model(kind: type[BaseModel], name: str) -> type[BaseModel] | None:
    """The record class of a field that holds one nested object (`period`), if it does."""
    if name in kind.model_fields:
        annotation = kind.model_fields[name].annotation
    elif name in kind.model_computed_fields:
        annotation = kind.model_computed_fields[name].return_type
    else:
        return None
    is_union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    for candidate in typing.get_args(annotation) if is_union else (annotation,):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def flat_columns(kind: type[BaseModel], fields: Sequence[str]) -> list[str]:
    columns: list[str] = []
    for name in fields:
        nested = _nested_model(kind, name)
        columns.extend(f"{name}.{sub}" for sub in nested.model_fields) if nested else columns.append(name)
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
    if isinstance(value, list):  # a list inside a list: the sources of one side of a dispute
        return ", ".join(_scalar(v) for v in value)
    return str(value)


def flatten(data: dict[str, Any], columns: Sequence[str]) -> list[str]:
    row = []
    for column in columns:
        name, _, sub = column.partition(".")
        value = data.get(name)
        if sub:
            value = value.get(sub) if isinstance(value, dict) else None
        row.append(LIST_SEPARATOR.join(_scalar(v) for v in value) if isinstance(value, list) else _scalar(value))
    return row


def _flat_rows(
    records: Sequence[BaseModel], kind: type[BaseModel], fields: Sequence[str] | None
) -> tuple[list[str], list[list[str]]]:
    header = flat_columns(kind, fields or field_names(kind))
    return header, [flatten(r.model_dump(mode="json"), header) for r in records]


# ---------------------------------------------------------------------------
# JSON.


def _json(
    data: BaseModel | Sequence[BaseModel], kind: Any, fields: Sequence[str] | None, indent: int | None, ascii_only: bool
) -> str:
    """JSON text of a record or a list of them, UTF-8 with accents as they are.

    Whole records go through Pydantic's serializer; a selection of fields, or a stream that
    cannot encode accents, through the json module, which keeps the order asked for and
    escapes what it must.
    """
    if fields or ascii_only:

        def dump(r: BaseModel) -> dict[str, Any]:
            full = r.model_dump(mode="json")
            return {name: full[name] for name in fields} if fields else full

        payload = [dump(r) for r in data] if isinstance(data, Sequence) else dump(data)
        return json_escaped(json.dumps(payload, ensure_ascii=ascii_only, indent=indent))
    return json_escaped(TypeAdapter(kind).dump_json(data, indent=indent).decode("utf-8"))


# ---------------------------------------------------------------------------
# Text formats for people.


def _md(cell: str) -> str:
    return markdown.text(cell) or " "


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(_md(c) for c in row) + " |" for row in rows)
    return lines


def plain_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["\t".join(header), *("\t".join(one_line(c) for c in row) for row in rows)]


def _view_rows(records: Sequence[Any], columns: Sequence[Column]) -> tuple[list[str], list[list[str]]]:
    return [c.header for c in columns], [[c.cell(r) for c in columns] for r in records]


def _detail_lines(detail: Detail, fmt: Format) -> list[str]:
    fields = [(label, text_of(value, LIST_SEPARATOR)) for label, value in detail.fields]
    as_markdown = fmt is Format.MARKDOWN
    if as_markdown:
        lines = [f"## {markdown.text(detail.title)}", "", *markdown_table([_("Field"), _("Value")], fields)]
    else:
        lines = plain_table(["Field", "Value"], fields)[1:]
    for section in detail.sections:
        header, rows = _view_rows(section.records, shown_columns(section.columns, fmt, wide=True))
        lines += ["", f"### {markdown.text(section.title)}" if as_markdown else f"# {one_line(section.title)}"]
        if rows:
            lines += [""] if as_markdown else []
            lines += markdown_table(header, rows) if as_markdown else plain_table(header, rows)
    return lines


def _write_rows(
    out: IO[str],
    fmt: Format,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    color: bool,
    no_wrap: Sequence[bool] = (),
    styles: Sequence[Sequence[str | None]] = (),
    title: str | None = None,
    figures: Sequence[bool] = (),
) -> None:
    if fmt in (Format.CSV, Format.TSV):
        writer = csv.writer(out, dialect="excel" if fmt is Format.CSV else "excel-tab", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([visible(cell) for cell in row] for row in rows)
    elif fmt is Format.MARKDOWN:
        out.write("\n".join(markdown_table(header, rows)) + "\n")
    elif fmt is Format.TABLE:
        from .table import print_rows  # Rich, only for a table

        print_rows(out, header, rows, no_wrap, color=color, styles=styles, title=title, figures=figures)
    else:
        out.write("\n".join(plain_table(header, rows)) + "\n")


# ---------------------------------------------------------------------------
# The entry points.


def write_records(
    out: IO[str],
    fmt: Format,
    records: Sequence[BaseModel],
    kind: type[BaseModel],
    columns: Sequence[Column],
    fields: Sequence[str] | None = None,
    color: bool = True,
    wide: bool = False,
) -> None:
    """A list of records of one type. A terminal table leaves out the wide columns unless `wide`."""
    if fmt.is_json:
        ascii_only = degrades(out)  # once: ndjson writes a line per record
        if fmt is Format.JSON:
            out.write(_json(list(records), list[kind], fields, 2, ascii_only) + "\n")  # type: ignore[valid-type]
        else:
            out.writelines(_json(r, kind, fields, None, ascii_only) + "\n" for r in records)
    elif fmt.is_machine or fields:
        _write_rows(out, fmt, *_flat_rows(records, kind, fields), color)
    else:
        shown = shown_columns(columns, fmt, wide)
        styles = [[c.style(r) if c.style else None for c in shown] for r in records] if fmt is Format.TABLE else []
        no_wrap, figures = _drawing(shown)
        _write_rows(out, fmt, *_view_rows(records, shown), color, no_wrap, styles, figures=figures)


def _drawing(columns: Sequence[Column]) -> tuple[list[bool], ...]:
    """Which columns a terminal table keeps whole, and which of those are figures (that may wrap at spaces)."""
    return [c.no_wrap for c in columns], [c.key == "value" for c in columns]


def bar(value: float, top: float, width: int = BAR_WIDTH) -> str:
    """A bar of block characters, `width` long for `top`; any figure above zero gets at least a sliver."""
    if top <= 0 or value <= 0:
        return ""
    eighths = round(min(value, top) / top * width * 8)
    return "█" * (eighths // 8) + (BAR_EIGHTHS[eighths % 8] if eighths % 8 else "") or BAR_EIGHTHS[1]


def _bar_cell(measure: Callable[[Any], float], records: Sequence[Any]) -> Callable[[Any], str]:
    """The bar of a record, on the scale of its group: the group's largest figure is the full bar."""
    top = max((measure(r) for r in records), default=0.0)
    return lambda record: bar(measure(record), top)


def write_groups(
    out: IO[str],
    fmt: Format,
    groups: Sequence[tuple[str, Sequence[BaseModel]]],
    kind: type[BaseModel],
    columns: Sequence[Column],
    fields: Sequence[str] | None = None,
    color: bool = True,
    wide: bool = False,
    measure: Callable[[Any], float] | None = None,
) -> None:
    """Records in groups, each under a heading that says what the group is.

    Machine formats (and --fields) write one list, as `write_records` does: each record names
    its group in a field of its own. In a terminal table, `measure` draws each record's figure
    as a bar, on one scale per group (the group's largest figure is the full bar).
    """
    if fmt.is_json or fmt.is_machine or fields:
        write_records(out, fmt, [r for _heading, rs in groups for r in rs], kind, columns, fields, color, wide)
        return
    for index, (heading, records) in enumerate(groups):
        if fmt is Format.TABLE:
            shown = shown_columns(columns, fmt, wide)
            if measure is not None:
                scale = Column("bar", _("Scale"), _bar_cell(measure, records), no_wrap=True)
                shown = [shown[0], scale, *shown[1:]]
            styles = [[c.style(r) if c.style else ("cyan" if c.key == "bar" else None) for c in shown] for r in records]
            no_wrap, figures = _drawing(shown)
            _write_rows(out, fmt, *_view_rows(records, shown), color, no_wrap, styles, heading, figures)
            continue
        header, rows = _view_rows(records, shown_columns(columns, fmt, wide))
        if fmt is Format.MARKDOWN:
            lines = [f"### {markdown.text(heading)}", "", *markdown_table(header, rows)]
        else:
            lines = [f"# {one_line(heading)}", *plain_table(header, rows)]
        out.write(("\n" if index else "") + "\n".join(lines) + "\n")


def write_record(
    out: IO[str],
    fmt: Format,
    record: BaseModel,
    detail: Detail,
    fields: Sequence[str] | None = None,
    color: bool = True,
    wide: bool = False,
) -> None:
    """One record in full: an object in JSON, a single row in csv/tsv, a detail view for people."""
    if fmt.is_json:
        indent = 2 if fmt is Format.JSON else None
        out.write(_json(record, type(record), fields, indent, degrades(out)) + "\n")
    elif fmt.is_machine or fields:
        _write_rows(out, fmt, *_flat_rows([record], type(record), fields), color)
    elif fmt is Format.TABLE:
        from .table import print_detail  # Rich, only for a table

        print_detail(out, detail, color=color, wide=wide)
    else:
        out.write("\n".join(_detail_lines(detail, fmt)) + "\n")
