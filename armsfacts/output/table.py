"""Tables and panels for a person at a terminal, drawn by Rich. Imported only when a table is drawn.

A list is a `rich.table.Table` configured for reading at 80 columns: ids never wrap, a
figure keeps its line (the lines under it, a vague figure's reading and a dispute's marker,
wrap), the other columns fold. Rich narrows a table too wide for the terminal by a rule that
pays no heed to a column's least width (it cropped "Riviera Maya" to "Riviera May"), so the
widths are chosen here, each column between its least and its natural width, and given to
Rich as the columns' min and max: it has nothing left to narrow. Where no widths fit (see
`list_table`), or the width is under MIN_TABLE_WIDTH, the records are printed as blocks.

Every cell is a `rich.text.Text`, so that brackets in the data are never read as markup,
and its unsafe characters are escaped first (terminal.visible).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from typing import IO, Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..i18n import _
from ..terminal import visible
from ..vocab import Format
from .columns import shown_columns
from .details import Detail
from .words import text_of

# Wide enough that a table printed into a file or pipe is never wrapped or cut.
UNBOUNDED_WIDTH = 10_000
# Narrower than these, a table or a panel would cut words or lose columns: records are then
# printed as blocks of "Header: value" lines instead, which lose nothing at any width.
MIN_TABLE_WIDTH = 50
MIN_PANEL_WIDTH = 40
# Narrower still, even blocks are not wrapped (a word a line helps no one): the terminal wraps.
MIN_WRAP_WIDTH = 20
# A folding column is given at least this many cells (or its whole text, if shorter): narrower,
# a period or a name would read a few letters a line.
MIN_FOLD_WIDTH = 8
# A word longer than this is most likely an address or names joined without spaces
# ("(texomashomepage.com);"): it is folded before a figure wraps. Shorter words stay whole longer.
LONG_WORD = 14
# Between two columns: a cell of padding on each side and the (blank) divider.
GUTTER = 3
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


def _shown(cell: str) -> str:
    """A cell as drawn: cut to MAX_CELL, unsafe characters escaped, a tab as a space (tab stops break columns)."""
    return visible(_bounded(cell)).replace("\t", " ")


def _text(cell: str, style: str | None = None) -> Text:
    return Text(_shown(cell), style=style or "")


def _widest(cells: Sequence[str], words: bool) -> int:
    """The widest line of the cells, in terminal cells; with `words`, their widest word."""
    pieces = (piece for cell in cells for piece in (cell.split() if words else cell.split("\n")))
    return max((cell_len(piece) for piece in pieces), default=1)


def _least(cells: Sequence[str], is_id: bool, is_figure: bool, stage: int) -> int:
    """A column's narrowest width at a stage of fitting (see list_table).

    An id's is its widest line, always. A figure's is its widest first line (the figure; the
    lines under it, its reading and its agreement, wrap at spaces), from stage 2 its widest
    word (it wraps between words, its number whole). A folding column's is its widest word;
    from stage 1 no more than LONG_WORD (an address or a joined name folds, a word stays
    whole); at stage 3 MIN_FOLD_WIDTH; never more than its widest line.
    """
    if is_id:
        return _widest(cells, words=False)
    if is_figure:
        rest = [line for cell in cells for line in cell.split("\n")[1:]]
        if stage >= 2:
            return _widest(cells, words=True)
        return max(_widest([cell.split("\n")[0] for cell in cells], words=False), _widest(rest, words=True))
    floor = min(_widest(cells, words=False), MIN_FOLD_WIDTH)
    if stage == 3:
        return floor
    widest_word = _widest(cells, words=True)
    return max(widest_word if stage == 0 else min(widest_word, LONG_WORD), floor)


def _style(styles: Sequence[Sequence[str | None]], row: int, column: int) -> str | None:
    return styles[row][column] if row < len(styles) and column < len(styles[row]) else None


def list_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    no_wrap: Sequence[bool] = (),
    styles: Sequence[Sequence[str | None]] = (),
    figures: Sequence[bool] = (),
) -> Table | None:
    """Rows under a bold header and a heavy rule within `width`; None where no table can hold them whole.

    `no_wrap` marks the columns kept whole (ids, figures); `figures`, which of them are
    figures: a figure stays on its line, the lines under it wrap, and where even that leaves
    the other columns too little room the figure wraps at spaces.
    """
    if width < MIN_TABLE_WIDTH:
        return None
    shown = [[_shown(cell) for cell in row] for row in rows]
    columns = list(zip(*shown, strict=True)) if shown else [() for _h in header]
    heads = [_shown(h) for h in header]
    cells = [[heads[i], *columns[i]] for i in range(len(header))]
    room = width - GUTTER * (len(header) - 1)
    ids = [i < len(no_wrap) and no_wrap[i] and not (i < len(figures) and figures[i]) for i in range(len(header))]
    figure = [i < len(figures) and figures[i] for i in range(len(header))]
    # The ways to fit, best first: every word whole; only very long words (addresses) folding;
    # figures wrapping at spaces too (a number is one word: never cut); any word folding. None
    # fits: blocks.
    for stage in range(4):
        least = [_least(cells[i], ids[i], figure[i], stage) for i in range(len(header))]
        if sum(least) <= room:
            break
    else:
        return None
    natural = [_widest(cells[i], words=False) for i in range(len(header))]
    caps = _caps(natural, least, ids, room)
    table = Table(box=box.SIMPLE_HEAVY, show_edge=False, pad_edge=False, header_style="bold", expand=False)
    for i, head in enumerate(heads):
        table.add_column(Text(head), no_wrap=ids[i], overflow="fold", min_width=caps[i], max_width=caps[i])
    for r, row in enumerate(shown):
        table.add_row(*(Text(cell, style=_style(styles, r, i) or "") for i, cell in enumerate(row)))
    return table


def _caps(natural: Sequence[int], least: Sequence[int], whole: Sequence[bool], room: int) -> list[int]:
    """Each column's width: a whole column its widest line; the folding ones their natural width,
    or all capped alike (never below their least) so that the table fits the room.

    Rich narrows a table too wide for the terminal by its own rule, which pays no heed to a
    column's least width; given widths that fit, it has nothing to narrow.
    """
    fixed = sum(n for n, w in zip(natural, whole, strict=True) if w)

    def total(cap: int) -> int:
        return fixed + sum(max(m, min(n, cap)) for n, m, w in zip(natural, least, whole, strict=True) if not w)

    low, high = 0, max(natural, default=0)
    while low < high:  # the widest cap at which the columns fit
        cap = (low + high + 1) // 2
        low, high = (cap, high) if total(cap) <= room else (low, cap - 1)
    widths = [n if w else max(m, min(n, low)) for n, m, w in zip(natural, least, whole, strict=True)]
    spare = room - sum(widths)  # less than one more for each capped column: given from the left
    for i, n in enumerate(natural):
        if spare > 0 and widths[i] < n:
            widths[i] += 1
            spare -= 1
    return widths


def _blocks(
    header: Sequence[str], rows: Sequence[Sequence[str]], styles: Sequence[Sequence[str | None]] = (), width: int = 0
) -> Group:
    """Records as blocks: the first cell on a line of its own, then each other cell under its header.

    Where the widest header and the longest word fit side by side, each block is a borderless
    grid, so that a long value wraps under itself; otherwise plain lines the terminal wraps.
    """
    least = _widest([_shown(cell) for row in [header, *rows] for cell in row[1:]], words=True)
    widest_header = max((len(h) for h in header[1:]), default=0)
    grid_fits = width >= MIN_WRAP_WIDTH and widest_header + least + 5 <= width
    parts: list[Any] = []
    for i, row in enumerate(rows):
        style = [_style(styles, i, k) for k in range(len(row))]
        parts.append(_text(row[0].replace("\n", " "), "bold"))
        pairs = list(zip(header[1:], row[1:], style[1:], strict=True))
        if grid_fits:
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
            for name, cell, cell_style in pairs:
                grid.add_row(_text(f"  {name}:"), _text(cell.replace("\n", " "), cell_style))
            parts.append(grid)
        else:
            parts.extend(
                Text.assemble(visible(f"  {name}: "), _text(cell.replace("\n", " "), how)) for name, cell, how in pairs
            )
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
    figures: Sequence[bool] = (),
) -> None:
    """A table under its title (blocks where no table fits); `styles` names a cell's Rich style, never markup."""
    console = _console(out, color)
    table = list_table(header, rows, console.width, no_wrap, styles, figures)
    if title:
        console.print(Text(_shown(title), style="bold"), soft_wrap=True)
    if table is None:
        console.print(_blocks(header, rows, styles, console.width), soft_wrap=console.width < MIN_WRAP_WIDTH)
    else:
        console.print(table)
        console.print()


def print_detail(out: IO[str], detail: Detail, color: bool = True, wide: bool = False) -> None:
    console = _console(out, color)
    if console.width < MIN_PANEL_WIDTH:
        lines = [(label, text_of(value, "; ")) for label, value in detail.fields]
        labels, values = ["", *(label for label, _v in lines)], [detail.title, *(v for _l, v in lines)]
        blocks: list[Any] = [_blocks(labels, [values], width=console.width)]
        for section in detail.sections:
            columns = shown_columns(section.columns, Format.PLAIN, wide)
            rows = [[c.cell(r) for c in columns] for r in section.records]
            header = [c.header for c in columns]
            blocks += [Text(_shown(section.title), style="bold"), _blocks(header, rows, width=console.width)]
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
            columns = shown_columns(section.columns, Format.TABLE, wide)
            rows = [[c.cell(r) for c in columns] for r in section.records]
            header = [c.header for c in columns]
            no_wrap, figures = [c.no_wrap for c in columns], [c.key == "value" for c in columns]
            parts += [Text(""), _text(section.title, "bold")]
            table = list_table(header, rows, console.width - 4, no_wrap, figures=figures)  # the border takes 4
            parts.append(table if table is not None else _blocks(header, rows, width=console.width - 4))
        else:
            parts.append(_text(f"\n{section.title}: " + _("none")))
    console.print(Panel(Group(*parts), title=_text(detail.title), title_align="left", expand=False))
