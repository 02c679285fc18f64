"""Rich tables and panels for a person at a terminal. Imported only when one is drawn."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO, Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from .output import text_of
from .views import Column, Detail

# Wide enough that a table printed into a file or pipe is never wrapped or cut.
UNBOUNDED_WIDTH = 10_000


def _console(out: IO[str], color: bool) -> Console:
    width = None
    if not out.isatty() and "COLUMNS" not in os.environ:
        width = UNBOUNDED_WIDTH
    return Console(file=out, width=width, no_color=not color, highlight=False, emoji=False, soft_wrap=False)


def _table(records: Sequence[Any], columns: Sequence[Column], title: str | None = None) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAVY, title_justify="left", header_style="bold")
    for column in columns:
        table.add_column(column.header, overflow="fold", no_wrap=column.no_wrap)
    for record in records:
        table.add_row(*(column.cell(record) for column in columns))
    return table


def print_table(out: IO[str], records: Sequence[Any], columns: Sequence[Column], color: bool = True) -> None:
    _console(out, color).print(_table(records, columns))


def print_detail(out: IO[str], detail: Detail, color: bool = True) -> None:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in detail.fields:
        grid.add_row(label, text_of([f"• {v}" for v in value] if isinstance(value, list) else value, "\n"))
    parts: list[Any] = [grid]
    for section in detail.sections:
        if section.records:
            parts.append(_table(section.records, section.columns, title=section.title))
        else:
            parts.append(f"\n{section.title}: none")
    _console(out, color).print(Panel(Group(*parts), title=detail.title, title_align="left", expand=False))
