"""How one record reads in full: its fields, and the lists that belong to it (an operation's figures).

The words come from words.py, the lists' columns from columns.py; formats.py and table.py draw them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ..i18n import _, pick, pick_list, word
from ..models import Dataset, Fact
from ..query import fact_agencies
from .columns import Column, fact_columns, other_name, person_columns
from .words import (
    NONE,
    agency_name,
    codes,
    date,
    figure_in_words,
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

if TYPE_CHECKING:
    from ..results import AgencyDetail, InitiativeDetail, SourceDetail


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
        (_("Figure"), figure_in_words(ds, f)),
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
        figure=figure_in_words(ds, f, report),
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
            other_name(d.name, d.name_es),
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
            other_name(d.name, d.name_es),
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
