"""Markdown from data: rendered by any CommonMark renderer, HTML on or off, a data string reads as
it is written and is never markup, an element, a link or a table cell of its own.

CommonMark lets a backslash escape any ASCII punctuation character, and renders the pair as the
character alone. Written so: the characters with a meaning inline (an escape, code spans,
emphasis, GitHub's strikethrough, links and images, raw HTML and autolinks, entities, table
cells, a heading's closing #s); a block marker at the start of a line (a list, a quote, a
heading underline); and every line break of the data, as a space, so that data never starts a
block of its own. Control codes are shown as their escapes first (`terminal.one_line`).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from .terminal import one_line

_INLINE = re.compile(r"[\\`*_~\[\]<>&|#]")
# What opens a block at the start of a line: a list item (- + 1. 1)), a quote, a setext underline.
_BLOCK_START = re.compile(r"[-+=>]|\d{1,9}(?=[.)])")
# What an autolink cannot hold (CommonMark: no space, no control, no < or >) and what would end it.
_NOT_IN_AUTOLINK = re.compile(r"[\x00-\x20\x7f<>]")


def text(value: str) -> str:
    """Data as inline Markdown on one line: each character with a meaning escaped with a backslash."""
    return _INLINE.sub(lambda m: "\\" + m.group(), one_line(value))


def line_start(line: str) -> str:
    """A line whose first characters are data: a block marker there is escaped, leading spaces dropped.

    (Four leading spaces would make a code block; a renderer drops fewer anyway.)
    """
    line = line.lstrip(" ")
    found = _BLOCK_START.match(line)
    if found is None:
        return line
    if found.group()[0].isdigit():  # "1." or "1)": the punctuation after the digits is escaped
        return line[: found.end()] + "\\" + line[found.end() :]
    return "\\" + line


def autolink(url: str) -> str:
    """An address as a link: `<https://…>` for a web address, its text escaped for anything else."""
    if not re.match(r"(?i)https?://", url):
        return text(url)
    return "<" + _NOT_IN_AUTOLINK.sub(lambda m: quote(m.group(), safe=""), url) + ">"
