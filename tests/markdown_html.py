"""Markdown as a CommonMark renderer with HTML enabled makes it (markdown-it-py, GitHub's tables on),
and what in the result could act: any element or attribute a Markdown table, heading or list of
ours does not make, and any link that is not to a web address."""

from __future__ import annotations

from html.parser import HTMLParser

from markdown_it import MarkdownIt

RENDERER = MarkdownIt("commonmark", {"html": True}).enable("table")
# What armsfacts' Markdown is made of: pipe tables, headings, paragraphs, lists, autolinks.
ELEMENTS = {"table", "thead", "tbody", "tr", "th", "td", "h2", "h3", "p", "ul", "li", "a", "br"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.cells: list[str] = []
        self.texts: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href_ok = all(
            name == "href" and value is not None and value.lower().startswith(("http://", "https://"))
            for name, value in attrs
        )
        if tag not in ELEMENTS or (attrs and not (tag == "a" and href_ok)):
            self.live.append(self.get_starttag_text() or tag)
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def handle_comment(self, data: str) -> None:
        self.live.append(f"<!--{data}-->")

    def handle_pi(self, data: str) -> None:
        self.live.append(f"<?{data}>")

    def handle_decl(self, decl: str) -> None:
        self.live.append(f"<!{decl}>")


def read(markdown: str) -> _Reader:
    reader = _Reader()
    reader.feed(RENDERER.render(markdown))
    reader.close()
    return reader


def live_elements(markdown: str) -> list[str]:
    """Every element or attribute of the rendered Markdown that is not plain structure."""
    return read(markdown).live


def cells(markdown: str) -> list[str]:
    """The text of every table cell, as a browser shows it."""
    return read(markdown).cells


def text(markdown: str) -> str:
    """All the rendered text, as a browser shows it."""
    return "".join(read(markdown).texts)
