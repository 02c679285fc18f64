"""What each kind of record looks like to a person: its columns in a list, its fields in detail.

Views turn models into text cells; the output module decides how the cells are drawn
(a Rich table, tab-separated lines, …). JSON never goes through here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from . import humanize as h
from .models import Dataset, Fact
from .query import fact_agencies

if TYPE_CHECKING:
    from .details import AgencyDetail, InitiativeDetail, SourceDetail


# NamedTuples rather than dataclasses: this module is imported on every run, and a
# dataclass costs about a millisecond to define.
class Column(NamedTuple):
    header: str
    cell: Callable[[Any], str]
    no_wrap: bool = False  # ids and codes stay on one line, so they can be copied


class Section(NamedTuple):
    """A titled list inside a detail view (an operation's figures, an agency's officials)."""

    title: str
    records: Sequence[Any]
    columns: list[Column]


class Detail(NamedTuple):
    title: str
    fields: list[tuple[str, str | list[str]]]  # a list is drawn as bullets, or joined in one line
    sections: Sequence[Section] = ()


def _codes(codes: Sequence[str]) -> str:
    return ", ".join(codes) if codes else "—"


def _initiative_name(ds: Dataset, ini_id: str | None) -> str:
    return ds.initiative_by_id[ini_id].name if ini_id else "—"


def source_label(ds: Dataset, source_id: str) -> str:
    """A short name for a source: its speaker's agency ('DEA'), else the speaker, else its id."""
    src = ds.source_by_id[source_id]
    if src.speaker:
        person = ds.person_by_id[src.speaker]
        return person.agency or person.name
    return src.outlet or src.id


def agreement(ds: Dataset, f: Fact) -> str:
    """The marker of a figure several sources report: who agrees, or what the others say."""
    if f.agreement == "single_source":
        return "—"
    others = ", ".join(source_label(ds, r.source) for r in f.also_reported_by)
    if f.agreement == "corroborated":
        return f"corroborated by {others}"
    says = "; ".join(f"{source_label(ds, r.source)} says {h.figure(r, f.unit)}" for r in f.differing_reports())
    return f"DISPUTED: {says}"


def fact_columns(ds: Dataset, with_initiative: bool = True) -> list[Column]:
    columns = [
        Column("ID", lambda f: f.id, no_wrap=True),
        Column("Metric", lambda f: ds.metric_by_id[f.metric].label),
        Column("Figure", h.figure),
        Column("Period", lambda f: h.period(f.period)),
        Column("Country", lambda f: h.optional(f.country)),
        Column("Initiative", lambda f: _initiative_name(ds, f.initiative)),
        Column("Source", lambda f: f.source + (f" ¶{f.paragraph}" if f.paragraph else "")),
        Column("Agreement", lambda f: agreement(ds, f)),
    ]
    return columns if with_initiative else [c for c in columns if c.header != "Initiative"]


def initiative_columns(ds: Dataset) -> list[Column]:
    counts: dict[str, int] = {}
    for f in ds.facts:
        if f.initiative:
            counts[f.initiative] = counts.get(f.initiative, 0) + 1
    return [
        Column("ID", lambda i: i.id, no_wrap=True),
        Column("Name", lambda i: i.name),
        Column("Kind", lambda i: i.kind),
        Column("Period", lambda i: h.period(i.period)),
        Column("Figures", lambda i: str(counts.get(i.id, 0))),
    ]


def agency_columns(ds: Dataset) -> list[Column]:
    return [
        Column("Code", lambda a: a.code, no_wrap=True),
        Column("Name", lambda a: a.name),
        Column("Spanish name", lambda a: h.optional(a.name_es)),
        Column("Country", lambda a: a.country),
        Column("Part of", lambda a: h.optional(a.parent)),
    ]


def person_columns(ds: Dataset) -> list[Column]:
    return [
        Column("Name", lambda p: p.name),
        Column("Role", lambda p: p.role),
        Column("Agency", lambda p: h.optional(p.agency)),
        Column("Country", lambda p: p.country),
    ]


def source_columns(ds: Dataset) -> list[Column]:
    return [
        Column("ID", lambda s: s.id, no_wrap=True),
        Column("Kind", lambda s: s.kind.replace("_", " ")),
        Column("Title", lambda s: s.title),
        Column("Speaker", lambda s: _person_name(ds, s.speaker)),
        Column("Date", lambda s: h.date(s.date)),
        Column("Outlet", lambda s: s.outlet or "unknown"),
    ]


def hit_columns(ds: Dataset) -> list[Column]:
    return [
        Column("Kind", lambda hit: hit.kind),
        Column("ID", lambda hit: hit.id, no_wrap=True),
        Column("Name", lambda hit: hit.name),
        Column("Matched", lambda hit: hit.matched),
    ]


def problem_columns() -> list[Column]:
    return [
        Column("File", lambda p: p.file),
        Column("Line", lambda p: "" if p.line is None else str(p.line)),
        Column("Column", lambda p: "" if p.column is None else str(p.column)),
        Column("Severity", lambda p: p.severity),
        Column("Path", lambda p: p.path),
        Column("Message", lambda p: p.message),
    ]


def check_columns(ds: Dataset) -> list[Column]:
    return [
        Column("Fact", lambda c: c.fact, no_wrap=True),
        Column("As printed", lambda c: c.as_printed),
        Column("Paragraph", lambda c: "" if c.paragraph is None else str(c.paragraph)),
        Column("Found in", lambda c: ", ".join(map(str, c.found_in)) or "—"),
        Column("Status", lambda c: c.status),
    ]


# By class name, so that this module needs none of the classes that commands rarely use.
COLUMNS_FOR: dict[str, Callable[[Dataset], list[Column]]] = {
    "Fact": fact_columns,
    "Initiative": initiative_columns,
    "Agency": agency_columns,
    "Person": person_columns,
    "Source": source_columns,
    "SearchHit": hit_columns,
    "Check": check_columns,
}


def columns_for(kind: type, ds: Dataset) -> list[Column]:
    return COLUMNS_FOR[kind.__name__](ds)


def _person_name(ds: Dataset, pid: str | None) -> str:
    return ds.person_by_id[pid].name if pid else "—"


def fact_detail(ds: Dataset, f: Fact) -> Detail:
    src = ds.source_by_id[f.source]
    metric = ds.metric_by_id[f.metric]
    bound = f.bound.replace("_", " ")
    return Detail(
        title=f.id,
        fields=[
            ("Figure", h.figure(f)),
            ("As printed", f"“{f.as_printed}”"),
            ("Metric", f"{metric.label} ({f.metric})"),
            ("Value", f"{h.number(f.value)} {f.unit}, {bound}"),
            ("What it counts", f.description),
            ("Period", h.period(f.period)),
            ("Country", h.optional(f.country)),
            ("Agencies", _codes(fact_agencies(ds, f))),
            ("Initiative", _initiative_name(ds, f.initiative)),
            ("Source", f"{src.title} ({src.id})"),
            ("Said by", _person_name(ds, src.speaker)),
            ("Date", h.date(src.date)),
            ("Paragraph", str(f.paragraph) if f.paragraph else "not recorded"),
            ("Agreement", f.agreement.replace("_", " ")),
            ("Reported by", [_report_line(ds, f, sid) for sid in f.sources]),
            ("Caveats", f.caveats + [c for r in f.also_reported_by for c in r.caveats]),
        ],
    )


def _report_line(ds: Dataset, f: Fact, source_id: str) -> str:
    """'DEA (dea-…, ¶5): 8,497 firearms, printed “8,497”'."""
    report = f if f.source == source_id else next(r for r in f.also_reported_by if r.source == source_id)
    where = f", ¶{report.paragraph}" if report.paragraph else ""
    figure = h.figure(report, f.unit)
    return f"{source_label(ds, source_id)} ({source_id}{where}): {figure}, printed “{report.as_printed}”"


def initiative_detail(ds: Dataset, d: InitiativeDetail) -> Detail:
    targets = [ds.organization_by_id[t].name for t in d.targets]
    return Detail(
        title=d.name,
        fields=[
            ("ID", d.id),
            ("Kind", d.kind),
            ("Spanish name", h.optional(d.name_es)),
            ("Also known as", ", ".join(d.aliases) or "—"),
            ("Period", h.period(d.period)),
            ("Targets", ", ".join(targets) or "—"),
            ("Agencies", _codes(d.agencies)),
            ("Lead agency", h.optional(d.lead_agency)),
            ("About", d.description),
            ("Notes", d.notes),
        ],
        sections=[Section(f"Figures ({len(d.facts)})", d.facts, fact_columns(ds, with_initiative=False))],
    )


def agency_detail(ds: Dataset, d: AgencyDetail) -> Detail:
    return Detail(
        title=f"{d.code} — {d.name}",
        fields=[
            ("Code", d.code),
            ("Acronym", h.optional(d.acronym)),
            ("Name", d.name),
            ("Spanish name", h.optional(d.name_es)),
            ("Country", d.country),
            ("Part of", h.optional(d.parent)),
            ("Components", _codes(d.components)),
            ("Also known as", ", ".join(d.aliases) or "—"),
            ("Notes", d.notes),
        ],
        sections=[
            Section(f"Officials ({len(d.people)})", d.people, person_columns(ds)),
            Section(f"Figures ({len(d.facts)})", d.facts, fact_columns(ds)),
        ],
    )


def source_detail(ds: Dataset, d: SourceDetail) -> Detail:
    event = ds.event_by_id[d.event] if d.event else None
    return Detail(
        title=d.title,
        fields=[
            ("ID", d.id),
            ("Kind", d.kind.replace("_", " ")),
            ("Title", d.title),
            ("Speaker", _person_name(ds, d.speaker)),
            ("Author", d.author or "unknown"),
            ("Outlet", d.outlet or "unknown"),
            ("Published", h.date(d.published)),
            ("Date", h.date(d.date)),
            ("Address", d.url or "unknown"),
            ("Event", f"{event.name}, {event.place}, {h.date(event.date)}" if event else "—"),
            ("Language", d.language),
            ("People named", ", ".join(_person_name(ds, p) for p in d.people) or "—"),
            ("Notes", d.notes),
        ],
        sections=[Section(f"Figures ({len(d.facts)})", d.facts, fact_columns(ds))],
    )
