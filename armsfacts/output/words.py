"""What people read: numbers, figures, dates and periods in words, names of records, and who
agrees with a figure. `columns.py` and `details.py` arrange these words into lists and views.

In Spanish, Mexican conventions: thousands grouped with a comma and a decimal point, as in
English (3,337 and 1,436.5), and dates as "1 de mayo de 2022".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from ..i18n import _, language, pgettext, pick, word
from ..models import Agency, Dataset, Fact, Figure, Initiative, Period
from ..quantity import SeriesKey
from ..vocab import PERCENT_KINDS, VAGUE

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
    """3337 -> '3,337'; 44000000 -> '44 million' ('44 millones'); 1436.5 -> '1,436.5'. Never '1e+06'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    millions = value / 1_000_000
    if in_millions(value):
        count = f"{millions:,.1f}".removesuffix(".0")  # at most one decimal (in_millions)
        return _("{count} million").format(count=count) if millions != 1 else _("1 million")
    return f"{value:,}"


# The one of each unit of the built-in record, English and Spanish ("1 person", "1 persona").
# A unit not here keeps its label after 1: the record's models have no field for it yet.
ONE = {
    "firearms": "firearm", "people": "person", "investigations": "investigation", "pills": "pill",
    "pounds": "pound", "US dollars": "US dollar", "doses": "dose", "rounds": "round", "magazines": "magazine",
    "search warrants": "search warrant", "trace requests": "trace request", "rifles": "rifle",
    "task forces": "task force", "seizure events": "seizure event", "years": "year", "states": "state",
    "cases": "case", "laboratories": "laboratory", "agencies": "agency", "trips": "trip",
    "components": "component", "devices": "device", "routes": "route",
    "armas de fuego": "arma de fuego", "personas": "persona", "investigaciones": "investigación",
    "pastillas": "pastilla", "libras": "libra", "dólares estadounidenses": "dólar estadounidense",
    "cartuchos": "cartucho", "cargadores": "cargador", "órdenes de cateo": "orden de cateo",
    "solicitudes de rastreo": "solicitud de rastreo", "fuerzas de tarea": "fuerza de tarea",
    "eventos de decomiso": "evento de decomiso", "años": "año", "estados": "estado", "casos": "caso",
    "laboratorios": "laboratorio", "agencias": "agencia", "viajes": "viaje",
    "componentes": "componente", "artefactos": "artefacto", "rutas": "ruta",
}  # fmt: skip


def unit_label(ds: Dataset, unit: str, one: bool = False) -> str:
    """A unit as it reads after a number; after the number 1 (`one`), in the singular where it is known."""
    found = ds.unit_by_id.get(unit)
    label = pick(found.label, found.label_es) if found else unit
    return ONE.get(label, label) if one else label


def figure_in_words(ds: Dataset, fact: Fact, report: Figure | None = None) -> str:
    """A fact's figure with its bound and unit: 'more than 1,436 investigations', 'nearly 44 million pills', '+40 %'.

    With `report` (another source's printing of the fact, which has no unit of its own), the
    figure as that source gives it. A vague range says how the project reads it, in brackets.
    """
    figure, reading = figure_and_reading(ds, fact, report)
    return f"{figure} ({reading})" if reading else figure


def figure_and_reading(ds: Dataset, fact: Fact, report: Figure | None = None) -> tuple[str, str | None]:
    """The figure in words, and apart from it how the project reads a vague one (or None).

    ('hundreds of people', '200 to 999, as the project reads it'); a table sets the reading
    on a line of its own under the figure.
    """
    fig = report or fact
    metric = ds.metric_by_id.get(fact.metric)
    percent = metric is not None and metric.kind in PERCENT_KINDS
    if fig.bound == "range" and fig.low is not None and fig.high is not None:
        vague = VAGUE.get((int(fig.low), int(fig.high)))
        low, high = number(fig.low), number(fig.high)
        if percent:  # each end a share: "between 70 % and 90 %", never two bare numbers
            low, high = f"{low} %", f"{high} %"
        if vague and not percent:
            core = _("{vague} of {unit}").format(vague=pick(*vague), unit=unit_label(ds, fact.unit))
            return core, _("{low} to {high}, as the project reads it").format(low=low, high=high)
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
        return core, None
    if fig.bound != "range" and in_millions(fig.value):  # "44 millones de pastillas"
        core = pgettext("in millions", "{figure} {unit}").format(figure=core, unit=unit_label(ds, fact.unit))
    else:
        core = f"{core} {unit_label(ds, fact.unit, one=fig.bound != 'range' and number(fig.value) == '1')}"
    # A yearly flow says so: "253,000 firearms" beside a 2010-2012 period would read as a total.
    if metric is not None and metric.kind == "per_year":
        core = _("{figure} a year").format(figure=core)
    return core, None


class Located(Protocol):
    """A figure, or a row that carries one's place: its paragraph or page in the source."""

    @property
    def paragraph(self) -> int | None: ...
    @property
    def page(self) -> int | None: ...


def place(fig: Located) -> str:
    """Where in its source a figure stands: '¶16', 'p. 3', or nothing."""
    if fig.paragraph:
        return f"¶{fig.paragraph}"
    return _("p. {page}").format(page=fig.page) if fig.page else ""


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
    if p.fiscal_year is not None:
        return _("fiscal year {year}").format(year=p.fiscal_year)
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


def initiative_of(ds: Dataset, ini_id: str | None) -> str:
    return initiative_name(ds.initiative_by_id[ini_id]) if ini_id else NONE


def agreement(ds: Dataset, f: Fact) -> str:
    """The marker of a figure several sources report: who agrees, the likely misprint, or what the others say."""
    if f.agreement == "single_source":
        return NONE
    if f.agreement == "corroborated":
        others = ", ".join(source_subject(ds, r.source) for r in f.also_reported_by)
        return _("corroborated by {sources}").format(sources=others)
    misprint = f.agreement_reason.misprint
    if f.agreement == "likely_misprint" and misprint is not None:
        agreeing = len(f.agreement_reason.sides[0])
        return _("LIKELY MISPRINT: {source} prints {printed}; {count} sources print {likely}").format(
            source=source_subject(ds, misprint.source),
            printed=misprint.as_printed,
            count=agreeing,
            likely=misprint.likely,
        )
    says = "; ".join(
        _("{source} says {figure}").format(source=source_subject(ds, r.source), figure=figure_in_words(ds, f, r))
        for r in f.differing_reports()
    )
    return _("DISPUTED: {what}").format(what=says)


def agreement_in_short(f: Fact) -> str:
    """'DISPUTED (5 sources)', 'corroborated (3 sources)' or a dash: what a narrow table has room for."""
    if f.agreement == "single_source":
        return NONE
    count = len(f.sources)
    marker = {"disputed": _("DISPUTED"), "likely_misprint": _("LIKELY MISPRINT")}.get(f.agreement) or word(f.agreement)
    return _("{marker} ({count} sources)").format(marker=marker, count=count)


# ---------------------------------------------------------------------------
# What a quantity is, in words: the heading of a group of figures that share a scale.


def _scope_words(level: str | None) -> str:
    words = {
        "national": _("national"),
        "agency": _("one agency"),
        "region": _("one region"),
        "office": _("one office"),
        "state": _("one state"),
        "city": _("one city"),
        "operation": _("one operation"),
        "case": _("one case"),
    }
    return words[level] if level else _("scope not recorded")


def _period_kind_words(kind: str) -> str:
    words = {
        "as_of": _("as of a day"),
        "year": _("yearly"),
        "fiscal_year": _("by U.S. fiscal year"),
        "span": _("over a span of dates"),
        "none": _("no period given"),
    }
    return words[kind]


def country_name(code: str) -> str:
    return {"US": _("United States"), "MX": _("Mexico")}.get(code, code)


def quantity_heading(ds: Dataset, key: SeriesKey, scope_name_es: str | None = None) -> str:
    """'Operation Last Mile, one operation, United States, over a span of dates'."""
    parts = []
    if key.initiative:
        parts.append(initiative_of(ds, key.initiative))
    if key.scope_name:
        parts.append(pick(key.scope_name, scope_name_es))
    if key.agencies:
        parts.append(", ".join(key.agencies))
    parts.append(_scope_words(key.scope_level))
    if key.country:
        parts.append(country_name(key.country))
    parts.append(_period_kind_words(key.period_kind))
    if key.estimate:
        parts.append(_("estimates"))
    return ", ".join(parts)
