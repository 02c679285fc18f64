"""What people read: numbers, figures, dates and periods in words, and each record's columns
in a list and fields in detail. Formats draw these cells; JSON never comes through here.

In Spanish, Mexican conventions: thousands grouped with a comma and a decimal point, as in
English (3,337 and 1,436.5), and dates as "1 de mayo de 2022".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from .i18n import _, language, pgettext, pick, pick_list, word
from .models import Agency, Dataset, Fact, Figure, Initiative, Period
from .query import fact_agencies
from .results import AgencyDetail, CompareRow, InitiativeDetail, SourceDetail
from .vocab import VAGUE

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}
NONE = "—"


def text_of(value: str | list[str], separator: str) -> str:
    """A detail field as one string: a list is joined, an empty one is a dash."""
    if isinstance(value, str):
        return value
    return separator.join(value) if value else NONE


# ---------------------------------------------------------------------------
# Numbers, figures, dates.


def not_given() -> str:
    return _("not given")


def in_millions(value: int | float) -> bool:
    """Whether a number is written as so many millions ('44 million')."""
    millions = value / 1_000_000
    return abs(millions) >= 1 and round(millions, 1) == millions


def number(value: int | float) -> str:
    """3337 -> '3,337'; 44000000 -> '44 million' ('44 millones'); 1436.5 -> '1,436.5'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    millions = value / 1_000_000
    if in_millions(value):
        count = f"{millions:g}"
        return _("{count} million").format(count=count) if millions != 1 else _("1 million")
    return f"{value:,}"


def unit_label(ds: Dataset, unit: str) -> str:
    found = ds.unit_by_id.get(unit)
    return pick(found.label, found.label_es) if found else unit


def figure(ds: Dataset, fig: Figure, fact: Fact | None = None) -> str:
    """A figure with its bound and unit: 'more than 1,436 investigations', 'nearly 44 million pills', '+40 %'.

    `fig` is a fact, or another source's report of `fact` (a report has no unit of its own).
    """
    owner = fact or fig
    assert isinstance(owner, Fact)
    metric = ds.metric_by_id.get(owner.metric)
    percent = metric is not None and metric.kind in ("share", "change")
    if fig.bound == "range" and fig.low is not None and fig.high is not None:
        vague = VAGUE.get((int(fig.low), int(fig.high)))
        low, high = number(fig.low), number(fig.high)
        if vague and not percent:
            core = _("{vague} of {unit}").format(vague=pick(*vague), unit=unit_label(ds, owner.unit))
            return core + " (" + _("{low} to {high}, as the project reads it").format(low=low, high=high) + ")"
        core = _("between {low} and {high}").format(low=low, high=high)
    elif percent:
        sign = "+" if metric is not None and metric.kind == "change" and fig.value > 0 else ""
        core = f"{sign}{number(fig.value)} %"
    else:
        core = number(fig.value)
    bounded = {
        "more_than": _("more than {figure}"),
        "at_least": _("at least {figure}"),
        "approximate": _("about {figure}"),
        "nearly": _("nearly {figure}"),
        "at_most": _("up to {figure}"),
    }.get(fig.bound)
    if bounded:
        core = bounded.format(figure=core)
    if percent:
        return core
    if fig.bound != "range" and in_millions(fig.value):  # "44 millones de pastillas"
        return pgettext("in millions", "{figure} {unit}").format(figure=core, unit=unit_label(ds, owner.unit))
    return f"{core} {unit_label(ds, owner.unit)}"


def date(day: dt.date | None) -> str:
    if day is None:
        return not_given()
    month = MONTHS[language()][day.month - 1]
    if language() == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def period(p: Period | None) -> str:
    if p is None:
        return not_given()
    if p.year is not None:
        return str(p.year)
    if p.as_of is not None:
        return _("as of {date}").format(date=date(p.as_of))
    return f"{date(p.start)} – {date(p.end)}"


def optional(text: str | None) -> str:
    return text if text else NONE


def codes(values: Sequence[str]) -> str:
    return ", ".join(values) if values else NONE


# ---------------------------------------------------------------------------
# Names of records.


def initiative_name(ini: Initiative) -> str:
    return pick(ini.name, ini.name_es)


def agency_name(agency: Agency) -> str:
    return pick(agency.name, agency.name_es)


def metric_label(ds: Dataset, metric_id: str) -> str:
    metric = ds.metric_by_id[metric_id]
    return pick(metric.label, metric.label_es)


# The article a Spanish name takes, by its head noun ("la DEA": la Administración para el
# Control de Drogas). A name whose head noun is not here goes without one.
ARTICLES_ES = {
    "administración": "la", "agencia": "la", "buró": "el", "departamento": "el", "fiscalía": "la",
    "guardia": "la", "oficina": "la", "procuraduría": "la", "secretaría": "la", "servicio": "el",
}  # fmt: skip


def source_subject(ds: Dataset, source_id: str) -> str:
    """A source's short name as the subject of a phrase: 'DEA'; in Spanish with its article, 'la DEA'."""
    label = source_label(ds, source_id)
    agency = ds.agency_by_code.get(label)
    if language() != "es" or agency is None or not agency.name_es:
        return label
    article = ARTICLES_ES.get(agency.name_es.split()[0].lower())
    return f"{article} {label}" if article else label


def source_label(ds: Dataset, source_id: str) -> str:
    """A short name for a source: a news report by its outlet ('La Jornada'), an official
    document by its speaker's agency ('DEA'), else the speaker, the outlet, or the id."""
    src = ds.source_by_id[source_id]
    person = ds.person_by_id[src.speaker] if src.speaker else None
    if src.kind == "news_article" and src.outlet:
        return src.outlet
    if person is not None:
        return person.agency or person.name
    return src.outlet or src.id


def person_name(ds: Dataset, pid: str | None) -> str:
    return ds.person_by_id[pid].name if pid else NONE


def _initiative_of(ds: Dataset, ini_id: str | None) -> str:
    return initiative_name(ds.initiative_by_id[ini_id]) if ini_id else NONE


def agreement(ds: Dataset, f: Fact) -> str:
    """The marker of a figure several sources report: who agrees, or what the others say."""
    if f.agreement == "single_source":
        return NONE
    if f.agreement == "corroborated":
        others = ", ".join(source_subject(ds, r.source) for r in f.also_reported_by)
        return _("corroborated by {sources}").format(sources=others)
    says = "; ".join(
        _("{source} says {figure}").format(source=source_subject(ds, r.source), figure=figure(ds, r, f))
        for r in f.differing_reports()
    )
    return _("DISPUTED: {what}").format(what=says)


# ---------------------------------------------------------------------------
# Lists: the columns of each kind of record.


class Column(NamedTuple):
    key: str  # the JSON field the column shows, or the name of what it derives
    header: str
    cell: Callable[[Any], str]
    no_wrap: bool = False  # ids and codes stay on one line, so they can be copied
    wide: bool = False  # drawn in a terminal table only with --wide, so that the rest reads at 80 columns
    style: Callable[[Any], str] | None = None  # a Rich style name for the cell on a terminal (never markup)


def fact_columns(ds: Dataset) -> list[Column]:
    return [
        Column("id", _("ID"), lambda f: f.id, no_wrap=True),
        Column("metric", _("Metric"), lambda f: metric_label(ds, f.metric), wide=True),
        Column("value", _("Figure"), lambda f: figure(ds, f)),
        Column("period", _("Period"), lambda f: period(f.period)),
        Column("country", _("Country"), lambda f: optional(f.country), wide=True),
        Column("initiative", _("Initiative"), lambda f: _initiative_of(ds, f.initiative), wide=True),
        Column("source", _("Source"), lambda f: f.source + (f" ¶{f.paragraph}" if f.paragraph else ""), wide=True),
        Column("agreement", _("Agreement"), lambda f: agreement(ds, f)),
    ]


def _said_by(row: CompareRow) -> str:
    if row.speaker and row.outlet:
        who = _("{speaker}, in {outlet}").format(speaker=row.speaker, outlet=row.outlet)
    else:
        who = row.speaker or row.outlet or NONE
    return who + ("; " + _("estimate by {who}").format(who=row.estimate_by) if row.estimate_by else "")


def _where(row: CompareRow) -> str:
    if row.paragraph:
        return f"{row.source} ¶{row.paragraph}"
    return row.source + (" " + _("p. {page}").format(page=row.page) if row.page else "")


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
        Column("title", _("Title"), lambda s: s.title),
        Column("speaker", _("Speaker"), lambda s: person_name(ds, s.speaker), wide=True),
        Column("date", _("Date"), lambda s: date(s.date)),
        Column("outlet", _("Outlet"), lambda s: s.outlet or _("unknown")),
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
    caveats = pick_list(f.caveats, f.caveats_es)
    for report in f.also_reported_by:
        caveats = caveats + pick_list(report.caveats, report.caveats_es)
    fields: list[tuple[str, str | list[str]]] = [
        (_("Figure"), figure(ds, f)),
        (_("As printed"), f"“{f.as_printed}”"),
        (_("Metric"), f"{metric_label(ds, f.metric)} ({f.metric})"),
        (_("Value"), f"{value_of(f)} {unit_label(ds, f.unit)}, {word(f.bound)}"),
        (_("What it counts"), pick(f.description, f.description_es)),
        (_("Period"), period(f.period)),
        (_("Country"), optional(f.country)),
        (_("Agencies"), codes(fact_agencies(ds, f))),
        (_("Initiative"), _initiative_of(ds, f.initiative)),
        (_("Source"), f"{src.title} ({src.id})"),
        (_("Said by"), person_name(ds, src.speaker)),
        (_("Date"), date(src.date)),
        (_("Paragraph"), str(f.paragraph) if f.paragraph else _("not recorded")),
    ]
    if f.estimate is not None:
        method = pick(f.estimate.method or "", f.estimate.method_es) or _("method not given")
        fields.append((_("Estimate"), _("by {who}: {method}").format(who=f.estimate.by, method=method)))
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
    where = f", ¶{report.paragraph}" if report.paragraph else ""
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
    return Detail(
        title=d.title,
        fields=[
            (_("ID"), d.id),
            (_("Kind"), word(d.kind)),
            (_("Title"), d.title),
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
