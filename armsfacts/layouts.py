"""How each kind of record is laid out for people: its columns in a list, its fields in detail.

The words come from display.py; formats.py and table.py draw them. JSON never comes here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .display import (
    NONE,
    agency_name,
    agreement,
    agreement_in_short,
    codes,
    date,
    figure,
    initiative_name,
    initiative_of,
    metric_label,
    number,
    optional,
    period,
    person_name,
    place,
    source_label,
    unit_label,
)
from .i18n import _, language, pick, pick_list, word
from .models import Dataset, Fact
from .query import fact_agencies

if TYPE_CHECKING:
    from .metrics import MetricSummary
    from .results import AgencyDetail, CompareRow, InitiativeDetail, SourceDetail

# ---------------------------------------------------------------------------
# Lists: the columns of each kind of record.


class Column(NamedTuple):
    key: str  # the JSON field the column shows, or the name of what it derives
    header: str
    cell: Callable[[Any], str]
    no_wrap: bool = False  # ids and codes stay on one line, so they can be copied
    wide: bool = False  # drawn in a terminal table only with --wide, so that the rest reads at 80 columns
    short: bool = False  # a narrow table's shorter stand-in for a wide column
    style: Callable[[Any], str] | None = None  # a Rich style name for the cell on a terminal (never markup)


def table_columns(columns: Sequence[Column], wide: bool) -> list[Column]:
    """A terminal table's columns: without --wide the wide ones give way to their short forms."""
    return [c for c in columns if not (c.short if wide else c.wide)]


def text_columns(columns: Sequence[Column]) -> list[Column]:
    """The columns of plain, markdown and csv text: every column in full, no short forms."""
    return [c for c in columns if not c.short]


def fact_columns(ds: Dataset) -> list[Column]:
    return [
        Column("id", _("ID"), lambda f: f.id, no_wrap=True),
        Column("metric", _("Metric"), lambda f: metric_label(ds, f.metric), wide=True),
        Column("value", _("Figure"), lambda f: figure(ds, f)),
        Column("period", _("Period"), lambda f: period(f.period)),
        Column("country", _("Country"), lambda f: optional(f.country), wide=True),
        Column("initiative", _("Initiative"), lambda f: initiative_of(ds, f.initiative), wide=True),
        Column("source", _("Source"), lambda f: " ".join(filter(None, (f.source, place(f)))), wide=True),
        Column("agreement", _("Agreement"), lambda f: agreement_in_short(f), short=True),
        Column("agreement", _("Agreement"), lambda f: agreement(ds, f), wide=True),
    ]


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
        return figure(ds, fact.printed_by(row.source), fact)

    return [
        Column("value", _("Figure"), printed),
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
        Column("value", _("Figure"), lambda r: figure(ds, ds.fact_by_id[r.fact])),
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


def _other_name(name: str, name_es: str | None) -> tuple[str, str]:
    """The name in the language not in use, labelled."""
    return (_("English name"), name) if language() == "es" else (_("Spanish name"), optional(name_es))


def agency_columns(ds: Dataset) -> list[Column]:
    header = _other_name("", None)[0]
    return [
        Column("code", _("Code"), lambda a: a.code, no_wrap=True),
        Column("name", _("Name"), agency_name),
        Column("other_name", header, lambda a: _other_name(a.name, a.name_es)[1], wide=True),
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

    At 80 columns the longest id (35 characters) leaves room for the label and the count only:
    kind and unit are wide columns, as is the label in the other language.
    """

    def other(m: MetricSummary) -> str:
        return _other_name(m.label, m.label_es)[1]

    def unit(m: MetricSummary) -> str:
        return unit_label(ds, m.unit) if m.unit else NONE

    return [
        Column("id", _("ID"), lambda m: m.id, no_wrap=True),
        Column("label", _("Label"), lambda m: pick(m.label, m.label_es)),
        Column("other_label", _other_name("", None)[0], other, wide=True),
        Column("kind", _("Kind"), lambda m: word(m.kind), wide=True),
        Column("unit", _("Unit"), unit, wide=True),
        Column("figures", _("Figures"), lambda m: str(m.figures), no_wrap=True),
    ]


def _hit_name(ds: Dataset, hit: Any) -> str:
    """A hit's name; a figure's, as its metric and figure in words ('detenciones: 463 personas')."""
    fact = ds.fact_by_id.get(hit.id) if hit.kind == "fact" else None
    if fact is None:
        return str(pick(hit.name, hit.name_es))
    return f"{metric_label(ds, fact.metric)}: {figure(ds, fact)}"


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


# ---------------------------------------------------------------------------
# Details: one record in full.


class Section(NamedTuple):
    """A titled list inside a detail view (an operation's figures, an agency's officials)."""

    title: str
    records: Sequence[Any]
    columns: list[Column]


class Detail(NamedTuple):
    title: str
    fields: list[tuple[str, str | list[str]]]  # a list is drawn as bullets, or joined in one line
    sections: Sequence[Section] = ()


def fact_detail(ds: Dataset, f: Fact) -> Detail:
    src = ds.source_by_id[f.source]
    # Another source's caveats say whose they are, and a caveat several reports share is given once.
    caveats = list(pick_list(f.caveats, f.caveats_es))
    for report in f.also_reported_by:
        label = source_label(ds, report.source)
        caveats += [f"{label}: {c}" for c in pick_list(report.caveats, report.caveats_es)]
    caveats = list(dict.fromkeys(caveats))
    fields: list[tuple[str, str | list[str]]] = [
        (_("Figure"), figure(ds, f)),
        (_("As printed"), f"“{f.as_printed}”"),
        (_("Metric"), f"{metric_label(ds, f.metric)} ({f.metric})"),
        (_("Value"), f"{value_of(f)} {unit_label(ds, f.unit, one=value_of(f) == '1')}, {word(f.bound)}"),
        (_("What it counts"), pick(f.description, f.description_es)),
        (_("Period"), period(f.period)),
        (_("Country"), optional(f.country)),
        (_("Agencies"), codes(fact_agencies(ds, f))),
        (_("Initiative"), initiative_of(ds, f.initiative)),
        (_("Source"), f"{pick(src.title, src.title_es)} ({src.id})"),
        (_("Said by"), person_name(ds, src.speaker)),
        (_("Date"), date(src.date)),
        (_("Where in the source"), place(f) or _("not recorded")),
    ]
    if f.estimate is not None:
        method = pick(f.estimate.method or "", f.estimate.method_es) or _("method not given")
        made_by = pick(f.estimate.by, f.estimate.by_es)
        fields.append((_("Estimate"), _("by {who}: {method}").format(who=made_by, method=method)))
    fields += [
        (_("Agreement"), word(f.agreement)),
        (_("Reported by"), [_report_line(ds, f, sid) for sid in f.sources]),
        (_("Caveats"), caveats),
    ]
    return Detail(title=f.id, fields=fields)


def value_of(f: Fact) -> str:
    """The recorded number, without its bound's words: '1,436'; a range, '200 to 999'."""
    if f.bound == "range" and f.low is not None and f.high is not None:
        return _("{low} to {high}").format(low=number(f.low), high=number(f.high))
    return number(f.value)


def _report_line(ds: Dataset, f: Fact, source_id: str) -> str:
    """'DEA (dea-…, ¶5): 8,497 firearms, printed “8,497”'."""
    report = f.printed_by(source_id)
    where = f", {place(report)}" if place(report) else ""
    line = _("{source} ({id}{where}): {figure}, printed “{printed}”")
    return line.format(
        source=source_label(ds, source_id),
        id=source_id,
        where=where,
        figure=figure(ds, report, f),
        printed=report.as_printed,
    )


def _figures(ds: Dataset, facts: Sequence[Fact], without: str | None = None) -> Section:
    title = _("Figures ({count})").format(count=len(facts))
    return Section(title, facts, [c for c in fact_columns(ds) if c.key != without])


def initiative_detail(ds: Dataset, d: InitiativeDetail) -> Detail:
    targets = [pick(o.name, o.name_es) for o in (ds.organization_by_id[t] for t in d.targets)]
    return Detail(
        title=initiative_name(d),
        fields=[
            (_("ID"), d.id),
            (_("Kind"), word(d.kind)),
            _other_name(d.name, d.name_es),
            (_("Also known as"), ", ".join(d.aliases) or NONE),
            (_("Period"), period(d.period)),
            (_("Targets"), ", ".join(targets) or NONE),
            (_("Agencies"), codes(d.agencies)),
            (_("Lead agency"), optional(d.lead_agency)),
            (_("About"), pick(d.description, d.description_es)),
            (_("Notes"), pick_list(d.notes, d.notes_es)),
        ],
        sections=[_figures(ds, d.facts, without="initiative")],
    )


def agency_detail(ds: Dataset, d: AgencyDetail) -> Detail:
    return Detail(
        title=f"{d.code} — {agency_name(d)}",
        fields=[
            (_("Code"), d.code),
            (_("Acronym"), optional(d.acronym)),
            (_("Name"), agency_name(d)),
            _other_name(d.name, d.name_es),
            (_("Country"), d.country),
            (_("Part of"), optional(d.parent)),
            (_("Components"), codes(d.components)),
            (_("Also known as"), ", ".join(d.aliases) or NONE),
            (_("Notes"), pick_list(d.notes, d.notes_es)),
        ],
        sections=[
            Section(_("Officials ({count})").format(count=len(d.people)), d.people, person_columns(ds)),
            _figures(ds, d.facts),
        ],
    )


def source_detail(ds: Dataset, d: SourceDetail) -> Detail:
    event = ds.event_by_id[d.event] if d.event else None
    unknown = _("unknown")
    about_event = NONE
    if event is not None:
        about_event = f"{pick(event.name, event.name_es)}, {pick(event.place, event.place_es)}, {date(event.date)}"
    title = pick(d.title, d.title_es)
    return Detail(
        title=title,
        fields=[
            (_("ID"), d.id),
            (_("Kind"), word(d.kind)),
            (_("Title"), title),
            (_("Speaker"), person_name(ds, d.speaker)),
            (_("Author"), d.author or unknown),
            (_("Outlet"), d.outlet or unknown),
            (_("Published"), date(d.published)),
            (_("Date"), date(d.date)),
            (_("Web address"), d.url or unknown),
            (_("Read on"), date(d.accessed)),
            (_("Event"), about_event),
            (_("Language"), d.language),
            (_("People named"), ", ".join(person_name(ds, p) for p in d.people) or NONE),
            (_("Notes"), pick_list(d.notes, d.notes_es)),
        ],
        sections=[_figures(ds, d.facts)],
    )
