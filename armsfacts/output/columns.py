"""Which columns a list of records shows, and what each column's cells say.

`shown_columns` is the one place that decides which columns a format draws: a terminal
table the ones that read at 80 columns (every one with --wide), plain and Markdown text
every column in full. The words come from words.py; formats.py and table.py draw them.
JSON never comes here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ..i18n import _, language, pick, word
from ..models import Dataset, Fact
from ..vocab import Format
from .words import (
    NONE,
    agency_name,
    agreement,
    agreement_in_short,
    country_name,
    date,
    figure_and_reading,
    figure_in_words,
    initiative_name,
    initiative_of,
    metric_label,
    optional,
    period,
    person_name,
    place,
    source_label,
    unit_label,
)

if TYPE_CHECKING:
    from ..metrics import MetricSummary
    from ..results import CompareRow

# ---------------------------------------------------------------------------
# What to show.


class Column(NamedTuple):
    key: str  # the JSON field the column shows, or the name of what it derives
    header: str
    cell: Callable[[Any], str]  # a line break in a cell is a space outside a terminal table
    no_wrap: bool = False  # ids, codes and figures stay whole on their lines, so they can be read and copied
    wide: bool = False  # drawn in a terminal table only with --wide, so that the rest reads at 80 columns
    short: bool = False  # a terminal table's shorter stand-in for a wide column (never in text)
    style: Callable[[Any], str] | None = None  # a Rich style name for the cell on a terminal (never markup)


def shown_columns(columns: Sequence[Column], fmt: Format, wide: bool) -> list[Column]:
    """The columns a list (or a detail's section) shows in a format.

    A terminal table leaves the wide columns out, drawing their short stand-ins instead,
    unless --wide; plain and Markdown text show every column in full, never a short form.
    """
    if fmt is Format.TABLE:
        return [c for c in columns if not (c.short if wide else c.wide)]
    return [c for c in columns if not c.short]


def left_out(columns: Sequence[Column], fmt: Format, wide: bool) -> list[str]:
    """The headers of the columns a format leaves out (what --wide would add to a terminal table)."""
    shown = {c.key for c in shown_columns(columns, fmt, wide)}
    return list(dict.fromkeys(c.header for c in columns if c.key not in shown))


def _figure_lines(ds: Dataset, fact: Fact, report: Any = None) -> str:
    """A figure, with how the project reads a vague one on a line of its own."""
    figure, reading = figure_and_reading(ds, fact, report)
    return f"{figure}\n({reading})" if reading else figure


def _figure_marked(ds: Dataset, f: Fact) -> str:
    """A figure, and under it a figure the sources disagree on says so (what 80 columns have room for)."""
    lines = _figure_lines(ds, f)
    return f"{lines}\n{agreement_in_short(f)}" if f.agreement in ("disputed", "likely_misprint") else lines


def fact_columns(ds: Dataset) -> list[Column]:
    """A figure's columns: at 80 columns what it counts, the figure, its period and its source."""

    def where(f: Fact) -> str:
        return " ".join(filter(None, (f.source, place(f))))

    return [
        Column("id", _("ID"), lambda f: f.id, no_wrap=True, wide=True),
        Column("metric", _("Metric"), lambda f: metric_label(ds, f.metric)),
        Column("value", _("Figure"), lambda f: _figure_marked(ds, f), no_wrap=True, short=True),
        Column("value", _("Figure"), lambda f: _figure_lines(ds, f), no_wrap=True, wide=True),
        Column("period", _("Period"), lambda f: period(f.period)),
        Column("country", _("Country"), lambda f: optional(f.country), wide=True),
        Column("initiative", _("Initiative"), lambda f: initiative_of(ds, f.initiative), wide=True),
        Column("source", _("Source"), lambda f: source_label(ds, f.source), short=True),
        Column("source", _("Source"), where, wide=True),
        Column("agreement", _("Agreement"), lambda f: agreement(ds, f), wide=True),
    ]


def fact_groups(ds: Dataset, facts: Sequence[Fact]) -> list[tuple[str, list[Fact]]]:
    """Figures in sections a reader can scan: each initiative's under its name, in the record's
    order of initiatives; the others by country, under a heading that says they have no initiative.

    Within a section the figures keep their order.
    """
    grouped: dict[tuple[int, str], list[Fact]] = {}
    rank = {ini.id: i for i, ini in enumerate(ds.initiatives)}
    countries = ("US", "MX", None)
    for f in facts:
        if f.initiative:
            key = (rank[f.initiative], initiative_of(ds, f.initiative))
        else:
            country = f.country if f.country in countries else None
            there = country_name(country) if country else _("no country given")
            key = (
                len(rank) + countries.index(country),
                _("Not tied to an initiative: {country}").format(country=there),
            )
        grouped.setdefault(key, []).append(f)
    return [(heading, members) for (_rank, heading), members in sorted(grouped.items(), key=lambda kv: kv[0][0])]


def _said_by(row: CompareRow) -> str:
    if row.speaker and row.outlet:
        who = _("{speaker}, in {outlet}").format(speaker=row.speaker, outlet=row.outlet)
    else:
        who = row.speaker or row.outlet or NONE
    if row.estimate_by:
        who += "; " + _("estimate by {who}").format(who=pick(row.estimate_by, row.estimate_by_es))
    return who


def _where(row: CompareRow) -> str:
    return " ".join(filter(None, (row.source, place(row))))


def _method_or_caveat(row: CompareRow) -> str:
    if row.method:
        return pick(row.method, row.method_es)
    return pick(row.caveat, row.caveat_es) if row.caveat else NONE


def compare_columns(ds: Dataset) -> list[Column]:
    def printed(row: CompareRow) -> str:
        fact = ds.fact_by_id[row.fact]
        return _figure_lines(ds, fact, fact.printed_by(row.source))

    return [
        Column("value", _("Figure"), printed, no_wrap=True),
        Column("period", _("Period"), lambda r: period(r.period)),
        Column("said_by", _("Said by"), _said_by),
        Column("source", _("Where"), _where),
        Column("method", _("Method or caveat"), _method_or_caveat),
    ]


def compare_table_columns(ds: Dataset) -> list[Column]:
    """`compare` at a terminal: the figure whole (formats adds its bar after it), then the
    figure's id to copy, when, and who said it; where and the caveat with --wide."""
    figure_column, period_column, said_by, where, method = compare_columns(ds)
    return [
        figure_column._replace(no_wrap=True),
        Column("fact", _("ID"), lambda r: r.fact, no_wrap=True),
        period_column,
        said_by,
        where._replace(wide=True),
        method._replace(wide=True),
    ]


def trend_columns(ds: Dataset) -> list[Column]:
    """A series' points: when, the figure as its source printed it, and where."""
    return [
        Column("period", _("Period"), lambda r: period(r.period)),
        Column("value", _("Figure"), lambda r: _figure_lines(ds, ds.fact_by_id[r.fact]), no_wrap=True),
        Column("source", _("Where"), lambda r: " ".join(filter(None, (r.source, place(ds.fact_by_id[r.fact]))))),
    ]


def initiative_columns(ds: Dataset) -> list[Column]:
    counts: dict[str, int] = {}
    for f in ds.facts:
        if f.initiative:
            counts[f.initiative] = counts.get(f.initiative, 0) + 1
    return [
        Column("id", _("ID"), lambda i: i.id, no_wrap=True),
        Column("name", _("Name"), initiative_name),
        Column("kind", _("Kind"), lambda i: word(i.kind), wide=True),
        Column("period", _("Period"), lambda i: period(i.period)),
        Column("facts", _("Figures"), lambda i: str(counts.get(i.id, 0))),
    ]


def other_name(name: str, name_es: str | None) -> tuple[str, str]:
    """The name in the language not in use, labelled (a list's column, a detail's field)."""
    return (_("English name"), name) if language() == "es" else (_("Spanish name"), optional(name_es))


def agency_columns(ds: Dataset) -> list[Column]:
    header = other_name("", None)[0]
    return [
        Column("code", _("Code"), lambda a: a.code, no_wrap=True),
        Column("name", _("Name"), agency_name),
        Column("other_name", header, lambda a: other_name(a.name, a.name_es)[1], wide=True),
        Column("country", _("Country"), lambda a: a.country),
        Column("parent", _("Part of"), lambda a: optional(a.parent), wide=True),
    ]


def person_columns(ds: Dataset) -> list[Column]:
    return [
        Column("name", _("Name"), lambda p: p.name),
        Column("role", _("Role"), lambda p: pick(p.role, p.role_es)),
        Column("agency", _("Agency"), lambda p: optional(p.agency)),
        Column("country", _("Country"), lambda p: p.country, wide=True),
    ]


def source_columns(ds: Dataset) -> list[Column]:
    return [
        Column("id", _("ID"), lambda s: s.id, no_wrap=True),
        Column("kind", _("Kind"), lambda s: word(s.kind), wide=True),
        Column("title", _("Title"), lambda s: pick(s.title, s.title_es)),
        Column("speaker", _("Speaker"), lambda s: person_name(ds, s.speaker), wide=True),
        Column("date", _("Date"), lambda s: date(s.date)),
        Column("outlet", _("Outlet"), lambda s: s.outlet or _("unknown")),
    ]


def metric_columns(ds: Dataset) -> list[Column]:
    """`armsfacts metrics`: what each counts, in the reader's language and (wide) the other.

    At 80 columns the longest id leaves room for the label and the count only: kind and unit
    are wide columns, as is the label in the other language.
    """

    def other(m: MetricSummary) -> str:
        return other_name(m.label, m.label_es)[1]

    def unit(m: MetricSummary) -> str:
        return unit_label(ds, m.unit) if m.unit else NONE

    return [
        Column("id", _("ID"), lambda m: m.id, no_wrap=True),
        Column("label", _("Label"), lambda m: pick(m.label, m.label_es)),
        Column("other_label", other_name("", None)[0], other, wide=True),
        Column("kind", _("Kind"), lambda m: word(m.kind), wide=True),
        Column("unit", _("Unit"), unit, wide=True),
        Column("figures", _("Figures"), lambda m: str(m.figures), no_wrap=True),
    ]


def _hit_name(ds: Dataset, hit: Any) -> str:
    """A hit's name; a figure's, as its metric and figure in words ('detenciones: 463 personas')."""
    fact = ds.fact_by_id.get(hit.id) if hit.kind == "fact" else None
    if fact is None:
        return str(pick(hit.name, hit.name_es))
    return f"{metric_label(ds, fact.metric)}: {figure_in_words(ds, fact)}"


def hit_columns(ds: Dataset) -> list[Column]:
    return [
        Column("kind", _("Kind"), lambda hit: word(hit.kind)),
        Column("id", _("ID"), lambda hit: hit.id, no_wrap=True),
        Column("name", _("Name"), lambda hit: _hit_name(ds, hit)),
        Column("matched", _("Matched"), lambda hit: hit.matched),
    ]


def problem_columns(ds: Dataset | None = None) -> list[Column]:
    return [
        Column("file", _("File"), lambda p: p.file),
        Column("line", _("Line"), lambda p: "" if p.line is None else str(p.line)),
        Column("column", _("Column"), lambda p: "" if p.column is None else str(p.column)),
        Column("severity", _("Severity"), lambda p: word(p.severity)),
        Column("path", _("Path"), lambda p: p.path),
        Column("message", _("Message"), lambda p: p.message),
    ]


def check_columns(ds: Dataset) -> list[Column]:
    return [
        Column("fact", _("Fact"), lambda c: c.fact, no_wrap=True),
        Column("as_printed", _("As printed"), lambda c: c.as_printed),
        Column("paragraph", _("Paragraph"), lambda c: "" if c.paragraph is None else str(c.paragraph)),
        Column("found_in", _("Found in"), lambda c: ", ".join(map(str, c.found_in)) or NONE),
        Column("status", _("Status"), lambda c: word(c.status)),
    ]


# How a terminal shows each verdict of `armsfacts check`; piped, the word alone says it.
VERDICT_STYLES = {"supported": "green", "contradicted": "bold red", "disputed": "yellow", "unverified": "dim"}


def claim_columns(ds: Dataset | None = None) -> list[Column]:
    return [
        Column("line", _("Where"), lambda c: f"{c.line}:{c.column}", no_wrap=True),
        Column("context", _("Claim"), lambda c: c.context),
        Column("verdict", _("Verdict"), lambda c: word(c.verdict), style=lambda c: VERDICT_STYLES[c.verdict]),
        Column("note", _("Note"), lambda c: c.note),
    ]
