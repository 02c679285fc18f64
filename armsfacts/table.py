"""Rich tables and panels for a person at a terminal. Imported only when one is drawn."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO, Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from .i18n import _
from .output import text_of
from .views import Column, Detail

# Wide enough that a table printed into a file or pipe is never wrapped or cut.
UNBOUNDED_WIDTH = 10_000


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich would exit with code 1 here; let the CLI treat a reader that left like every other format.
        raise BrokenPipeError


def _console(out: IO[str], color: bool) -> Console:
    width = None
    if not out.isatty() and "COLUMNS" not in os.environ:
        width = UNBOUNDED_WIDTH
    # Without colour, no escape codes at all (bold included): NO_COLOR, --no-color, TERM=dumb.
    return _Console(
        file=out, width=width, color_system="auto" if color else None, highlight=False, emoji=False, soft_wrap=False
    )


def _table(
    header: Sequence[str], rows: Sequence[Sequence[str]], no_wrap: Sequence[bool] = (), title: str | None = None
) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAVY, title_justify="left", header_style="bold")
    for i, name in enumerate(header):
        table.add_column(name, overflow="fold", no_wrap=i < len(no_wrap) and no_wrap[i])
    for row in rows:
        table.add_row(*row)
    return table


def _view_table(records: Sequence[Any], columns: Sequence[Column], title: str | None = None) -> Table:
    rows = [[c.cell(r) for c in columns] for r in records]
    return _table([c.header for c in columns], rows, [c.no_wrap for c in columns], title)


def print_view(out: IO[str], records: Sequence[Any], columns: Sequence[Column], color: bool = True) -> None:
    _console(out, color).print(_view_table(records, columns))


def print_rows(out: IO[str], header: Sequence[str], rows: Sequence[Sequence[str]], color: bool = True) -> None:
    _console(out, color).print(_table(header, rows))


def print_detail(out: IO[str], detail: Detail, color: bool = True) -> None:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in detail.fields:
        grid.add_row(label, text_of([f"• {v}" for v in value] if isinstance(value, list) else value, "\n"))
    parts: list[Any] = [grid]
    for section in detail.sections:
        if section.records:
            parts.append(_view_table(section.records, section.columns, title=section.title))
        else:
            parts.append(f"\n{section.title}: " + _("none"))
    _console(out, color).print(Panel(Group(*parts), title=detail.title, title_align="left", expand=False))
