"""What a command hands its records to: --fields checked, the columns chosen, the records written to stdout.

Notes for the reader of a table (columns left out) go to stderr, after the table.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click
from pydantic import BaseModel

from ..i18n import _
from ..query import suggest
from ..terminal import quoted
from ..vocab import Format
from . import formats
from .columns import Column, left_out
from .details import Detail


class FieldError(click.UsageError):
    """An unknown --fields name: a usage error that lists the valid fields and suggests."""

    def __init__(self, name: str, valid: Sequence[str]) -> None:
        self.suggestions = suggest(name, valid)
        hint = " " + _("Did you mean: {names}?").format(names=", ".join(self.suggestions)) if self.suggestions else ""
        message = _("no field {name} here. Valid fields: {fields}.").format(name=quoted(name), fields=", ".join(valid))
        super().__init__(message + hint)


def check_fields(fields: Sequence[str] | None, kind: type[BaseModel]) -> None:
    valid = formats.field_names(kind)
    for name in fields or ():
        if name not in valid:
            raise FieldError(name, valid)


def use_color(ctx: click.Context) -> bool:
    root = ctx.find_root().ensure_object(dict)
    return not (root.get("no_color") or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb")


def _wide(ctx: click.Context) -> bool:
    return bool(ctx.find_root().ensure_object(dict).get("wide"))


def emit_list(
    ctx: click.Context,
    fmt: Format,
    fields: list[str] | None,
    records: Sequence[BaseModel],
    kind: type[BaseModel],
    columns: Sequence[Column],
    empty: str | None = None,
    sections: Callable[[Sequence[Any]], Sequence[tuple[str, Sequence[BaseModel]]]] | None = None,
) -> None:
    """A list of records; an empty one is `[]` in JSON, a header in csv/tsv, a note on stderr otherwise.

    `sections` splits the records under headings in a terminal table; every other format
    writes them as one list, one record a line.
    """
    check_fields(fields, kind)
    if not records and not fmt.lists_empty:
        click.echo(empty or _("No records match."), err=True)
        return
    wide = _wide(ctx)
    if fmt is Format.TABLE and sections is not None and not fields:
        formats.write_groups(sys.stdout, fmt, sections(records), kind, columns, fields, use_color(ctx), wide)
    else:
        formats.write_records(sys.stdout, fmt, records, kind, columns, fields, color=use_color(ctx), wide=wide)
    hidden = left_out(columns, fmt, wide)
    if fmt is Format.TABLE and not wide and not fields and hidden and sys.stdout.isatty():
        sys.stdout.flush()  # the note follows the table
        hint = _("Not shown at this width: {columns}; --wide shows them, --json has every field.")
        click.echo(hint.format(columns=", ".join(hidden)), err=True)


def emit_detail(ctx: click.Context, fmt: Format, fields: list[str] | None, record: BaseModel, detail: Detail) -> None:
    check_fields(fields, type(record))
    formats.write_record(sys.stdout, fmt, record, detail, fields, color=use_color(ctx), wide=_wide(ctx))


def emit_groups(
    ctx: click.Context,
    fmt: Format,
    fields: list[str] | None,
    groups: Sequence[tuple[str, Sequence[BaseModel]]],
    kind: type[BaseModel],
    columns: Sequence[Column],
    empty: str,
    measure: Callable[[Any], float] | None = None,
) -> None:
    """Records in groups under headings (formats.write_groups); empty as `emit_list` has it."""
    check_fields(fields, kind)
    if not groups and not fmt.lists_empty:
        click.echo(empty, err=True)
        return
    formats.write_groups(sys.stdout, fmt, groups, kind, columns, fields, use_color(ctx), _wide(ctx), measure)
