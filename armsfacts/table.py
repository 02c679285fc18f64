"""Tables and panels for a person at a terminal, written with Rich. Imported only when a table is drawn.

Every cell is a `rich.text.Text`, so that brackets in the data are never read as markup,
and its unsafe characters are escaped first (see display.visible).

A list is laid out here, as lines of `Text`: each column as wide as its widest cell, the
widest ones narrowed alike where the width calls for it, never below their longest word,
and cells wrapped at spaces. Rich measures (`cell_len`), styles and writes them. Its own
`Table`, cell by cell, cost a list of the whole record more than the rest of the command
(benchmarks/); the detail panels, a record at a time, still use it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from typing import IO, Any

from rich.cells import cell_len
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .display import text_of
from .i18n import _
from .layouts import Detail, table_columns, text_columns
from .terminal import visible

# Wide enough that a table printed into a file or pipe is never wrapped or cut.
UNBOUNDED_WIDTH = 10_000
# Narrower than these, a table or a panel would cut words or lose columns: records are then
# printed as blocks of "Header: value" lines instead, which lose nothing at any width.
MIN_TABLE_WIDTH = 50
MIN_PANEL_WIDTH = 40
# Narrower still, even blocks are not wrapped (a word a line helps no one): the terminal wraps.
MIN_WRAP_WIDTH = 20
# The most of one cell a table draws. The longest text of the built-in record is some 600
# characters and a figure's joined caveats a few thousand; laying out a cell costs Rich time
# in its length (a 2 MB caveat took 10 s of CPU to draw), and no one reads that much at a
# terminal. Past this a cell is cut and says so; plain, csv and JSON print every character.
MAX_CELL = 5_000


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich would exit with code 1 here; let the entry point treat a reader that left like every other format.
        raise BrokenPipeError


def width(out: IO[str]) -> int:
    """The width to draw in: COLUMNS when it is a positive number, else the terminal's, else unbounded."""
    given = os.environ.get("COLUMNS", "")
    if given.isdigit() and int(given) > 0:
        return int(given)
    if out.isatty():
        return shutil.get_terminal_size((80, 24)).columns
    return UNBOUNDED_WIDTH


def _console(out: IO[str], color: bool) -> Console:
    # Without colour, no escape codes at all (bold included): NO_COLOR, --no-color, TERM=dumb.
    return _Console(
        file=out,
        width=width(out),
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
        soft_wrap=False,
        markup=False,
    )


def _bounded(cell: str) -> str:
    """A cell cut to MAX_CELL characters, saying how many more there are and where to read them."""
    if len(cell) <= MAX_CELL:
        return cell
    more = _("… ({count} more characters; --format plain or --json shows them)")
    return cell[:MAX_CELL] + more.format(count=f"{len(cell) - MAX_CELL:,}")


def _text(cell: str, style: str | None = None) -> Text:
    return Text(visible(_bounded(cell)), style=style or "")


def _shown(cell: str) -> str:
    """A cell as drawn: cut to MAX_CELL, unsafe characters escaped, a tab as a space (tab stops break columns)."""
    return visible(_bounded(cell)).replace("\t", " ")


def _least_widths(shown: Sequence[Sequence[str]], no_wrap: Sequence[bool] = ()) -> list[int]:
    """Each column's narrowest width that cuts no word: its longest word (its longest cell if no_wrap).

    `shown` holds rows of cells as drawn (see `_shown`).
    """
    widths = []
    for i in range(len(shown[0]) if shown else 0):
        whole = i < len(no_wrap) and no_wrap[i]
        pieces = (piece for row in shown for piece in ([row[i]] if whole else row[i].split()))
        widths.append(max((cell_len(piece) for piece in pieces), default=1))
    return widths


def _column_widths(natural: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Each column at its natural width, or all capped alike (never below their least) to fit the room."""
    low, high = 0, max(natural, default=0)
    while low < high:  # the widest cap at which the columns fit
        cap = (low + high + 1) // 2
        if sum(max(m, min(n, cap)) for n, m in zip(natural, least, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    widths = [max(m, min(n, low)) for n, m in zip(natural, least, strict=True)]
    spare = room - sum(widths)  # less than one more for each capped column: hand it out from the left
    for i, n in enumerate(natural):
        if spare > 0 and widths[i] < n:
            widths[i] += 1
            spare -= 1
    return widths


def _wrap(cell: str, width: int) -> list[str]:
    """A cell's lines at a width: a line longer than it is broken at spaces (no word is longer)."""
    lines: list[str] = []
    for line in cell.split("\n"):
        if cell_len(line) <= width:
            lines.append(line)
            continue
        words: list[str] = []
        used = 0
        for word in line.split():
            size = cell_len(word)
            if words and used + 1 + size > width:
                lines.append(" ".join(words))
                words, used = [], 0
            used += size + (1 if words else 0)
            words.append(word)
        lines.append(" ".join(words))
    return lines


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    no_wrap: Sequence[bool] = (),
    title: str | None = None,
    styles: Sequence[Sequence[str | None]] = (),
) -> Text | None:
    """Rows under a bold header and a heavy rule, as wide as the width allows; None where it would cut a word.

    Besides the cells, a line holds one space at its start and three between columns, and
    leaves the last two cells of the width free.
    """
    shown = [[_shown(cell) for cell in row] for row in [header, *rows]]
    least = _least_widths(shown, no_wrap)
    room = width - 3 * len(header) - 1
    if sum(least) >= room:  # a word would not fit its column
        return None
    natural = [max(cell_len(line) for row in shown for line in row[i].split("\n")) for i in range(len(header))]
    widths = _column_widths(natural, least, room)
    out = Text(end="")
    if title:
        out.append(visible(title) + "\n", style="bold")
    out.append("\n")

    def add(cells: Sequence[str], style: Sequence[str | None]) -> None:
        lines = [_wrap(cell, w) for cell, w in zip(cells, widths, strict=True)]
        for k in range(max(len(cell_lines) for cell_lines in lines)):
            pieces = [cell_lines[k] if k < len(cell_lines) else "" for cell_lines in lines]
            last = max((i for i, piece in enumerate(pieces) if piece), default=0)  # no trailing spaces
            out.append(" ")
            for i, piece in enumerate(pieces[: last + 1]):
                pad = " " * (widths[i] - cell_len(piece) + 2) if i < last else ""
                out.append(" ")
                out.append(piece, style=(style[i] if i < len(style) else None) or "")
                out.append(pad)
            out.append("\n")

    add(shown[0], ["bold"] * len(header))
    out.append(" " + "━" * (sum(widths) + 3 * len(widths) - 1) + "\n")
    for i, row in enumerate(shown[1:]):
        add(row, styles[i] if i < len(styles) else ())
    out.append("\n")  # a blank line under the table, as above it
    return out


def _blocks(
    header: Sequence[str], rows: Sequence[Sequence[str]], styles: Sequence[Sequence[str | None]] = (), width: int = 0
) -> Group:
    """Records as blocks: the first cell on a line of its own, then each other cell under its header.

    Where the widest header and the longest word fit side by side, each block is a borderless
    grid, so that a long value wraps under itself; otherwise plain lines the terminal wraps.
    """
    least = _least_widths([[_shown(cell) for cell in row[1:]] for row in [header, *rows]])
    widest_header = max((len(h) for h in header[1:]), default=0)
    grid_fits = width >= MIN_WRAP_WIDTH and widest_header + max(least, default=1) + 5 <= width
    parts: list[Any] = []
    for i, row in enumerate(rows):
        style = [*(styles[i] if i < len(styles) else ()), *([None] * len(row))][: len(row)]
        parts.append(_text(row[0], "bold"))
        pairs = list(zip(header[1:], row[1:], style[1:], strict=True))
        if grid_fits:
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
            for name, cell, cell_style in pairs:
                grid.add_row(_text(f"  {name}:"), _text(cell, cell_style))
            parts.append(grid)
        else:
            parts.extend(Text.assemble(visible(f"  {name}: "), _text(cell, how)) for name, cell, how in pairs)
        parts.append(Text(""))
    return Group(*parts)


def print_rows(
    out: IO[str],
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    no_wrap: Sequence[bool] = (),
    color: bool = True,
    styles: Sequence[Sequence[str | None]] = (),
    title: str | None = None,
) -> None:
    """A table (blocks where a table would cut words); `styles` names a cell's Rich style, never markup."""
    console = _console(out, color)
    fits = console.width >= MIN_TABLE_WIDTH
    table = _table(header, rows, console.width, no_wrap, title, styles) if fits else None
    if table is None:
        if title:
            console.print(Text(visible(title), style="bold"), soft_wrap=True)
        console.print(_blocks(header, rows, styles, console.width), soft_wrap=console.width < MIN_WRAP_WIDTH)
    else:
        console.print(table, soft_wrap=True, end="")  # laid out to fit already: Rich need not wrap it again


def print_detail(out: IO[str], detail: Detail, color: bool = True, wide: bool = False) -> None:
    console = _console(out, color)
    if console.width < MIN_PANEL_WIDTH:
        lines = [(label, text_of(value, "; ")) for label, value in detail.fields]
        labels, values = ["", *(label for label, _v in lines)], [detail.title, *(v for _l, v in lines)]
        blocks: list[Any] = [_blocks(labels, [values], width=console.width)]
        for section in detail.sections:
            columns = text_columns(section.columns)
            rows = [[c.cell(r) for c in columns] for r in section.records]
            header = [c.header for c in columns]
            blocks += [Text(visible(section.title), style="bold"), _blocks(header, rows, width=console.width)]
        console.print(Group(*blocks), soft_wrap=console.width < MIN_WRAP_WIDTH)
        return
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
            columns = table_columns(section.columns, wide)
            rows = [[c.cell(r) for c in columns] for r in section.records]
            header, no_wrap = [c.header for c in columns], [c.no_wrap for c in columns]
            table = _table(header, rows, console.width - 4, no_wrap, title=section.title)  # the border takes 4
            if table is not None:
                parts.append(table)
            else:  # a table here would cut words: the section's records as blocks
                parts += [_text(section.title, "bold"), _blocks(header, rows, width=console.width - 4)]
        else:
            parts.append(_text(f"\n{section.title}: " + _("none")))
    console.print(Panel(Group(*parts), title=_text(detail.title), title_align="left", expand=False))
