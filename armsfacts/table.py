"""Rich tables and panels for a person at a terminal. Imported only when a table is drawn.

Every cell is a `rich.text.Text`, so that brackets in the data are never read as markup,
and its unsafe characters are escaped first (see display.visible).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO, Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .display import Detail, text_of, visible
from .i18n import _

# Wide enough that a table printed into a file or pipe is never wrapped or cut.
UNBOUNDED_WIDTH = 10_000


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich would exit with code 1 here; let the entry point treat a reader that left like every other format.
        raise BrokenPipeError


def _console(out: IO[str], color: bool) -> Console:
    width = None
    if not out.isatty() and "COLUMNS" not in os.environ:
        width = UNBOUNDED_WIDTH
    # Without colour, no escape codes at all (bold included): NO_COLOR, --no-color, TERM=dumb.
    return _Console(
        file=out,
        width=width,
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
        soft_wrap=False,
        markup=False,
    )


def _text(cell: str) -> Text:
    return Text(visible(cell))


def _table(
    header: Sequence[str], rows: Sequence[Sequence[str]], no_wrap: Sequence[bool] = (), title: str | None = None
) -> Table:
    table = Table(
        title=_text(title) if title else None, box=box.SIMPLE_HEAVY, title_justify="left", header_style="bold"
    )
    for i, name in enumerate(header):
        table.add_column(_text(name), overflow="fold", no_wrap=i < len(no_wrap) and no_wrap[i])
    for row in rows:
        table.add_row(*(_text(cell) for cell in row))
    return table


def print_rows(
    out: IO[str], header: Sequence[str], rows: Sequence[Sequence[str]], no_wrap: Sequence[bool] = (), color: bool = True
) -> None:
    _console(out, color).print(_table(header, rows, no_wrap))


def print_detail(out: IO[str], detail: Detail, color: bool = True) -> None:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in detail.fields:
        grid.add_row(
            _text(label), _text(text_of([f"• {v}" for v in value] if isinstance(value, list) else value, "\n"))
        )
    parts: list[Any] = [grid]
    for section in detail.sections:
        if section.records:
            rows = [[c.cell(r) for c in section.columns] for r in section.records]
            header = [c.header for c in section.columns]
            parts.append(_table(header, rows, [c.no_wrap for c in section.columns], title=section.title))
        else:
            parts.append(_text(f"\n{section.title}: " + _("none")))
    _console(out, color).print(Panel(Group(*parts), title=_text(detail.title), title_align="left", expand=False))
