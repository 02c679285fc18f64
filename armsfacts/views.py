"""What each kind of record looks like to a person: its columns in a list, its fields in detail.

Views turn models into text cells; the output module decides how the cells are drawn
(a Rich table, tab-separated lines, …). JSON never goes through here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from . import humanize as h
from .i18n import _, language, pick, pick_list, word
from .models import Agency, Dataset, Fact, Initiative
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
    return initiative_name(ds.initiative_by_id[ini_id]) if ini_id else "—"


def initiative_name(ini: Initiative) -> str:
    return pick(ini.name, ini.name_es)


def agency_name(agency: Agency) -> str:
    return pick(agency.name, agency.name_es)


def metric_label(ds: Dataset, metric_id: str) -> str:
    metric = ds.metric_by_id[metric_id]
    return pick(metric.label, metric.label_es)


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
        return _("corroborated by {sources}").format(sources=others)
    says = "; ".join(
        _("{source} says {figure}").format(source=source_label(ds, r.source), figure=h.figure(r, f.unit))
        for r in f.differing_reports()
    )
    return _("DISPUTED: {what}").format(what=says)


def fact_columns(ds: Dataset, with_initiative: bool = True) -> list[Column]:
    columns = [
        Column(_("ID"), lambda f: f.id, no_wrap=True),
        Column(_("Metric"), lambda f: metric_label(ds, f.metric)),
        Column(_("Figure"), h.figure),
        Column(_("Period"), lambda f: h.period(f.period)),
        Column(_("Country"), lambda f: h.optional(f.country)),
        Column(_("Initiative"), lambda f: _initiative_name(ds, f.initiative)),
        Column(_("Source"), lambda f: f.source + (f" ¶{f.paragraph}" if f.paragraph else "")),
        Column(_("Agreement"), lambda f: agreement(ds, f)),
    ]
    return columns if with_initiative else [c for c in columns if c.header != _("Initiative")]


def initiative_columns(ds: Dataset) -> list[Column]:
    counts: dict[str, int] = {}
    for f in ds.facts:
        if f.initiative:
            counts[f.initiative] = counts.get(f.initiative, 0) + 1
    return [
        Column(_("ID"), lambda i: i.id, no_wrap=True),
        Column(_("Name"), initiative_name),
        Column(_("Kind"), lambda i: word(i.kind)),
        Column(_("Period"), lambda i: h.period(i.period)),
        Column(_("Figures"), lambda i: str(counts.get(i.id, 0))),
    ]


def agency_columns(ds: Dataset) -> list[Column]:
    other = (
        Column(_("English name"), lambda a: a.name)
        if language() == "es"
        else Column(_("Spanish name"), lambda a: h.optional(a.name_es))
    )
    return [
        Column(_("Code"), lambda a: a.code, no_wrap=True),
        Column(_("Name"), agency_name),
        other,
        Column(_("Country"), lambda a: a.country),
        Column(_("Part of"), lambda a: h.optional(a.parent)),
    ]


def person_columns(ds: Dataset) -> list[Column]:
    return [
        Column(_("Name"), lambda p: p.name),
        Column(_("Role"), lambda p: pick(p.role, p.role_es)),
        Column(_("Agency"), lambda p: h.optional(p.agency)),
        Column(_("Country"), lambda p: p.country),
    ]


def source_columns(ds: Dataset) -> list[Column]:
    return [
        Column(_("ID"), lambda s: s.id, no_wrap=True),
        Column(_("Kind"), lambda s: word(s.kind)),
        Column(_("Title"), lambda s: s.title),
        Column(_("Speaker"), lambda s: _person_name(ds, s.speaker)),
        Column(_("Date"), lambda s: h.date(s.date)),
        Column(_("Outlet"), lambda s: s.outlet or _("unknown")),
    ]


def hit_columns(ds: Dataset) -> list[Column]:
    return [
        Column(_("Kind"), lambda hit: word(hit.kind)),
        Column(_("ID"), lambda hit: hit.id, no_wrap=True),
        Column(_("Name"), lambda hit: pick(hit.name, hit.name_es)),
        Column(_("Matched"), lambda hit: hit.matched),
    ]


def problem_columns() -> list[Column]:
    return [
        Column(_("File"), lambda p: p.file),
        Column(_("Line"), lambda p: "" if p.line is None else str(p.line)),
        Column(_("Column"), lambda p: "" if p.column is None else str(p.column)),
        Column(_("Severity"), lambda p: word(p.severity)),
        Column(_("Path"), lambda p: p.path),
        Column(_("Message"), lambda p: p.message),
    ]


def check_columns(ds: Dataset) -> list[Column]:
    return [
        Column(_("Fact"), lambda c: c.fact, no_wrap=True),
        Column(_("As printed"), lambda c: c.as_printed),
        Column(_("Paragraph"), lambda c: "" if c.paragraph is None else str(c.paragraph)),
        Column(_("Found in"), lambda c: ", ".join(map(str, c.found_in)) or "—"),
        Column(_("Status"), lambda c: word(c.status)),
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
    caveats = pick_list(f.caveats, f.caveats_es)
    for report in f.also_reported_by:
        caveats = caveats + pick_list(report.caveats, report.caveats_es)
    return Detail(
        title=f.id,
        fields=[
            (_("Figure"), h.figure(f)),
            (_("As printed"), f"“{f.as_printed}”"),
            (_("Metric"), f"{metric_label(ds, f.metric)} ({f.metric})"),
            (_("Value"), f"{h.number(f.value)} {h.unit_word(f.unit)}, {word(f.bound)}"),
            (_("What it counts"), pick(f.description, f.description_es)),
            (_("Period"), h.period(f.period)),
            (_("Country"), h.optional(f.country)),
            (_("Agencies"), _codes(fact_agencies(ds, f))),
            (_("Initiative"), _initiative_name(ds, f.initiative)),
            (_("Source"), f"{src.title} ({src.id})"),
            (_("Said by"), _person_name(ds, src.speaker)),
            (_("Date"), h.date(src.date)),
            (_("Paragraph"), str(f.paragraph) if f.paragraph else _("not recorded")),
            (_("Agreement"), word(f.agreement)),
            (_("Reported by"), [_report_line(ds, f, sid) for sid in f.sources]),
            (_("Caveats"), caveats),
        ],
    )


def _report_line(ds: Dataset, f: Fact, source_id: str) -> str:
    """'DEA (dea-…, ¶5): 8,497 firearms, printed “8,497”'."""
    report = f if f.source == source_id else next(r for r in f.also_reported_by if r.source == source_id)
    where = f", ¶{report.paragraph}" if report.paragraph else ""
    line = _("{source} ({id}{where}): {figure}, printed “{printed}”")
    return line.format(
        source=source_label(ds, source_id),
        id=source_id,
        where=where,
        figure=h.figure(report, f.unit),
        printed=report.as_printed,
    )


def _figures(ds: Dataset, facts: Sequence[Fact], with_initiative: bool = True) -> Section:
    title = _("Figures ({count})").format(count=len(facts))
    return Section(title, facts, fact_columns(ds, with_initiative))


def initiative_detail(ds: Dataset, d: InitiativeDetail) -> Detail:
    targets = [pick(o.name, o.name_es) for o in (ds.organization_by_id[t] for t in d.targets)]
    other_name = (_("English name"), d.name) if language() == "es" else (_("Spanish name"), h.optional(d.name_es))
    return Detail(
        title=initiative_name(d),
        fields=[
            (_("ID"), d.id),
            (_("Kind"), word(d.kind)),
            other_name,
            (_("Also known as"), ", ".join(d.aliases) or "—"),
            (_("Period"), h.period(d.period)),
            (_("Targets"), ", ".join(targets) or "—"),
            (_("Agencies"), _codes(d.agencies)),
            (_("Lead agency"), h.optional(d.lead_agency)),
            (_("About"), pick(d.description, d.description_es)),
            (_("Notes"), pick_list(d.notes, d.notes_es)),
        ],
        sections=[_figures(ds, d.facts, with_initiative=False)],
    )


def agency_detail(ds: Dataset, d: AgencyDetail) -> Detail:
    other_name = (_("English name"), d.name) if language() == "es" else (_("Spanish name"), h.optional(d.name_es))
    return Detail(
        title=f"{d.code} — {agency_name(d)}",
        fields=[
            (_("Code"), d.code),
            (_("Acronym"), h.optional(d.acronym)),
            (_("Name"), agency_name(d)),
            other_name,
            (_("Country"), d.country),
            (_("Part of"), h.optional(d.parent)),
            (_("Components"), _codes(d.components)),
            (_("Also known as"), ", ".join(d.aliases) or "—"),
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
    if event is not None:
        about_event = f"{pick(event.name, event.name_es)}, {pick(event.place, event.place_es)}, {h.date(event.date)}"
    return Detail(
        title=d.title,
        fields=[
            (_("ID"), d.id),
            (_("Kind"), word(d.kind)),
            (_("Title"), d.title),
            (_("Speaker"), _person_name(ds, d.speaker)),
            (_("Author"), d.author or unknown),
            (_("Outlet"), d.outlet or unknown),
            (_("Published"), h.date(d.published)),
            (_("Date"), h.date(d.date)),
            (_("Address"), d.url or unknown),
            (_("Event"), about_event if event is not None else "—"),
            (_("Language"), d.language),
            (_("People named"), ", ".join(_person_name(ds, p) for p in d.people) or "—"),
            (_("Notes"), pick_list(d.notes, d.notes_es)),
        ],
        sections=[_figures(ds, d.facts)],
    )
