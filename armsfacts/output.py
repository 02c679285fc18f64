"""Writing records out: JSON for scripts, tab-separated lines for pipes, Rich tables for people.

Rich is imported only when a table is drawn, so the machine formats start fast.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import IO, Any

from pydantic import BaseModel

from .views import Column, Detail

FORMATS = ("table", "plain", "json")


def to_json(data: BaseModel | Sequence[BaseModel]) -> str:
    if isinstance(data, BaseModel):
        payload: Any = data.model_dump(mode="json")
    else:
        payload = [record.model_dump(mode="json") for record in data]
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _clean(cell: str) -> str:
    """One line per record: tabs and line breaks inside a cell become spaces."""
    return " ".join(cell.replace("\t", " ").splitlines())


def text_of(value: str | list[str], separator: str) -> str:
    """A detail field as one string: a list is joined, an empty one is a dash."""
    if isinstance(value, str):
        return value
    return separator.join(value) if value else "—"


def plain_rows(records: Sequence[Any], columns: Sequence[Column]) -> list[str]:
    lines = ["\t".join(c.header for c in columns)]
    lines.extend("\t".join(_clean(c.cell(r)) for c in columns) for r in records)
    return lines


def plain_detail(detail: Detail) -> list[str]:
    lines = [f"{label}\t{_clean(text_of(value, ' | '))}" for label, value in detail.fields]
    for section in detail.sections:
        lines.append("")
        lines.append(f"# {section.title}")
        if section.records:
            lines.extend(plain_rows(section.records, section.columns))
    return lines


def write_list(out: IO[str], fmt: str, records: Sequence[BaseModel], columns: Sequence[Column], **table: Any) -> None:
    if fmt == "json":
        out.write(to_json(records) + "\n")
    elif fmt == "table":
        from .table import print_table

        print_table(out, records, columns, **table)
    else:
        out.write("\n".join(plain_rows(records, columns)) + "\n")


def write_detail(out: IO[str], fmt: str, record: BaseModel, detail: Detail, **table: Any) -> None:
    if fmt == "json":
        out.write(to_json(record) + "\n")
    elif fmt == "table":
        from .table import print_detail

        print_detail(out, detail, **table)
    else:
        out.write("\n".join(plain_detail(detail)) + "\n")
