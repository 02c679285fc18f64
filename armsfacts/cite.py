"""`armsfacts cite`: a citation for a figure that names every source reporting it."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from typing import IO, Any

from . import markdown as md
from .i18n import _, pick, word
from .models import Dataset, Fact, Source
from .output.words import date, figure_in_words, period
from .terminal import UNSAFE, json_escaped, visible
from .vocab import SourceKind

CSL_TYPES: dict[SourceKind, str] = {
    "news_article": "article-newspaper",
    "report": "report",
    "announcement": "webpage",
    "fact_sheet": "document",
    "data_release": "dataset",
    "study": "article-journal",
}


def _speaker(ds: Dataset, src: Source) -> str | None:
    """'Ken Salazar, U.S. Ambassador to Mexico' — who spoke, with their role."""
    if not src.speaker:
        return None
    person = ds.person_by_id[src.speaker]
    return f"{person.name}, {pick(person.role, person.role_es)}"


def _author(ds: Dataset, src: Source) -> str | None:
    """Who wrote it: a news report's author when the page names one (the official it quotes
    did not write it); an official document's speaker, in whose name it was issued."""
    if src.kind == "news_article":
        return src.author
    return src.author or (ds.person_by_id[src.speaker].name if src.speaker else None)


def _printed_by(fact: Fact, source_id: str) -> tuple[str, int | None]:
    report = fact.printed_by(source_id)
    return report.as_printed, report.paragraph


def _as_is(text: str) -> str:
    return text


def _lines(ds: Dataset, fact: Fact, markdown: bool) -> list[str]:
    # In Markdown every data string is escaped, and a line that starts with one is kept a plain line.
    t = md.text if markdown else _as_is
    line = md.line_start if markdown else _as_is
    metric = ds.metric_by_id[fact.metric]
    label = t(pick(metric.label, metric.label_es))
    description = t(pick(fact.description, fact.description_es))
    lines = [line(f"{t(figure_in_words(ds, fact))} ({label}; {t(period(fact.period))}): {description}")]
    if fact.agreement == "disputed":
        lines.append(_("The sources disagree on this figure; each gives its own below."))
    lines.append("")
    for source_id in fact.sources:
        src = ds.source_by_id[source_id]
        printed, paragraph = _printed_by(fact, source_id)
        # A title in parentheses is the project's note on a page that shows none: not quoted as one.
        shown = pick(src.title, src.title_es)
        title = t(shown) if shown.startswith("(") and shown.endswith(")") else f"“{t(shown)}”"
        kind = word(src.kind).capitalize()
        speaker = _speaker(ds, src)
        parts = [p for p in (t(speaker) if speaker else None, title, kind) if p]
        parts.append(t(src.outlet) if src.outlet else _("Outlet unknown"))
        parts.append(date(src.date) if src.date else _("Date unknown"))
        if src.url:
            parts.append(md.autolink(src.url) if markdown else src.url)
        else:
            parts.append(_("Address unknown"))
        page = fact.printed_by(source_id).page
        where = (
            _("paragraph {number}").format(number=paragraph)
            if paragraph
            else _("page {number}").format(number=page)
            if page
            else _("paragraph not recorded")
        )
        entry = ". ".join(parts) + ". " + _("Gives “{printed}” ({where}).").format(printed=t(printed), where=where)
        lines.append(f"- {line(entry)}" if markdown else entry)
    lines.append("")
    lines.append(_("Via armsfacts, fact {id}.").format(id=t(fact.id)))
    return lines


# LaTeX's special characters as BibTeX must write them in a field's text.
_BIB_TEXT = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
}
_BIB_SPECIAL = re.compile("|".join(re.escape(ch) for ch in _BIB_TEXT))
# An id and an address go in as they are: the record holds only ids of a-z, 0-9, - and _ (a
# BibTeX key reads them whole) and addresses with no space, brace or backslash (BibTeX takes a
# url field verbatim, and nothing in one can break its braces); models.py refuses anything else.


def _bib(text: str) -> str:
    return _BIB_SPECIAL.sub(lambda m: _BIB_TEXT[m.group()], text)


def bibtex(ds: Dataset, fact: Fact) -> str:
    entries = []
    for source_id in fact.sources:
        src = ds.source_by_id[source_id]
        printed, paragraph = _printed_by(fact, source_id)
        fields: dict[str, str] = {"title": _bib(src.title)}
        author = _author(ds, src)
        if author:
            # as one name in braces: no surname guessed from a name's last word
            fields["author"] = "{" + _bib(author) + "}"
        if src.date:
            fields |= {"year": str(src.date.year), "month": str(src.date.month), "day": str(src.date.day)}
        fields["howpublished"] = _bib(src.outlet or src.kind.replace("_", " "))
        if src.url:
            fields["url"] = src.url
        where = f", paragraph {paragraph}" if paragraph else ""
        fields["note"] = _bib(f"Reports {printed}{where} (armsfacts fact {fact.id})")
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
        entries.append(f"@misc{{{source_id},\n{body}\n}}")
    return "\n\n".join(entries)


def csl_json(ds: Dataset, fact: Fact) -> list[dict[str, Any]]:
    items = []
    for source_id in fact.sources:
        src = ds.source_by_id[source_id]
        printed, paragraph = _printed_by(fact, source_id)
        item: dict[str, Any] = {"id": source_id, "type": CSL_TYPES[src.kind], "title": src.title}
        author = _author(ds, src)
        if author:
            item["author"] = [{"literal": author}]
        if src.date:
            item["issued"] = {"date-parts": [[src.date.year, src.date.month, src.date.day]]}
        if src.outlet:
            item["container-title"] = src.outlet
        if src.url:
            item["URL"] = src.url
        where = f", paragraph {paragraph}" if paragraph else ""
        item["note"] = f"Reports {printed}{where} (armsfacts fact {fact.id})"
        items.append(item)
    return items


def cite(ds: Dataset, fact: Fact, style: str) -> str:
    """The citation as text to paste: no control code of the data reaches it raw."""
    if style == "bibtex":
        return UNSAFE.sub("\ufffd", bibtex(ds, fact))  # a backslash escape would be a LaTeX command
    if style == "csl-json":
        return json_escaped(json.dumps(csl_json(ds, fact), ensure_ascii=False, indent=2))
    return visible("\n".join(_lines(ds, fact, markdown=style == "markdown")))


def screen_width(out: IO[str]) -> int | None:
    """The width of the terminal `out` is, or None when it is not one: a pipe or file.

    COLUMNS, where set to a positive number, is the width (shutil reads it first); 80 where none can be found.
    """
    return shutil.get_terminal_size((80, 24)).columns if out.isatty() else None


def wrapped(citation: str, style: str, width: int | None) -> str:
    """A plain or Markdown citation with its long lines broken at spaces to fit `width`.

    No width (a pipe, a file) or a machine style (BibTeX, CSL-JSON): as it is, one entry a line.
    A word longer than the width (a web address) stays whole on a line of its own. The lines
    a line is broken into are indented after the first, so that each source still starts a
    line of its own (and a Markdown list item stays one item).
    """
    if width is None or style not in ("plain", "markdown"):
        return citation
    lines = []
    for line in citation.split("\n"):
        pieces = textwrap.wrap(
            line, width=max(width - 1, 20), subsequent_indent="  ", break_long_words=False, break_on_hyphens=False
        )
        lines.extend(pieces or [""])
    return "\n".join(lines)
