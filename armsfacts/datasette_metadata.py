"""Datasette's metadata for the exported database, in the language in use.

What Datasette shows around the data: a short description, where the data comes from and
under what licence, a description of every table, view and column (each written for its own
table), facets, and canned queries for the questions people ask of the record. Every text is
an interface string (`_()`), so `--lang es` writes it in Spanish from the catalog; the canned
queries then show the data's Spanish texts where it has them, under the same column names.

Datasette's `units` setting is not used: it takes one unit per column, and a figure's unit
changes from row to row (firearms, people, US dollars); the `unit` column names it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .export_sqlite import PRINTINGS, Table
from .i18n import _, language
from .vocab import Agreement, Bound, InitiativeKind, Language, MetricKind, ScopeLevel, SourceKind, choices

# The data's licence: the project's own texts under CC BY 4.0; the figures are facts, each
# credited to its source (README, License). The code's MIT licence is not the data's.
LICENSE = "CC BY 4.0"
LICENSE_URL = {
    "en": "https://creativecommons.org/licenses/by/4.0/",
    "es": "https://creativecommons.org/licenses/by/4.0/deed.es",
}
# The metric whose figures estimate how many firearms are trafficked into Mexico each year.
YEARLY_FLOW = "firearms_trafficked_per_year"
# The disputes query selects figures by their `agreement` column, so that it shows what the
# record calls disputed, however agreement is worked out.
DISPUTED: Agreement = "disputed"
FACETS = {
    "facts": ["metric", "agreement", "source", "initiative", "country"],
    "sources": ["kind", "language"],
    PRINTINGS: ["metric", "source"],
}


def _listed(kind: object) -> str:
    return ", ".join(choices(kind))


def table_docs() -> dict[str, str]:
    """What each table and the view hold."""
    return {
        "metrics": _("What the figures measure (arrests, firearms seized, …) and what kind of number each is."),
        "units": _("What the figures are counted in: firearms, people, percent, US dollars, …"),
        "sources": _("The reports, releases and articles the figures are taken from, with their addresses."),
        "source_people": _("The people each source names, one row per person, in the source's order."),
        "agencies": _("The agencies of both countries the sources name, with their official Spanish names."),
        "people": _("The officials the sources name, with their role and agency."),
        "organizations": _("The criminal organizations the sources name as targets of an initiative."),
        "initiatives": _("The operations, programs, systems, laws, frameworks and dialogues the figures belong to."),
        "initiative_targets": _("The organizations each initiative targets, one row per target, in order."),
        "initiative_agencies": _("The agencies that take part in each initiative, one row per agency, in order."),
        "events": _("The events at which the figures were given."),
        "event_agencies": _("The agencies that took part in each event, one row per agency, in order."),
        "event_people": _("The people who took part in each event, one row per person, in order."),
        "facts": _(
            "One row per figure, as the source it is recorded from gives it: value, bound, as printed, period,"
            " source. The other sources' printings are in fact_reports, and all of them in the printings view."
        ),
        "fact_agencies": _("The agencies each figure is attributed to, one row per agency, in order."),
        "fact_reports": _(
            "The same figure as other sources print it, one row per source; `facts.agreement` says whether the"
            " printings can all be true."
        ),
        "fact_intervals": _(
            "Each printing of each figure as the values it allows (low to high): the reason for `facts.agreement`."
        ),
        PRINTINGS: _(
            "Every printing of every figure, one row per source that prints it: the source the figure is recorded"
            " from (printing 1) and each other one (2, 3, …), with the unit and the source's title and address."
        ),
    }


def column_docs() -> dict[str, dict[str, str]]:
    """What each column holds, written for its own table. A `name` in backticks is a column of the
    same table, a table, or `table.column`: a test checks that each one exists."""
    bounds = _listed(Bound)
    paragraph = _(
        "Where in the source: the number of the block of text that gives the figure, counted from the first"
        " line of the project's copy."
    )
    return {
        "metrics": {
            "id": _("The metric's id, as `facts.metric` and the armsfacts command line name it."),
            "label": _("The metric's name in English."),
            "description": _("What the metric counts, in the project's words."),
            "kind": _("What kind of number its figures are: {kinds}.").format(kinds=_listed(MetricKind)),
            "unit": _("The unit every figure of this metric is in (a row of `units`)."),
            "label_es": _("The metric's name in Spanish."),
            "description_es": _("What the metric counts, in Spanish."),
            "aliases": _("The metric's earlier ids, as a JSON list; the command line still takes each."),
        },
        "units": {
            "id": _("The unit's id, as `facts.unit` and `metrics.unit` name it."),
            "label": _("The unit as it reads after a number, in English: firearms, US dollars."),
            "label_es": _("The unit as it reads after a number, in Spanish."),
            "dimension": _("What the unit measures where other units measure it too (mass for pounds); else empty."),
            "factor": _("One of this unit in the base unit of its `dimension` (pounds: 0.45359237 kilograms)."),
        },
        "sources": {
            "id": _("The source's id, as `facts.source` and the armsfacts command line name it."),
            "kind": _("What kind of source it is: {kinds}.").format(kinds=_listed(SourceKind)),
            "title": _(
                "The source's title; where the page shows none, the project's label in parentheses: outlet and date."
            ),
            "title_es": _("That label in Spanish, for a page without a title; empty where the page has its own."),
            "speaker": _("The official whose statement gives the figures (a row of `people`), if any."),
            "author": _("Who wrote the source, when it names an author."),
            "outlet": _("The outlet or publisher of the source."),
            "published": _("The day the source was published, when it shows one."),
            "date": _("The day of the statement or report the figures come from, when known."),
            "url": _("The source's address, when known."),
            "event": _("The event at which the statement was made (a row of `events`), if any."),
            "language": _("The language the source is written in: {languages}.").format(languages=_listed(Language)),
            "notes": _("The project's notes on the source, as a JSON list."),
            "accessed": _("The day the project read the source at its address."),
            "notes_es": _("The project's notes on the source in Spanish, as a JSON list."),
            "aliases": _("The source's earlier ids, as a JSON list; the command line still takes each."),
        },
        "source_people": {
            "source": _("The source (a row of `sources`)."),
            "position": _("The person's place in the source's list, from 0."),
            "person": _("A person the source names (a row of `people`)."),
        },
        "agencies": {
            "code": _("The agency's code, as the figures and the armsfacts command line name it."),
            "acronym": _("The agency's acronym, if it has one."),
            "name": _("The agency's name in English."),
            "name_es": _("The agency's name in Spanish: for a Mexican agency, its official name."),
            "country": _("The agency's country: US or MX."),
            "parent": _("The agency this one is part of (a row of `agencies`), if any."),
            "aliases": _("Other names the sources give the agency, as a JSON list."),
            "notes": _("The project's notes on the agency, as a JSON list."),
            "notes_es": _("The project's notes on the agency in Spanish, as a JSON list."),
        },
        "people": {
            "id": _("The person's id, as `sources.speaker` and the armsfacts command line name it."),
            "name": _("The person's name."),
            "role": _("The person's role, in English, as the sources give it."),
            "agency": _("The agency the person works for (a row of `agencies`), if the record names one."),
            "country": _("The country the person serves: US or MX."),
            "notes": _("The project's notes on the person, as a JSON list."),
            "role_es": _("The person's role, in Spanish."),
            "notes_es": _("The project's notes on the person in Spanish, as a JSON list."),
            "aliases": _("How texts name the person besides the full name, as a JSON list: 'García Harfuch'."),
        },
        "organizations": {
            "id": _("The organization's id, as `initiative_targets.organization` names it."),
            "name": _("The organization's name in English."),
            "name_es": _("The organization's name in Spanish."),
            "aliases": _("Other names the sources give the organization, as a JSON list."),
            "notes": _("The project's notes on the organization, as a JSON list."),
            "notes_es": _("The project's notes on the organization in Spanish, as a JSON list."),
        },
        "initiatives": {
            "id": _("The initiative's id, as `facts.initiative` and the armsfacts command line name it."),
            "name": _("The initiative's name in English."),
            "kind": _("What kind of initiative it is: {kinds}.").format(kinds=_listed(InitiativeKind)),
            "name_es": _("The initiative's name as used in Mexico."),
            "aliases": _("Other names the sources give the initiative, as a JSON list."),
            "period_start": _("The initiative's first day, when the record has it."),
            "period_end": _("The initiative's last day, when the record has it."),
            "period_as_of": _("The one day the initiative's period is given as, instead of a start and an end."),
            "period_year": _("The calendar year the initiative's period is given as, instead of days."),
            "period_fiscal_year": _("The U.S. fiscal year the initiative's period is given as, instead of days."),
            "description": _("What the initiative is, in the project's words."),
            "notes": _("The project's notes on the initiative, as a JSON list."),
            "lead_agency": _("The agency that leads the initiative (a row of `agencies`), if the record names one."),
            "description_es": _("What the initiative is, in Spanish."),
            "notes_es": _("The project's notes on the initiative in Spanish, as a JSON list."),
        },
        "initiative_targets": {
            "initiative": _("The initiative (a row of `initiatives`)."),
            "position": _("The target's place in the initiative's list, from 0."),
            "organization": _("An organization the initiative targets (a row of `organizations`)."),
        },
        "initiative_agencies": {
            "initiative": _("The initiative (a row of `initiatives`)."),
            "position": _("The agency's place in the initiative's list, from 0."),
            "agency": _("An agency that takes part in the initiative (a row of `agencies`)."),
        },
        "events": {
            "id": _("The event's id, as `sources.event` names it."),
            "name": _("The event's name in English."),
            "date": _("The day of the event."),
            "place": _("Where the event took place, in English."),
            "country": _("The country the event took place in: US or MX."),
            "notes": _("The project's notes on the event, as a JSON list."),
            "name_es": _("The event's name in Spanish."),
            "aliases_es": _("Other Spanish names the reports give the event, as a JSON list."),
            "place_es": _("Where the event took place, in Spanish."),
            "notes_es": _("The project's notes on the event in Spanish, as a JSON list."),
            "aliases": _("The event's earlier ids, as a JSON list."),
        },
        "event_agencies": {
            "event": _("The event (a row of `events`)."),
            "position": _("The agency's place in the event's list, from 0."),
            "agency": _("An agency that took part in the event (a row of `agencies`)."),
        },
        "event_people": {
            "event": _("The event (a row of `events`)."),
            "position": _("The person's place in the event's list, from 0."),
            "person": _("A person who took part in the event (a row of `people`)."),
        },
        "facts": {
            "id": _("The figure's id, as the armsfacts command line names it; never reused for another figure."),
            "metric": _("What the figure measures (a row of `metrics`)."),
            "value": _(
                "The figure as a number: the exact value, the bound of 'more than', 'nearly' and the like (see"
                " `bound`), or a range's low end; in the row's `unit`."
            ),
            "unit": _(
                "What the figure is counted in (a row of `units`): `value`, `low` and `high` are in this unit,"
                " which changes from row to row."
            ),
            "bound": _("How the figure relates to `value`: {bounds}.").format(bounds=bounds),
            "low": _("A range's low end, in the row's `unit`; empty unless `bound` is range."),
            "high": _("A range's high end, in the row's `unit`; empty unless `bound` is range."),
            "as_printed": _("The figure exactly as the source prints it, in the source's language."),
            "description": _("What the figure counts, in the project's words."),
            "period_start": _("The first day of the span the figure covers; empty for a day, a year or no period."),
            "period_end": _(
                "The last day of the span the figure covers; empty when the source gives no end, and for a day,"
                " a year or no period."
            ),
            "period_as_of": _("The day the figure is given as of, when its period is one day."),
            "period_year": _("The calendar year the figure covers, when its period is a year."),
            "period_fiscal_year": _(
                "The U.S. federal fiscal year the figure covers (2023: 1 October 2022 to 30 September 2023), when"
                " its period is one."
            ),
            "country": _("Where the figure was counted: US or MX; empty when the source does not say."),
            "initiative": _("The operation, program, law or other initiative the figure belongs to, if any."),
            "source": _("The source the figure is recorded from (a row of `sources`); others are in `fact_reports`."),
            "paragraph": paragraph,
            "caveats": _("What a careful reader must know about the figure, as a JSON list."),
            "description_es": _("What the figure counts, in Spanish."),
            "caveats_es": _("The figure's caveats in Spanish, as a JSON list."),
            "page": _("The page of a printed report that gives the figure."),
            "estimate_by": _("Who made the estimate, as the source names them; empty when the figure is a count."),
            "estimate_by_es": _("Who made the estimate, in Spanish."),
            "estimate_method": _("How the estimate was made, in the project's words, when the source says."),
            "estimate_method_es": _("How the estimate was made, in Spanish."),
            "scope_level": _("How far the figure reaches: {levels}.").format(levels=_listed(ScopeLevel)),
            "scope_name": _("The office, region, state or city the figure is counted in, below its agency or country."),
            "scope_name_es": _("That office, region, state or city in Spanish."),
            "aliases": _("The figure's earlier ids, as a JSON list; the command line still takes each."),
            "agreement": _(
                "What the printings of the figure say together: single_source; corroborated when every printing"
                " is compatible with every other; likely_misprint when all are but one lone printing that a"
                " slipped digit explains; disputed when printings cannot all be true."
            ),
            "agreement_reason_sides": _(
                "The sources whose printings agree, one JSON list per side; more than one side is a dispute."
            ),
            "agreement_reason_misprint_source": _("The source whose printing is likely a misprint, if any."),
            "agreement_reason_misprint_as_printed": _("What that source printed."),
            "agreement_reason_misprint_likely": _("What the agreeing sources print instead."),
            "agreement_reason_misprint_slip": _(
                "The slip that explains it: a transposition, a wrong or dropped digit."
            ),
        },
        "fact_intervals": {
            "fact": _("The figure (a row of `facts`)."),
            "position": _("The printing's place: 0 for the source the figure is recorded from, then each other."),
            "source": _("The source of this printing (a row of `sources`)."),
            "as_printed": _("The figure exactly as this source prints it."),
            "low": _("The lowest value this printing allows; empty where it has no lower end."),
            "high": _("The highest value this printing allows; empty for 'more than'."),
        },
        "fact_agencies": {
            "fact": _("The figure (a row of `facts`)."),
            "position": _("The agency's place in the figure's list, from 0."),
            "agency": _("An agency the figure is attributed to (a row of `agencies`)."),
        },
        "fact_reports": {
            "fact": _("The figure this source prints again (a row of `facts`)."),
            "position": _("The source's place in the figure's list of other sources, from 0."),
            "source": _("The source that prints the figure again (a row of `sources`)."),
            "paragraph": paragraph,
            "value": _(
                "The figure as this source gives it: the exact value, the bound (see `bound`), or a range's low"
                " end; in the unit of its figure, `facts.unit`."
            ),
            "bound": _("How this source's figure relates to `value`: {bounds}.").format(bounds=bounds),
            "low": _("A range's low end as this source gives it, in `facts.unit`; empty unless `bound` is range."),
            "high": _("A range's high end as this source gives it, in `facts.unit`; empty unless `bound` is range."),
            "as_printed": _("The figure exactly as this source prints it, in the source's language."),
            "caveats": _("What a careful reader must know about this source's printing, as a JSON list."),
            "caveats_es": _("This printing's caveats in Spanish, as a JSON list."),
            "page": _("The page of this source, if it is a printed report, that gives the figure."),
        },
        PRINTINGS: {
            "fact": _("The figure (a row of `facts`)."),
            "printing": _(
                "1 for the source the figure is recorded from (`facts.source`), then 2, 3, … for each other"
                " source, in the order of `fact_reports.position`."
            ),
            "metric": _("What the figure measures (a row of `metrics`)."),
            "value": _(
                "The figure as this source gives it: the exact value, the bound (see `bound`), or a range's low"
                " end; in the row's `unit`."
            ),
            "bound": _("How this source's figure relates to `value`: {bounds}.").format(bounds=bounds),
            "low": _("A range's low end as this source gives it, in the row's `unit`; empty unless `bound` is range."),
            "high": _(
                "A range's high end as this source gives it, in the row's `unit`; empty unless `bound` is range."
            ),
            "unit": _("What the figure is counted in (a row of `units`), the same for every printing of it."),
            "as_printed": _("The figure exactly as this source prints it, in the source's language."),
            "source": _("The source of this printing (a row of `sources`)."),
            "source_title": _("The source's title (`sources.title`)."),
            "source_url": _("The source's address (`sources.url`), when known."),
            "paragraph": paragraph,
            "page": _("The page of this source, if it is a printed report, that gives the figure."),
            "caveats": _("What a careful reader must know about this printing, as a JSON list."),
            "caveats_es": _("This printing's caveats in Spanish, as a JSON list."),
        },
    }


# ---------------------------------------------------------------------------
# Canned queries: the questions people ask, answered from the printings view and the tables.

# The earliest day a figure's period names (models.Period.sort_key): a year counts from 1 January.
PERIOD_KEY = "coalesce(f.period_start, f.period_as_of, f.period_year || '-01-01', f.period_end)"


def _text(column: str) -> str:
    """A text column of the data in the language in use: its Spanish where the record has it."""
    table, name = column.split(".")
    if language() == "es":
        return f"coalesce({table}.{name}_es, {column}) AS {name}"
    return column


def _caveats(table: str) -> str:
    if language() == "es":
        return f"CASE WHEN {table}.caveats_es = '[]' THEN {table}.caveats ELSE {table}.caveats_es END AS caveats"
    return f"{table}.caveats"


def _unit_label() -> str:
    return ("coalesce(u.label_es, u.label)" if language() == "es" else "u.label") + " AS unit_label"


def queries() -> dict[str, dict[str, str]]:
    """The canned queries, by the name in their address; the same names in every language."""
    unit = _unit_label()
    printed = f"p.value, p.bound, p.low, p.high, {unit}, p.as_printed"
    return {
        "figure_printings": {
            "title": _("A figure and every printing of it"),
            "description": _(
                "Each source's printing of one figure, the source it is recorded from first. Give the figure's id"
                " from the facts table, such as last-mile-firearms-seized."
            ),
            "sql": f"SELECT p.printing, p.source, p.source_title, {printed}, p.paragraph, p.page, {_caveats('p')},"
            " p.source_url\nFROM printings AS p JOIN units AS u ON u.id = p.unit\n"
            "WHERE p.fact = :fact\nORDER BY p.printing",
        },
        "yearly_flow_estimates": {
            "title": _("Every estimate of the firearms trafficked into Mexico a year, with who made it"),
            "description": _(
                "Each printing of every figure of the metric {metric}, with who made the estimate and how, by the"
                " start of its period (figures without one last)."
            ).format(metric=YEARLY_FLOW),
            "sql": f"SELECT p.fact, p.printing, {printed}, f.period_start, f.period_end, f.period_as_of,"
            f" f.period_year, {_text('f.estimate_by')}, {_text('f.estimate_method')}, p.source, p.source_title,"
            " p.source_url\nFROM printings AS p JOIN facts AS f ON f.id = p.fact JOIN units AS u ON u.id = p.unit\n"
            f"WHERE p.metric = '{YEARLY_FLOW}'\n"
            f"ORDER BY {PERIOD_KEY} IS NULL, {PERIOD_KEY}, f.rowid, p.printing",
        },
        "disputes": {
            "title": _("Figures the sources disagree on, with every side"),
            "description": _(
                "Every printing of each figure whose agreement is {agreement}: the source it is recorded from and"
                " each other source, with the figure as each printed it."
            ).format(agreement=DISPUTED),
            "sql": f"SELECT p.fact, {_text('f.description')}, p.printing, p.source, p.source_title, {printed},"
            f" p.paragraph, p.page, {_caveats('p')}, p.source_url\n"
            "FROM printings AS p JOIN facts AS f ON f.id = p.fact JOIN units AS u ON u.id = p.unit\n"
            f"WHERE f.agreement = '{DISPUTED}'\nORDER BY f.rowid, p.printing",
        },
        "series": {
            "title": _("One metric over time"),
            "description": _(
                "The figures of one metric, by the start of their period (figures without one last). Give the"
                " metric's id from the metrics table, such as share_traced_us_origin."
            ),
            "sql": "SELECT f.id AS fact, f.period_start, f.period_end, f.period_as_of, f.period_year, f.value,"
            f" f.bound, f.low, f.high, {unit}, f.as_printed, {_text('f.description')}, f.country, f.initiative,"
            f" {_text('f.estimate_by')}, f.source, s.title AS source_title, f.agreement\n"
            "FROM facts AS f JOIN sources AS s ON s.id = f.source JOIN units AS u ON u.id = f.unit\n"
            f"WHERE f.metric = :metric\nORDER BY {PERIOD_KEY} IS NULL, {PERIOD_KEY}, f.rowid",
        },
    }


# ---------------------------------------------------------------------------
# The metadata file.


def metadata(built: list[Table], database: str) -> dict[str, Any]:
    """Datasette's metadata: what the data is, its source and licence, every table, view and column."""
    from importlib.metadata import version

    about, docs = table_docs(), column_docs()
    tables_meta: dict[str, Any] = {}
    for name, columns in [*((t.name, list(t.columns)) for t in built), (PRINTINGS, list(docs[PRINTINGS]))]:
        written = docs.get(name, {})
        entry: dict[str, Any] = {
            "description": about.get(name) or _("The record's {name}.").format(name=name.replace("_", " ")),
            "columns": {c: written.get(c) or _("The record's {field} field.").format(field=c) for c in columns},
        }
        label = next((c for c in ("name", "label", "title") if c in columns), None)
        if label:
            entry["label_column"] = label
        if name in FACETS:
            entry["facets"] = FACETS[name]
        tables_meta[name] = entry
    return {
        "title": "armsfacts",
        "description": _(
            "Figures U.S. and Mexican officials, auditors and reporters give on illegal firearms trafficking from"
            " the U.S. into Mexico: what each counts, its period and its source. The project's own texts are"
            " under CC BY 4.0; the figures are facts, each credited to its source. Exported by armsfacts {version}."
        ).format(version=version("armsfacts")),
        "license": LICENSE,
        "license_url": LICENSE_URL[language()],
        "source": _("Each figure's source, in the sources table"),
        "source_url": f"/{database}/sources",
        "databases": {database: {"tables": tables_meta, "queries": queries()}},
    }


def write_metadata(built: list[Table], database: str, path: Path) -> None:
    text = json.dumps(metadata(built, database), ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
